package extract_test

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"paperboy/core/extract"
)

// size17Pages are synthetic pages built of n repeats of the markup the seventeenth round's rules
// read (issue 20, branch fuzz17): twin values an offset apart, date tooltips, datetime on
// date-classed elements (flat and nested), "zuletzt am" without its verb, titles of many
// parts with a date, a title's site before a colon over many short texts, empty headings in
// breadcrumbs, tool rows and comment prompts, Japanese writer labels, repeated citation_author
// metas, bylines with "&nbsp;", glued dates and reviewers, "Written by" lines between story
// paragraphs, a list of dated headlines over the headline, a script of analytics
// publicationDate keys. Extracted at growing n by BenchmarkSizes17 so that growth shows.
func size17Pages(n int) map[string]string {
	story := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 6) + "</p>"
	head := `<html lang=en><title>Council votes to rebuild the old ferry pier</title><body>`
	h1 := `<h1>Council votes to rebuild the old ferry pier</h1>`
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	var b strings.Builder
	pages := map[string]string{}

	// Twin values four hours apart at the same offset (gmtClockTwins), as metas and <time>s.
	pages["gmttwins"] = head + rep(`<time datetime="2022-10-11T19:11:05-04:00"></time><time datetime="2022-10-11T15:11:05-04:00"></time>`, n) + h1 + story
	b.Reset()
	b.WriteString(head)
	for i := range n {
		fmt.Fprintf(&b, `<time datetime="2022-10-11T%02d:%02d:05-04:00"></time>`, i%24, 1+i%59)
	}
	pages["gmtspread"] = b.String() + h1 + story
	// Date tooltips and datetime attributes on date-classed elements.
	pages["tooltips"] = head + h1 + rep(`<span class="date" title="2014-04-13T20:08:00Z">April 13, 2014 at 4:08 PM</span> `, n) + story
	pages["datetimedivs"] = head + h1 + rep(`<div class="posted" datetime="2014-10-21T07:54:43-0500">7:54 AM, Oct 21, 2014</div>`, n) + story
	b.Reset()
	b.WriteString(head + h1)
	for range n / 25 {
		b.WriteString(`<div class="date sidebar-right related" datetime="2014-10-21T07:54:43-0500"><span class="posted" datetime="2014-10-21T07:54:43-0500">x</span>`)
	}
	b.WriteString(story)
	for range n / 25 {
		b.WriteString(`</div>`)
	}
	pages["nesteddatetimes"] = b.String()
	// "zuletzt am" and a date without the closing verb, run into one paragraph and as lines.
	pages["zuletztrun"] = `<html lang=de><title>Seite</title>` + h1 + story + `<p>` + rep(`zuletzt am 29. Januar 2020 um 13:22 Uhr `, n) + `</p>`
	pages["zuletztlines"] = `<html lang=de><title>Seite</title>` + h1 + story + rep(`<p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p>`, n)
	// Titles of many parts, the date last or first, and a 1 MB one.
	pages["datedtitle"] = `<html lang=en><title>` + rep(`Council votes | `, n) + `January 15, 2008 | HPN</title>` + h1 + story
	pages["datedtitlefirst"] = `<html lang=en><title>HPN | January 15, 2008 | ` + rep(`Council votes | `, n) + `</title>` + h1 + story
	pages["datedtitleall"] = `<html lang=en><title>` + rep(`Council votes - 15.01.2008 - `, n) + `</title>` + h1 + story
	// A lone <title> with a colon and no <h1>, over many short texts.
	pages["colontitle"] = `<html lang=en><title>HarbourNotes.net: Council votes to rebuild the old ferry pier</title><body>` +
		rep(`<p><b>Council votes to rebuild the pier</b></p><h3>Council votes to rebuild it</h3>`, n) + story
	pages["colonlongtitle"] = `<html lang=en><title>HarbourNotes.net: ` + rep(`Council votes `, n) + `</title><body>` +
		rep(`<p><b>Council votes to rebuild the pier</b></p>`, n) + story
	// Empty <h1>s in breadcrumb trails before the headline, and a blog-name <h1> over many
	// linked headings.
	pages["crumbs"] = head + rep(`<nav class="breadcrumb"><ul><li><h1></h1></li></ul></nav>`, n) + `<nav><h1>Ferry pier: Council rebuilds</h1></nav><h2>Old pier back by summer</h2>` + story
	pages["blogname"] = `<html lang=en><title>Harbour council votes to rebuild ferry pier - Island Harbour Notes Blog</title><h1>Island Harbour Notes Blog</h1>` +
		rep(`<h3><a href="/x">Harbour council votes to rebuild ferry pier</a></h3>`, n) + story
	// Tool rows and comment prompts, and one long line of them.
	pages["toolrows"] = head + h1 + story + rep(`<p>E-mail Article Print-Friendly</p><p>Have your say on this story</p>`, n)
	pages["toolline"] = head + h1 + story + `<p>` + rep(`Print | E-mail Article | `, n) + `</p>`
	// Japanese writer labels, as lines and one long text.
	pages["jalabels"] = `<html lang=ja><title>桟橋の再建が決まり</title><h1>桟橋の再建が決まり</h1>` + rep(`<p>著者：後藤大地</p>`, n) +
		`<p>` + strings.Repeat("東京の会社は、障害がある人とどうやってコミュニケーションをしたらいいか勉強する会を開きました。", 4) + `</p>`
	pages["jalabelrun"] = `<html lang=ja><title>桟橋の再建が決まり</title><h1>桟橋の再建が決まり</h1><p>著者：` + rep(`後藤大地／`, n) + `</p>`
	// Repeated author metas.
	pages["citations"] = head + rep(`<meta name="citation_author" content="Roe, Jane"><meta name="DC.creator" content="Jane Roe">`, n) + h1 + story
	// Bylines with a no-break space, a glued date and a reviewer's credit.
	pages["bylines"] = head + h1 + rep(`<div class="byline">By&nbsp;Jane Roe2017/03/01 Medically reviewed by Dr. John Doe, MD; Washington Correspondent</div>`, n) + story
	pages["bylinerun"] = head + h1 + `<div class="byline">By&nbsp;` + rep(`Jane Roe2017/03/01 and Prof. Dr. med. `, n) + `</div>` + story
	// "Written by" after story paragraphs, again and again.
	pages["writtenby"] = head + h1 + rep(story+`<p>Written by Jane Roe</p>`, n/5)
	// A list of dated headlines above the headline.
	pages["datedlist"] = `<html lang=de><title>Council votes to rebuild the old ferry pier</title><body>` +
		rep(`<p>Other headline of the list 19. März 2020 1/15/2008</p>`, n) + h1 + `<p>17.03.2020</p>` + story
	// A script of analytics copies of publicationDate.
	pages["scriptkeys"] = head + `<script>var d=[` + rep(`{"omni_publicationDate":"2020-04-27 07:37","x_publication_date":1},`, n) +
		`{"publicationDate":"2020-04-27T02:37:18-05:00"}]</script>` + h1 + story
	return pages
}

// BenchmarkSizes17 extracts each of size17Pages at 2,500, 5,000 and 10,000 repeats: measured,
// not asserted (BENCHMARKS.md, fuzz17). SIZES17=name runs one page; run with -benchtime 1x.
func BenchmarkSizes17(b *testing.B) { benchSizes(b, "SIZES17", size17Pages) }

// benchSizes extracts the pages build makes at growing n, one sub-benchmark a page and size, so
// that superlinear growth shows; env names a variable that picks one page by name.
func benchSizes(b *testing.B, env string, build func(n int) map[string]string) {
	for _, n := range []int{2500, 5000, 10000} {
		pages := build(n)
		for _, name := range slices.Sorted(maps.Keys(pages)) {
			if only := os.Getenv(env); only != "" && only != name {
				continue
			}
			page := []byte(pages[name])
			b.Run(fmt.Sprintf("%s/n=%d/%dKB", name, n, len(page)>>10), func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				for b.Loop() {
					if _, err := extract.Extract("https://www.example.com/news/2020/04/27/story", page); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
