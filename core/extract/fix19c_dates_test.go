package extract

import (
	"strings"
	"testing"
	"time"
)

func TestBylineTimestampAttributeDatesARelativeAge(t *testing.T) {
	// The metadata gives the day only; the byline prints a relative age ("5m") and carries the
	// instant it counts from in a data-timestamp attribute: that instant is the publication.
	page := `<html><head><title>Ferry service resumes after storm</title><meta name="date" content="2018-11-03">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes after storm","datePublished":"2018-11-03"}</script>` +
		`</head><body><article><h1>Ferry service resumes after storm</h1>` +
		`<div class="byline"><span class="byline-author-name">Ana Lopez</span>` +
		`<div class="byline-timestamp" data-timestamp="2018-11-03T06:45:41+0000">5m</div></div>` +
		`<p>` + strings.Repeat("The ferry between the two islands resumed its morning crossings on Saturday after a storm kept it in port for two days. ", 5) + `</p>` +
		`</article></body></html>`
	r, err := Extract("https://example.com/ferry-resumes-2018-11", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "2018-11-03T06:45:41Z"; r.Published.UTC().Format(time.RFC3339) != want || r.PublishedDateOnly {
		t.Errorf("published = %v (date only %v), want %s", r.Published, r.PublishedDateOnly, want)
	}
}
