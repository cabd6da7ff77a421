package extract

import (
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
