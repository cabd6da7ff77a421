package extract_test

import (
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestTimeFirstUSClock16: a 12-hour clock printed before a month-first date ("12:49 AM, June
// 7, 2013") is the American order: the page's zone-less printed times are US Eastern, and
// the printed time completes a metadata day.
func TestTimeFirstUSClock16(t *testing.T) {
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	html := `<html lang="en"><head><title>Coach a candidate for the open job</title>
<meta name="sailthru.date" content="12:49 AM, June 7, 2013">
<meta name="publication_date" content="2013-06-07"></head><body>
<h1>Coach a candidate for the open job</h1><ul class="story-meta"><li class="byline">By JOHN DOE</li><li class="date updated"><span>Last Updated:</span> 6:02 AM, June 7, 2013</li>
<li class="date posted"><span>Posted: </span> 12:49 AM, June 7, 2013</li></ul>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/p/sports/coach_candidate_open_job", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2013, 6, 7, 0, 49, 0, 0, newYork); !r.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", r.Published, want)
	}
}
