package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// prose returns n sentences of synthetic story text, each naming its number.
func prose(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Sentence %d tells how the valley council met the farmers and heard their case about water. ", i)
	}
	return b.String()
}

func TestWrapperHoldingMainIsNotFurniture(t *testing.T) {
	// The whole page sits in a link-heavy wrapper whose class carries "ad": it must not be
	// removed as an advertisement.
	var nav strings.Builder
	for i := 0; i < 120; i++ {
		fmt.Fprintf(&nav, `<li><a href="/s%d">Section link number %d</a></li>`, i, i)
	}
	page := `<html><head><title>Quake</title><meta property="og:description" content="Sentence 0 tells how the valley council met the farmers"></head><body>` +
		`<div class="l-wrapper gate-ad"><ul>` + nav.String() + `</ul><main><h1>Quake</h1><p>` + prose(4) +
		`</p></main><footer>Copyright Example Company. All rights reserved.</footer></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 3 tells") {
		t.Errorf("body lost the story inside the wrapper: %q", r.Body)
	}
}

func TestStoryFromScriptState(t *testing.T) {
	// A script-built page: the body is empty, the story is paragraph HTML in inline state.
	story := ""
	for i := 0; i < 6; i++ {
		story += `\u003cp\u003e` + prose(2) + `\u003c/p\u003e`
	}
	page := `<html><head><title>Vote</title><meta property="og:description" content="Sentence 0 tells how the valley council met the farmers and heard their case">` +
		`<script>window.__STATE__ = {"data":{"detail":{"title":"Vote","contentHtml":"\u003cdiv class=\"caption\"\u003e\u003cp\u003ePhoto of the hall\u003c/p\u003e\u003c/div\u003e` + story + `"}}};</script>` +
		`</head><body><div id="root"></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 1 tells") || strings.Contains(r.Body, "Photo of the hall") {
		t.Errorf("body = %q, want the story from the script state without its caption", r.Body)
	}
}

func TestLDTextDoublyEscaped(t *testing.T) {
	// The JSON string already decoded: "&amp;ccedil;" is what the publisher escaped twice.
	if got := ldText("Yangın &amp;ccedil;ıktı ve il&amp;ccedil;e &amp;#252;st&amp;uuml;nde."); got != "Yangın çıktı ve ilçe üstünde." {
		t.Errorf("ldText = %q", got)
	}
	if got := ldText("Salt &amp; pepper"); got != "Salt & pepper" {
		t.Errorf("ldText = %q, a single escape must decode once", got)
	}
}

func TestDropRepeat(t *testing.T) {
	story := prose(8)
	if got := dropRepeat(story + " " + story); got != strings.TrimSpace(story) {
		t.Errorf("a doubled body must keep one copy, got %d bytes of %d", len(got), len(story))
	}
	// The opening sentence quoted again later is no repeat.
	other := story + "As said before: " + story[:120] + " " + strings.Repeat("Then something else happened entirely. ", 20)
	if got := dropRepeat(other); got != other {
		t.Error("a body quoting its opening once must stay whole")
	}
}

func TestDropCapJoinsItsWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<p><span class="initial-letter-outer"><span class="initial-letter">N</span></span> <span>a endlich! Es gibt einen Entwurf.</span></p>`, "Na endlich! Es gibt einen Entwurf."},
		{`<p><span class="dropcap">T</span>
		he council met.</p>`, "The council met."},
		{`<p><span class="dropcap">A</span> cat sat on the mat.</p>`, "A cat sat on the mat."},
		{`<p><span class="dropcap">T</span> The council met.</p>`, "T The council met."},
		{`<p><span class="name">N</span> a note.</p>`, "N a note."},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tt.in + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		preclean(doc)
		if got := renderText(bodyOf(doc)); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitModules(t *testing.T) {
	para := func(from, n int) string {
		var b strings.Builder
		for i := from; i < from+n; i++ {
			fmt.Fprintf(&b, "<p>Paragraph %d says the valley council met the farmers and heard their long case about the water rights.</p>", i)
		}
		return b.String()
	}
	later := `<div class="con"><div class="box">` + para(10, 8) + `</div></div>`
	r := newCandidate(renderText(mustBody(t, later)))
	page := `<div class="page"><h1>Water</h1><div class="con"><div class="box">` + para(0, 5) + `</div></div>` +
		`<div class="gallery"><a href="/p1">Photo one</a></div>` + later + `</div>`
	got := splitModules(mustBody(t, page), r, nil)
	if !strings.Contains(got.text, "Paragraph 0 says") || !strings.Contains(got.text, "Paragraph 17 says") {
		t.Errorf("the story's opening module was not joined: %q", got.text)
	}
	// A module whose sub-heading is a jump mark (an anchor without an address) is the story's.
	marked := `<div class="page"><h1>Water</h1><div class="con"><h2><a name="part-one">Part one of the case</a></h2>` + para(0, 5) + `</div>` + later + `</div>`
	if got := splitModules(mustBody(t, marked), r, nil); !strings.Contains(got.text, "Paragraph 0 says") {
		t.Errorf("the module opening with a jump mark was not joined: %q", got.text)
	}
	// Teaser cards of other stories before the reading open with their headline link.
	teasers := `<div class="page"><div class="con"><a href="/other">Other story</a>` + para(0, 5) + `</div>` + later + `</div>`
	if got := splitModules(mustBody(t, teasers), r, nil); got.size != 0 {
		t.Errorf("teaser cards were joined: %q", got.text)
	}
}

func mustBody(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + s + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	return bodyOf(doc)
}
