package extract_test

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
)

// size16Pages are synthetic pages built of many repeats of the markup the sixteenth round's
// rules read (issue 20, branch fuzz16): date and clock blocks beside a headline, parenthesised
// sign-offs, comment signatures under a comments heading, <time> values in a one-zone country,
// credit lines, blog-skin footers, Hebrew stamp lines, nested and huge tables. Each is built at
// n and 2n repeats so that growth shows.
func size16Pages(n int) map[string]string {
	story := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 6) + "</p>"
	heStory := "<p>" + strings.Repeat("ראש הממשלה הודיע הערב על סדרת צעדים חדשים במשק לאחר ישיבת הממשלה בירושלים. ", 6) + "</p>"
	head := `<html lang=he><title>כותרת הידיעה החשובה - ynet</title><body>`
	var b strings.Builder
	pages := map[string]string{}
	rep := func(s string, k int) string { return strings.Repeat(s, k) }

	// Date blocks: a day element and a bare clock before the headline, in the article's header
	// (kept uncapped there) and in the page above it.
	pages["dateblocks"] = head + `<article><header>` + rep(`<div class=date>יום שישי 22.05.2020</div><div class=time>16:14</div>`, n) +
		`<div class=time>16:14</div><div><h1>כותרת הידיעה החשובה</h1></div></header>` + heStory + `</article>`
	// Nested clocks: each clock's next sibling holds all the later ones (clockBesideHeadline walks
	// it), 100 and 200 levels of two elements: the HTML parser refuses a page of more than 512 open elements.
	b.Reset()
	b.WriteString(head + `<article><header>`)
	for range n / 25 {
		b.WriteString(`<div><span class=time>16:14</span><div>`)
	}
	b.WriteString(`<h1>כותרת הידיעה החשובה</h1>`)
	for range n / 25 {
		b.WriteString(`</div></div>`)
	}
	b.WriteString(`</header>` + heStory + `</article>`)
	pages["nestedclocks"] = b.String()
	// Parenthesised lines, as paragraphs and run into one paragraph.
	pages["parenlines"] = head + `<h1>כותרת הידיעה החשובה</h1>` + heStory + rep(`<p>(גלעד כרמלי)</p>`, n)
	pages["parenrun"] = head + `<h1>כותרת הידיעה החשובה</h1>` + heStory + `<p>` + rep(`סוף הידיעה. (גלעד כרמלי) `, n) + `</p>`
	// Comment signatures under a bare comments heading, and headings each over one signature.
	pages["signatures"] = `<html lang=en><title>Tram line</title><h1>Tram line</h1>` + story + `<p>Comments</p>` +
		rep(`<p>reader, 4 January 2012 08:45</p><p>Nice story.</p>`, n)
	pages["headsigs"] = `<html lang=en><title>Tram line</title><h1>Tram line</h1>` + story +
		rep(`<p>Comments (2)</p><p>reader, 4 January 2012 08:45</p><p>a</p><p>b</p><p>c</p>`, n/5)
	// <time> values of a sign-flipped UTC clock over printed clocks in Israel.
	pages["times"] = head + `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-05-22T18:08:48z"}</script>` +
		`<h1>כותרת הידיעה החשובה</h1>` + rep(`<time datetime="2020-05-22T18:08:48z">22.05.20, 15:08</time> `, n) + heStory
	// Credit lines and blog-skin footers.
	pages["credits"] = `<html lang=en><title>Credits</title><h1>Credits</h1>` + rep(`<p>Design Director: Jane Roe</p>`, n) + `<p>Thanks.</p>`
	pages["skinnav"] = `<html lang=en><title>Tram line</title><h1>Tram line</h1>` + story + rep(`<p>See the Home</p>`, n) + `<p>Older Post Home</p>`
	// Hebrew, Arabic and Turkish stamp lines.
	pages["stamps"] = head + `<h1>כותרת הידיעה החשובה</h1>` + rep(`<p>פורסם: 22.05.20, 17:06 آخر تحديث: 22/05/2020 Son Güncelleme</p>`, n) + heStory
	// Nested tables of linked cells (50 and 100 deep, four open elements a level), and a huge
	// table of links beside a short story.
	b.Reset()
	b.WriteString(`<html lang=en><title>Tram line</title><body>`)
	for range n / 50 {
		b.WriteString(`<table><tr><td><a href="/x">other story</a> text <td>`)
	}
	b.WriteString(story)
	for range n / 50 {
		b.WriteString(`</td></tr></table>`)
	}
	pages["nestedtables"] = b.String()
	pages["hugetable"] = `<html lang=en><title>Tram line</title><table>` +
		rep(`<tr><td><a href="/a">Other headline here</a></td><td><a href="/b">Another one</a></td><td>teaser text</td></tr>`, n) +
		`<tr><td><h1>Tram line</h1><p>The council approved the tram line after a year of delays and long talks.</p></td></tr></table>`
	return pages
}

// TestSizes16 extracts each of size16Pages at 2,500 and 5,000 repeats (10,000 for the comment
// signatures) and logs the time taken: measured, not asserted (BENCHMARKS.md, fuzz16), a tenth
// of the repeats under the race detector (raceRepeats), where only the reading without error
// is checked. Run with -v to read the numbers; SIZES16=name runs one page.
func TestSizes16(t *testing.T) {
	if testing.Short() {
		t.Skip("large synthetic pages")
	}
	for _, n := range []int{raceRepeats(2500), raceRepeats(5000), raceRepeats(10000)} {
		pages := size16Pages(n)
		for _, name := range slices.Sorted(maps.Keys(pages)) {
			page := pages[name]
			if only := os.Getenv("SIZES16"); only != "" && only != name {
				continue
			}
			if n == raceRepeats(10000) && name != "signatures" && name != "parenlines" {
				continue
			}
			start := time.Now()
			if _, err := extract.Extract("https://www.example.co.il/news/article/1", []byte(page)); err != nil {
				t.Fatalf("%s n=%d: %v", name, n, err)
			}
			t.Logf("%-13s n=%5d %7.1f KB %8.1f ms", name, n, float64(len(page))/1024, float64(time.Since(start).Microseconds())/1000)
		}
	}
}
