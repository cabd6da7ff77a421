package extract_test

import (
	"strings"
	"testing"
)

// sizeBody32Pages are synthetic pages built of n repeats of the markup body32's rules read:
// labels over other stories that name their topic ("Most read in …"), formula pictures, runs of
// paragraphs marked aria-hidden (long ones, short ones between them, and a run with no shown
// paragraph before it) and ad-sized pictures. Extracted at growing n by TestSizesBody32Linear
// (bytes, not time).
func sizeBody32Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	hidden := `<p class="paywall" aria-hidden="true">` + strings.Repeat(sentence, 3) + `</p>`
	pages := map[string]string{}
	pages["recirclabels"] = head + story + rep(`<div><h2>Most read in The Harbour Times</h2><ul><li><a href="/a">Ferry fares rise</a></li></ul></div>`, n) + story
	pages["formulas"] = head + story + `<p>` + rep(`x <img class="latex" src="https://s0.wp.com/latex.php?latex=k" alt="k_1 + k_2"> y `, n) + `</p>` + story
	pages["withheld"] = head + story + `<div>` + rep(hidden+`<p aria-hidden="true">Share</p><div>ad</div>`, n) + `</div>` + story
	pages["withheldunshown"] = head + `<div>` + rep(hidden, n) + `</div>` + story
	pages["adimages"] = head + story + rep(`<img width="160" height="600" src="https://ads.example/cgi/x?n=1">`, n) + story
	return pages
}

// TestSizesBody32Linear extracts body32's size pages at two sizes and asks that twice the markup
// costs about twice the bytes (linearSizes).
func TestSizesBody32Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, sizeBody32Pages(2500), sizeBody32Pages(5000), 2500)
}
