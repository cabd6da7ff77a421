package extract_test

import (
	"maps"
	"runtime"
	"slices"
	"strings"
	"testing"

	"paperboy/core/extract"
)

// sizeFuzz31Pages are synthetic pages built of n repeats of the markup the thirty-first round's
// rules merged in fuzz31 read (issue 20, branch fuzz31), and of the shapes hostile or huge pages
// take whatever the rules: description lists of bare "Datum:" terms before printed release clocks,
// a date line of n labels, CJK weekdays between dates and clocks (n of them, n on a line, n
// weekday words before one clock, clocks after runs of spaces), Bengali half-days, French "H"
// clocks, Persian-digit Solar Hijri stamps and n "۱۴۰۲/" year positions on a line (date31);
// nests of divs, lists and tables n/12.5 levels deep over n elements that readability's
// cleanConditionally judges, also holding an in-page anchor link, broken UTF-8 or an embed
// (tidy31); desks over their towns, writers beside a capital dateline's town (n bylines, one of n
// towns), n role clauses, n closing "Por" lines, columnists' posts and n·40 slashes before a
// photographer's credit (auth31); lists of "kicker: headline" links, n of them, one of n items,
// one with a link of n·400 bytes, n with nested bold labels (body31); and 2n teasers, a single paragraph of n·400 bytes, n bylines, n dates, n pictures,
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

	// auth31: desks over their towns, writers beside the dateline's town, role clauses, closing
	// lines, columnists' posts and CJK photographers' credits.
	dateline := `<p>NEW DELHI: ` + strings.Repeat(sentence, 6) + `</p>`
	pages["deskbylines"] = head + rep(`<div class="byline">By: <a href="/agency/pti/">Express News Service</a><br>New Delhi | March 22, 2023 10:50 IST</div>`, n) + dateline
	pages["datelinebylines"] = head + each(func(i int) string {
		return `<div class="byline"><span>Written by Jane Roe` + string(rune('a'+i%26)) + `</span> <span>New Delhi</span></div>`
	}) + dateline
	pages["datelinetowns"] = head + `<div class="byline">By Jane Roe` + rep(`, New Delhi`, n) + `</div>` + dateline
	pages["roleclauses"] = langHead("es") + `<p class="byline">Por Juan Pérez` + rep(`. Traducción: Ana García; translated by John Doe`, n) + `</p>` + story
	pages["closingpor"] = langHead("es") + rep(story, n/10) + rep(`<p>Por Juan Pérez y Ana de la Fuente</p>`, n) + `<p>Maria Silva / Estadão Conteúdo</p>`
	pages["zhposts"] = langHead("zh") + story + rep(`<div class="author">盛寶金融大中華區市場策略師 黃永輝（上述僅為市場資訊提供）</div><div class="author">記者王小明／攝影李大同</div><div class="author">文：山田太郎　写真：鈴木一郎</div>`, n)
	pages["zhslashes"] = langHead("zh") + `<div class="author">記者王小明` + rep(`／`, n*40) + `攝影李大同</div>` + story

	// body31: lists of "kicker: headline" links, many, long, with long links and nested bold.
	kicker := `<li><strong>Warnung: </strong><a href="/coast/a.html">Ferry company says fares will rise</a></li>`
	pages["kickerlists"] = head + story + rep(`<h3>More from the coast</h3><ul>`+rep(kicker, 3)+`</ul>`+story, n)
	pages["kickerlong"] = head + story + `<ul>` + rep(kicker, n) + `</ul>` + story
	pages["kickerlinktext"] = head + story + `<ul>` + rep(`<li><b>Warnung:</b><a href="/a.html">`+rep("fares rise again ", n*25)+`</a></li>`, 2) + `</ul>` + story
	pages["kickerbold"] = head + story + rep(`<ul><li>`+rep(`<strong>`, 8)+`Warnung:`+rep(`</strong>`, 8)+`<a href="/a.html">Ferry fares rise again</a></li><li><b>x?</b><a href="/b.html">Ferry fares rise again</a></li></ul>`, n)

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

// ownImagePages are pages of n pictures linked to pages of the story's own (ownPageImage, new31,
// asked where an address names a file: read by TestSizesFuzz31OwnImages at such an address), a
// picture with a link of n·400 bytes, and n pictures linked elsewhere.
func ownImagePages(n int) map[string]string {
	story := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 6) + "</p>"
	head := `<html><body><table><tr><td>`
	tail := `</td><td><h1>Council votes to rebuild the old ferry pier</h1>` + story + `</td></tr></table></body></html>`
	each := repeatEach(n)
	return map[string]string{
		"ownimages": head + each(func(i int) string {
			return `<a href="story12_image` + string(rune('a'+i%26)) + `.htm?Mode=1"><img src="pic_12a.jpg" width="18"></a>`
		}) + tail,
		"otherimages": head + strings.Repeat(`<a href="http://other.example.com/20120517/story12_image1.htm"><span><img src="pic.jpg" width="180"></span></a>`, n) + tail,
		"longlink":    head + `<a href="story12_` + strings.Repeat("a", n*400) + `.htm"><img src="pic.jpg" width="180"></a>` + tail,
	}
}

// TestSizesFuzz31OwnImages: doubling the repeats of each of ownImagePages, read at the address
// of a file as ownPageImage asks, at most triples the bytes Extract allocates.
func TestSizesFuzz31OwnImages(t *testing.T) {
	skipHeavySizes(t)
	small, large := ownImagePages(2500), ownImagePages(5000)
	for _, name := range slices.Sorted(maps.Keys(small)) {
		a, b := allocatedAt(t, ownImageURL, small[name]), allocatedAt(t, ownImageURL, large[name])
		for range 2 {
			if b <= 3*a {
				break
			}
			a, b = min(a, allocatedAt(t, ownImageURL, small[name])), min(b, allocatedAt(t, ownImageURL, large[name]))
		}
		t.Logf("%s: %d → %d bytes (×%.2f)", name, a, b, float64(b)/float64(a))
		if b > 3*a {
			t.Errorf("%s: %d bytes at 2,500 repeats, %d at 5,000 (×%.1f)", name, a, b, float64(b)/float64(a))
		}
	}
}

// ownImageURL is the address of a story's file, whose stem the pictures' links extend.
const ownImageURL = "http://news.example.com/20120517/story12.htm"

// allocatedAt is the bytes Extract allocates on page read at address u.
func allocatedAt(t *testing.T, u, page string) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := extract.Extract(u, []byte(page)); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestSizesFuzz31Linear: doubling the repeats of each of sizeFuzz31Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizesFuzz31Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, sizeFuzz31Pages(2500), sizeFuzz31Pages(5000), 2500)
}
