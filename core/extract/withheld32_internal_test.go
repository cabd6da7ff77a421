package extract

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// withheldBox32 is a box of n long paragraphs marked aria-hidden and no shown one: none of
// them is withheld story text, and each asks withheldParagraph to look back.
func withheldBox32(n int) []*html.Node {
	para := `<p aria-hidden="true">` + strings.Repeat("The city council approved the harbour tram line on Wednesday. ", 4) + `</p>`
	doc, err := html.Parse(strings.NewReader(`<div>` + strings.Repeat(para, n) + `</div>`))
	if err != nil {
		panic(err)
	}
	var ps []*html.Node
	for c := range doc.Descendants() {
		if c.Type == html.ElementNode && c.Data == "p" {
			ps = append(ps, c)
		}
	}
	return ps
}

// TestWithheldParagraphLookBackLinear32 (fuzz32, over body32's memo of 2dfdab2a): asking every
// paragraph of a box of n long hidden paragraphs with no shown one, in document order as
// preclean does, takes time linear in n: four times the paragraphs take well under eight times
// as long (looking back to the box's start from each took sixteen times). None is withheld, and
// a shown paragraph before the run still shows every one of them.
func TestWithheldParagraphLookBackLinear32(t *testing.T) {
	if testing.Short() || raceOn {
		t.Skip("times thousands of paragraphs")
	}
	ask := func(ps []*html.Node) time.Duration {
		best := time.Hour
		for range 3 {
			var memo map[*html.Node]bool
			start := time.Now()
			for _, p := range ps {
				if withheldParagraph(p, &memo) {
					t.Fatal("a paragraph with no shown one before it is withheld")
				}
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := ask(withheldBox32(2000)), ask(withheldBox32(8000))
	t.Logf("2,000 paragraphs %v, 8,000 %v (×%.1f)", small, large, float64(large)/float64(small))
	if large > 8*small {
		t.Errorf("2,000 hidden paragraphs asked in %v, 8,000 in %v: more than linear", small, large)
	}

	ps := withheldBox32(50)
	shown := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: ps[0].DataAtom}
	ps[0].Parent.InsertBefore(shown, ps[0])
	var memo map[*html.Node]bool
	for i, p := range ps {
		if !withheldParagraph(p, &memo) {
			t.Fatalf("paragraph %d after a shown one is not withheld", i)
		}
		dropAttr(p, "aria-hidden")
	}
}
