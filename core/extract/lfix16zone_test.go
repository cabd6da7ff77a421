package extract_test

import (
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestSeasonalPrintedZone16: a printed clock with a zone that follows the season settles a
// metadata value that states the same wall clock with the zone's other offset.
func TestSeasonalPrintedZone16(t *testing.T) {
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	html := `<html lang="en"><head><title>Search company names a new chief</title>
<meta name="DC.date.issued" content="2014-06-10T10:21-05:00"></head><body>
<h1>Search company names a new chief</h1><div class="date">June 10, 2014 10:21 AM ET</div>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/article/2400001/search-company-new-chief.html", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2014, 6, 10, 10, 21, 0, 0, newYork); !r.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", r.Published, want)
	}
}
