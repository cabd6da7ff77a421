package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestTextRunesOverMatchesCount checks textRunesOver(n, limit) against textRunes(n) > limit
// for every element of the class pages and of markup with broken UTF-8, dates split over
// elements and blocks: the walk that stops early must answer as the whole count.
func TestTextRunesOverMatchesCount(t *testing.T) {
	pages := []string{
		"<div><p>12</p><span>34</span> <b>2019</b>Jan <br>x\xe3\x80 y<div>\x80 z</div></div>",
		"<header><a href=/><img></a><span>Tue, 14 Jan 2020</span><script>var a = 1</script> tail</header>",
	}
	files, _ := filepath.Glob("testdata/*.html")
	classes, _ := filepath.Glob("testdata/classes/*.html")
	files = append(files, classes...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	checked := 0
	for _, src := range pages {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				want := textRunes(n)
				for _, limit := range []int{0, 1, 5, want - 1, want, want + 1, mastheadText} {
					if limit >= 0 && textRunesOver(n, limit) != (want > limit) {
						t.Fatalf("textRunesOver(<%s>, %d) = %v, textRunes %d", n.Data, limit, !(want > limit), want)
					}
				}
				checked++
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	}
	if checked < 300 {
		t.Fatalf("%d elements checked", checked)
	}
}
