package extract_test

import (
	"strings"
	"testing"
)

// TestNaiveMetaInRegion30: a metadata publication clock written without a zone on a page whose
// language tag places it in a country of one zone (en-IN, hi-IN on a .com site) is that
// country's wall clock when the page prints no clock to check it against (see
// unprintedNaiveInRegion), not UTC; the printed clocks of such pages were read in that zone
// already (the first rows, which pass on main too, guard them).
func TestNaiveMetaInRegion30(t *testing.T) {
	body := `<p>` + strings.Repeat("The company won orders worth crores for power grid projects from the state utility. ", 8) + `</p>`
	page := func(lang, head, stamp string) string {
		return `<html lang="` + lang + `"><head><title>Company bags power grid orders</title>` + head + `</head><body><article><h1>Company bags power grid orders</h1>
<div class="date">` + stamp + `</div>` + body + `</article></body></html>`
	}
	ld := func(v string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Company bags power grid orders","datePublished":"` + v + `"}</script>`
	}
	u := "https://www.example.com/news/business/company-bags-power-grid-orders-6462901.html"
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"en-IN printed 12h dotted clock, meta day", u, page("en-IN", `<meta property="article:published_time" content="2016-04-29">`, "Apr 29, 2016, 08.25 PM"), "2016-04-29T20:25:00+05:30"},
		{"en og:locale en_IN printed clock", u, page("en", `<meta property="og:locale" content="en_IN">`, "Apr 29, 2016, 08.25 PM"), "2016-04-29T20:25:00+05:30"},
		{"en-IN zoneless JSON-LD clock", u, page("en-IN", ld("2016-04-29T20:25:00"), "Apr 29, 2016"), "2016-04-29T20:25:00+05:30"},
		{"en-IN zoneless JSON-LD clock, no print", u, page("en-IN", ld("2016-04-29T20:25:00"), ""), "2016-04-29T20:25:00+05:30"},
		{"hi-IN zoneless meta clock", u, page("hi-IN", `<meta property="article:published_time" content="2016-04-29 20:25:00">`, ""), "2016-04-29T20:25:00+05:30"},
		{"en IST dateline", u, page("en", "", "Last Updated : Apr 29, 2016 08:25 PM IST | Source: PTI"), "2016-04-29T20:25:00+05:30"},
		{"a naive clock beside a value stating UTC stays UTC", u, page("en-IN", ld("2016-04-29T20:25:00")+`<meta property="article:modified_time" content="2016-04-29T21:00:00Z">`, ""), "2016-04-29T20:25:00Z"},
		{"a US page's naive clock stays UTC", u, page("en-US", ld("2016-04-29T20:25:00"), ""), "2016-04-29T20:25:00Z"},
		{"de zoneless meta clock", "https://www.example.de/a-1", page("de", `<meta property="article:published_time" content="2016-04-29T20:25:00">`, ""), "2016-04-29T20:25:00+02:00"},
	})
}

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
