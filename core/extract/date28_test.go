package extract_test

import (
	"strings"
	"testing"
)

// TestMarkupEpochMeta28: a template that fills article:published_time with the snippet it prints
// for readers leaves markup in the value; the snippet's epoch attribute is the instant, and the
// display clock beside it (the newsroom's Eastern clock marked "+00:00") is hours off. Before,
// the display text was read and the page dated four hours early. Made-up pages.
func TestMarkupEpochMeta28(t *testing.T) {
	body := `<p>` + strings.Repeat("The council met on Monday to discuss the budget for the coming year and the roads. ", 6) + `</p>`
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"epoch in seconds, single quotes", "https://www.example.com/2014/10/22/council-budget/",
			`<html lang="en"><head><title>Council budget</title>
<meta property="article:published_time" content="&lt;span class=&#039;stamp&#039; data-timestamp=&#039;1413982586&#039;&gt;2014-10-22T08:56:26+00:00&lt;/span&gt;" />
</head><body><article><h1>Council budget</h1><time><span class='stamp' data-timestamp='1413982586'>22 Oct 2014</span></time>` + body + `</article></body></html>`,
			"2014-10-22T12:56:26Z"},
		{"epoch in milliseconds, double quotes", "https://www.example.com/2014/10/22/council-budget-2/",
			`<html lang="en"><head><title>Council budget</title>
<meta property="article:published_time" content="&lt;time data-epoch=&quot;1413982586000&quot;&gt;October 22, 2014 8:56 am&lt;/time&gt;" />
</head><body><article><h1>Council budget</h1>` + body + `</article></body></html>`,
			"2014-10-22T12:56:26Z"},
		{"an epoch no date reads leaves the snippet's text", "https://www.example.com/2014/10/22/council-budget-3/",
			`<html lang="en"><head><title>Council budget</title>
<meta property="article:published_time" content="&lt;span data-timestamp=&quot;0000000000&quot;&gt;2014-10-22T08:56:26-04:00&lt;/span&gt;" />
</head><body><article><h1>Council budget</h1>` + body + `</article></body></html>`,
			"2014-10-22T08:56:26-04:00"},
	})
}

// TestDisplayClockMeta28: a zone-less metadata value written in the readers' numeric order
// ("12/09/2016 11:09:00") is the newsroom's wall clock as a display template formats it, not a
// generator's UTC: it is read in the page's zone (Brasília for a Portuguese page under a
// plugin's og:locale en_US; Berlin for a German one), as a 12-hour clock in a meta already is.
// Before, it was read as UTC. An unprinted ISO value without a zone is the region's clock too
// since the thirty-first round (unprintedNaiveInRegion). Made-up pages.
func TestDisplayClockMeta28(t *testing.T) {
	pt := `<p>` + strings.Repeat("O governo apresentou uma proposta que não agradou aos sindicatos e que deve ser votada em outubro. ", 6) + `</p>`
	de := `<p>` + strings.Repeat("Die Regierung hat einen Entwurf vorgelegt, der nicht bei allen auf Zustimmung stößt und der im Oktober beraten wird. ", 6) + `</p>`
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"Portuguese page, day-first meta clock", "http://www.example.com/2016/09/12/a-reforma/",
			`<html><head><title>A reforma</title><meta property="og:locale" content="en_US" />
<meta property="article:published_time" content="12/09/2016 11:09:00"></head><body>
<h1>A reforma</h1><p class="data">Segunda-feira, 12 de setembro de 2016</p>` + pt + `</body></html>`,
			"2016-09-12T11:09:00-03:00"},
		{"German page, dotted meta clock", "https://www.example.de/politik/entwurf-123.html",
			`<html lang="de"><head><title>Der Entwurf</title>
<meta name="date" content="19.03.2019 11:45"></head><body>
<h1>Der Entwurf</h1>` + de + `</body></html>`,
			"2019-03-19T11:45:00+01:00"},
		// An ISO value without a zone was UTC here until the thirty-first round; the tuned labels
		// of German pages with such values take the local clock (nine of ten), see
		// unprintedNaiveInRegion.
		{"ISO meta without a zone is the region's clock", "https://www.example.de/politik/entwurf-124.html",
			`<html lang="de"><head><title>Der Entwurf</title>
<meta property="article:published_time" content="2019-03-19T11:45:00"></head><body>
<h1>Der Entwurf</h1>` + de + `</body></html>`,
			"2019-03-19T11:45:00+01:00"},
	})
}
