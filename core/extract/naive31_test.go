package extract_test

import (
	"strings"
	"testing"
)

// TestNaiveMetaInRegion31: a metadata publication clock written without a zone on a page whose
// language tag or domain places it in a country of one zone (en-IN and hi-IN on a .com site, a
// German page) is that country's wall clock when the page prints no clock to check it against
// (see unprintedNaiveInRegion), not UTC; the printed clocks of such pages were read in that zone
// already (the first rows, which pass on main too, guard them), a value stating UTC beside it
// keeps it UTC, and a US page's stays UTC (US generators split), a paper its name places in a
// US city too, and a British page's (its servers keep GMT as often as the wall clock).
func TestNaiveMetaInRegion31(t *testing.T) {
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
		{"a British page's naive clock stays UTC (GMT half the year)", "https://www.example.co.uk/news/a-1", page("en-GB", `<meta name="OriginalPublicationDate" content="2012/07/24 10:50:16">`, ""), "2012-07-24T10:50:16Z"},
		{"a US city paper's naive clock stays UTC", u, page("en-US", ld("2016-04-29T20:25:00")+`<meta property="og:site_name" content="The Denver Example">`, ""), "2016-04-29T20:25:00Z"},
		{"de zoneless meta clock", "https://www.example.de/a-1", page("de", `<meta property="article:published_time" content="2016-04-29T20:25:00">`, ""), "2016-04-29T20:25:00+02:00"},
	})
}
