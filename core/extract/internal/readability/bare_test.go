package readability

import (
	"slices"
	"strings"
	"testing"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

// TestElementWithoutContentNestWalkedOnce: in a nest of 300 wrappers over 2,000 empty
// elements, asked from the outside in as grabArticle asks, the first wrapper is walked and
// remembered (ps.bare), every inner one answered from it with no walk — and each answer is
// still upstream's: no wrapper is empty (each holds an element that is no <br>), the empty
// elements are. Asked again with the memo cleared, the answers are the same.
func TestElementWithoutContentNestWalkedOnce(t *testing.T) {
	src := strings.Repeat("<div>", 300) + strings.Repeat("<span></span>", 2000) + strings.Repeat("</div>", 300)
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	ask := func(ps *Parser) []bool {
		var got []bool
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && (n.Data == "div" || n.Data == "span") {
				got = append(got, ps.isElementWithoutContent(n))
			}
		}
		return got
	}
	ps := &Parser{}
	got := ask(ps)
	if len(ps.bare) != 1 {
		t.Errorf("%d subtrees remembered, want the outermost wrapper's only", len(ps.bare))
	}
	for i, empty := range got {
		if want := i >= 300; empty != want {
			t.Fatalf("element %d: isElementWithoutContent = %v, want %v", i, empty, want)
		}
	}
	inner := dom.QuerySelector(doc, "body").FirstChild.FirstChild
	if !ps.underBare(inner) {
		t.Error("the inner wrappers are not answered from the memo")
	}
	if again := ask(&Parser{bare: nil}); !slices.Equal(again, got) {
		t.Error("the answers differ without the memo")
	}
}
