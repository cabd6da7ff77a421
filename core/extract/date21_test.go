package extract_test

import "testing"

// TestDates21 covers the twenty-first round's publication-date classes, one case or two each
// (the case names say which): a jump menu's "Select a date" prompt, other stories' cards marked
// datePublished, an ISO 3166-2 geo.region, a month name with a two-digit year.
func TestDates21(t *testing.T) {
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a jump menu's prompt is no date label: the byline's date stands",
			"https://www.example.org/papers/price-hikes.php",
			`<html lang="en"><head><title>Price hikes for city papers</title></head><body>
<h1>Price hikes for city papers</h1>
<div class="ByLine">Posted by Jane Roe on Wednesday, September 24, 2008 at 8:00 PM</div>` + undated + `
<div class="side"><form name="jump"><select name="box">
<option value="/" selected="1">Select a date</option>
<option value="/a.php">2010.12.31: Council opens five new</option>
<option value="/b.php">2010.12.30: Road closed for the</option>
</select></form></div>
</body></html>`,
			"2008-09-24T20:00:00-04:00"},
	})
}
