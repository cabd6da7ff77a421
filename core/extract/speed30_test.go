package extract_test

import (
	"fmt"
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

// size30Pages are the large pages of issue 20's thirtieth round (branch speed30), n repeats
// each: a nest of boxes n/20 deep holding some 5 KB of story each (2 MB at n = 10,000, the
// parser's 512 open elements allowing no deeper nest), the same nest of byline boxes, a list of
// n dated links, and a sidebar-right column of n dated teasers and of n bylines, whose wrapper
// the scan asked, for every one of them, whether it held an <h1>.
func size30Pages(n int) map[string]string {
	title := "Council votes to rebuild the old ferry pier"
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	fat := "<p>" + strings.Repeat(sentence, 60) + "</p>"
	head := `<html lang=en><head><title>` + title + `</title><meta property="og:title" content="` + title + `"></head><body><h1>` + title + `</h1>`
	rep := strings.Repeat
	each := repeatEach(n)
	d := n / 20
	return map[string]string{
		"nestdivs":   head + rep(`<div>`+fat, d) + rep(`</div>`, d),
		"nestbyline": head + rep(`<div class="byline">By Jane Roe `+fat, d) + rep(`</div>`, d),
		"list": head + story + `<ul>` + each(func(i int) string {
			return fmt.Sprintf(`<li><a href="/news/%d">Story number %d about the harbour</a> <span class="date">5 March 2024 12:30</span></li>`, i, i)
		}) + `</ul>`,
		"sidebardates":   head + story + `<div class="sidebar-right">` + rep(`<p><a href="/x">Other story</a> <span class="date">5 March 2024</span></p>`, n) + `</div>`,
		"sidebarbylines": head + story + `<div class="sidebar-right">` + rep(`<p class="byline">By Jane Roe</p>`, n) + `</div>`,
	}
}

// TestSizes30Linear: doubling the repeats of each of size30Pages (to a 2 MB nest 500 deep and
// lists of 10,000 items) at most triples the bytes Extract allocates (linear work doubles
// them, quadratic quadruples: main's byline nest did, ×4).
func TestSizes30Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, size30Pages(5000), size30Pages(10000), 5000)
}
