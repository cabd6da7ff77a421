package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/pubdate"
)

// fuzz29Story is a paragraph of story text for FuzzRules29's pages.
var fuzz29Story = strings.Repeat("The harbour authority said on Tuesday that the old ferry terminal will close at the end of the summer after sixty years. ", 3)

// holdsStoryHeadlineBefore is new29's holdsStoryHeadline as it was merged: a walk up from every
// matching <h1> for each box asked (fuzz29 marks their ancestors once a scan state).
func (p *page) holdsStoryHeadlineBefore(box *html.Node) bool {
	og := strings.ToLower(normSpace(p.meta["og:title"]))
	title := strings.ToLower(p.title)
	for i, h := range p.h1Nodes {
		t := strings.ToLower(p.h1s[i])
		if len(t) < 12 || t != og && !strings.HasPrefix(title, t) {
			continue
		}
		if within(h, box) {
			return true
		}
	}
	return false
}

// aboutOtherStoryBesideHeadlineBefore is new29's aboutOtherStoryBesideHeadline as it was merged.
func (p *page) aboutOtherStoryBesideHeadlineBefore(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a.Type != html.ElementNode || a.DataAtom == atom.Body || a.DataAtom == atom.Html {
			continue
		}
		class, id := attr(a, "class"), attr(a, "id")
		if !otherStoryWordSet.InLowered(class) && !otherStoryWordSet.InLowered(id) {
			continue
		}
		cls := strings.ToLower(class + " " + id)
		if !otherStoryBlock(cls) || storyLayoutWrapper(a, cls) || sidebarWrapper(a, n, cls) {
			continue
		}
		if sidebarOnly(cls) && p.holdsStoryHeadlineBefore(a) {
			continue
		}
		return true
	}
	return false
}

// FuzzRules29 feeds two strings to the twenty-ninth round's rules merged in fuzz29 (issue 20,
// branch fuzz29): the script keys, class lists and language guesses speed29 reads faster; the
// presses' words between a date and its time, Baltic and Indic dates, hour-only offsets, the new
// labels (date29); picture, drawing and translation credits, agencies after "with", Czech "a",
// brackets in lower case, outlets opening with an article, the new "by" words (auth29); appeal
// boxes and closing appeals (body29); stacked bylines, "par X et Y" lines, bylines under
// sidebar-named blocks that hold the headline (new29). None may panic; the speed changes and
// fuzz29's bounds answer as the code before them; each new reader keeps to its input (a tail
// cut is a prefix, a label cut a suffix, a name a part of the line). Then Extract reads pages
// built around the strings with every rule's markup: no error (a recovered panic is one), every
// body word stands in the page, authors are valid text.
func FuzzRules29(f *testing.F) {
	fuzzPairs(f, "Jane Roe", []string{
		// speed29
		`var s = {pubDate: "2024-03-05T14:22:00Z"}`, `pubDate=pub publishedAt: '2024-03-05' publication_date:`, `publishDate: pubpub: "x`,
		"token hljs-keyword share", "tag-news category-world imgcaption", "display:NONE", "VISIBILITY: Hidden",
		"Il consiglio della città ha approvato la linea", "Dewan kota menyetujui jalur trem yang dengan untuk tidak dalam",
		// date29
		"5 marzo 2024 - ore 14:22", "5.3.2024 klo 14.22", "12 d'octubre de 2024 a les 10:30", "5 Μαρτίου 2024 στις 2:22 μ.μ.",
		"5 Mac 2024 pukul 2:22 petang", "2024. gada 5. marts 14:22", "2024 m. kovo 5 d. 14:22", "5 மார்ச் 2024, 2:22 PM IST",
		"ਮਾਰਚ 05, 2024 14:22 IST", "2024-03-05T14:22:00+03", "Publicada: 5 de marzo de 2024", "Last update 5 March 2024 14:22 GST",
		"更新時間 2024年3月5日", "نُشر في 5 مارس 2024", "5 SIERPIEŃ 2024 o 9:00", "ore 1:11 pagi", "a les 9.99 π.μ.",
		// auth29
		"Photo: Jane Roe", "Photos by Tom Example", "Additional reporting by Ann Lee", "Reporting contributed by Ann Lee", "Фото: Иван Петров",
		"Jane Roe with Reuters", "Jean Dupont (avec AFP)", "Anna Weber mit Material von dpa, AFP", "Le Monde avec AFP", "Jan Novák a Petr Svoboda",
		"Jean Dupont (correspondant à Bruxelles)", "de Ion Popescu", "By Jane Roe, The Guardian", "The Conversation", "Ein Beitrag von Anna Weber",
		"Von unserer Korrespondentin Anna Weber", "oprac. Anna Kowalska", "文・山田太郎", "글 홍길동", "山田太郎記者", "Автор: Иван Петров, фото: Анна Смирнова",
		"Penulis: Budi Santoso, Editor: Siti Aminah",
		// body29
		"Support The Harbour News", "SUPPORT RADIO FREE HARBOUR", "Donate to Harbour Times now.", "This article was made possible by the support of readers like you.",
		"we ask you to support The Harbour News by making a contribution – no matter how small.", "Contribute as little as $2 to keep our news free for all.",
		"Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.", "Von Anna am 21/02/2021. Abgelegt unter Hafen.",
		"toast snackbar", "donation", "col-print-12 print", "col-xs-12",
		// new29
		"Por Mauricio Luna 1 de diciembre de 2017\nmluna@example.com\nPor Gisele Sousa Dias", "par Alexandria Sage et Lisa Girion", "Web Editor",
		"theiaStickySidebar", "row large-gray-sidebar", "sidebar", "sidebar-right", "related sidebar",
		"", " ", "\xff", "\xea\xb8", "İ", "Ⱥ", "ǅ", "1:11", "a", " a ",
	}, [][2]string{{"Jane Roe", "Tom Example"}, {"theiaStickySidebar", "Council votes to rebuild the old ferry pier"}}, func(t *testing.T, s, h string, valid bool) {

		// speed29 and fuzz29's bound answer as before.
		for _, script := range []string{s, "var x = {" + s + ": " + h + "}", s + h + s, "pubDate: " + s + ", publishedAt = '" + h + "'"} {
			if got, want := scriptDate(script), scriptDateBefore(script); got != want {
				t.Fatalf("scriptDate(%q) = %q, before %q", script, got, want)
			}
		}
		for _, cls := range []string{s, s + " " + h, "hljs " + s, s + " imgcaption"} {
			// new29 reads a grid column's name ("col-print-12") as no furniture's.
			var kept []string
			for name := range strings.FieldsSeq(cls) {
				if !gridColumn(strings.ToLower(name)) {
					kept = append(kept, name)
				}
			}
			if got, want := junkClass(cls), junkClassBefore(strings.Join(kept, " ")); got != want {
				t.Fatalf("junkClass(%q) = %v, before %v", cls, got, want)
			}
		}
		for _, text := range []string{s, s + " " + h, strings.Repeat(s+" ", 8)} {
			if got, want := detectLang(text), detectLangBefore(text); got != want {
				t.Fatalf("detectLang(%q) = %q, before %q", text, got, want)
			}
			head := &textWords{text: text[:min(len(text), 12000)]}
			textOverTemplateTag("en-US", text, head)
		}

		// date29: stamps read anywhere in the text, of any value.
		for _, v := range []string{s, s + " " + h, "5 marzo 2024 " + s + " 14:22", "2024. gada 5. " + s, "2024 m. " + s + " 5 d. 14:22", "5 " + s + " 2024 ore " + h} {
			if _, start, end, ok := pubdate.Find(v, pubdate.Context{}); ok && (start < 0 || start > end || end > len(v)) {
				t.Fatalf("pubdate.Find(%q) = [%d, %d)", v, start, end)
			}
			pubdate.Parse(v, pubdate.Context{})
			var out []dateCand
			dateReader{}.value(&out, rankMeta, v)
			labelsIn(strings.ToLower(v))
		}

		// auth29: each reader keeps to its input.
		for _, b := range []string{s, s + " with " + h, h + " (avec " + s + ")", s + " a " + h, "de " + s, h + " (" + s + ")", "The " + s,
			"By " + h + ", The " + s, "Photo: " + s, "文・" + s, "글 " + s, s + "記者", "Автор: " + s + ", фото: " + h} {
			if out := withoutAgencyTail(b); out != b && !strings.HasPrefix(strings.TrimSpace(b), out) {
				t.Fatalf("withoutAgencyTail(%q) = %q", b, out)
			}
			if out := lowerDeBy(b); !strings.HasSuffix(b, out) {
				t.Fatalf("lowerDeBy(%q) = %q", b, out)
			}
			if out := cjkTextLabelOrTitle(b); !strings.Contains(b, out) {
				t.Fatalf("cjkTextLabelOrTitle(%q) = %q", b, out)
			}
			if out := czechAnd(b); out != b && strings.Replace(out, ", ", " a ", 1) != b {
				t.Fatalf("czechAnd(%q) = %q", b, out)
			}
			if w, rest := firstWord(b); !strings.HasSuffix(b, w+rest) {
				t.Fatalf("firstWord(%q) = %q, %q", b, w, rest)
			}
			nonWriterCredit(b)
			articleOutlet(b)
			theOutlet(b)
			lowerOpening(b)
			for _, names := range [][]string{splitAuthors(b), bylineLine(b), prefixedByline(b), jaLabelledNames(b)} {
				for _, name := range names {
					if valid && !utf8.ValidString(name) {
						t.Fatalf("names of %q hold %q", b, name)
					}
				}
			}
		}

		// body29: appeals and entry meta.
		outletInvite(s)
		entryFooter(s)
		for _, body := range []string{s, fuzz29Story + "\n\n" + s, fuzz29Story + "\n\n" + s + "\n\n" + h} {
			for _, p := range strings.Split(trimEdges(body, h), "\n\n") {
				if !strings.Contains(body, p) {
					t.Fatalf("trimEdges(%q) holds %q", body, p)
				}
			}
		}

		// new29: stacked bylines read at most maxStackedLines lines, names valid text.
		lines := strings.Split(s+"\n"+h+"\n"+s, "\n")
		for _, first := range []string{"By " + h, "Por " + s, s} {
			names := stackedBylines(first, lines)
			for _, name := range names {
				if valid && !utf8.ValidString(name) {
					t.Fatalf("stackedBylines(%q, %q) holds %q", first, lines, name)
				}
			}
			bylineLabel(first)
			contactLine(first)
		}
		twoJoinedNames(strings.Fields(s + " et " + h))
		sidebarOnly(strings.ToLower(s))

		// new29 with fuzz29's cache: a byline under sidebar-named blocks that hold the headline
		// is judged as the walk from every <h1> judged it, for every element of the page.
		es, eh := html.EscapeString(s), html.EscapeString(h)
		side := `<html><head><title>` + eh + ` – Example</title><meta property="og:title" content="` + eh + `"></head><body>` +
			`<div class="` + es + `"><div class="theiaStickySidebar"><h1>` + eh + `</h1><p class="byline">By Jane Roe</p><div class="sidebar"><h1>` + es +
			`</h1><span class="author">` + es + `</span></div></div><div class="sidebar-right ` + es + `"><h1>` + eh + `</h1></div></div>` +
			`<aside class="sidebar"><p class="byline">` + eh + `</p></aside></body></html>`
		if doc, err := html.Parse(strings.NewReader(side)); err == nil {
			p := scan(doc)
			forEachElement(doc, func(n *html.Node) {
				if got, want := p.holdsStoryHeadline(n), p.holdsStoryHeadlineBefore(n); got != want {
					t.Fatalf("holdsStoryHeadline on %q, <%s class=%q>: %v, before %v", side, n.Data, attr(n, "class"), got, want)
				}
				if got, want := p.aboutOtherStoryBesideHeadline(n), p.aboutOtherStoryBesideHeadlineBefore(n); got != want {
					t.Fatalf("aboutOtherStoryBesideHeadline on %q, <%s class=%q>: %v, before %v", side, n.Data, attr(n, "class"), got, want)
				}
			})
		}

		// Whole pages: no error, and every word of the body stands in the page.
		for _, page := range []string{
			side,
			`<html lang="it"><head><title>` + eh + `</title><meta property="article:published_time" content="2024-03-05T14:22:00+03"><script>var d = {pubDate: ` + es +
				`}</script></head><body><article><h1>` + eh + `</h1><p class="date">` + es + ` ore 14:22</p><p class="byline">` + es + ` with Reuters</p><p>` + fuzz29Story +
				`</p><div class="box"><h3>Support ` + eh + `</h3><p>Make a donation. ` + es + `</p></div><p>` + fuzz29Story + `</p><p>` + es + `</p><p>Donate to ` + eh +
				` now.</p></article></body></html>`,
			`<html lang="es"><head><title>` + eh + `</title></head><body><article><h1>` + eh + `</h1><div class="byline"><div>Por ` + es + `</div><div>` + eh +
				`@example.com</div><div>Por ` + eh + `</div></div><p>par ` + es + ` et ` + eh + `</p><div class="toast">` + es + `</div><p>` + fuzz29Story + es + `</p>` +
				`<p class="byline">Photo: ` + es + `</p><p class="author">The ` + es + `</p></article></body></html>`,
		} {
			checkFuzzPage(t, page, valid)
		}
	})
}

// TestHoldsStoryHeadlineOnce29: the boxes holding the story's headline are marked once a scan
// state (issue 20, fuzz29). Asked of each sidebar ancestor of each byline candidate, a walk up
// from every headline <h1> made a nest of sidebars cubic in its depth (new29's
// holdsStoryHeadline: 0.1 s → 0.44 s for 400 levels with a byline closing each, against lead29's
// walk that stops at the first sidebar). Every answer is the walk's; asked again in the same
// state, nothing is allocated.
func TestHoldsStoryHeadlineOnce29(t *testing.T) {
	const depth = 300
	title := "Council votes to rebuild the old ferry pier"
	page := `<html><head><title>` + title + `</title><meta property="og:title" content="` + title + `"></head><body>` +
		strings.Repeat(`<div class="sidebar-box">`, depth) + `<h1>` + title + `</h1><p>` + fuzz29Story + `</p>` +
		strings.Repeat(`<figure><figcaption><span class="byline">By Jane Roe</span></figcaption></figure></div>`, depth)
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	p := scan(doc)
	var all []*html.Node
	forEachElement(doc, func(n *html.Node) { all = append(all, n) })
	held := 0
	for _, n := range all {
		got, want := p.holdsStoryHeadline(n), p.holdsStoryHeadlineBefore(n)
		if got != want {
			t.Fatalf("<%s class=%q>: %v, the walk says %v", n.Data, attr(n, "class"), got, want)
		}
		if got {
			held++
		}
		if p.aboutOtherStoryBesideHeadline(n) != p.aboutOtherStoryBesideHeadlineBefore(n) {
			t.Fatalf("<%s class=%q>: aboutOtherStoryBesideHeadline differs from the walk", n.Data, attr(n, "class"))
		}
	}
	if held < depth {
		t.Fatalf("%d boxes hold the headline, want at least %d", held, depth)
	}
	if allocs := testing.AllocsPerRun(5, func() {
		for _, n := range all {
			p.holdsStoryHeadline(n)
		}
	}); allocs != 0 {
		t.Errorf("holdsStoryHeadline allocates %v times a pass over the page in one state", allocs)
	}
}
