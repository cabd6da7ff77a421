package readability

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestArticleElementsCarryTheirAtom parses random pages, among them bare text between blocks
// (wrapped in a new <p>), tables of one cell (the cell renamed), <br><br> chains (a new <p>), spans
// and fonts beside the story (renamed <div>) and a body with no candidate (a new <div>): every
// element of the article has the atom of its tag name, as the caller lays text out by atom.
func TestArticleElementsCarryTheirAtom(t *testing.T) {
	pieces := []string{"a word, another, ", "word ", " ", "<p>", "</p>", "<div>", "</div>", `<div class="article-body">`, "<br><br>",
		"<table><tr><td>", "</td></tr></table>", "<span>", "</span>", "<font>", "</font>", `<figure data-src="a.jpg"></figure>`,
		"<center>", "</center>", `<a href="/x">link</a>`, `<a href="/y"><b>bold</b> <i>link</i></a>`,
		strings.Repeat("Long sentence of the story, with commas, and words. ", 4)}
	rng := rand.New(rand.NewSource(25))
	for range 1000 {
		src, doc := randomPage(t, rng, "", pieces)
		p := NewParser()
		p.NodeOnly = true
		art, err := p.ParseDocument(doc, nil)
		if err != nil || art.Node == nil {
			continue
		}
		for n := range art.Node.Descendants() {
			if n.Type == html.ElementNode && n.DataAtom != atom.Lookup([]byte(n.Data)) {
				t.Fatalf("%q: <%s> has the atom of <%s>", src, n.Data, n.DataAtom)
			}
		}
	}
}
