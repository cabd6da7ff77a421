package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// size23Pages are synthetic pages built of n repeats of the markup the twenty-third round's
// rules read (issue 20, branch fuzz23): labelled release clocks beside a metadata time, zone-less
// metadata under printed local clocks, foreign "by" lines and Korean reporter lines under the
// headline, places after a comma and e-mail addresses glued to names in bylines, long Chinese
// dispatch brackets, update stamps under publication stamps, tip prompts, subscription links,
// e-mail signatures, possessive blog owners, read-also pointers, advert-break markers, follow
// prompts, short named stories among lists of headlines, site-led titles, a title that is a
// label, headings holding a pulldown, kicker joiners, and logos' alt texts. Extracted at growing
// n by BenchmarkSizes23 and TestSizes23Linear so that growth shows.
func size23Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	pages := map[string]string{}
	each := repeatEach(n)
	lang := func(l, t string) string {
		return `<html lang=` + l + `><title>` + t + `</title><body><h1>` + t + `</h1>`
	}

	// date23: labelled release clocks after a metadata time, zone-less metadata under printed clocks.
	metaHead := `<html lang=en><head><title>` + title + `</title><meta property="article:published_time" content="2016-05-18T18:10:00-04:00"></head><body><h1>` + title + `</h1>`
	pages["releaseclocks"] = metaHead + rep(`<div class="date">Published May 18, 2016 6:25PM EDT</div>`, n) + story
	pages["releaseclocksdiffer"] = metaHead + each(func(i int) string {
		return fmt.Sprintf(`<div class="date">Published May 18, 2016 6:%02dPM EDT</div>`, 12+i%40)
	}) + story
	pages["zonelessmeta"] = `<html lang=de><head><title>T</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-04-10T16:14:21"}</script></head><body><h1>T</h1>` +
		rep(`<div class="date">10.04.2019 18:14</div>`, n) + story
	pages["jpstamps"] = `<html lang=ja><head><title>記事</title><meta property="article:published_time" content="2015-03-04T11:02:00+09:00"></head><body><h1>記事</h1>` +
		rep(`<div class="date">投稿日: 2015年03月04日 11時13分 JST</div>`, n) + `<p>` + rep("東京都は四日、新しい路面電車の計画を発表した。", 10) + `</p>`

	// auth23: foreign "by" lines and Korean reporter lines, places after a comma, glued addresses,
	// long dispatch brackets.
	pages["labelwords"] = lang("de", title) + rep(`<p>Von Hans Müller</p><div>Por María López, do Rio</div><span>Av Ola Nordmann | 12.03.2014</span>`, n) + story
	pages["labelwordsphrase"] = lang("de", title) + rep(`<p>Von Montag bis Freitag</p><p>Por eso dijo</p>`, n) + story
	pages["koreporters"] = lang("ko", "정부 대응 방안 논의") + rep(`<p>박준영 기자 park@example.co.kr</p>`, n) + `<p>` + rep("정부는 21일 오전 서울 정부청사에서 관계부처 회의를 열고 대응 방안을 논의했다. ", 6) + `</p>`
	pages["placecommas"] = lang("pt", title) + `<div class="byline">Por João Silva` + rep(`, do Rio de Janeiro`, n) + `</div>` + story
	pages["placecommalines"] = lang("pt", title) + rep(`<div class="byline">Por João Silva, do Rio, de São Paulo</div>`, n) + story
	pages["gluedemails"] = head + rep(`<div class="byline">By Jane Roejane.roe@example.com</div>`, n) + story
	pages["gluedemailrun"] = head + `<div class="byline">By ` + each(func(i int) string {
		return fmt.Sprintf(`Jane Roe%cjane.roe%c@example.com, `, 'a'+i%26, 'a'+i%26)
	}) + `</div>` + story
	pages["gluedemaillong"] = head + `<div class="byline">By Jane ` + rep(`Roe`, n) + `roe@example.com</div>` + story
	zhHead := lang("zh", "公司召开年度大会")
	zhSentence := "公司今天召开年度大会，总结过去一年的工作并部署新一年的重点任务。"
	pages["zhdispatches"] = zhHead + rep(`<p>（本报纽约、柏林、东京、巴黎、伦敦2月2日电 记者李晓宏、陈效卫）`+zhSentence+`</p>`, n)
	pages["zhdispatchlong"] = zhHead + `<p>（本报` + rep(`纽约、`, n) + `2月2日电 记者` + rep(`李晓宏、`, n) + `陈效卫）` + zhSentence + `</p>` + `<p>` + rep(zhSentence, 4) + `</p>`
	pages["zhdispatchopen"] = zhHead + `<p>` + rep(`（本报纽约2月2日电 `, n) + zhSentence + `</p>` + `<p>` + rep(zhSentence, 4) + `</p>`

	// new23bc: update stamps under publication stamps, tip prompts, subscription links,
	// signatures, a possessive blog owner.
	pages["stamppairs"] = lang("no", title) + `<div>` + `<p>Publisert 06.01.2026 - 16:42</p>` + rep(`<p>Sist oppdatert 06.01.2026 - 17:32</p>`, n) + story + `</div>`
	pages["tipprompts"] = head + rep(story+`<p>Got a news tip? Email us.</p><p>Har du video, bilder eller tips? Send til oss.</p>`, n)
	pages["subscribelinks"] = `<html lang=tr><title>T</title><body><h1>T</h1>` +
		rep(story+`<p><a href="https://www.example.com.tr/abonelik-talep-formu/">Abonelik için lütfen iletişime geçiniz.</a></p>`, n)
	pages["subscribeflat"] = head + story + `<div>` + rep(`<a href="/subscribe/">Subscribe</a> `, n) + `</div>` + story
	pages["signatures"] = `<html lang=tr><title>T</title><body><h1>T</h1>` + rep(story+`<p>SMMM YILMAZ EVRİM ALTUN</p><p>evrim@example.com</p>`, n)
	pages["signaturelong"] = `<html lang=tr><title>T</title><body><h1>T</h1>` + story + `<p>SMMM ` + rep(`SMMM `, n) + `YILMAZ ALTUN</p><p>evrim@example.com</p>`
	pages["blogowner"] = `<html lang=en><head><title>T</title><meta property="og:site_name" content="James' Coffee Blog"></head><body><h1>T</h1>` +
		rep(`<div class="byline">By James</div>`, n) + story

	// body23: read-also pointers, advert-break markers, follow prompts.
	pages["readalso"] = lang("uk", "Рада ухвалила") + rep(`<p>`+rep("Міська рада в середу ухвалила будівництво нової лінії трамвая. ", 5)+`</p><p>Читайте такожУкраїна має новий план</p><p>Lire l'entretien : le maire parle</p>`, n)
	pages["adbreaks"] = head + rep(story+`<p>(Story continues below)</p><p>Article continues below this ad</p>`, n)
	pages["followprompts"] = lang("es", title) + rep(story+`<p>Puedes seguir a MATERIA en Facebook, Twitter e Instagram, o apuntarte aquí a nuestra newsletter.</p>`, n)

	// short23: a short named story read with growing lists of other stories' headlines, as
	// links, as cards and as bare lines the cards hold.
	brief := `<div class="article-body"><p>` + rep(sentence, 3) + `</p></div>`
	pages["shortlinks"] = head + `<div>` + brief + `<ul>` + each(func(i int) string {
		return fmt.Sprintf(`<li><a href="/s/%d">Other headline number %d of the list</a></li>`, i, i)
	}) + `</ul></div>`
	pages["shortcards"] = head + `<div>` + brief + `<div>` + each(func(i int) string {
		return fmt.Sprintf(`<li><a href="/s/%d">Other headline number %d</a><br>Summary line %d of the card</li>`, i, i, i)
	}) + `</div></div>`
	pages["shortprosecards"] = head + `<div>` + brief + `<div>` + each(func(i int) string {
		return fmt.Sprintf(`<li><a href="/s/%d">Other headline number %d</a><br>Summary sentence %d of the card, told in full words.</li>`, i, i, i)
	}) + `</div></div>`
	var cards []string
	for i := range n {
		cards = append(cards, fmt.Sprintf(`<li><a href="/s/%d">Other headline number %d</a><br>Summary sentence %d of the card, told in full words.</li>`, i, i, i))
	}
	slices.Reverse(cards)
	pages["shortreversedcards"] = head + `<div>` + brief + `<div>` + each(func(i int) string {
		return fmt.Sprintf(`<p>Summary sentence %d of the card, told in full words.</p>`, i)
	}) + `</div></div><ul>` + strings.Join(cards, "") + `</ul>`
	pages["shortheadedcards"] = head + `<div>` + brief + each(func(i int) string {
		return fmt.Sprintf(`<div><h3><a href="/s/%d">Other headline %d</a></h3>Card summary number %d</div>`, i, i, i)
	}) + `</div>`
	pages["shortarticles"] = head + `<div>` + brief + each(func(i int) string {
		return fmt.Sprintf(`<article><a href="/s/%d">Other headline %d</a><p>Card summary number %d</p></article>`, i, i, i)
	}) + `</div>`
	pages["shortnamed"] = head + `<div>` + each(func(i int) string {
		return fmt.Sprintf(`<div class="article-body"><p>Brief %d. `+rep(sentence, 2)+`</p></div><p><a href="/s/%d">Headline %d</a></p>`, i, i, i)
	}) + `</div>`

	// title23: site-led titles over styled story lines, a title that is a label, headings with a
	// pulldown, kicker joiners, logos' alt texts.
	pages["siteled"] = `<html lang=en><title>Harbour Star | ` + title + `</title><body>` + rep(`<div class="big">`+title+`</div><div>Harbour Star</div>`, n) + story
	pages["siteledlong"] = `<html lang=en><title>Harbour Star | ` + rep(`Council votes `, n) + `</title><body><div class="big">` + rep(`Council votes `, n) + `</div>` + story
	pages["labeltitle"] = `<html lang=en><title>New Socialist:</title><body>` + rep(`<h2>New Socialist:</h2>`, n) + `<h1>` + title + `</h1>` + story
	pages["selectheadings"] = head + rep(`<h3>Our sites <select><option>One</option><option>Two</option></select></h3>`, n) + story
	pages["kickerjoiners"] = `<html lang=en><head><title>Tram: ` + title + ` - News</title><meta property="og:title" content="Tram: ` + title + `">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram - ` + title + `"}</script></head><body><h1>Tram ` + title + `</h1>` +
		rep(`<p>Tram: `+title+`</p>`, n) + story
	pages["logos"] = `<html lang=en><title>` + title + ` - OurSite Central - Minor League Sports News</title><body>` +
		rep(`<img src="/logo.png" alt="OurSite Central - Minor League Sports News">`, n) + `<h1>` + title + `</h1>` + story
	pages["logolong"] = `<html lang=en><title>` + title + ` - ` + rep(`Central - `, n) + `News</title><body>` +
		rep(`<img src="/logo.png" alt="`+rep(`Central - `, n/100+1)+`News">`, 30) + `<h1>` + title + `</h1>` + story
	return pages
}

// BenchmarkSizes23 extracts each of size23Pages at 2,500, 5,000 and 10,000 repeats: measured,
// not asserted (BENCHMARKS.md, fuzz23). SIZES23=name runs one page; run with -benchtime 1x.
func BenchmarkSizes23(b *testing.B) { benchSizes(b, "SIZES23", size23Pages) }

// TestSizes23Linear: doubling the repeats of each of size23Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizes23Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, size23Pages(2000), size23Pages(4000), 2000)
}

// TestSizes23Time: doubling the repeats of each of size23Pages at most triples the processor
// time Extract spends on it, for the walks and searches that allocate nothing (a line looked up
// in the page's link texts, an expression run over a long line). Below 150 ms at the larger
// size the pair is not judged: a loaded machine moves such small times by half.
// SIZES23TIME=name times one page.
func TestSizes23Time(t *testing.T) {
	if testing.Short() || raceBuild {
		t.Skip("extracts pages of megabytes, timed")
	}
	timeDoublings(t, "SIZES23TIME", size23Pages(2000), size23Pages(4000), 2000)
}

// TestNested23Bounded: blocks nested 400 deep (200 for a heading's), each opening with the
// markup one of the twenty-third round's rules reads (a foreign "by" line, a Korean reporter
// line, a place after a byline's comma, a name glued to its address, a long dispatch bracket,
// an update stamp, a tip prompt, a subscription link, a signature, a read-also pointer, an
// advert-break marker, a follow prompt, a story's named block, a card opening with a linked
// heading, a heading holding a pulldown) and holding a paragraph of the story. A rule that measured each block's whole text, or walked
// each block's whole subtree, would do every inner block's work again (quadratic in the depth).
// Extract allocates at most half again what the same nesting costs with the trigger changed
// into markup no rule reads.
func TestNested23Bounded(t *testing.T) {
	if raceBuild {
		t.Skip("the race detector's sync.Pool drops recycled buffers: bytes compare pages unevenly")
	}
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	para := "<p>" + strings.Repeat(sentence, 4) + "</p>"
	title := `Council votes to rebuild the old ferry pier`
	head := func(lang string) string {
		return `<html lang=` + lang + `><title>` + title + `</title><body><h1>` + title + `</h1>`
	}
	for _, c := range []struct {
		name, lang, trigger, plain, closing string
		depth                               int
	}{
		{"label word line", "de", `<div><p>Von Hans Müller</p>`, `<div><p>Vom Hans Müller</p>`, `</div>`, 400},
		{"label word block", "de", `<div>Von Hans Müller`, `<div>Vom Hans Müller`, `</div>`, 400},
		{"korean reporter", "ko", `<div><p>박준영 기자</p>`, `<div><p>박준영 기사</p>`, `</div>`, 400},
		{"korean reporter block", "ko", `<div>박준영 기자`, `<div>박준영 기사`, `</div>`, 400},
		{"place after comma", "pt", `<div class="byline">Por João Silva, do Rio de Janeiro`, `<div class="byline">Por João Silva, du Rio de Janeiro`, `</div>`, 400},
		{"glued address", "en", `<div class="byline">By Jane Roejane.roe@example.com`, `<div class="byline">By Jane Roejane.roe at example.com`, `</div>`, 400},
		{"dispatch bracket", "zh", `<div>（本报纽约、柏林、东京2月2日电 记者李晓宏、陈效卫）`, `<div>（本报纽约、柏林、东京2月2日 记者李晓宏、陈效卫）`, `</div>`, 400},
		{"update stamp", "no", `<div><p>Publisert 06.01.2026 - 16:42</p><p>Sist oppdatert 06.01.2026 - 17:32</p>`,
			`<div><p>Publisert 06.01.2026 - 16:42</p><p>Sist opdatert 06.01.2026 - 17:32</p>`, `</div>`, 400},
		{"tip prompt", "en", `<div><p>Got a news tip? Email us.</p>`, `<div><p>Got a news tap? Email us.</p>`, `</div>`, 400},
		{"subscription link", "tr", `<div><p><a href="/abonelik-talep-formu/">Abonelik için lütfen iletişime geçiniz.</a></p>`,
			`<div><p><a href="/abolelik-talep-formu/">Abonelik için lütfen iletişime geçiniz.</a></p>`, `</div>`, 400},
		{"signature", "tr", `<div><p>SMMM YILMAZ ALTUN</p><p>evrim@example.com</p>`, `<div><p>SMMM YILMAZ ALTUN</p><p>evrim at example.com</p>`, `</div>`, 400},
		{"read also", "uk", `<div><p>Читайте такожУкраїна має план</p>`, `<div><p>Читайте токожУкраїна має план</p>`, `</div>`, 400},
		{"ad break", "en", `<div><p>(Story continues below)</p>`, `<div><p>(Story continues bellow)</p>`, `</div>`, 400},
		{"follow prompt", "es", `<div><p>Puedes seguir a MATERIA en Facebook, Twitter e Instagram</p>`, `<div><p>Puedes segir a MATERIA en Facebook, Twitter e Instagram</p>`, `</div>`, 400},
		{"named story", "en", `<div class="article-body"><ul><li><a href="/a">Other headline of the list here</a></li></ul>`,
			`<div class="article-bodx"><ul><li><a href="/a">Other headline of the list here</a></li></ul>`, `</div>`, 400},
		{"list item card", "en", `<li><a href="/a">Other headline of the list here</a><div class="article-body">`,
			`<li><a href="/a">Other headline of the list here</a><div class="article-bodx">`, `</div></li>`, 200},
		{"headed card", "en", `<div><h3><a href="/a">Other headline of the list here</a></h3>`, `<div><p><a href="/a">Other headline of the list here</a></p>`, `</div>`, 400},
		{"heading pulldown", "en", `<h3>Our sites<select><option>One</option></select><div>`, `<h3>Our sites<span><b>One</b></span><div>`, `</div></h3>`, 200},
	} {
		trig := head(c.lang) + strings.Repeat(c.trigger+para, c.depth) + strings.Repeat(c.closing, c.depth)
		plain := head(c.lang) + strings.Repeat(c.plain+para, c.depth) + strings.Repeat(c.closing, c.depth)
		nestBounded(t, c.name, plain, trig)
	}
}
