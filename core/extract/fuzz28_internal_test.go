package extract

import (
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"paperboy/core/pubdate"
)

// fuzz28Story is a paragraph of story text for FuzzRules28's pages.
var fuzz28Story = strings.Repeat("The harbour authority said on Tuesday that the old ferry terminal will close at the end of the summer after sixty years. ", 3)

// pageText is the text of a page's text nodes, joined as they stand (a word may run across
// markup: "<a>İ</a>Jane").
func pageText(page string) string {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

// FuzzRules28 feeds two strings to the twenty-eighth round's rules merged in lead28 (issue 20,
// branch fuzz28): a story withheld in a hidden container beside the headline (openWithheldStory,
// new28bc); the outlet's invitations under a story (outletInvite, body28); epoch attributes in
// meta markup and display clocks (markupEpoch, displayClock, date28), a printed update at the
// metadata's own save (notAfterPrintedUpdate, new28bc); role-labelled bylines, "and" in more
// languages, Korean photographers' labels, Chinese credits after the writer's name, numbered
// profile links (auth28); metered notices and view counters (new28bc). None may panic, and each
// keeps to what it promises: markupEpoch returns the value's own digits, an invitation is short,
// trimEdges and dropFurnitureLines keep lines of their input, a withheld story is opened only by
// dropping its style, a role's name is cut from the line, numberedProfileName returns its input,
// notAfterPrintedUpdate one of its stamps. Then Extract reads pages built around the strings
// with every rule's markup: it returns no error (a recovered panic is one), and every word of
// its body stands in the page.
func FuzzRules28(f *testing.F) {
	fuzzPairs(f, "Jane Roeburn", []string{
		// new28bc: withheld stories' containers.
		"article-body", "single__content", "articleBody", "howto-guide", "article-content x", "display:none", "display: none; color: red",
		// body28: the outlet's invitations.
		"We pay for your stories! Email us at tips@harbour.example", "Got a story?", "Do you have a story to tell? Email: desk@harbour.example",
		"Follow Harbour News on Facebook. Send your story ideas to desk@harbour.example", "Want more weird harbour news? Find The Harbour Odd on Facebook.",
		"If you're new here, you may want to subscribe to our RSS feed", "Download The Harbour Times News App to get Daily Tide Updates.",
		"Sign up for our newsletters to be the first to learn about breaking news.", "and add us as a preferred source", "Folgst du schon Hafen Heute auf Whatsapp?",
		"Abonniere den Whatsapp-Kanal von Hafen Heute", "Follow HarbourTown for breaking port news, reviews, and daily updates.", "Latest from the Harbour.com Homepage",
		"Silakan baca konten menarik lainnya dari JPNN.com di Google News", "Inscreva-se aqui para receber a newsletter diária",
		"Having waited for years, ", "shortly after the storm closed the quay.", "Read more: ",
		// date28, new28bc
		"<span class='stamp' data-timestamp='1413982586'>2014-10-22T08:56:26+00:00</span>", `<time data-epoch="1413982586000">October 22, 2014 8:56 am</time>`,
		`<span data-timestamp="0000000000">2014-10-22T08:56:26-04:00</span>`, "<i data-time=99999999999999>", "12/09/2016 11:09:00", "19.03.2019 11:45", "2019-03-19T11:45:00",
		"1/1/1 1:11", "Updated: Wed 4 Mar 2026 08:57 CET", "2026-03-04T08:57:43+01:00",
		// auth28, new28bc
		"Texte : Jeanne Roeburn. Photos : Thomas Exemple", "Texto: Juana Roeburn / Fotos: Tomás Ejemplo", "Text: Jane K. Roeburn / Foto: Tom Example",
		"Von Anna Beispiel (Text) und Tom Muster (Fotos)", "(Text)(Fotos)", "Text: : Foto:", "Anna Kowalska i Tomasz Nowak", "Anna Virtanen ja Mikko Korhonen",
		"Kovács Anna és Nagy Péter", "#Krótko o przepisach prawa w Nowej Zelandii i Polsce", "Post a Comment", "글 김하늘 기자 · 사진 박바다 기자", "글=김하늘 기자, 사진=박바다 기자",
		"김하늘 기자 / 사진 박바다 기자", "김하늘 기자, 박바다 기자", "글·사진 김하늘 기자", "记者 张三 摄影 李四", "记者：张三 摄影：李四", "记者 张三 编辑 李四", "（曹文明 編輯）",
		"/author/27938663", "profile.php?user_id=455", "/profiles/1353352", "Dr. Richard L. Benkin", "Redaktion: Jane Roeburn und Tom Example", "Redaccion",
		"Audio | 03:07 Min. | Jane Roeburn", "You have 1 article left to read this month", "(Visited 122 times, 11 visits today)", "Estimated reading time: 4 minutes",
		"Para comentar debes registrarte y completar los datos generales.", "More like this",
		"", " ", "\xff", "\xea\xb8", "İ", "Ⱥ", "ǅ",
	}, [][2]string{{"Jane Roeburn", "Tom Example"}, {"article-body", fuzz28Story}}, func(t *testing.T, s, h string, valid bool) {

		// date28: the epoch is the value's own, a display clock is short.
		for _, v := range []string{s, "<span data-timestamp='" + s + "'>" + h + "</span>", "<i data-" + s + "time=" + h + ">", "<b " + s + ">"} {
			if e := markupEpoch(v); e != "" && (!strings.Contains(v, e) || len(e) != 10 && len(e) != 13 || strings.Trim(e, "0123456789") != "") {
				t.Fatalf("markupEpoch(%q) = %q", v, e)
			}
			if displayClock(v) && (len(v) < 10 || len(v) > 120) {
				t.Fatalf("displayClock(%q)", v)
			}
			var out []dateCand
			dateReader{}.value(&out, rankMeta, v)
		}
		// new28bc: a printed update at the metadata's own save; the result is one of the stamps.
		meta, okm := pubdate.Parse("2026-03-04T09:56:08+01:00", pubdate.Context{})
		if st, _, _, ok := pubdate.Find(s, pubdate.Context{}); ok && okm {
			cands := []dateCand{{meta, rankMeta}}
			for _, mod := range [][]dateCand{nil, {{st, rankMeta}}, {{meta, rankMeta}, {st, rankVisible}}} {
				got := notAfterPrintedUpdate(meta, cands, []dateCand{{st, rankVisible}}, mod, time.UTC)
				if !got.Time.Equal(meta.Time) && !got.Time.Equal(st.Time) {
					t.Fatalf("notAfterPrintedUpdate(%v, printed %v) = %v", meta, st, got)
				}
			}
		}

		// body28: invitations are short; the edges and the furniture lines are lines of the body.
		if outletInvite(s) && utf8.RuneCountInString(s) > maxOutletInvite {
			t.Fatalf("outletInvite(%q): %d runes", s, utf8.RuneCountInString(s))
		}
		for _, body := range []string{s, fuzz28Story + "\n\n" + s, fuzz28Story + "\n\n" + s + "\n\n" + h, fuzz28Story + "\n\n" + fuzz28Story + "\n\n" + s + "\n\n© 2026 " + h,
			s + "\n\n" + fuzz28Story + "\n\n" + h} {
			for name, out := range map[string]string{"trimEdges": trimEdges(body, h), "dropFurnitureLines": dropFurnitureLines(body)} {
				for _, p := range strings.Split(out, "\n\n") {
					if !strings.Contains(body, p) {
						t.Fatalf("%s(%q) holds %q", name, body, p)
					}
				}
			}
		}

		// auth28: bylines.
		for _, b := range []string{s, "Texte : " + s + ". Photos : " + h, "Text: " + h + " / Foto: " + s, "Von " + s + " (Text) und " + h + " (Fotos)",
			s + " (Text) " + h + " (Foto)", s + " i " + h, h + " oraz " + s + " i " + h, "글 " + s + " 기자 · 사진 " + h + " 기자", s + " 기자, " + h + " 기자",
			"记者 " + s + " 摄影 " + h, "记者 " + s + " 编辑 " + h, "Redaktion: " + s + " und " + h} {
			for _, names := range [][]string{splitAuthors(b), bylineLine(b), koreanBylineNames(b, true), koreanBylineNames(b, false)} {
				for _, name := range names {
					if valid && !utf8.ValidString(name) {
						t.Fatalf("names of %q hold %q", b, name)
					}
				}
			}
			for _, read := range []func(string) ([]string, bool){roleLabelledNames, roleBracketedNames} {
				names, ok := read(b)
				if !ok && len(names) > 0 {
					t.Fatalf("role names of %q: %q without ok", b, names)
				}
				for _, name := range names {
					if name == "" || valid && !utf8.ValidString(name) {
						t.Fatalf("role names of %q hold %q", b, name)
					}
				}
			}
			if out := trimRoleSeparators(b); !strings.Contains(b, out) {
				t.Fatalf("trimRoleSeparators(%q) = %q", b, out)
			}
			koPictureLabelBefore(b)
			withCoNames(b, h)
			withoutEditorCredits(b)
			for _, surnamed := range []bool{false, true} {
				if _, rest := readZhNames(b, surnamed); !strings.HasSuffix(b, rest) {
					t.Fatalf("readZhNames(%q) left %q", b, rest)
				}
			}
			zhCreditEnd(b)
			if zhNameAfterCredit(b) && strings.TrimLeft(b, " \u3000\u00a0：:/／") == "" {
				t.Fatalf("zhNameAfterCredit(%q): a holder after nothing", b)
			}
		}
		if out := numberedProfileName(s); out != "" && out != s {
			t.Fatalf("numberedProfileName(%q) = %q", s, out)
		}
		if u, err := url.Parse(s); err == nil {
			numberedQuery(u.Query())
		}
		links := `<body><h1>` + html.EscapeString(h) + `</h1><div><a href="` + html.EscapeString(s) + `">` + html.EscapeString(h) + `</a>` +
			`<a href="/author/` + html.EscapeString(s) + `">` + html.EscapeString(h) + `</a><a href="profile.php?user_id=` + html.EscapeString(s) + `">` +
			html.EscapeString(s) + `</a></div></body>`
		if doc, err := html.Parse(strings.NewReader(links)); err == nil {
			forEachElement(doc, func(n *html.Node) {
				if n.DataAtom == 0 || n.Data != "a" {
					return
				}
				if name, _ := profileLink(n); name != "" && name != normText(n) {
					t.Fatalf("profileLink on %q: %q, not the link's text", links, name)
				}
				(&page{}).profileListed(n)
			})
		}

		// new28bc: a withheld story is opened by dropping its style only, and only a block
		// that does not hold the headline.
		withheld := `<body><main><article><h1>` + html.EscapeString(h) + `</h1><div class="` + html.EscapeString(s) + `" style="display:none"><p>` +
			html.EscapeString(s) + " " + fuzz28Story + `</p><div class="article-body" style="display: none"><h1>` + html.EscapeString(s) + `</h1><p>` +
			html.EscapeString(h) + " " + fuzz28Story + fuzz28Story + `</p></div></div><p>` + html.EscapeString(h) + `</p></article></main></body>`
		if doc, err := html.Parse(strings.NewReader(withheld)); err == nil {
			firstH1 := findElement(doc, func(n *html.Node) bool { return n.Data == "h1" && n.Type == html.ElementNode })
			before := textOf(doc)
			tries := 0
			forEachElement(doc, func(n *html.Node) {
				if !hasAttr(n, "style") {
					return
				}
				attrs := len(n.Attr)
				if openWithheldStory(doc, n, firstH1, &tries) && (hasAttr(n, "style") || len(n.Attr) != attrs-1 || isAncestor(n, firstH1)) {
					t.Fatalf("openWithheldStory on %q: attributes %v", withheld, n.Attr)
				}
			})
			if tries > maxWithheldTries {
				t.Fatalf("openWithheldStory on %q: %d tries", withheld, tries)
			}
			if after := textOf(doc); after != before {
				t.Fatalf("openWithheldStory on %q changed the text", withheld)
			}
		}

		// Whole pages: no error, and every word of the body stands in the page.
		es, eh := html.EscapeString(s), html.EscapeString(h)
		for _, page := range []string{
			`<html><head><title>` + eh + `</title><meta property="article:published_time" content="` + es + `"><meta name="date" content="` + eh + `"></head><body><main><article><h1>` +
				eh + `</h1><div class="meta"><a href="/author/27938663">` + eh + `</a></div><div id="articleBody" class="` + es + `" style="display: none"><p>` + es + ` ` + fuzz28Story +
				`</p><p>` + fuzz28Story + `</p></div><p>Please sign up or log in to continue reading</p></article></main></body></html>`,
			`<html lang="pl"><head><title>` + eh + `</title></head><body><article><h1>` + eh + `</h1><p class="byline">` + es + `</p><p>` + fuzz28Story + `</p>` +
				`<div class="c1"><div class="c2"><div><div><p>` + eh + ` <a href="/news/x">` + es + `</a>` + eh + `</p></div></div></div></div><p>` + fuzz28Story + `</p><p>` + es + `</p><p>` + eh + `</p></article></body></html>`,
			`<html lang="ko"><head><title>` + eh + `</title></head><body><article><h1>` + eh + `</h1><figure><figcaption><span class="byline">` + es + `</span></figcaption></figure>` +
				`<p class="byline">글 ` + es + ` 기자 · 사진 ` + eh + ` 기자</p><p>` + fuzz28Story + es + `</p><p class="byline">记者 ` + es + ` 摄影 ` + eh + `</p></article></body></html>`,
		} {
			checkFuzzPage(t, page, valid)
		}
	})
}

// checkFuzzPage is what FuzzRules28 and FuzzRules29 ask of every page they build: Extract
// returns no error, every body word stands in the page's text, and an author of a page built
// from valid UTF-8 is valid UTF-8. It returns the result for callers that ask more of it.
func checkFuzzPage(t *testing.T, page string, valid bool) *Result {
	t.Helper()
	r, err := Extract("https://www.example.com/news/2024/05/harbour-pier-1234", []byte(page))
	if err != nil {
		t.Fatalf("Extract on %q: %v", page, err)
	}
	in := squash(pageText(page))
	for _, w := range strings.Fields(r.Body) {
		if sw := squash(w); sw != "" && !strings.Contains(in, sw) {
			t.Fatalf("Extract on %q: body word %q not in the page; body %q", page, w, r.Body)
		}
	}
	for _, a := range r.Authors {
		if valid && !utf8.ValidString(a) {
			t.Fatalf("Extract on %q: author %q", page, a)
		}
	}
	return r
}
