package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestUnnameMediaProseBounded: media-named blocks of prose nested 300 deep are each measured
// only until maxMediaProseRunes of text has been counted (each outer block's count holds every
// inner one's, quadratic otherwise): the outermost block, measured first, loses its name, the
// innermost keeps it, and mediaProse answers false unmeasured once the budget is spent.
func TestUnnameMediaProseBounded(t *testing.T) {
	para := "<p>" + strings.Repeat("The council approved the harbour tram line after a year of delays. ", 3) + "</p>"
	const depth = 300
	page := strings.Repeat(`<div class="media-body">`+para+para+para, depth) + strings.Repeat("</div>", depth)
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var blocks []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && mediaNamed(n) {
			blocks = append(blocks, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(blocks) != depth {
		t.Fatalf("%d blocks, want %d", len(blocks), depth)
	}
	unnameMediaProse(blocks)
	if mediaNamed(blocks[0]) {
		t.Errorf("outermost block kept its media name")
	}
	if !mediaNamed(blocks[depth-1]) {
		t.Errorf("innermost block measured past the bound")
	}
	spent := maxMediaProseRunes
	if mediaProse(blocks[depth-1], &spent) || spent != maxMediaProseRunes {
		t.Errorf("mediaProse measured past the bound: spent %d", spent)
	}
}
