package extract_test

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// size31Pages are nests of boxes n/20 levels deep (the parser allows 512 open elements) that
// issue 20's thirty-first round (branch tidy31) made linear: a box was asked about by counting
// the text of its whole subtree, and each box inside it was asked again. Readability's
// cleanConditionally measured every div of the article by walking it (text, lists, headings,
// links): a nest of divs, each with a paragraph and a few headings or lists, allocated depth²
// heading lists. preclean counted the text and link text of every box named like furniture
// ("banner") and of every <nav>, <aside> and <form> kept for the story it holds, and
// articleContainer of every box named as the story's container, nested or not.
func size31Pages(n int) map[string]string {
	title := "Council votes to rebuild the old ferry pier"
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	fat := "<p>" + strings.Repeat(sentence, 20) + "</p>"
	head := `<html lang=en><head><title>` + title + `</title></head><body><h1>` + title + `</h1>`
	rep := strings.Repeat
	d := n / 20
	nest := func(open, inner, close string) string { return head + rep(open+inner, d) + rep(close, d) }
	return map[string]string{
		"headingnest":   nest(`<div>`, `<p>`+sentence+`</p>`+rep(`<h4>Sub</h4>`, 20), `</div>`),
		"listnest":      nest(`<div>`, `<p>`+sentence+`</p>`+rep(`<ul><li>`+sentence+`</li></ul><p>`+sentence+`</p>`, 3), `</div>`),
		"linknest":      nest(`<div>`, `<p>`+sentence+`<a href="/x">a link in the story</a></p>`, `</div>`),
		"bannernest":    nest(`<div class="banner">`, fat, `</div>`),
		"navnest":       nest(`<nav>`, fat, `</nav>`),
		"formnest":      nest(`<form>`, fat, `</form>`),
		"containernest": nest(`<div class="article-body">`, fat, `</div>`),
	}
}

// TestSizes31Linear: doubling the depth of each of size31Pages (nests 200 and 400 deep) at
// most triples the bytes Extract allocates (linear work doubles them, quadratic quadruples:
// main's heading nest did, ×3.6). Each page is measured three times and keeps its least figure:
// noise only ever adds bytes, and on the smaller page it hid main's growth. The other nests cost
// main time, not bytes: BENCHMARKS.md (tidy31) has their times.
func TestSizes31Linear(t *testing.T) {
	skipHeavySizes(t)
	small, large := size31Pages(4000), size31Pages(8000)
	for _, name := range slices.Sorted(maps.Keys(small)) {
		least := func(page string) uint64 {
			m := allocated(t, page)
			for range 2 {
				m = min(m, allocated(t, page))
			}
			return m
		}
		a, b := least(small[name]), least(large[name])
		t.Logf("%s: %d → %d bytes (×%.2f)", name, a, b, float64(b)/float64(a))
		if b > 3*a {
			t.Errorf("%s: %d bytes 200 deep, %d 400 deep (×%.1f)", name, a, b, float64(b)/float64(a))
		}
	}
}

// BenchmarkSizes31 extracts each of size31Pages at 2,500, 5,000 and 10,000 repeats (nests 125,
// 250 and 500 deep): measured, not asserted (BENCHMARKS.md, tidy31). SIZES31=name runs one page;
// run with -benchtime 1x.
func BenchmarkSizes31(b *testing.B) { benchSizes(b, "SIZES31", size31Pages) }
