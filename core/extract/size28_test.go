package extract_test

import (
	"strconv"
	"strings"
	"testing"
)

// letterTag spells i in letters ("b", "ba", …): a mark that squashed text keeps, so repeats of
// a block differ where the rules compare squashed openings.
func letterTag(i int) string {
	s := ""
	for {
		s = string(rune('a'+i%26)) + s
		i /= 26
		if i == 0 {
			return s
		}
	}
}

// size28Pages are synthetic pages built of n repeats of the markup the twenty-eighth round's
// rules merged in lead28 read (issue 20, branch fuzz28): hidden story containers beside the
// headline, also many of them, each of its own text, or beside a headline nested as deep as the
// parser allows, and hidden flat
// copies of a printed story (new28bc); the outlet's invitations under a story and framed
// paragraphs that link one phrase (body28); epoch attributes in meta markup and zone-less
// display clocks, printed updates at the metadata's own save (date28, new28bc); role-labelled
// bylines, "and" in more languages, Korean and Chinese photographers' and editors' credits,
// numbered profile links, also in a long list above the story, bylines in captions, desks spelt
// without accents, "Redaktion:" lines (auth28, new28bc); metered notices, view counters, reading
// times and comment notices (new28bc). Extracted at growing n by TestSizes28Linear and
// TestSizes28Time so that growth shows.
func size28Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	each := repeatEach(n)
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	pages := map[string]string{}

	// new28bc: withheld stories.
	long := strings.Repeat("The harbour authority said the old ferry terminal will close at the end of the summer after sixty years. ", 7)
	pages["withheld"] = `<html lang=en><title>` + title + `</title><body><main><article><h1>` + title + `</h1>` +
		each(func(i int) string {
			return `<div class="article-body" style="display:none"><p>` + letterTag(i) + ` ` + long + `</p></div>`
		}) + `</article></main>`
	pages["withheldcopies"] = `<html lang=en><title>` + title + `</title><body><main><article><h1>` + title + `</h1>` + story +
		rep(`<div itemprop="articleBody" style="display:none">`+strings.Repeat(sentence, 6)+` `+long+`</div>`, n) + `</article></main>`
	pages["withhelddeep"] = `<html lang=en><title>` + title + `</title><body>` + rep(`<div>`, 400) + `<h1>` + title + `</h1>` +
		rep(`<div class="article-body" style="display:none">Members only.</div>`, n) + story + rep(`</div>`, 400)
	pages["withheldnest"] = `<html lang=en><title>` + title + `</title><body><main><h1>` + title + `</h1>` +
		rep(`<div class="article-content" style="display:none"><p>`+long+`</p>`, max(1, n/40)) + rep(`</div>`, max(1, n/40)) + `</main>`

	// zone28: the same withheld stories hidden by the hidden attribute or a class a script removes.
	pages["withheldclass"] = `<html lang=en><title>` + title + `</title><body><main><article><h1>` + title + `</h1>` +
		each(func(i int) string {
			return `<div class="article-body d-none"><p>` + letterTag(i) + ` ` + long + `</p></div><div class="article-content" hidden><p>` + letterTag(i) + ` ` + long + `</p></div>`
		}) + `</article></main>`

	// body28: the outlet's invitations, framed paragraphs of one link.
	invites := `<p>We pay for your stories! Email us at tips@harbour.example or call 0207 000 0000.</p><p>Got a story?</p>` +
		`<p>Follow Harbour News on Facebook. Send your story ideas to desk@harbour.example</p>` +
		`<p>Want more weird harbour news? Find The Harbour Odd on Facebook.</p><p>Download The Harbour Times News App to get Daily Tide Updates.</p>` +
		`<p>Folgst du schon Hafen Heute auf Whatsapp?</p><p>Latest from the Harbour.com Homepage</p>`
	pages["invites"] = head + story + story + rep(invites, n)
	pages["invitesbetween"] = head + rep(story+invites, n)
	pages["onelinkframes"] = head + rep(`<div class="c1"><div class="c2"><div><div><p>Having waited for years, <a href="/news/vote">the trust voted for dredging in May</a>, shortly after the storm closed the quay.</p></div></div></div></div>`, n)

	// date28, new28bc: epochs in meta markup, display clocks, the metadata's own save.
	pages["metaepochs"] = `<html lang=en><head><title>` + title + `</title>` +
		rep(`<meta property="article:published_time" content="&lt;span class=&#039;stamp&#039; data-timestamp=&#039;1413982586&#039;&gt;2014-10-22T08:56:26+00:00&lt;/span&gt;">`, n) +
		`</head><body><h1>` + title + `</h1>` + story
	pages["metaepochlong"] = `<html lang=en><head><title>` + title + `</title><meta property="article:published_time" content="&lt;span ` +
		rep(`data-x=&#039;1&#039; `, n) + `data-timestamp=&#039;1413982586&#039;&gt;2014-10-22T08:56:26+00:00&lt;/span&gt;"></head><body><h1>` + title + `</h1>` + story
	pages["displayclocks"] = `<html lang=de><head><title>` + title + `</title>` + rep(`<meta name="date" content="19.03.2019 11:45">`, n) + `</head><body><h1>` + title + `</h1>` + story
	pages["savedupdates"] = `<html lang=en-GB><head><title>` + title + `</title><meta property="article:published_time" content="2026-03-04T09:56:08+01:00">` +
		rep(`<meta property="article:modified_time" content="2026-03-04T08:57:43+01:00">`, n) + `</head><body><h1>` + title + `</h1>` +
		rep(`<div class="article__published"><span>Updated: Wed 4 Mar 2026 08:57 CET</span></div><p>Updated: Wed 4 Mar 2026 08:57 CET</p>`, n) + story

	// auth28, new28bc: bylines.
	pages["rolelabels"] = head + rep(`<p class="byline">Texte : Jeanne Roeburn. Photos : Thomas Exemple</p><p class="byline">Texto: Juana Roeburn / Fotos: Tomás Ejemplo</p>`, n) + story
	pages["rolebrackets"] = head + rep(`<p class="byline">Von Anna Beispiel (Text) und Tom Muster (Fotos)</p>`, n) + story
	pages["rolelabelslong"] = head + `<p class="byline">Texte : Jeanne Roeburn` + rep(`. Photos : Thomas Exemple`, n) + `</p>` + story
	pages["rolebracketslong"] = head + `<p class="byline">Von Anna Beispiel (Text)` + rep(` und Tom Muster (Fotos)`, n) + `</p>` + story
	pages["listands"] = `<html lang=pl><head><title>` + title + `</title><meta name="author" content="Anna` + rep(` i Tomasz i nowak`, n) + `"></head><body><h1>` + title + `</h1>` +
		rep(`<p class="byline">Anna Kowalska i Tomasz Nowak</p><span class="autor">#Krótko o przepisach prawa w Nowej Zelandii i Polsce</span>`, n) + story
	pages["listandsjsonld"] = `<html lang=pl><head><title>` + title + `</title><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Anna` +
		rep(` i Tomasz i nowak`, n) + `"}}</script></head><body><h1>` + title + `</h1>` + story
	ko := strings.Repeat("항만위원회는 화요일 긴 회의 끝에 낡은 부두를 다시 짓기로 의결했다. ", 6)
	pages["kocredits"] = `<html lang=ko><title>항만위원회, 부두 재건 의결</title><body><h1>항만위원회, 부두 재건 의결</h1>` +
		rep(`<p class="byline">글 김하늘 기자 · 사진 박바다 기자</p><p class="byline">김하늘 기자, 박바다 기자</p>`, n) + `<p>` + ko + `</p>`
	pages["kocreditline"] = `<html lang=ko><title>항만위원회, 부두 재건 의결</title><body><h1>항만위원회, 부두 재건 의결</h1><p>` +
		rep(`글 김하늘 기자 · 사진 박바다 기자 `, n) + ko + `</p>`
	zh := "港务局周二经过长时间的激烈讨论，投票决定重建旧码头。"
	pages["zhcredits"] = `<html lang=zh-CN><title>港务局决定重建旧码头</title><body><h1>港务局决定重建旧码头</h1>` +
		rep(`<p class="byline">记者 张三 摄影 李四 编辑 王五</p>`, n) + `<p>` + rep(zh, 4) + `</p>`
	pages["zhcreditline"] = `<html lang=zh-CN><title>港务局决定重建旧码头</title><body><h1>港务局决定重建旧码头</h1><p>记者 张三` +
		rep(` 摄影 李四 编辑 王五`, n) + `</p><p>` + rep(zh, 4) + `</p>`
	pages["numberedprofiles"] = head + `<div class="meta">` + each(func(i int) string {
		return `<a href="/author/` + strconv.Itoa(100000+i) + `">more from this writer</a> `
	}) + `</div>` + story
	pages["profilelist"] = head + `<div class="staff">` + rep(`<a href="/tags/harbour">Harbour</a> | `, n) +
		each(func(i int) string {
			return `<a href="/profiles/` + strconv.Itoa(100000+i) + `">Jane Roeburn</a> | Writer<br>`
		}) + `</div>` + story
	pages["profilescripts"] = head + rep(`<table><tr><td><a href="profile.php?user_id=455">Tom</a> <a href="profile.php?id=4&amp;x=5">Jane Roeburn</a></td></tr></table>`, n) + story
	pages["captionbylines"] = head + rep(`<figure><img src="/a.jpg" alt=""><figcaption><p class="mediaInfo"><span class="media__byline">03:07 Min.</span> <span class="media__byline">| Jane Roeburn</span></p></figcaption></figure>`, n) + story
	pages["redaktion"] = `<html lang=de><title>` + title + `</title><body><h1>` + title + `</h1>` + story +
		rep(`<p class="text__byline">Redaktion: Jane Roeburn und <a href="/redaktion/tom-example">Tom Example</a></p>`, n)
	pages["desks"] = `<html lang=es><head><title>` + title + `</title><meta name="author" content="Redaccion"></head><body><h1>` + title + `</h1>` +
		rep(`<div class="author">Por <a href="/author/redaccion/" rel="author">Redaccion</a></div>`, n) + story

	// new28bc: banner lines and notices.
	pages["banners"] = head + rep(`<div class="notice">You have 1 article left to read this month before you need to register.</div><p class="rt">Estimated reading time: 4 minutes</p>`, n) + story +
		rep(`<div class="counter">(Visited 122 times, 11 visits today)</div><div class="more"><p>More like this</p></div>`, n)
	pages["commentnotices"] = `<html lang=es><title>` + title + `</title><body><h1>` + title + `</h1>` + story +
		rep(`<p style="font-weight:bold">Para comentar debes registrarte y completar los datos generales.</p>`, n)
	return pages
}

// TestSizes28Linear: doubling the repeats of each of size28Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizes28Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, size28Pages(2500), size28Pages(5000), 2500)
}

// TestSizes28Time: doubling the repeats of each of size28Pages at most triples the processor
// time Extract spends on it (judged above 150 ms at the larger size). SIZES28TIME=name times one
// page.
func TestSizes28Time(t *testing.T) {
	if testing.Short() || raceBuild {
		t.Skip("extracts pages of megabytes, timed")
	}
	timeDoublings(t, "SIZES28TIME", size28Pages(2500), size28Pages(5000), 2500)
}
