package extract

import (
	"strings"
	"testing"

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
// paragraph of a box of hidden paragraphs with no shown one, in document order as preclean
// does, answers each from its last answered sibling instead of looking back to the box's start
// (looking back from each was quadratic: sixteen times the time for four times the
// paragraphs). Shown deterministically, with no clock: every paragraph asked is remembered, and
// a paragraph whose previous one is remembered as following a shown one is withheld, though
// no paragraph of the box is shown — the look back stopped at its neighbour. None is withheld
// in the plain box, and a shown paragraph before the run still shows every one of them.
func TestWithheldParagraphLookBackLinear32(t *testing.T) {
	ps := withheldBox32(2000)
	var memo map[*html.Node]bool
	for _, p := range ps {
		if withheldParagraph(p, &memo) {
			t.Fatal("a paragraph with no shown one before it is withheld")
		}
	}
	if len(memo) != len(ps) {
		t.Fatalf("%d of %d paragraphs remembered", len(memo), len(ps))
	}
	for _, k := range []int{1, 999, 1999} {
		memo[ps[k-1]] = true
		delete(memo, ps[k])
		if !withheldParagraph(ps[k], &memo) {
			t.Errorf("paragraph %d looked back past its remembered neighbour to the box's start", k)
		}
		memo[ps[k-1]] = false
	}

	ps = withheldBox32(50)
	shown := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: ps[0].DataAtom}
	ps[0].Parent.InsertBefore(shown, ps[0])
	memo = nil
	for i, p := range ps {
		if !withheldParagraph(p, &memo) {
			t.Fatalf("paragraph %d after a shown one is not withheld", i)
		}
		dropAttr(p, "aria-hidden")
	}
}
