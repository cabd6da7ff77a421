package extract_test

import (
	"strings"
	"testing"
)

// TestPrintedClockZone30: a page that no tag, domain or outlet's name places prints some
// clocks with their zone ("Markets close 04:00 PM IST"): its clocks printed without one are in
// that zone, not UTC. Clocks naming two zones, or only GMT, place it nowhere.
func TestPrintedClockZone30(t *testing.T) {
	body := `<p>` + strings.Repeat("The company won orders worth crores for power grid projects from the state utility. ", 8) + `</p>`
	page := func(aside string) string {
		return `<html lang="en"><head><title>Company bags power grid orders</title></head><body><article><h1>Company bags power grid orders</h1>
<div class="date">Apr 29, 2016, 20:25</div>` + body + `</article><aside>` + aside + `</aside></body></html>`
	}
	u := "https://www.example.com/news/business/company-bags-power-grid-orders-6462901.html"
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"IST on a sidebar clock", u, page(`<p>Sensex closes higher</p><p>Apr 29, 2016 04:00 PM IST</p>`), "2016-04-29T20:25:00+05:30"},
		{"IST in parentheses after seconds", u, page(`<p>Last updated 16:00:02 (IST)</p>`), "2016-04-29T20:25:00+05:30"},
		{"two zones place it nowhere", u, page(`<p>New York 10:00 EST</p><p>Mumbai 19:30 IST</p>`), "2016-04-29T20:25:00Z"},
		{"GMT places it nowhere", u, page(`<p>Markets 14:00 GMT</p>`), "2016-04-29T20:25:00Z"},
		{"a two-letter US abbreviation is a word too", u, page(`<p>Posted 09:14 CT Post</p>`), "2016-04-29T20:25:00Z"},
	})
}
