package extract_test

import (
	"strings"
	"testing"
)

// size26Pages are synthetic pages built of n repeats of the markup the twenty-sixth round's
// rules merged in lead26 read (issue 20, branch fuzz26): a site's online desk credited in many
// bylines, closing "Name, post" sign-offs, Devanagari names, a capitals byline of many names
// joined with "and", role-and-initial accounts, bold column bylines, Korean screen-capture
// sign-offs, co-authored closing credits and bylines of lower-case given names (authors26,
// new26a); captions set in <p> inside <figcaption>, also nested deep (byline26); headings a word
// apart from the title, breadcrumb lines, marked <h1>s (title26); stamp pairs labelled in
// seventeen languages, dates in Devanagari, Bengali and full-width digits, runs of such digits
// with no date, and publication and update labels over one clock (dates26). Extracted at growing
// n by TestSizes26Linear and TestSizes26Time so that growth shows; then the rules body26 and new26b
// brought to lead26 later (see the pages' comments).
func size26Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	hi := "<p>" + strings.Repeat("नगर परिषद ने सोमवार को नए बजट पर लंबी बहस के बाद उसे पारित कर दिया. ", 5) + "</p>"
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	pages := map[string]string{}

	// authors26, new26a
	pages["digitaldesks"] = `<html lang=en><head><title>` + title + `</title><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Example Now Digital"},"publisher":{"@type":"Organization","name":"Example Now"}}</script></head><body><h1>` +
		title + `</h1>` + rep(`<div class="byline">By <a href="/author/x">Example Now Digital</a></div>`, n) + story
	pages["postsignoffs"] = head + rep(story+`<p>Jane Roeburn, Special Correspondent</p>`, n)
	pages["hindisignoffs"] = `<html lang=hi><title>परिषद ने बजट पारित किया</title><body><h1>परिषद ने बजट पारित किया</h1>` + rep(hi+`<p><strong>सुनीता वर्मा, संवाददाता</strong></p>`, n)
	pages["hindinames"] = `<html lang=hi><title>परिषद ने बजट पारित किया</title><body><h1>परिषद ने बजट पारित किया</h1>` + rep(`<div class="author">ज्योतिका ग्रोवर</div>`, n) + hi + hi
	pages["capsbyline"] = `<html lang=en><head><title>` + title + `</title><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Roeburn"}]}</script></head><body><h1>` +
		title + `</h1><span class="Component-bylines">By JANE ROEBURN` + rep(`, TOM EXAMPLE`, n) + ` and ANA SAMPLEZ</span>` + story
	pages["capsbylines"] = `<html lang=en><head><title>` + title + `</title><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Roeburn"}]}</script></head><body><h1>` +
		title + `</h1>` + rep(`<span class="Component-bylines">By JANE ROEBURN, TOM EXAMPLE and ANA SAMPLEZ</span>`, n) + story
	pages["roleaccounts"] = head + rep(`<p class="entry-meta">by <span class="entry-author">Editor M</span></p>`, n) + story
	pages["columnbylines"] = head + rep(`<p><strong>Tuesday Column By JANE ROEBURN</strong></p><p>roeburn@example.com</p>`, n) + story
	pages["kocaptures"] = `<html lang=ko><title>시의회, 예산안 통과</title><body><h2>시의회, 예산안 통과</h2><div class="news_txt">` +
		rep(strings.Repeat("시의회는 월요일 새 예산안을 놓고 긴 토론을 벌인 끝에 통과시켰다. ", 3)+`<br><br>홍길동 / 화면캡처 유튜브<br><br>`, n) + `</div>`
	pages["coauthored"] = head + rep(story+`<p>This article was co-authored by Jana Rosenthal and Milo Dragan.</p>`, n)
	pages["lowergiven"] = head + rep(`<div class="article-author">Von: jana Rosenthal und Milo Dragan</div>`, n) + story
	pages["lowergivenlong"] = head + `<div class="article-author">Von: jana Rosenthal` + rep(` und milo Dragan`, n) + `</div>` + story
	// byline26
	caption := `<figure><img src="/a.jpg" alt=""><figcaption><p>` + sentence + sentence + `</p></figcaption></figure>`
	pages["figcaptions"] = head + rep(caption+`<p class="x">Von Jana Rosenthal</p>`, n) + story
	pages["figcaptionnest"] = head + rep(`<figcaption><div><p>`+sentence+`</p>`, max(1, n/40)) + rep(`</div></figcaption>`, max(1, n/40)) + story
	// title26
	var heads strings.Builder
	for i := range n {
		heads.WriteString(`<h3><a href="/v/` + string(rune('a'+i%26)) + `">Harbour ferry pier finally reopens</a></h3>`)
	}
	pages["nearheadings"] = `<html lang=en><title>Harbour ferry pier reopens after weeks of repairs | ktv7.example</title><body><h1>Harbour ferry pier reopens</h1>` + story + heads.String()
	pages["crumblines"] = `<html lang=en><title>Harbourtown's Independent Newspaper</title><body>` + rep(`<div> <b>Home</b> > Headlines > `+title+` </div>`, n) + `<h1>` + title + `</h1>` + story
	pages["markedh1s"] = `<html lang=en><title>Courier</title><body>` + rep(`<h1 class="ArticleHeadline">Lions lock sidelined for half a year</h1>`, n) + story
	// dates26
	pages["stamppairs"] = head + rep(`<div class="article-date">अपडेटेड: 06 मार्च 2024, 09:00 IST | प्रकाशित: 05 मार्च 2024, 10:00 IST | עודכן: 06.03.2024 09:00 | פורסם: 05.03.2024 10:00 | Güncelleme: 06.03.2024 09:00 | Yayınlanma: 05.03.2024 10:00 | 更新：2024-03-06 09:00 | 发布：2024-03-05 10:00</div>`, n) + story
	pages["labelsonly"] = head + story + `<div>` + rep(`प्रकाशित अपडेट פורסם עודכן publicat actualizat diperbarui `, n) + `</div>`
	pages["indicdates"] = `<html lang=bn><title>T</title><body><h1>T</h1>` + rep(`<span>প্রকাশ: ১৮ জানুয়ারি ২০২৩, ১১:৪০</span> <span>५ ऑक्टोबर २०२१, १०:३०</span> <span>２０２２年１１月３日 １８：４５</span>`, n) + hi
	pages["indicdigits"] = `<html lang=hi><title>T</title><body><h1>T</h1><p>` + rep(`१२३४५६७८९० ০১২৩৪৫ ０１２３４ `, n) + `</p>` + hi
	pages["indicmonths"] = `<html lang=hi><title>T</title><body><h1>T</h1><p>` + rep(`5 मार्च मार्च 2024 `, n) + `</p>` + hi
	pages["samelabelclock"] = `<html lang=ja><head><title>T</title><meta property="article:published_time" content="2015-03-03T20:42:10-05:00"></head><body><h1>T</h1>` +
		rep(`<span>投稿日: 2015年03月04日 11時13分 JST</span><span>更新: 2015年03月04日 11時13分 JST</span>`, n) + story
	// body26, new26b (merged into lead26 after f8e7b36): reader polls, "More For You" boxes
	// (also after many empty wrappers, each box measured against the page's text), the print
	// edition's note, spaced "Photo : AP" credits under captions, paragraphs of bare linked
	// prose in <div>s, audio players' app lines and fallbacks, newsletter lines.
	pages["polls"] = head + story + rep(`<div class="poll"><p>Which pier?</p><label><input type="radio" name="q">Old</label><label><input type="radio" name="q">New</label></div>`, n)
	pages["pollgroups"] = head + story + `<div>` + rep(`<input type="radio" name="g"><input type="radio" name="h">`, n) + `</div>`
	pages["moreforyou"] = head + story + story + rep(`<div class="card"><h3>More For You</h3><p>Another story's headline, summary and key points.</p></div>`, n)
	pages["moreforyouwrapped"] = head + rep(`<div><span></span></div>`, n) + story + story + rep(`<div class="card"><h3>More For You</h3><p>Another story's headline.</p></div>`, n)
	pages["printnotes"] = head + story + rep(`<p>This article appeared in the Business section of the print edition under the headline "Pier".</p>`, n)
	pages["spacedcredits"] = head + rep(`<p>Frank Roe is set to return as interim boss.</p><p>Photo : AP</p>`, n) + story
	pages["bareprose"] = head + rep(`<div>The council, led by <a href="/p/jane">Jane Roe</a> and <a href="/p/tom">Tom Example</a>, approved the harbour tram line on Wednesday after a year of delays.</div>`, n)
	pages["audioapps"] = head + rep(`<p>Enjoy more audio and podcasts on iOS or Android.</p><audio src="/a.mp3"><p>Your browser does not support the <b>audio</b> element.</p></audio>`, n) + story
	pages["newsletterlines"] = head + rep(story+`<p>Sign up to the Bottom Line, our weekly subscriber-only newsletter.</p>`, n)
	return pages
}

// TestSizes26Linear: doubling the repeats of each of size26Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizes26Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, size26Pages(2500), size26Pages(5000), 2500)
}

// TestSizes26Time: doubling the repeats of each of size26Pages at most triples the processor
// time Extract spends on it (judged above 150 ms at the larger size). SIZES26TIME=name times one
// page.
func TestSizes26Time(t *testing.T) {
	if testing.Short() || raceBuild {
		t.Skip("extracts pages of megabytes, timed")
	}
	timeDoublings(t, "SIZES26TIME", size26Pages(2500), size26Pages(5000), 2500)
}
