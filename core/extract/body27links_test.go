package extract

import (
	"strings"
	"testing"
)

// framedParas returns n paragraphs of a story, each boxed in component frames as some layouts
// print them: <div><div><div><div><p>…</p></div></div></div></div>.
func framedParas(from, n int) string {
	var b strings.Builder
	for i := from; i < from+n; i++ {
		b.WriteString(`<div class="c1"><div class="c2"><div><div><p>The harbour trust met again on a wet morning, and members ` +
			`went through the dredging costs line by line before the vote, item ` + string(rune('a'+i)) + `, which took most of the day.</p></div></div></div></div>` + "\n")
	}
	return b.String()
}

// A story paragraph that links most of the names it gives, set in the same nested frames as
// every other paragraph: its link density (under readability's 0.35 bound for prose, over its
// 0.2 for boxes) cost it its place, though it is a sentence of prose like its neighbours.
func TestFramedLinkedParagraphStays27(t *testing.T) {
	page := `<html><head><title>Harbour trust keeps its dredging plan</title></head><body><div class="wrap">
<h1>Harbour trust keeps its dredging plan</h1>
` + framedParas(0, 2) + `<div class="c1"><div class="c2"><div><div><p>Former <a href="/topic/trust">trust</a> chair <a href="/topic/jane-roe">Jane Roe-Harbourside</a> came under fire for not backing <a href="/topic/sam-poe">Sam Poe Junior</a> in the board’s<a href="/news/harbour-vote-result-2024"> 7-2 budget vote</a> over dredging and harbour fees on Monday, a week before the summer ferry season opens.</p></div></div></div></div>
` + framedParas(2, 5) + `</div></body></html>`
	res := extract16(t, "https://example.com/news/harbour-trust-dredging", page)
	if !strings.Contains(res.Body, "came under fire for not backing Sam Poe Junior") {
		t.Errorf("linked paragraph lost:\n%s", res.Body)
	}
}
