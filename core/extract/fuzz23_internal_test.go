package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"paperboy/core/pubdate"
)

// FuzzRules23 feeds one string to the twenty-third round's rules directly (issue 20, branch
// fuzz23): labelled release clocks and zone-less metadata (date23), foreign "by" lines, Korean
// reporter lines, places after a comma, names glued to e-mail addresses and long Chinese
// dispatch brackets (auth23), update stamps, tip prompts, subscription links, signatures and
// possessive blog owners (new23bc), read-also pointers, advert-break markers and follow prompts
// (body23), a short named story's lists of links (short23), and site-led titles, label titles,
// kicker joiners and logos' alt texts (title23). None may panic, and each keeps to what it
// promises: a glued address only gains the space that parts the name, a release is a printed
// minute two to sixty after the metadata's, a site's owner and a title's cut parts are the
// string's own words, the link texts stay bounded.
func FuzzRules23(f *testing.F) {
	for _, s := range []string{
		// date23
		"Published May 18, 2016 6:25PM EDT", "승인 2017.12.18 17:34", "投稿日: 2015年03月04日 11時13分 JST", "2019-04-10T16:14:21", "10.04.2019 18:14",
		// auth23
		"Von Hans Müller", "Por María López, do Rio", "Av Ola Nordmann | 12.03.2014", "Von Montag bis Freitag", "Por eso", "Nga Arben Hoxha",
		"박준영 기자", "박준영 기자 park@example.co.kr", "김철수 워싱턴 특파원", "Por João Silva, do Rio de Janeiro", "de Mato Grosso do Sul",
		"Jane Roejane.roe@example.com", "Jane Roejroe@example.com", "Roe.jane@example.com", "X@y", "@", "a@b.c", "Ü\xffroe@x.io",
		"（本报纽约、柏林、东京…2月2日电 记者李晓宏、陈效卫…）", "(本報東京2月2日專電 記者王小明)", "（2月2日电 记者）", "Haber: Ahmet Yılmaz",
		// new23bc
		"Publisert 06.01.2026 - 16:42", "Sist oppdatert 06.01.2026 - 17:32", "Senast uppdaterad 2026-01-06", "Got a news tip? Email us.",
		"Tips oss!", "Har du video, bilder eller tips? Send til oss", "Haben Sie einen Tipp?", "Send news tips and comments to jane@example.com",
		"https://www.example.com.tr/abonelik-talep-formu/", "https://subscribe.example.com/x", "/dp/B00IAKLM54%3FSubscriptionId%3D1", "//",
		"SMMM YILMAZ EVRİM ALTUN", "evrim@example.com", "MEDIA CONTACT:", "Contacto de prensa", "James' Coffee Blog", "Jane’s Kitchen Notes", "'s",
		// body23
		"Читайте такожУкраїна має новий план", "Lire l'entretien : le maire parle", "Lire aussi sur Regards.fr", "Les også: Ny plan", "czytaj więcej",
		"(Story continues below)", "Article continues below this ad", "Continue reading below",
		"Puedes seguir a MATERIA en Facebook, Twitter e Instagram", "Você pode seguir-nos no Twitter",
		// title23
		"Harbour Star | Council votes to rebuild the pier", "New Socialist:", "Site：", ":", "Tram - Council votes", "Tram: Council votes - News",
		"Story - OurSite Central - Minor League Sports News", "OurSite Central - Minor League Sports News", "", " ", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		valid := utf8.ValidString(s)
		// auth23: a glued address gains one space and loses nothing; the byline's credits stay valid.
		for _, addr := range []string{s, s + "@example.com", "Jane Roe" + s + "@example.com", s + "roe@" + s} {
			if strings.IndexByte(addr, '@') < 0 {
				continue
			}
			out := gluedEmailName(addr)
			i := 0
			for i < len(addr) && i < len(out) && addr[i] == out[i] {
				i++
			}
			if out != addr && (len(out) != len(addr)+1 || out[i] != ' ' || out[i+1:] != addr[i:] || valid && !utf8.ValidString(out)) {
				t.Fatalf("gluedEmailName(%q) = %q", addr, out)
			}
		}
		for _, b := range []string{s, "By Jane Roe" + s + "@example.com", "Por João Silva, " + s, "Por " + s + ", do Rio", "By " + s + "jane.roe@example.com, " + s} {
			for _, name := range splitAuthors(b) {
				if valid && !utf8.ValidString(name) {
					t.Fatalf("splitAuthors(%q) holds %q", b, name)
				}
			}
		}
		placeAfterComma(s)
		placeAfterComma("do " + s)
		if m := zhLongDispatchRe().FindStringSubmatch("（本报" + s + "2月2日电 记者" + s + "）"); m != nil && len(m) != 2 {
			t.Fatalf("zhLongDispatchRe on %q: %q", s, m)
		}
		chineseCredits([]string{s, "（本报纽约" + s + "2月2日电 记者" + s + "）"}, []string{s}, []string{s}, s)
		// new23bc: the signature's writer is the line's words, the site's owner its first word.
		for _, lang := range []string{"tr", "en", s} {
			titleCaseIn(s, lang)
			for _, body := range []string{s + "\n\n" + s + "\n\n" + s, "A.\n\nB.\n\nSMMM " + s + "\n\nevrim@example.com", "A.\n\nB.\n\n" + s + "\n\n" + s + "@example.com"} {
				if names := emailSignOff(body, lang); len(names) > 1 {
					t.Fatalf("emailSignOff(%q) = %q", body, names)
				}
			}
		}
		contactLabelAbove([]string{s, s})
		for _, site := range []string{s, s + "' Blog", s + "’s Coffee Blog"} {
			if o := siteOwner(site); o != "" && !strings.HasPrefix(normSpace(site), o) {
				t.Fatalf("siteOwner(%q) = %q", site, o)
			}
		}
		subscribeHref(s)
		subscribeHref("https://" + s + "/subscribe")
		// Prompts, markers and labels on their own and around s.
		for _, p := range []string{s, "Got a news tip? " + s, "Har du " + s + " tips?", "Puedes seguir a " + s, "Читайте також" + s, "Lire l'" + s + " : x", s + " continues below"} {
			m := utf8.RuneCountInString(p)
			tipPrompt(p)
			trailerLine(p)
			followPrompt(p, m)
			adLabel(p, m)
			furnLine(p, m)
			readAlsoRe.MatchString(p)
			stampLabel.MatchString(p)
		}
		trimEdges("Publisert 06.01.2026 - 16:42\n\nSist oppdatert "+s+"\n\n"+s+"\n\nA story's paragraph.", s)
		// title23: a site-led title's end, a label title, the most stated wording and a logo's
		// trail are the title's own parts.
		for _, title := range []string{s, "Harbour Star | " + s, s + " | Council votes to rebuild the pier"} {
			_, tail, _ := strings.Cut(title, " | ")
			if h := siteLedTitleEnd([]string{s, tail, title + "x"}, title); h != "" && !strings.HasSuffix(title, h) {
				t.Fatalf("siteLedTitleEnd(%q) = %q", title, h)
			}
			labelWithoutStory(title)
			images := []imgTag{{alt: s}, {alt: "OurSite Central - " + s}, {alt: tail}}
			if out := withoutLogoTrail(title+" - OurSite Central - "+s, images); !strings.HasPrefix(title+" - OurSite Central - "+s, out) {
				t.Fatalf("withoutLogoTrail(%q) = %q", title, out)
			}
			later := []string{s, "Tram: " + s, "Tram - " + s}
			if w := mostStatedWording(title, later, append(later, title)); w != title && !slices.ContainsFunc(later, func(l string) bool { return danglingJoiner.ReplaceAllString(l, "") == w }) {
				t.Fatalf("mostStatedWording(%q) = %q", title, w)
			}
		}
		// date23: a release is a printed minute two to sixty after the metadata's, or the metadata.
		loc := time.FixedZone("", -4*3600)
		meta := pubdate.Stamp{Time: time.Date(2016, 5, 18, 18, 10, 0, 0, loc), Precision: pubdate.Second, Zoned: true}
		cands := []dateCand{{st: meta, rank: rankMeta}}
		var shown []dateCand
		for _, d := range []string{s, "Published May 18, 2016 " + s, s + " 6:25PM EDT"} {
			if st, _, _, ok := pubdate.Find(d, pubdate.Context{Loc: loc}); ok {
				shown = append(shown, dateCand{st: st, rank: rankVisible})
			}
		}
		if got := printedRelease(meta, cands, nil, shown); got != meta {
			if d := got.Time.Truncate(time.Minute).Sub(meta.Time); d < 2*time.Minute || d >= time.Hour {
				t.Fatalf("printedRelease over %v = %v from %q", meta.Time, got.Time, s)
			}
		}
		printedUTCClockLabelledLocal(pubdate.Stamp{Time: time.Date(2019, 4, 10, 16, 14, 21, 0, loc), Precision: pubdate.Second}, append(cands, shown...), loc)
		// The markup rules on s as a line under a headline, as links and cards beside a short story.
		esc := html.EscapeString(s)
		doc, err := html.Parse(strings.NewReader(`<h1>Story</h1><p>` + s + `</p><div>Von ` + s + `</div><span>` + s + ` 기자</span><h3>` + s + `<select><option>` + s +
			`</option></select></h3><div class="article-body"><p>` + s + `</p></div><ul><li><a href="/a">` + s + `</a> ` + s + `</li><li><a href="/subscribe">` + esc +
			`</a></li></ul><article><a href=/b>` + s + `</a></article>`))
		if err != nil {
			return
		}
		var story *html.Node
		for c := range doc.Descendants() {
			if c.Type != html.ElementNode {
				continue
			}
			if story == nil && attr(c, "class") == "article-body" {
				story = c
			}
			if l := labelWordLine(c); l != "" && len(l) > maxLabelWordLine {
				t.Fatalf("labelWordLine = %q", l)
			}
			koReporterLine(c)
			runes, links := textAndLinkRunes(c)
			subscribeLink(c, runes, links)
		}
		if story == nil {
			return
		}
		set, list := linkTexts(doc, story)
		if len(list) > maxLinkTexts || len(set) > len(list) {
			t.Fatalf("linkTexts: %d texts, %d listed", len(set), len(list))
		}
		for _, l := range []string{s, normSpace(s)} {
			// Where the search starts changes nothing found.
			want, _ := linkLine(l, set, list, 0)
			for from := range list {
				if got, at := linkLine(l, set, list, from); got != want || got && !set[l] && !strings.Contains(list[at], l) {
					t.Fatalf("linkLine(%q) from %d = %v at %d, from 0 %v", l, from, got, at, want)
				}
			}
		}
		shortNamedStory(doc, newCandidate(strings.Repeat(s+"\n", 8)+strings.Repeat("word ", 200)))
		scan(doc)
	})
}
