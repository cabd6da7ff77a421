package extract_test

import (
	"strings"
	"testing"
)

// size20Pages are synthetic pages built of n repeats of the markup the twentieth round's rules
// read (issue 20, branch fuzz20): bare bylines of 2000s layouts (linked, unlinked, after a
// date), bylines with an editor's credit, Chinese outlets before a reporter's name, table
// cells labelled as credits, mastheads that print the headline beside the logo and a date,
// carousels of dated headlines, copyright lines naming a place, Blog Archive and empty-part
// titles, a two-part title over thousands of lesser headings and many <h1>s, and plain "By X"
// lines. Extracted at growing n by BenchmarkSizes20 and TestSizes20Linear so that growth shows.
func size20Pages(n int) map[string]string {
	story := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 6) + "</p>"
	zhPara := "<p>" + strings.Repeat("公司今天召开年度大会，总结过去一年的工作并部署新一年的重点任务。", 3) + "</p>"
	head := `<html lang=en><title>Council votes to rebuild the old ferry pier</title><body><h1>Council votes to rebuild the old ferry pier</h1>`
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	return map[string]string{
		"barelinked":   head + `<div>` + rep(`By <a href="mailto:jane@example.com">Jane Roe</a><br>`, n) + `</div>` + story,
		"bareunlinked": head + `<div>` + rep(`by Jane Roe<br>`, n) + story + `</div>`,
		"baredated":    head + `<td>` + rep(`6/23/2005 3:58 PM By <a href="/jane">Jane Roe</a><br>`, n) + `</td>` + story,
		"bylines":      head + rep(`<p>By Jane Roe</p>`, n) + story,
		"editors":      head + rep(`<div class="byline">By Jane Roe | Editor John Doe | Edited by Mary Poe</div>`, n) + story,
		"editorbar":    head + `<div class="byline">` + rep(`| Editor John Doe `, n) + `</div>` + story,
		"zhoutlet":     `<html lang=zh-TW><title>年終掃除真easy</title><h1>年終掃除真easy</h1>` + rep(`<p class="author">中廣 溫蘭魁</p>`, n) + zhPara,
		"tdlabel":      head + `<table>` + rep(`<tr><td><strong>Reporter :</strong> Jane Roe</td></tr>`, n) + `</table>` + story,
		"masthead": head + rep(`<div class="top"><a href="/"><img src="/logo.png"></a><div>Council votes to rebuild the old ferry pier</div>`+
			`<span class="date">2019-12-10 08:30</span></div>`, n) + story,
		"carousel":    head + `<div class="carousel">` + rep(`<div class="slide"><h3><a href="/x">Council votes on the pier</a></h3><span>10/12/19</span></div>`, n) + `</div>` + story,
		"copyright":   head + story + rep(`<p>© 2019 Example Post, Jakarta, Indonesia. All rights reserved.</p>`, n),
		"blogarchive": `<html><title>` + rep(`Blog Name » Blog Archive » `, n) + `Post</title><h2>Post</h2>` + story,
		"emptyparts":  `<html><title>Council votes` + rep(` | `, n) + `Example Post</title>` + story,
		"besidename": `<html><title>Blog Name - Council votes to rebuild the old ferry pier</title><h1>Blog Name</h1>` +
			rep(`<h2>Another heading of the blog</h2><h3><a href="/x">Blog Name</a></h3>`, n) + `<h2>Council votes to rebuild the old ferry pier</h2>` + story,
		"manyh1":      `<html><title>Council votes to rebuild the old ferry pier | Example Post</title>` + rep(`<h1>Example Post</h1><h2>Council votes</h2>`, n) + story,
		"longtitle":   `<html><title>` + rep(`Council votes » Blog Archive | | `, 3*n) + `</title><h1>Council votes</h1>` + story,
		"searchtitle": `<html><title>Search results for council votes to rebuild the pier` + rep(` pier`, n) + `</title><h1>Council votes</h1>` + story,
	}
}

// BenchmarkSizes20 extracts each of size20Pages at 2,500, 5,000 and 10,000 repeats: measured,
// not asserted (BENCHMARKS.md, fuzz20). SIZES20=name runs one page; run with -benchtime 1x.
func BenchmarkSizes20(b *testing.B) { benchSizes(b, "SIZES20", size20Pages) }

// TestSizes20Linear: doubling the repeats of each of size20Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizes20Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts pages of megabytes")
	}
	n := raceRepeats(2500)
	linearSizes(t, size20Pages(n), size20Pages(2*n), n)
}

// TestNested20Bounded: blocks nested 400 deep, each opening with the markup one of the twentieth
// round's rules reads (a bare "by" line, linked or not, a table cell labelled as a credit, a logo
// box with a date, a carousel's dated headline, a byline with an editor's credit, a headline
// leading a teaser) and holding a paragraph of the story. A rule that measured each block's whole
// text would walk every inner block's again (quadratic in the depth). Extract allocates at most
// half again what the same nesting costs with the trigger changed into markup no rule reads.
func TestNested20Bounded(t *testing.T) {
	if raceBuild {
		t.Skip("the race detector's sync.Pool drops recycled buffers: bytes compare pages unevenly")
	}
	para := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 4) + "</p>"
	head := `<html lang=en><title>Council votes to rebuild the old ferry pier</title><body><h1>Council votes to rebuild the old ferry pier</h1>`
	for _, c := range []struct{ name, trigger, plain, closing string }{
		{"bare by", `<div>by Jane Roe<br>`, `<div>xx Jane Roe<br>`, `</div>`},
		{"bare by link", `<div>By <a href="/jane">Jane Roe</a><br>`, `<div>Hi <a href="/jane">Jane Roe</a><br>`, `</div>`},
		{"dated by link", `<div>6/23/2005 3:58 PM By <a href="/jane">Jane Roe</a><br>`, `<div>6/23/2005 3:58 PM Hi <a href="/jane">Jane Roe</a><br>`, `</div>`},
		{"td label", `<table><tr><td><strong>Reporter :</strong> Jane Roe `, `<table><tr><td><strong>Weather :</strong> Jane Roe `, `</td></tr></table>`},
		{"masthead", `<div><a href="/"><img src="/logo.png"></a><span class="date">2019-12-10</span>`, `<div><a href="/x"><img src="/logo.png"></a><span class="date">2019-12-10</span>`, `</div>`},
		{"carousel", `<div class="carousel"><h3><a href="/x">Pier vote</a></h3><span>10/12/19</span>`, `<div class="box"><b><a href="/x">Pier vote</a></b><span>10/12/19</span>`, `</div>`},
		{"editor", `<div class="byline">By Jane Roe | Editor John Doe</div><div>`, `<div class="byline">By Jane Roe | Writer John Doe</div><div>`, `</div>`},
		{"teaser", `<div><h3><a href="/x">Pier vote</a></h3><p>Teaser</p><h3><a href="/y">Tram</a></h3>`, `<div><b><a href="/x">Pier vote</a></b><p>Teaser</p><b><a href="/y">Tram</a></b>`, `</div>`},
	} {
		depth := 400
		if strings.HasPrefix(c.trigger, "<table>") {
			depth = 100 // four elements a level (table, tbody, tr, td): the parser's stack holds 512
		}
		trig := head + strings.Repeat(c.trigger+para, depth) + strings.Repeat(c.closing, depth)
		plain := head + strings.Repeat(c.plain+para, depth) + strings.Repeat(c.closing, depth)
		nestBounded(t, c.name, plain, trig)
	}
}
