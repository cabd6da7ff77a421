package extract

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"paperboy/core/internal/randtext"
)

// TestRuneMemoMatchesTextAndLinkRunes checks runeMemo against textAndLinkRunes on every node of
// random pages, asked outermost first as preclean's walk asks (each node's count then found in
// what its ancestors kept) and innermost first, over the pieces textRunes reads apart: digits
// beside digits and four digits beside a letter across elements, line breaks, block and inline
// elements, scripts, links and named anchors, white space of every kind, broken UTF-8, and texts
// long enough to be kept.
func TestRuneMemoMatchesTextAndLinkRunes(t *testing.T) {
	long := strings.Repeat("The council approved the tram line. ", 20)
	pieces := []string{"<div>", "</div>", "<span>", "</span>", "<p>", "</p>", "<br>", "<b>", "</b>", `<a href="/x">`, `<a name="n">`, "</a>",
		"<script>var a = 1;</script>", "<style>p{}</style>", "<noscript>no</noscript>", "<!-- c -->", "<li>", "<ul>", "</ul>",
		"2024", "12", "5", "1999", "abc", "Ünï", "中文", " ", "  ", "\n", "\u00a0", "\u3000", "\t", "\xff", "\xe3\x80", long, long + "42"}
	rng := rand.New(rand.NewSource(31))
	kept := 0
	for range trials(3000) {
		text := randtext.Join(rng, 60, pieces)
		doc, err := html.Parse(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		var nodes []*html.Node
		for n := range doc.Descendants() {
			nodes = append(nodes, n)
		}
		for _, order := range []string{"outermost", "innermost"} {
			var m runeMemo
			for i := range nodes {
				n := nodes[i]
				if order == "innermost" {
					n = nodes[len(nodes)-1-i]
				}
				gr, gl := m.textAndLinkRunes(n)
				wr, wl := textAndLinkRunes(n)
				if gr != wr || gl != wl {
					t.Fatalf("%q, %s first, <%s>: runeMemo gives %d runes, %d in links; textAndLinkRunes %d, %d", text, order, n.Data, gr, gl, wr, wl)
				}
			}
			kept += len(m.steps)
		}
	}
	if kept < trials(1000) {
		t.Errorf("only %d counts were kept: the pages test too little", kept)
	}
}
