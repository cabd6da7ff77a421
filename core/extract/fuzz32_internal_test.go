package extract

import (
	"encoding/json"
	"html"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"

	"paperboy/core/pubdate"
)

// fuzz32Seeds are the thirty-second round's forms: literal offsets and country picture hosts
// (date32), site addresses as credits, dated and named places, author cards, profile slugs and
// lower-case surnames (auth32), formulas, withheld paragraphs, ad sizes and recirculation
// labels (body32), the title marks (title32), style sheets and header boxes (speed32), and
// hostile strings.
var fuzz32Seeds = []string{
	// date32
	"2014-07-09T01:14:00.00+3:30", "2014-07-09T01:14+3:30", "2014-01-09T01:14:00-3:30", "2024-03-05T14:22:00+5:45", "+3:30", "-9:59",
	"2020-07-07T12:10:51Z", "4 years ago", "https://cdn.24.co.za/files/a.jpg", "//cdn.24.co.za/a.jpg", "HTTPS://IMG.EXAMPLE.DE:8080/a.jpg",
	"http://", "//", "https://x.za", "https://[::1]/a.jpg",
	// auth32
	"Le Point.fr", "Dailymail.com", "Examplenews.com", "Most Popular Pages | Example.com", "Jane Roe.", "J.R.R. Tolkien", "New Delhi",
	"NEW DELHI, Updated: March 22, 2023", "New Delhi | March 22, 2023 10:50 IST", "NAPA COUNTY, Calif. (KGO)", "Bruselas", "Perth, AU",
	"joanna-lavoie-1.5932045", "lawrence-bonk-01", "-1", "a-", "1.5", "bioTeaser", "bio-teaser", "teaser-bio", "bio", "Jane roe",
	"jane-roe", "Jane de roeburn", "Saksham nagar", "Written by", "Example World",
	// body32
	`\lambda, \mu \in \mathbb{R}`, "latex", "https://s0.wp.com/latex.php?latex=%5Clambda", "728", "90px", " 300 ", "Read more on THE MISSING MUM",
	"Most read in The Sun", "Latest on Tiger Global", "More in Gadgets", "More in store for the town",
	// title32
	"Council votes to rebuild the pier • Example Herald", "Example Herald › Council votes", "Rain / snow", "Story|Site", "重建旧码头丨港口日报",
	"a|b|c|d", " ‒ ", " ― ", "▶", "|",
	// speed32
	".a .ab #x-y{display:none}", ".0.5em", ".", "#", "..x", ".sr-only{position:absolute}",
	// byline32, new32
	"নিজস্ব প্রতিবেদক, ঢাকা", "কুমিল্লা প্রতিনিধি", "网站编辑", "本報記者", "由 张三", "Dylan ScottPublishedJuly 15, 2014", "Jane Roe Updated 3 hours ago",
	"辛雨 吴军辉", "(鄭婉英 黃翠婷) ------ 點擊連結", "------", "Unser Korrespondent", "field--name-body", "Tunisie19 /03/2020", "MORE",
	// hostile
	"", " ", "\xff", "\xe3\x80", "\u00a0", "\u3000", "ǅ", "ß", "İSTANBUL", "\u212a", "٣:٣٠", "\x00",
}

// printsHeadlineBefore is printsHeadline before speed32: each box's whole normText.
func printsHeadlineBefore(box *xhtml.Node, title string) bool {
	title = normSpace(title)
	need := max(6, (utf8.RuneCountInString(title)+1)/2)
	if utf8.RuneCountInString(title) < need {
		return false
	}
	return findElement(box, func(c *xhtml.Node) bool {
		if c == box {
			return false
		}
		t := normText(c)
		return utf8.RuneCountInString(t) >= need && strings.Contains(title, t)
	}) != nil
}

// berlin32 is a named zone of two seasons for literalWallClock.
var berlin32 = loadZone("Europe/Berlin")

// FuzzRules32 feeds two strings to the thirty-second round's rules merged in fuzz32 (issue 20,
// branch fuzz32), one function at a time (FuzzPages32 reads whole pages):
//   - date32: pubdate marks a literal offset only on a zoned stamp; literalWallClock leaves any
//     other stamp as it is and moves a literal one only to the same wall clock in the region,
//     within a day and no later than pubdate's plausible years; absoluteHost gives a bare
//     lower-cased host; imageHostPlace names a one-zone country or nil.
//   - auth32: withoutDomainEnding gives "" or a shorter part of the credit; placeHead and the
//     JSON-LD's places are non-empty heads without separators, at most maxLDPlaces; datedPlace
//     reads at most maxDateLines lines; withoutProfileID gives a head of the segment;
//     writerBioTeaser asks a token opening with "bio"; profileCasedSurname changes only letters'
//     case, and only with a lower-case word after a capital.
//   - body32: formulaImage, withheldParagraph, adUnit and the recirculation labels read any
//     text; a formula's alt is at most maxFormulaAlt bytes.
//   - title32: cleanTitle gives the same title under any spacing of its words.
//   - speed32: printsHeadline answers as printsHeadlineBefore on every box of pages around the
//     strings, and nameSpots as nameSpotsBefore on sheets of them.
func FuzzRules32(f *testing.F) {
	for _, s := range fuzz32Seeds {
		f.Add(s, "Jane Roe")
	}
	f.Add("Jane Roe, New Delhi", "New Delhi | March 22, 2023 10:50 IST")
	f.Add("Le Point.fr", "Le Point")
	f.Add("jane-roe", "Jane roe")
	f.Add(".sr-only{position:absolute} .a{x} #b .ab", ".sr-only .ab #b")
	f.Add("Council votes to rebuild the pier • Example Herald", "Example Herald")
	f.Add("2014-07-09T01:14:00.00", "+3:30")
	f.Fuzz(func(t *testing.T, s, h string) {
		if len(s) > 2048 || len(h) > 2048 {
			return
		}
		checkDates32(t, s, h)
		checkAuthors32(t, s, h)
		checkBody32(t, s, h)
		checkTitle32(t, s, h)
		checkSpeed32(t, s, h)
		checkBylines32(t, s, h)
	})
}

// checkBylines32 is FuzzRules32's byline32 and new32 part: a staff post is no name (cleanName);
// zhSpacedNames only splits names at their spaces, into names; ruleFollows reads a rule at the
// text's start; namesAgain finds each of the name's words in the text; stampLabelIn holds wherever
// gluedStampRe matches; splitAuthors names no writer with a stamp's label run into the name.
func checkBylines32(t *testing.T, s, h string) {
	t.Helper()
	for _, v := range []string{s, h, s + " " + h, s + ", " + h, "由 " + s} {
		if staffPost(v) && cleanName(v) != "" {
			t.Fatalf("staffPost(%q), yet cleanName gives %q", v, cleanName(v))
		}
		names := []string{v, h, s + " " + s}
		got := zhSpacedNames(names)
		if strings.Join(strings.Fields(strings.Join(got, " ")), "") != strings.Join(strings.Fields(strings.Join(names, " ")), "") {
			t.Fatalf("zhSpacedNames(%q) = %q", names, got)
		}
		for _, g := range got {
			if strings.TrimSpace(g) == "" && !slices.Contains(names, g) {
				t.Fatalf("zhSpacedNames(%q) holds %q", names, g)
			}
		}
		if ruleFollows(v) && !strings.ContainsRune("-—–─━", []rune(strings.TrimLeft(v, " \u00a0\u3000"))[0]) {
			t.Fatalf("ruleFollows(%q)", v)
		}
		if namesAgain(v, h) {
			words := strings.Fields(strings.ToLower(v))
			for _, w := range strings.Fields(strings.ToLower(h)) {
				if !slices.Contains(words, w) {
					t.Fatalf("namesAgain(%q, %q): %q is not in it", v, h, w)
				}
			}
		}
		for _, w := range []string{v, v + "Published July 15, 2014", "Jane Roe" + v, v + "Updated"} {
			if gluedStampRe.MatchString(w) && !stampLabelIn(w) {
				t.Fatalf("gluedStampRe matches %q, stampLabelIn says no", w)
			}
		}
		for _, name := range splitAuthors(v + "Published July 15, 2014") {
			if strings.Contains(name, "Published") && !strings.Contains(v, "Published") {
				t.Fatalf("splitAuthors(%q + a glued stamp) holds %q", v, name)
			}
		}
	}
}

// checkDates32 is FuzzRules32's date32 part.
func checkDates32(t *testing.T, s, h string) {
	t.Helper()
	latest := time.Date(time.Now().Year()+3, 1, 2, 0, 0, 0, 0, time.UTC)
	for _, v := range []string{s, s + h, "2014-07-09T01:14:00.00" + s, "2014-07-09T01:14" + s, s + "+3:30", "2024-03-05T14:22:00" + h} {
		for _, c := range []pubdate.Context{{}, {Loc: berlin32}, {Loc: tehran31}} {
			st, ok := pubdate.Parse(v, c)
			if !ok {
				continue
			}
			if st.LiteralOffset && !st.Zoned {
				t.Fatalf("pubdate.Parse(%q) = %+v: a literal offset on a zone-less stamp", v, st)
			}
			for _, loc := range []*time.Location{nil, time.UTC, tehran31, berlin32} {
				got := literalWallClock(st, loc)
				if !st.LiteralOffset {
					if !reflect.DeepEqual(got, st) {
						t.Fatalf("literalWallClock(%+v, %v) = %+v: no literal offset, yet changed", st, loc, got)
					}
					continue
				}
				if d := got.Time.Sub(st.Time); d > 26*time.Hour || d < -26*time.Hour || got.Time.After(latest) {
					t.Fatalf("literalWallClock(%q → %v, %v) = %v", v, st.Time, loc, got.Time)
				}
				y, mo, dd := st.Time.Date()
				y2, mo2, dd2 := got.Time.Date()
				if hh, mi, ss := st.Time.Clock(); !got.Time.Equal(st.Time) && (y != y2 || mo != mo2 || dd != dd2 || hh != got.Time.Hour() || mi != got.Time.Minute() || ss != got.Time.Second()) {
					t.Fatalf("literalWallClock(%q, %v) = %v: another wall clock than %v", v, loc, got.Time, st.Time)
				}
			}
		}
	}
	for _, v := range []string{s, h, "https://" + s, "//" + s + "/a.jpg", "http://" + h + ":80/" + s} {
		if got := absoluteHost(v); strings.ContainsAny(got, "/:?#") || got != strings.ToLower(got) {
			t.Fatalf("absoluteHost(%q) = %q", v, got)
		}
	}
	var imgs []imgTag
	for i := range 5 {
		imgs = append(imgs, imgTag{src: []string{s, h, "https://cdn." + s + "/a.jpg", "//" + h, "https://img.example.za/" + s}[i]})
	}
	for _, set := range [][]imgTag{imgs, slices.Repeat(imgs[2:3], 4), slices.Repeat(imgs[4:5], 70)} {
		if z := imageHostPlace(set); z != nil && (manyZones[z.String()] || !slices.Contains(slices.Collect(maps.Values(regionZones)), z.String())) {
			t.Fatalf("imageHostPlace(%v) = %v", set, z)
		}
	}
}

// checkAuthors32 is FuzzRules32's auth32 part.
func checkAuthors32(t *testing.T, s, h string) {
	t.Helper()
	sites := []string{squash(h), "lepoint", "examplenews"}
	for _, v := range []string{s, h, s + ".fr", s + "." + h, strings.ToUpper(s) + ".com.br", "Le Point" + s} {
		if got := withoutDomainEnding(v); got != "" && (len(got) >= len(v) || !strings.Contains(v, got)) {
			t.Fatalf("withoutDomainEnding(%q) = %q", v, got)
		}
		siteAddressCredit(v, sites)
		if got := placeHead(v); strings.ContainsAny(got, ",(|;") || got != normSpace(got) {
			t.Fatalf("placeHead(%q) = %q", v, got)
		}
		if got := withoutProfileID(v); !strings.HasPrefix(v, got) || got == "" && v != "" {
			t.Fatalf("withoutProfileID(%q) = %q", v, got)
		}
		if writerBioTeaser(v) && !strings.HasPrefix(v, "bio") {
			t.Fatalf("writerBioTeaser(%q)", v)
		}
		lowerAfterCapital(v)
		namedPlace(v, []string{s, h, ""})
	}
	read := 0
	lines := func(yield func(string) bool) {
		for i := 0; i < 1000; i++ {
			read++
			if !yield([]string{s, h + " | " + s, s + ", " + h, h + " · 5 March 2024"}[i%4]) {
				return
			}
		}
	}
	for _, v := range []string{s, h, "New Delhi"} {
		read = 0
		datedPlace(v, lines)
		if read > maxDateLines+1 {
			t.Fatalf("datedPlace(%q) read %d lines", v, read)
		}
	}
	js := jsonString
	ld := parseJSONLD([]string{`{"@type":"NewsArticle","headline":"x","dateline":` + js(s) + `,"locationCreated":{"@type":"Place","name":` + js(h) +
		`},"contentLocation":[` + js(s) + `,[` + js(h) + `,[[` + js(s) + `]]],{"name":` + js(s+", "+h) + `},{"@id":"#p"}` + strings.Repeat(`,`+js(h), 12) +
		`],"author":[{"@type":"Person","name":` + js(h) + `},{"@type":"Organization","name":` + js(s) + `}],"publisher":{"name":` + js(s) + `}}`})
	if ld != nil {
		if len(ld.places) > maxLDPlaces {
			t.Fatalf("%d places: %q", len(ld.places), ld.places)
		}
		for _, pl := range ld.places {
			if pl == "" || strings.ContainsAny(pl, ",(|;") {
				t.Fatalf("place %q of %q", pl, ld.places)
			}
		}
		siteBesideLDPerson(s, s, ld)
		siteBesideLDPerson(h, s, ld)
	}
	for _, page := range []string{
		`<div class="byline">Written by <a href="/author/` + html.EscapeString(s) + `">` + html.EscapeString(h) + `</a></div>`,
		`<div class="byline">` + html.EscapeString(h) + ` <a href="/bios/` + html.EscapeString(strings.ToLower(strings.Join(strings.Fields(h), "-"))) + `-1.5">` +
			html.EscapeString(h) + `</a><span><a href="/x">` + html.EscapeString(s) + `</a></span></div>`,
		`<p class="byline"><b><a href="/people/` + html.EscapeString(strings.ToLower(strings.Join(strings.Fields(s), "_"))) + `">` + html.EscapeString(s) + `</a></b></p>`,
	} {
		doc, err := xhtml.Parse(strings.NewReader(page))
		if err != nil {
			continue
		}
		n := findElement(doc, func(n *xhtml.Node) bool { return n.Data == "div" || n.Data == "p" })
		if n == nil {
			continue
		}
		for _, tx := range []string{normText(n), h, s} {
			got := profileCasedSurname(n, tx)
			if got != tx && (!lowerAfterCapital(tx) || !strings.EqualFold(got, tx) || len(strings.Fields(got)) != len(strings.Fields(tx))) {
				t.Fatalf("profileCasedSurname(%q, %q) = %q", page, tx, got)
			}
		}
	}
}

// jsonString is v as a JSON string literal.
func jsonString(v string) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// checkBody32 is FuzzRules32's body32 part.
func checkBody32(t *testing.T, s, h string) {
	t.Helper()
	es, eh := html.EscapeString(s), html.EscapeString(h)
	page := `<div><img class="` + eh + `" alt="` + es + `" src="` + eh + `"><img class="latex" alt="` + es + `"><img src="latex.php" alt="` + eh + `">` +
		`<p>` + es + `</p><p aria-hidden="` + eh + `">` + strings.Repeat(es+" ", 1+200/(1+len(s))) + `</p><p aria-hidden=true>` + strings.Repeat(eh+" word ", 40) + `</p></div>`
	doc, err := xhtml.Parse(strings.NewReader(page))
	if err == nil {
		for n := range doc.Descendants() {
			if n.Type != xhtml.ElementNode {
				continue
			}
			if n.Data == "img" && formulaImage(n) && (len(attr(n, "alt")) > maxFormulaAlt || strings.TrimSpace(attr(n, "alt")) == "") {
				t.Fatalf("formulaImage(%q)", attr(n, "alt"))
			}
			if n.Data == "p" && withheldParagraph(n, new(map[*xhtml.Node]bool)) && (!textLonger(n, minWithheldProse) || dom0PrevP(n) == nil) {
				t.Fatalf("withheldParagraph(%q)", page)
			}
		}
	}
	for _, w := range []string{s, h, "728", "728px", " 90 "} {
		if adUnit(imgTag{width: w, height: h}) || adUnit(imgTag{width: s, height: w}) {
			// Only the listed sizes: both must read as integers.
			if !adUnit(imgTag{width: strings.TrimSpace(w), height: strings.TrimSpace(h)}) && !adUnit(imgTag{width: strings.TrimSpace(s), height: strings.TrimSpace(w)}) {
				t.Fatalf("adUnit(%q, %q / %q)", w, h, s)
			}
		}
	}
	for _, v := range []string{s, "Read more on " + s, "Most read in " + s, "Latest on " + h, "More in " + s + h} {
		recircHeadingRe.MatchString(v)
	}
}

// dom0PrevP is n's closest earlier sibling paragraph that is not marked hidden, or nil.
func dom0PrevP(n *xhtml.Node) *xhtml.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == xhtml.ElementNode && s.Data == "p" && !hasAttr(s, "aria-hidden") && !hasAttr(s, "hidden") {
			return s
		}
	}
	return nil
}

// checkTitle32 is FuzzRules32's title32 part.
func checkTitle32(t *testing.T, s, h string) {
	t.Helper()
	sites := []string{h, "Example Herald"}
	for _, sep := range append(slices.Clone(titleMarks), " | ", "丨", "ㅣ") {
		for _, v := range []string{s + sep + h, h + sep + s, s + sep + h + sep + "Example Herald", s} {
			got := cleanTitle(v, sites, "www.exampleherald.com")
			spaced := strings.NewReplacer(" ", " \t ", "\n", "\n\n").Replace(v)
			if again := cleanTitle("\t"+spaced+"  ", sites, "www.exampleherald.com"); again != got {
				t.Fatalf("cleanTitle(%q) = %q, respaced %q", v, got, again)
			}
		}
	}
}

// checkSpeed32 is FuzzRules32's speed32 part.
func checkSpeed32(t *testing.T, s, h string) {
	t.Helper()
	es, eh := html.EscapeString(s), html.EscapeString(h)
	for _, page := range []string{`<header><div><a href="/"><img src="logo.png"></a><div>` + es + `</div><span>` + eh + `<b>` + es + `</b></span></div></header>`,
		`<div class="top">` + s + `<h2>` + h + `</h2>` + s + `</div>`} {
		doc, err := xhtml.Parse(strings.NewReader(page))
		if err != nil {
			continue
		}
		for n := range doc.Descendants() {
			if n.Type != xhtml.ElementNode {
				continue
			}
			for _, title := range []string{s, h, s + " " + h, h + " | Example"} {
				if got, want := printsHeadline(n, title), printsHeadlineBefore(n, title); got != want {
					t.Fatalf("printsHeadline(<%s> of %q, %q) = %v, before %v", n.Data, page, title, got, want)
				}
			}
		}
	}
	names := map[string]bool{}
	for _, w := range strings.FieldsFunc(h+" "+s, func(r rune) bool { return r == ' ' || r == '{' || r == '}' || r == ',' }) {
		if len(w) > 0 && (w[0] == '.' || w[0] == '#') && len(names) < 8 {
			names[w] = true
		}
	}
	names[".a"], names["#b"] = true, true
	sheets := []string{s, h, s + "{x}" + h, strings.Repeat(s, 3)}
	if got, want := nameSpots(sheets, names), nameSpotsBefore(sheets, names); !reflect.DeepEqual(got, want) {
		t.Fatalf("nameSpots(%q, %v) = %v, before %v", sheets, slices.Sorted(maps.Keys(names)), got, want)
	}
}

// fuzz32Pages are pages built around two strings, their words set apart by sp, with the markup
// the thirty-second round's rules read: GitHub's time elements, a literal offset in the
// metadata and pictures a country domain serves (date32); a byline of a writer and a town a date
// line opens with or the JSON-LD names, author cards, a bio teaser, a profile link spelling a
// lower-case surname, a site address as a credit, an author meta repeating the site's name
// (auth32); formula pictures, withheld paragraphs, pictures at an ad's size and recirculation
// labels (body32); a title cut at one of the new marks under many <h1>s (title32); a header
// box beside a logo and a style sheet hiding classes (speed32).
func fuzz32Pages(s, h, sp string) []string {
	w := func(v string) string { return spaceRun32.ReplaceAllLiteralString(v, sp) }
	es, eh := html.EscapeString(w(s)), html.EscapeString(w(h))
	story := `<p>` + w(fuzz31Story) + `</p>`
	js := func(v string) string { return html.EscapeString(jsonString(v)) }
	return []string{
		`<html lang="en"><head><title>` + eh + w(" • Example Herald") + `</title><meta property="og:site_name" content="Example Herald">` +
			`<meta name="author" content="Example Herald"><script type="application/ld+json">{"@type":"NewsArticle","headline":` + jsonString(w(h)) +
			`,"datePublished":"2014-07-09T01:14:00.00` + strings.ReplaceAll(jsonString(s), `"`, ``) + `","dateline":` + jsonString(w(s)) +
			`,"contentLocation":{"@type":"Place","name":` + jsonString(w(s)) + `},"author":[{"@type":"Person","name":` + jsonString(w(h)) +
			`}],"publisher":{"name":"Example Herald"}}</script></head><body>` + strings.Repeat(`<h1><a href="/other">`+w("Most read")+`</a></h1>`, 14) +
			`<h1>` + eh + `</h1><div class="byline">` + w("By Jane Roe, ") + es + `</div><div class="date">` + es + ` | ` + w("March 22, 2023 10:50 IST") + `</div>` +
			story + `<relative-time datetime="` + es + `">` + eh + `</relative-time><local-time datetime="2020-07-07T12:10:51Z">` + es + `</local-time>` +
			strings.Repeat(`<img src="https://cdn.`+es+`/a.jpg"><img src="https://cdn.24.co.za/`+eh+`.jpg">`, 4) + story + `</body></html>`,
		`<html lang="en"><head><title>` + es + ` | ` + eh + `</title><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":` +
			jsonString(w(s)) + `},"contentLocation":[` + js(h) + `]}</script></head><body><h1>` + es + `</h1>` +
			`<div class="m-author">` + es + `</div><div class="m-author">` + eh + `</div><div class="m-author">` + w("Jane Roe") + `</div>` +
			`<div class="bioTeaser">` + w("Written by ") + `<a href="/author/` + html.EscapeString(strings.ToLower(strings.Join(strings.Fields(s), "-"))) + `">` + es + `</a></div>` +
			`<p class="byline">` + w("By ") + `<a href="/bios/` + html.EscapeString(strings.ToLower(strings.Join(strings.Fields(h), "-"))) + `-1.5932045">` + eh + `</a>` + w(", Le Point.fr") + `</p>` +
			story + `<p>` + w("By Jane Roe, ") + es + `.fr</p>` + story + `</body></html>`,
		`<html><head><title>` + es + `</title></head><body><article><h1>` + es + `</h1>` + story + `<p>` + w("Let ") + `<img class="latex" src="https://s0.wp.com/latex.php?latex=` +
			es + `" alt="` + es + `"> ` + w("be a number, and ") + `<img src="https://latex.codecogs.com/x" alt="` + eh + `">.</p>` + story +
			`<p aria-hidden="true">` + w(fuzz31Story) + eh + `</p><p aria-hidden="true">` + es + `</p>` +
			`<img src="/ad.gif" width="728" height="90"><img src="/` + es + `.jpg" width="` + es + `" height="` + eh + `">` +
			`<h3>` + w("Read more on ") + es + `</h3><ul><li><a href="/a">` + eh + `</a></li></ul><h3>` + w("More in ") + eh + `</h3>` + story + `</article></body></html>`,
		`<html><head><title>` + es + `丨` + eh + `</title><style>.` + es + `{display:none} .sr-only{position:absolute;width:1px;height:1px;overflow:hidden} #` + eh +
			`{visibility:hidden}</style></head><body><header><div><a href="/"><img src="/logo.png"></a><div>` + es + `</div></div></header><div class="` + es + `">` +
			eh + `</div><span class="sr-only">` + es + `</span><h1>` + es + `</h1>` + story + `</body></html>`,
		`<html lang="bn"><head><title>` + eh + `</title></head><body><div itemscope itemtype="https://schema.org/NewsArticle"><h1>` + eh + `</h1>` +
			`<p class="author">` + es + `, ঢাকা</p><div class="byline"><span>` + es + `</span><span>Published</span>` + w("July 15, 2014") + `</div>` +
			`<div class="field--name-body">` + story + `<p>` + w("Said ") + `<a href="/p/x">` + es + `</a><span><img src="/j.jpg"><a href="/p/x">` + es +
			`</a><a href="/o">MORE</a></span>` + w(" on Tuesday.") + `</p>` + story + `</div></div><div itemscope itemtype="https://schema.org/Article">` +
			`<meta itemprop="datePublished" content="` + es + `"><a href="/other"><strong class="author">` + eh + `</strong>` + w(" Vote for your favourite campaign of the year") +
			`</a></div><p>` + es + `19 /03/2020 ` + eh + `</p><noscript><h1>` + eh + `</h1>` + story + `</noscript></body></html>`,
	}
}

// spaceRun32 is a run of ASCII spaces, which fuzz32Pages sets as sp.
var spaceRun32 = regexp.MustCompile(`[ \t\n\r\f]+`)

// frameWords32 are words that frame a byline, none of them a writer.
var frameWords32 = []string{"by", "par", "por", "von", "and", "und", "et", "y", "e", "with", "avec", "con", "com", "de", "written by", "author", "authors",
	"autor", "auteur", "photo", "photos", "foto", "text", "texte", "updated", "published", "posted", "|", "·", "-", ",", ":"}

// checkPage32 extracts page at the address of a story and checks what FuzzPages32 asks of any
// page: no error, every body word in the page (as checkFuzzPage asks), each author non-empty, trimmed,
// valid text and no frame word, a publication instant in pubdate's plausible years.
func checkPage32(t *testing.T, page string) *Result {
	t.Helper()
	r := checkFuzzPage(t, page, true)
	for _, a := range r.Authors {
		if strings.TrimSpace(a) == "" || a != strings.TrimSpace(a) || !utf8.ValidString(a) ||
			slices.ContainsFunc(frameWords32, func(f string) bool { return strings.EqualFold(a, f) }) || staffPost(a) {
			t.Fatalf("Extract on %q: author %q of %q", page, a, r.Authors)
		}
	}
	if p := r.Published; !p.IsZero() && (p.Year() < 1989 || p.After(time.Date(time.Now().Year()+3, 1, 2, 0, 0, 0, 0, time.UTC))) {
		t.Fatalf("Extract on %q: published %v", page, p)
	}
	return r
}

// FuzzPages32 reads fuzz32Pages around two strings (issue 20, branch fuzz32) with checkPage32,
// and again with every run of spaces in the strings and the pages' own text set as a space,
// a newline and a tab: the title, the authors and the publication instant stay the same.
func FuzzPages32(f *testing.F) {
	for _, s := range fuzz32Seeds {
		f.Add(s, "Jane Roe")
	}
	f.Add("New Delhi", "Jane Roe")
	f.Add("+3:30", "2014-07-09T01:14:00.00+3:30")
	f.Add("jane roe", "Saksham nagar")
	f.Add("Bruselas", "Bruselas")
	f.Add(`\lambda \in \mathbb{R}`, "a")
	f.Fuzz(func(t *testing.T, s, h string) {
		if len(s) > 1024 || len(h) > 1024 {
			return
		}
		plain, spaced := fuzz32Pages(s, h, " "), fuzz32Pages(s, h, " \n\t")
		for i := range plain {
			a, b := checkPage32(t, plain[i]), checkPage32(t, spaced[i])
			if a.Title != b.Title || !slices.Equal(a.Authors, b.Authors) || !a.Published.Equal(b.Published) {
				t.Fatalf("page %d around %q, %q: title %q, authors %q, published %v; spaced %q, %q, %v", i, s, h, a.Title, a.Authors, a.Published, b.Title, b.Authors, b.Published)
			}
		}
	})
}
