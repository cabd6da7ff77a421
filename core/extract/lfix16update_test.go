package extract_test

import (
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestPrintedDayBeforeUpdate16: a date line that prints the publication's day and then an
// update label with a later day ("September 30 … Updated: October 1 … 4:18pm") dates the
// story by the first day, over a metadata time of the update's day.
func TestPrintedDayBeforeUpdate16(t *testing.T) {
	html := `<html><head><title>Startup joins the billion-dollar club</title>
<meta name="date.release" content="2016/02/03"><meta name="time.release" content="16:16">
<meta name="sailthru.date" content="2016-03-02 16:16:00 -0800"></head><body>
<div class="article-head"><h2 class="headline">Startup joins the billion-dollar club</h2>
<p class="byline">By <a href="/author/jane-roe/">Jane Roe</a></p>
<span class="datestamp"><span class="published">March 1, 2016</span>
<span class="updated">Updated: March 2, 2016 4:18pm</span></span></div>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/business/article/Startup-joins-club-1234567.php", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.Format(time.DateOnly); got != "2016-03-01" || !r.PublishedDateOnly {
		t.Errorf("Published = %v (day only %v), want 2016-03-01, day only", r.Published, r.PublishedDateOnly)
	}
}
