package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// size18Pages are synthetic pages built of n repeats of the markup the eighteenth round's rules
// read (issue 20, branch fuzz18): media-named blocks of prose (flat and nested), overlays a
// page's sheet fixes and hides holding lines of the story, JSON records in hidden blocks and
// one past the parse bound, unfilled template lines, printed clocks beside UTC machine values
// (twinOffsetClock, savedAsPublished, printedZoneWitness), header day widgets, date elements
// with script-written dates, prose with inline links in nested blocks, readers' clocks and a
// long value in metadata. Extracted at growing n by BenchmarkSizes18 so that growth shows.
func size18Pages(n int) map[string]string {
	para := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 2) + "</p>"
	story := strings.Repeat(para, 3)
	head := `<html lang=en><title>Council votes to rebuild the old ferry pier</title><body>`
	h1 := `<h1>Council votes to rebuild the old ferry pier</h1>`
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	// nest opens k blocks 400 deep at a time (the parser stops at 512 open elements).
	nest := func(open, close string, k int) string {
		return rep(rep(open, 400)+rep(close, 400), max(1, k/400))
	}
	pages := map[string]string{}

	// Media-named blocks of prose, side by side and nested.
	pages["mediaflat"] = head + h1 + rep(`<div class="media-body">`+story+`</div>`, n)
	pages["medianested"] = head + h1 + nest(`<div class="media-transcript">`+story, `</div>`, n)
	// Overlays the sheet fixes and hides, each holding a line of the story.
	sheet := `<style>.notice{position:fixed;display:none}</style>`
	pages["overlays"] = head + sheet + h1 + `<article>` + rep(para, 50) + `</article>` + rep(`<div class="notice">`+para+`</div>`, n)
	pages["overlaysnested"] = head + sheet + h1 + `<article>` + rep(para, 50) + `</article>` + nest(`<div class="notice">`+para, `</div>`, n)
	// JSON records in hidden blocks, and one 5 MB record.
	rec := `{"assetid":"` + rep("a", 60) + `","section":"news","tags":["x","y"]}`
	pages["jsonblocks"] = head + h1 + story + rep(`<div class="pageinfo hidden">`+rec+`</div>`, n)
	pages["jsonhuge"] = head + h1 + story + `<div>{"a":[` + rep(`{"k":"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"},`, n*10) + `{}]}</div>`
	// Unfilled template lines, flat and in one long line.
	pages["templates"] = head + h1 + story + rep(`<p>This story appears in the {{ magazine.issue }} issue of {{magazine.pubName}}.</p>`, n)
	pages["templaterun"] = head + h1 + story + `<p>` + rep(`{{a.b + 1}} `, n) + `</p>`
	// Printed zone-less clocks beside UTC machine values to the second, and zoned printed clocks.
	var b strings.Builder
	b.WriteString(head + `<meta property="article:published_time" content="2020-02-19T07:24:17+09:00"><meta property="article:modified_time" content="2020-02-19T07:24:17+09:00">` + h1)
	for i := range n {
		fmt.Fprintf(&b, `<span class="date">April 13, 2014 at %d:%02d PM</span><abbr class="updated" title="2014-04-13T%02d:%02d:52Z">x</abbr><time datetime="2014-04-13T%02d:%02d:%02dZ"></time>`,
			1+i%12, i%60, i%24, i%60, i%24, (i+7)%60, i%60)
	}
	pages["clocks"] = b.String() + story
	pages["zonedclocks"] = head + `<meta name="revision_date" content="Thu Jun 06 07:59:18 PDT 2013">` + h1 +
		rep(`<span class="date">June 6, 2013, 10:59 AM PDT</span><time datetime="2013-06-06T13:59:18Z">x</time>`, n) + story
	// Day widgets in a page header, many before the headline.
	pages["headerdays"] = head + `<div id="masthead">` + rep(`<div class="date_widget"><p>Fri, 02 Dec 2011</p></div>`, n) + `</div>` + h1 + story
	// Date elements whose scripts write their dates.
	pages["scriptdates"] = head + h1 + rep(`<em class="wnDate">Posted: <script>wnRenderDate('Thursday, November 25, 2010 1:15 AM EST', '', true);</script></em>`, n) + story
	// Prose whose links stand inside its sentences, in nested blocks.
	link := `<p>The council, <a href="/x">said the mayor</a>, approved the harbour tram line on Wednesday after delays.</p>`
	pages["inlinenested"] = head + h1 + nest(`<div class="col">`+rep(link, 3), `</div>`, n)
	// Readers' clocks and a long value in metadata; a title of many US clocks.
	pages["metas"] = head + rep(`<meta name="x-date" content="Thursday, August 19, 2010, 11:16 PM">`, n) +
		`<meta name="description" content="` + rep("1:04 PM on 05/07/2010 ", n) + `">` + h1 + story
	pages["usclocks"] = head + h1 + `<p>` + rep(`1:04 PM on 05/07/2010 | 7:00 p.m `, n) + `</p>` + story
	return pages
}

// BenchmarkSizes18 extracts each of size18Pages at 2,500, 5,000 and 10,000 repeats: measured,
// not asserted (BENCHMARKS.md, fuzz18). SIZES18=name runs one page; run with -benchtime 1x.
func BenchmarkSizes18(b *testing.B) { benchSizes(b, "SIZES18", size18Pages) }
