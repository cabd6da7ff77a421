package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// TestNestedBylineBoxesBounded: byline boxes nested 400 deep, each holding a few paragraphs of
// the story (a template that never closes its byline box), are each asked by scan whether
// their text is a date line of at most 300 bytes, and by preclean whether it is a byline of
// under 200 runes. Reading each box's text whole to answer that builds the whole story again
// at every level (quadratic in the depth, 2 MB of page turned into hundreds of megabytes of
// strings); read only past the bound, Extract allocates at most half again what the same nest
// of plain boxes costs, and reads the same body.
func TestNestedBylineBoxesBounded(t *testing.T) {
	skipHeavySizes(t)
	const depth = 400
	title := "Council votes to rebuild the old ferry pier"
	para := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 12) + "</p>"
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	nest := func(open string) string {
		return head + strings.Repeat(open+"Jane Roe "+para, depth) + strings.Repeat(`</div>`, depth)
	}
	bylines, plain := nest(`<div class="byline">`), nest(`<div class="box">`)
	nestBounded(t, "byline boxes", plain, bylines)
	r1, err1 := extract.Extract("https://www.example.com/news/a.html", []byte(bylines))
	r2, err2 := extract.Extract("https://www.example.com/news/a.html", []byte(plain))
	if err1 != nil || err2 != nil || r1.Body != r2.Body {
		t.Errorf("bodies differ (%v, %v): %d and %d bytes", err1, err2, len(r1.Body), len(r2.Body))
	}
}
