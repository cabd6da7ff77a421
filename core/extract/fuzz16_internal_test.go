package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHeaderDateTextsCapped: date elements in an article's header above the headline are kept
// as the story's own date texts (a mobile layout's date line), and were not capped: each of
// thousands searched its header for a front-page logo and an <h1>, and a 370 KB page of 5,000
// such blocks took 8–10 s (BENCHMARKS.md, fuzz16). They now count against maxDateTexts.
func TestHeaderDateTextsCapped(t *testing.T) {
	page := `<html><body><article><header>` + strings.Repeat(`<div class=date>22.05.2020</div><div class=time>16:14</div>`, 100) +
		`<h1>Headline of the story</h1></header><p>Text.</p><div class=date>23.05.2020</div></article>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	p := scan(root)
	if len(p.dateTexts) != maxDateTexts || p.dateTexts[0] != "22.05.2020" || p.dateTexts[1] != "16:14" {
		t.Errorf("dateTexts = %d %q…, want the first %d", len(p.dateTexts), p.dateTexts[:min(2, len(p.dateTexts))], maxDateTexts)
	}
}
