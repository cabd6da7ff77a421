package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// hoverNest32 is a paragraph around a nest of depth spans, each after a link, over a text of
// words bytes: no span is a hover card (it holds no picture, and text of its own).
func hoverNest32(depth, words int) *html.Node {
	doc, err := html.Parse(strings.NewReader(`<p>Said ` + strings.Repeat(`<a href="/p/jane">Jane Roe</a><span>`, depth) +
		strings.Repeat("harbour words ", words/14) + strings.Repeat(`</span>`, depth) + ` on Tuesday.</p>`))
	if err != nil {
		panic(err)
	}
	return doc
}

// TestHoverCardNestLinear32 (fuzz32, over new32's hoverCard): asking every span of a
// paragraph's nest of spans after links, as preclean does, rejects each from its structure —
// elements no further than maxHoverCardNodes, no picture — before any text is read: no
// paragraph is ever read (paras stays empty), where new32's tip copied the whole nest's text at
// every span, then read its paragraph (12 s for 400 levels over 1 MB). Shown with no clock.
// And the hover card's reading is kept: a span after a linked name that repeats it with a
// picture and another link, in a sentence, is one; with text of its own, or more than
// maxHoverCardNodes elements, it is none.
func TestHoverCardNestLinear32(t *testing.T) {
	doc := hoverNest32(400, 64<<10)
	var paras map[*html.Node]bool
	spans := 0
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "span" {
			spans++
			if hoverCard(n, &paras) {
				t.Fatal("a span of text is a hover card")
			}
		}
	}
	if spans != 400 || len(paras) != 0 {
		t.Errorf("%d spans asked, %d paragraphs read: want 400 and none", spans, len(paras))
	}

	card := `<span><img src="/j.jpg"><a href="/p/jane">Jane Q. Roe</a> <a href="/s/1">Her latest story</a>` + `%s<a href="/p/jane">MORE</a></span>`
	for _, c := range []struct {
		extra string
		want  bool
	}{{"", true}, {" and more words here", false}, {strings.Repeat(`<b></b>`, maxHoverCardNodes), false}} {
		page := `<p>The senator <a href="/p/jane">Jane Roe</a>` + strings.Replace(card, "%s", c.extra, 1) +
			` said on Tuesday that the harbour tram line would open next spring after years of delay.</p>`
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var paras map[*html.Node]bool
		got := false
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "span" {
				got = got || hoverCard(n, &paras)
			}
		}
		if got != c.want {
			t.Errorf("hoverCard(%q) = %v, want %v", page, got, c.want)
		}
	}
}
