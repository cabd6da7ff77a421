package extract_test

import (
	"testing"
	"time"
)

// TestPrintedLocalClock: a zone-less metadata clock (read as UTC) is the local clock the page
// prints under it when the page says which clock that is: the printed twin names its zone, or
// a second zone-less metadata value is the printed clock's instant in UTC.
func TestPrintedLocalClock(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a zone-less microdata clock printed with a zone abbreviation is that zone's clock",
			"https://www.example.com/40123-acme-completes-merger",
			`<html lang="en"><head><title>Acme completes merger</title></head><body>
<h1>Acme completes merger</h1>
<p>By <span itemprop="author">Jane Example</span> on <span itemprop="datePublished" content="2016-04-05 08:21:34">April 5, 2016 08:21 am EST</span></p>` + undated + `</body></html>`,
			time.Date(2016, 4, 5, 13, 21, 34, 0, time.UTC)},
		{"of two zone-less metadata clocks hours apart, the one the page prints is local, the other UTC",
			"https://www.example.com/sports/team-wins-article-1.3245615",
			`<html lang="en-US"><head><title>Team wins at home</title>
<meta name="parsely-pub-date" content="2017-06-14T02:00:07"></head><body>
<h1>Team wins at home</h1>
<div id="date-published" itemprop="datePublished" content="2017-06-13T22:00:07">Tuesday, June 13, 2017, 10:00 PM</div>` + undated + `</body></html>`,
			time.Date(2017, 6, 14, 2, 0, 7, 0, time.UTC)},
	})
}

// TestPrintedUpdateClock: a page whose only publication time is its printed "Updated" clock is
// dated by that clock in its newsroom's zone when the machine value beside it is that wall
// clock stamped "Z".
func TestPrintedUpdateClock(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a Z value whose wall clock a Pacific newsroom prints as its update is that local clock",
			"https://www.example.com/sports/article/Can-the-team-recover-4671609.php",
			`<html lang="en-US"><head><title>Can the team recover?</title>
<meta property="og:site_name" content="San Francisco Example Chronicle"></head><body>
<h1>Can the team recover?</h1>
<h5 class="timestamp updated" title="2013-07-18T10:36:53Z">Updated 10:36 am, Thursday, July 18, 2013</h5>
<p>The team had to think about it for a second. Going back to high school, college and the pros, the catcher could not remember a half like this one, and the manager agreed that the second half would need more.</p>` + undated + `</body></html>`,
			time.Date(2013, 7, 18, 17, 36, 0, 0, time.UTC)},
	})
}
