package extract_test

import (
	"strings"
	"testing"
)

// sizeFuzz31Pages are synthetic pages built of n repeats of the markup the thirty-first round's
// rules merged in fuzz31 read (issue 20, branch fuzz31), and of the shapes hostile or huge pages
// take whatever the rules: description lists of bare "Datum:" terms before printed release clocks,
// a date line of n labels, CJK weekdays between dates and clocks (n of them, n on a line, n
// weekday words before one clock, clocks after runs of spaces), Bengali half-days, French "H"
// clocks, Persian-digit Solar Hijri stamps and n "۱۴۰۲/" year positions on a line (date31);
// nests of divs, lists and tables n/12.5 levels deep over n elements that readability's
// cleanConditionally judges, also holding an in-page anchor link, broken UTF-8 or an embed
// (tidy31); and 2n teasers, a single paragraph of n·400 bytes, n bylines, n dates, n pictures,
// an attribute value of n·400 bytes. The nests are 200 and 400 levels deep at n = 2,500 and
// 5,000 (the parser stops at 512 open elements). Extracted at n and 2n by TestSizesFuzz31Linear.
func sizeFuzz31Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	each := repeatEach(n)
	depth := n * 2 / 25
	nest := func(open, inner, close string) string { return rep(open, depth) + inner + rep(close, depth) }
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	langHead := func(lang string) string {
		return `<html lang=` + lang + `><title>` + title + `</title><body><h1>` + title + `</h1>`
	}
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + title +
		`","datePublished":"2024-03-05T09:12:44+01:00","dateModified":"2024-03-06T08:40:02+01:00"}</script>`
	pages := map[string]string{}

	// date31: bare date labels, CJK weekdays, Bengali half-days, "H" clocks, Solar Hijri stamps.
	pages["datumterms"] = `<html lang=de><head><title>` + title + `</title>` + ld + `</head><body><h1>` + title + `</h1>` +
		rep(`<dl class="article-date"><dt class="visually-hidden">Datum:</dt><dd class="postdate"><time datetime="2024-03-05T14:22:00+01:00">05.03.2024 14:22 Uhr</time></dd></dl>`, n) + story
	pages["datumline"] = `<html lang=de><head><title>` + title + `</title>` + ld + `</head><body><h1>` + title + `</h1><div class="date">` +
		rep(`Datum: Veröffentlicht: 05.03.2024 14:22 `, n) + `</div>` + story
	pages["cjkweekdays"] = langHead("zh") + story + rep(`<p class="date">2024年3月5日 星期二 14:22</p><p>2024/03/05 (週二) 下午2:22</p><p>2024년 3월 5일 화요일 오후 2:22</p>`, n)
	pages["cjkweekdayline"] = langHead("zh") + `<div class="date">` + rep(`2024年3月5日 星期二 14:22 (週二) 1:11 `, n) + `</div>` + story
	pages["cjkweekdaywords"] = langHead("zh") + `<div class="date">2024年3月5日 ` + rep(`星期二 `, n) + `14:22</div>` + story
	pages["cjkclockspaces"] = langHead("zh") + `<div class="date">2024年3月5日 ` + rep(`星期二`+rep(" ", 40)+`1:11`, n) + `</div>` + story
	pages["bengali"] = langHead("bn") + story + rep(`<p class="date">৫ মার্চ ২০২৪, ০২:২২ পিএম</p><p>০৫ মার্চ ২০২৪, ১০:২২ এএম</p>`, n)
	pages["frenchclocks"] = langHead("fr") + story + `<p class="date">` + rep(`05 mars 2024 - 14H22 `, n) + `</p>`
	pages["persian"] = langHead("fa") + story + rep(`<p class="date">تاریخ انتشار: ۱۴۰۲/۱۲/۱۵ - ۱۴:۲۲</p>`, n)
	pages["persianline"] = langHead("fa") + `<div class="date">` + rep(`۱۴۰۲/`, n) + `</div>` + story

	// tidy31: what cleanConditionally judges, nested.
	pages["divnest"] = head + `<div class="article">` + nest(`<div><span>a</span>`, story+rep(`<span>b, </span>`, n), `</div>`) + `</div>`
	pages["anchornest"] = head + `<div class="article">` + nest(`<div><span>a</span>`, story+rep(`<span>b</span>`, n)+`<a href="#top">Top</a>`, `</div>`) + `</div>`
	pages["brokennest"] = head + `<div class="article">` + nest(`<div><span>a</span>`, story+rep(`<span>b</span>`, n)+"\xff\xfe", `</div>`) + `</div>`
	// A list level opens two elements and a table's four (<tbody> too): fewer levels, as deep.
	pages["listnest"] = head + story + rep(`<ul><li>`, depth/2) + rep(`<a href="/x">x</a>`, n) + rep(`</li></ul>`, depth/2) + story
	pages["tablenest"] = head + story + rep(`<table><tr><td>`, depth/4) + rep(`<img src="a.png">`, n) + rep(`</td></tr></table>`, depth/4) + story
	pages["embednest"] = head + story + nest(`<div class="article"><p>x</p>`, rep(`<embed src="/a.swf">`, n), `</div>`) + story

	// Hostile and huge shapes, whatever the rules.
	pages["teasers"] = head + story + `<ul class="related">` + rep(`<li><a href="/x"><img src="t.jpg">5 things to know in 2019</a> <time>5 March 2024</time></li>`, 2*n) + `</ul>`
	pages["paragraph"] = head + `<p>` + rep("a harbour word, ", n*25) + `</p>`
	pages["bylines"] = head + each(func(i int) string {
		return `<p class="byline">By Jane Roe` + string(rune('a'+i%26)) + ` and John Doe</p>`
	}) + story
	pages["dates"] = head + rep(`<time datetime="2024-03-05T14:22:00Z">5 March 2024, 14:22</time> `, n) + story
	pages["images"] = head + story + each(func(i int) string {
		return `<figure><img src="/img/` + string(rune('a'+i%26)) + `.jpg" srcset="/a.jpg 1x, /b.jpg 2x" alt="Pier"><figcaption>Photo: AFP</figcaption></figure>`
	})
	pages["longattr"] = head + `<div class="` + rep("story-body article dialog ", n*16) + `" data-x="` + rep("a", n*400) + `">` + story + `</div>`
	return pages
}

// TestSizesFuzz31Linear: doubling the repeats of each of sizeFuzz31Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizesFuzz31Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, sizeFuzz31Pages(2500), sizeFuzz31Pages(5000), 2500)
}
