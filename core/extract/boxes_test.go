package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHiddenBoxes checks the boxes a browser does not show, on the story container as a reading
// of it renders them (readability drops hidden elements by itself; the container reading does not).
func TestHiddenBoxes(t *testing.T) {
	page := `<html><body><article class="story">
<p>The council approved the budget on Monday after a long debate.</p>
<div role="dialog" hidden><p>You can keep this story by creating a free account here.</p></div>
<div class="signin-box hidden"><div class="h2">This content is reserved for subscribers</div><ul><li>Unlimited access to every story.</li><li>The daily crossword.</li></ul></div>
<div class="gallery-page hidden"><p>Page two: the council also agreed to repaint the old bridge.</p></div>
<div class="menu hidden md:block"><p>Shown on wide screens: the council agenda.</p></div>
</article><div hidden id="S:1"><p>Streamed part: the mayor spoke last.</p></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	boxes := boxLines(doc)
	preclean(doc)
	got := dropLines(renderText(doc), boxes)
	for _, g := range []string{"free account", "reserved for subscribers", "Unlimited access", "daily crossword"} {
		if strings.Contains(got, g) {
			t.Errorf("body still has %q:\n%s", g, got)
		}
	}
	for _, k := range []string{"approved the budget", "Page two: the council", "Shown on wide screens", "Streamed part"} {
		if !strings.Contains(got, k) {
			t.Errorf("body lost %q:\n%s", k, got)
		}
	}
}

// TestHeadlineArticle checks a page that loads the next story below the first: the body is the
// article under the page's headline, not the longer one after it.
func TestHeadlineArticle(t *testing.T) {
	para := func(topic, text string, n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "<p>%s paragraph %d: %s</p>", topic, i, text)
		}
		return b.String()
	}
	page := `<html><head><title>Harbour strike ends</title></head><body><main>
<article id="main"><h1>Harbour strike ends</h1>` + para("Harbour", "dock workers accepted the wage offer late on Sunday, and the first container ships were unloaded at dawn.", 6) + `</article>
<div class="next"><article id="next"><h1>Schools reopen after storm</h1>` + para("Schools", "pupils returned to classrooms whose roofs the storm had torn open, while teachers shared books from nearby towns.", 14) + `</article></div>
</main></body></html>`
	r, err := Extract("https://example.com/harbour", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Harbour paragraph") || strings.Contains(r.Body, "Schools paragraph") {
		t.Errorf("body is not the headline's article:\n%s", r.Body)
	}
}

// Each paragraph sits in a block named for the text and the advertisement beside it
// ("section-and-ad"): the blocks are the story, not advertising.
func TestStoryBlocksBesideAds(t *testing.T) {
	var b strings.Builder
	paras := []string{
		"You might have heard that the warming climate is raising the seas and changing the weather in many places.",
		"Over half of the country's physicians have formed a consortium to raise awareness of the health effects.",
		"The reality of human-caused climate change is no longer a matter of debate, the consortium's report reads.",
		"The consortium is calling on the government and businesses to reduce greenhouse gases without delay.",
	}
	for _, p := range paras {
		b.WriteString(`<div class="section-and-ad"><div class="section-text">` + p + `</div><div class="section-ad"><span>Advertisement</span></div></div>`)
	}
	res, err := Extract("https://example.org/story", []byte(`<html><head><title>What warming does to your body</title></head><body><h1>What warming does to your body</h1><div class="article">`+b.String()+`</div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paras {
		if !strings.Contains(res.Body, p) {
			t.Errorf("body lost %q:\n%s", p, res.Body)
		}
	}
}

// An advertisement's <noembed> fallback is raw text to the parser (its markup reads as words)
// and no browser shows it.
func TestNoembedNotRead(t *testing.T) {
	res, err := Extract("https://example.org/story", []byte(`<html><head><title>Soldiers killed in ambush</title></head><body><h1>Soldiers killed in ambush</h1>`+
		`<div id="story">`+articleBody+`<table><tr><td>ADVERTISEMENT</td></tr><tr><td><noembed><a href="https://ads.example.net/click?id=1"><img src="https://ads.example.net/ad.gif"></a></noembed></td></tr></table>`+articleBody+`</div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Body, "ads.example.net") || strings.Contains(res.Body, "<a") {
		t.Errorf("body holds the <noembed> markup:\n%s", res.Body)
	}
}
