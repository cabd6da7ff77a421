package extract_test

import (
	"fmt"
	"maps"
	"strings"
	"testing"
)

// size21Pages are synthetic pages built of n repeats of the markup the twenty-first round's
// rules read (issue 20, branch fuzz21): a jump menu's "Select a date" prompt, cards' <time
// itemprop="datePublished">, geo.region and creation-stamp metas, "Sep 4, 14" and AP "2 a.m."
// stamps, photo-credit profile links, CMS role words as names, "Posted on DATE by" and "posted
// DATE by NAME in" lines, teaser "By" links beside their headlines, "works for" notes, law-firm
// sign-offs, "Name |" spans before a date, card articles whose heading links away, staff
// bylines, /reporters/ links after an editor's label, source lines, Greek tool rows, advert
// labels and an empty comment target (body21), and titles the new title rules read
// (an <h1> opening a long <title>, a spelled site name before taglines, CJK-spaced and
// differently capitalised <h1>s, many long-worded parts). Extracted at growing n by
// BenchmarkSizes21 and TestSizes21Linear so that growth shows.
func size21Pages(n int) map[string]string {
	story := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 6) + "</p>"
	zhPara := "<p>" + strings.Repeat("公司今天召开年度大会，总结过去一年的工作并部署新一年的重点任务。", 3) + "</p>"
	title := `Council votes to rebuild the old ferry pier`
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	meta := `<html lang=en><head><title>` + title + `</title><meta property="article:published_time" content="2019-03-27T08:58:14+08:00">` +
		`<meta property="article:modified_time" content="2019-03-28T09:58:53+08:00">`
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	pages := map[string]string{}
	var b strings.Builder

	// Dates: a jump menu, cards' publication <time>s (each another instant), geo.region,
	// creation stamps, "Sep 4, 14", AP hours, stamps under the headline.
	pages["jumpmenu"] = head + `<select><option>Select a date</option>` + rep(`<option>2010.12.31: Beijing opens a new line</option>`, n) + `</select>` + story
	pages["jumptext"] = head + `<p>` + rep(`Select a date 2010.12.31 `, n) + `</p>` + story
	b.WriteString(meta + `</head><body><h1>` + title + `</h1>` + story)
	for i := range n {
		fmt.Fprintf(&b, `<article><h3><a href="/s/%d">Another story</a></h3><time itemprop="datePublished" datetime="2019-%02d-%02dT%02d:%02d:00Z">x</time></article>`,
			i, 1+i%12, 1+i%28, i%24, i%60)
	}
	pages["cards"] = b.String()
	pages["georegion"] = `<html><head><title>` + title + `</title>` + rep(`<meta name="geo.region" content="BR-PI">`, n) +
		`</head><body><h1>` + title + `</h1><p>10/05/2021 09:58</p>` + story
	pages["createat"] = meta + rep(`<meta name="weibo: article:create_at" content="2019-03-27 17:39:17">`, n) + `</head><body><h1>` + title + `</h1>` +
		`<p class="date">2019年03月27日 17:39</p>` + story
	pages["shortyear"] = head + rep(`<p>Sep 4, 14 · Sep 5, 14, 15 people</p>`, n) + story
	pages["shortyearrun"] = head + `<p>` + rep(`4, 14, `, n) + `Sep 4, 14</p>` + story
	pages["aphour"] = head + rep(`<p>Monday, May 22, 2017 | 2 a.m.</p>`, n) + story
	pages["updatestamp"] = meta + `</head><body><h1>` + title + `</h1>` + rep(`<p>28 mar 2019 - 09:58 CST</p>`, n) + story
	pages["usnewsroom"] = `<html><title>` + title + ` - ` + rep(`LasVegasSun`, n) + `</title><h1>` + title + `</h1><p>May 22, 2017 2:15 p.m.</p>` + story

	// Bylines.
	pages["creditlinks"] = head + `<div class="photo">` + rep(`<p class="credit"><a href="/staff/jane-roe/">Jane Roe</a></p>`, n) + `</div>` + story
	pages["creditimgs"] = head + `<div class="box">` + rep(`<img src="/a.jpg"><span class="caption"><a href="/staff/jane-roe/">Jane Roe</a></span>`, n) + `</div>` + story
	pages["rolewords"] = `<html><head><title>` + title + `</title>` + rep(`<meta name="author" content="writer">`, n) + `</head><body><h1>` + title + `</h1>` +
		rep(`<p>By writer</p>`, n) + story
	pages["postedon"] = head + story + rep(`<p>Posted on Wednesday, November 5th, 2008, 8:22 am by <a title="Posts by Jane Roe" href="/author/jane">Jane Roe</a> <br> Tags: pier</p>`, n)
	pages["postedonrun"] = head + story + `<p>` + rep(`Posted on Wednesday, November 5th, 2008, 8:22 am by <a href="/author/jane">Jane Roe</a><br>`, n) + `</p>`
	pages["postedin"] = head + story + rep(`<p>posted November 22nd, 2008 8:13 PM UTC by Jane Roe in <a href="/c">Reviews</a>, <a href="/d">City</a></p>`, n)
	b.Reset()
	b.WriteString(head + `<ul><li>`)
	for i := range n {
		fmt.Fprintf(&b, `<a href="/b/%d"><strong>By Tom Roe</strong></a> `, i)
	}
	for i := range n {
		fmt.Fprintf(&b, `<a href="/b/%d">Bridge reopens after repairs</a> `, i)
	}
	pages["teaserby"] = b.String() + `</li></ul>` + story
	pages["teaserbys"] = head + `<ul>` + rep(`<li><a href="/b">Bridge reopens</a> (<a href="/b"><strong>By Tom Roe</strong></a>)</li>`, n) + `</ul>` + story
	pages["worksfor"] = head + story + rep(`<p>Jane Roe works for Example Corp.</p>`, n)
	pages["lawfirm"] = head + `<div class="byline">By Example Partners</div>` + story + rep(`<p>By Jane Roe, associate, ExamplePartners. E-mail: jane@example.com</p>`, n)
	pages["namebar"] = head + rep(`<div><span>Jane Roe |</span><span class="tarih">05.04.2025</span></div>`, n) + story
	pages["namebarrun"] = head + `<div>` + rep(`<span>Jane Roe |</span>`, n) + `<span class="tarih">05.04.2025</span></div>` + story
	pages["cardheading"] = head + story + `<article><h2><a href="/videos/other/">Other story about the trams</a></h2>` + rep(`<span class="byline">Jane Roe</span><span itemprop="author">Jane Roe</span>`, n) + `</article>`
	pages["cardlate"] = head + story + `<article>` + rep(`<p>A paragraph of the card.</p>`, n) + `<h2><a href="/videos/other/">Other story about the trams</a></h2>` +
		rep(`<span class="byline">Jane Roe</span><span itemprop="author">Jane Roe</span>`, n) + `</article>`
	pages["cardtitle"] = `<html lang=en><title>` + rep(`Council votes `, n) + `</title><body><h1>` + title + `</h1>` + story +
		`<article><h2><a href="/videos/other/">Other story about the trams</a></h2>` + rep(`<span class="byline">Jane Roe</span>`, n) + `</article>`
	pages["staff"] = head + rep(`<p>By Example Searchlight staff</p>`, n) + story
	pages["staffline"] = head + `<div class="byline">By Example Searchlight ` + rep(`staff `, n) + `staff</div>` + story
	pages["editorlinks"] = head + rep(`<p>| Editor <a href="/reporters/jane-roe">Jane Roe</a></p>`, n) + story
	pages["siteinitial"] = head + rep(`<div class="byline">Example D</div>`, n) + story

	// Body lines (body21): source lines, Greek tool rows, advert labels between the story's
	// paragraphs, and an empty comment target between a long story and a long thread.
	para := func(i int) string {
		return fmt.Sprintf(`<p>Paragraph %d of the story about the harbour tram line, which the council approved on Wednesday after a year of delays.</p>`, i)
	}
	pages["sourcelines"] = head + rep(story+`<p>Source: Example Post</p><p>Πηγή: Example</p>`, n)
	pages["toolrows"] = head + rep(story+`<div><a href="/e">Αποστολή</a> <a href="#">Εκτύπωση</a> Μέγεθος κειμένου Share</div>`, n)
	pages["adlabels"] = head + rep(story+`<p>Advertisement</p><p>Σύνδεσμοι διαφημιζομένων</p>`, n)
	b.Reset()
	b.WriteString(head + `<div>`)
	for i := range n {
		b.WriteString(para(i))
	}
	b.WriteString(`<a name="comments"></a>`)
	for i := range n {
		fmt.Fprintf(&b, `<div>Posted by: Reader %d, London on 5:19pm Tue 1 Jan 08</div><div>Another view of the harbour, reader %d writes.</div>`, i, i)
	}
	pages["commenttarget"] = b.String() + `</div>`
	b.Reset()
	b.WriteString(head + `<div>`)
	for i := range n {
		b.WriteString(para(i))
	}
	b.WriteString(`<a name="comments"></a>`)
	for i := range n {
		b.WriteString(para(i)) // the story's paragraphs again under the target: each one matches
	}
	pages["commentrepeat"] = b.String() + `</div>`

	// Titles.
	words := rep(`pier tram `, n)
	pages["h1opens"] = `<html><title>Council votes ` + words + `- Deck: Site "Column" Article</title><h1>Council votes ` + words + `</h1>` + story
	pages["sectionh1"] = `<html><title>Keeper Derby-bound ` + rep(`- Football `, n) + `- Example</title><h1>Football</h1><h2>Keeper Derby-bound</h2>` + story
	pages["spelledhost"] = `<html><title>` + title + ` - Exam Ple` + rep(` - News in real time`, n) + `</title><h1>` + title + `</h1>` + story
	pages["spelledparts"] = `<html><title>` + rep(`Story - Exam Ple - `, n) + `Tagline</title><h1>Story</h1>` + story
	pages["cjkspaced"] = `<html lang=zh><title>` + rep(`男子勾結醫師病患詐保今被起訴`, n) + `</title><h1>` + rep(`男子勾結醫師病患詐保 今被起訴 `, n) + `</h1>` + zhPara
	pages["capitals"] = `<html><title>` + rep(`Story On The Rise `, n) + `</title>` + rep(`<h1>`+rep(`Story on the rise `, 20)+`</h1>`, n) + `<h1>` + rep(`Story on the rise `, n) + `</h1>` + story
	pages["longparts"] = `<html><title>Council votes to rebuild the old ferry pier` + rep(` | Watch News Videos Online`, n) + `</title><h1>Council votes to rebuild the old ferry pier</h1>` + story
	maps.Copy(pages, size21bPages(n))
	return pages
}

// size21bPages are the pages of the two branches merged after fuzz21 (branch fuzz21b): body21n's
// picture credit lines, closing lists' labels, the header above the headline, twice-boxed
// paragraphs and byline cards, and new21a's picture blocks, captions repeating their picture's
// alt, appended Chinese stories, "you are here" rows, columnist and dispatch credits and
// role-labelled co-authors, each trigger n times.
func size21bPages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	zhSentence := "公司今天召开年度大会，总结过去一年的工作并部署新一年的重点任务。"
	zhStory := "<p>" + strings.Repeat(zhSentence, 3) + "</p>"
	zhHead := `<html lang=zh><title>公司召开年度大会</title><body><h1>公司召开年度大会</h1>`
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	pages := map[string]string{}
	each := repeatEach(n)

	// body21n: credit lines between the story's paragraphs, one caption closed by many credits.
	pages["creditlines"] = head + rep(story+`<p>Photo: Jane Roe/Harbour Weekly</p><p>The pier at dawn — Foto: Ana Lima/TV Porto</p>`, n)
	pages["creditmarks"] = head + story + `<p>` + rep(`The pier — Foto: Ana `, n) + `</p>` + story
	// Closing labels: each over short lines, each over a paragraph of the story, one over a long run.
	pages["closinglabels"] = head + story + story + rep(`<p>Discussion</p><p>Great news. [Posted by: ann]</p>`, n)
	pages["closingkept"] = head + story + rep(`<p>Other related articles:</p>`+story, n)
	pages["closingrun"] = head + story + story + `<p>Comments</p>` + rep(`<p>Reader comment, a short line.</p>`, n)
	// The header above the headline: many short lines, the headline among them.
	pages["aboveheadline"] = `<html lang=en><title>` + title + `</title><body><div>` + rep(`<div class="live">live Satellite 11766 MHz</div><div>`+title+`</div>`, n) + story + story + `</div>`
	// Twice-boxed paragraphs, siblings, and byline cards.
	pages["boxedparas"] = head + rep(`<div class="block"><div class="rich"><p>`+sentence+`<a href="/x">a linked clause of the sentence</a>.</p></div></div>`, n)
	pages["bylinecards"] = head + rep(`<div class="author-dropdown"><a href="/author/jean">View Staff Page</a><p>Originally from Lyon, Jean studied at a business school.</p></div>`, n) + story
	// new21a: picture blocks with distinct credits and captions, alt-repeating captions, a run of
	// credit-named siblings after one picture.
	pages["picblocks"] = head + each(func(i int) string {
		return fmt.Sprintf(`<div class="block image"><div class="visual"><img src="/p/%d.jpg"></div><div class="credits">foto: jan muster %d</div><div class="caption">Caption %d of the park.</div></div>`, i, i, i) +
			fmt.Sprintf(`<p>Paragraph %d: %s</p>`, i, sentence)
	})
	pages["picblockcaps"] = head + `<div class="block"><img src="/p.jpg">` + rep(`<div class="caption">The park's new playground at dawn.</div>`, n) + `</div>` + story
	pages["altcaptions"] = head + each(func(i int) string {
		return fmt.Sprintf(`<div><img src="/%d.jpg" alt="The harbour at dawn, picture %d"><span class="img_descr">The harbour at dawn, picture %d</span></div>`, i, i, i) + story
	})
	pages["altsame"] = head + rep(`<p><b>The Blue Roadster Pedal Car</b></p><div><img src="/1.jpg" alt="The Blue Roadster Pedal Car"><div><b>The Blue Roadster Pedal Car</b></div></div>`+story, n)
	// Appended Chinese stories: headlines with no credit after them, and headline-credit pairs.
	pages["appendedheads"] = zhHead + `<div>` + rep(zhStory+`<p>票價也看淡旺季</p>`, n) + `</div>`
	pages["appendedcredits"] = zhHead + `<div>` + zhStory + zhStory + zhStory + rep(`<p>客運業者：盼補貼到位</p><p>陳美玲／台中報導</p>`+zhStory, n) + `</div>`
	// "You are here" rows and bold cells over a story.
	pages["youarehere"] = `<html><title>杏林健康网</title><body>` + rep(`<table><tr><td><b>市中医医院举办护理技能竞赛</b></td></tr><tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/news/">医院新闻</a></td></tr></table>`, n) +
		`<div class="content">` + zhStory + zhStory + `</div>`
	pages["crumbline"] = `<html><title>杏林健康网</title><body><div>当前位置：首页` + rep(` &gt; 医院新闻`, n) + `</div><div class="content">` + zhStory + zhStory + `</div>`
	pages["titleopening"] = `<html><head><title>【春风送暖】我院外科党支部组织开展义诊进社区活动 某某市第一人民医院</title></head><body>` +
		rep(`<div class="title">【春风送暖】我院外科党支部组织开展义诊进社区活动</div><div class="title_blow">来源：本站原创 作者：外科党支部 时间：2020年3月12日 09:30</div>`, n) + zhStory + zhStory
	// Columnist, dispatch credits and role-labelled co-authors.
	pages["columnist"] = zhHead + rep(`<p>【文/某某网专栏作者 周明远】</p>`+zhStory, n)
	pages["dispatch"] = zhHead + `<div class="bar"><ul>` + rep(`<li>2014-04-05 01:28</li><li>某某時報</li><li>林志明／東京4日電</li>`, n) + `</ul></div>` + zhStory + zhStory
	pages["dispatchbrackets"] = zhHead + rep(`<p>【林志明／東京三日電】</p>`+zhStory, n)
	pages["rolebylines"] = head + rep(`<span class="author" itemprop="name">Text: Marta Kovač, Video: Goran Petrić</span>`, n) + story
	pages["rolebylinerun"] = head + `<span class="author" itemprop="name">Text: Marta Kovač` + rep(`, Video: Goran Petrić`, n) + `</span>` + story
	return pages
}

// BenchmarkSizes21 extracts each of size21Pages at 2,500, 5,000 and 10,000 repeats: measured,
// not asserted (BENCHMARKS.md, fuzz21). SIZES21=name runs one page; run with -benchtime 1x.
func BenchmarkSizes21(b *testing.B) { benchSizes(b, "SIZES21", size21Pages) }

// TestSizes21Linear: doubling the repeats of each of size21Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizes21Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, size21Pages(2500), size21Pages(5000), 2500)
}

// TestNested21Bounded: blocks nested 400 deep (200 for lists), each opening with the markup one
// of the twenty-first round's rules reads (a photo credit's profile link, a teaser "By" link
// beside its headline, "Posted on DATE by" and "posted DATE by NAME in" lines, a "Name |" span
// before a date, a card article whose heading links away, a "works for" note, a jump menu, a
// law firm's sign-off, an empty comment target, a source line; fuzz21b: a picture's credit line,
// a closing label, a twice-boxed paragraph, a byline card, a caption repeating its picture's alt,
// a picture block's caption and credit, a "you are here" row, a dispatch credit, a role-labelled
// byline) and holding a paragraph of the story. A rule that measured each block's
// whole text, or walked each block's whole subtree, would do every inner block's work again
// (quadratic in the depth). Extract allocates at most half again what the same nesting costs
// with the trigger changed into markup no rule reads.
func TestNested21Bounded(t *testing.T) {
	if raceBuild {
		t.Skip("the race detector's sync.Pool drops recycled buffers: bytes compare pages unevenly")
	}
	para := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 4) + "</p>"
	head := `<html lang=en><title>Council votes to rebuild the old ferry pier</title><body><h1>Council votes to rebuild the old ferry pier</h1>`
	for _, c := range []struct{ name, trigger, plain, closing string }{
		{"credit link", `<div class="photo"><p class="credit"><a href="/staff/jane-roe/">Jane Roe</a></p>`,
			`<div class="note"><p class="tiny"><a href="/staff/jane-roe/">Jane Roe</a></p>`, `</div>`},
		{"teaser by", `<ul><li><a href="/b"><strong>By Tom Roe</strong></a><a href="/b">Bridge reopens</a>`,
			`<ul><li><a href="/b"><strong>Hi Tom Roe</strong></a><a href="/b">Bridge reopens</a>`, `</li></ul>`},
		{"posted on by", `<div>Posted on Wednesday, November 5th, 2008, 8:22 am by <a href="/author/jane">Jane Roe</a> <br>`,
			`<div>Hidden on Wednesday, November 5th, 2008, 8:22 am hi <a href="/author/jane">Jane Roe</a> <br>`, `</div>`},
		{"posted in", `<div>posted November 22nd, 2008 8:13 PM UTC by Jane Roe in <a href="/c">Reviews</a>`,
			`<div>hidden November 22nd, 2008 8:13 PM UTC hi Jane Roe in <a href="/c">Reviews</a>`, `</div>`},
		{"name bar", `<div><span>Jane Roe |</span><span class="tarih">05.04.2025</span>`,
			`<div><span>Jane Roe /</span><span class="tarih">05.04.2025</span>`, `</div>`},
		{"card heading", `<article><h2><a href="/videos/other/">Other story about trams</a></h2><span class="byline">Jane Roe</span>`,
			`<section><h2><a href="/videos/other/">Other story about trams</a></h2><span class="note">Jane Roe</span>`, `</article>`},
		{"works for", `<div><p>Jane Roe works for Example Corp.</p>`, `<div><p>Jane Roe walks for Example Corp.</p>`, `</div>`},
		{"jump menu", `<div><select><option>Select a date</option><option>2010.12.31</option></select>`,
			`<div><select><option>Elect a mate</option><option>2010.12.31</option></select>`, `</div>`},
		{"law firm", `<div><p>By Jane Roe, associate, ExamplePartners.</p>`, `<div><p>Hi Jane Roe, associate, ExamplePartners.</p>`, `</div>`},
		{"comment target", `<div><a name="comments"></a>`, `<div><a name="rating"></a>`, `</div>`},
		{"source line", `<div><p>Source: Example Post</p>`, `<div><p>Sorcery: Example Post</p>`, `</div>`},
		// body21n and new21a (branch fuzz21b).
		{"credit line", `<div><p>Photo: Jane Roe/Harbour Weekly</p>`, `<div><p>Phono: Jane Roe/Harbour Weekly</p>`, `</div>`},
		{"closing label", `<div><p>Discussion</p>`, `<div><p>Discursion</p>`, `</div>`},
		{"twice boxed", `<div class="block"><div class="rich"><p>A <a href="/x">linked clause of the sentence</a> here.</p></div>`,
			`<div class="block"><div class="rich"><p>A <b>bold clause of the sentence</b> here.</p></div>`, `</div>`},
		{"byline card", `<div class="author-dropdown"><a href="/author/jean">View Staff Page</a>`, `<div class="author-dropwown"><a href="/author/jean">View Staff Page</a>`, `</div>`},
		{"alt caption", `<div><img src="/a.jpg" alt="The harbour at dawn, seen from the ferry"><div>`, `<div><img src="/a.jpg" alt=""><div>`, `</div></div>`},
		{"block caption", `<div><img src="/a.jpg"><div class="caption">`, `<div><img src="/a.jpg"><div class="legend">`, `</div></div>`},
		{"block credit", `<div><img src="/a.jpg"><div class="credits">foto: jan muster</div><div class="caption">`,
			`<div><img src="/a.jpg"><div class="legend">foto: jan muster</div><div class="legend">`, `</div></div>`},
		{"you are here", `<div><p>当前位置：首页 &gt; 医院新闻</p>`, `<div><p>当前地方 首页 医院新闻</p>`, `</div>`},
		{"dispatch", `<div><p>【林志明／東京三日電】</p>`, `<div><p>【林志明東京三日】</p>`, `</div>`},
		{"role byline", `<div class="author">Text: Marta Kovač, Video: Goran Petrić`, `<div class="author">Tekst Marta Kovač, Vidal Goran Petrić`, `</div>`},
	} {
		depth := 400 / strings.Count(c.closing, "</") // two elements a level: the parser's stack holds 512
		closing := c.closing
		plainClosing := closing
		if c.name == "card heading" {
			plainClosing = `</section>`
		}
		trig := head + strings.Repeat(c.trigger+para, depth) + strings.Repeat(closing, depth)
		plain := head + strings.Repeat(c.plain+para, depth) + strings.Repeat(plainClosing, depth)
		nestBounded(t, c.name, plain, trig)
	}
}

// TestNestedBylineClassesBounded: elements classed as a byline nested 400 deep, each holding a
// paragraph, are measured only while short (scan's maxBylineSource, readability's checkByline
// asking nonSpaceRunesReach first). Each used to render the text of every inner one: ×13 the
// same nesting without the class, 200 MB. Bound: four times the plain nest.
func TestNestedBylineClassesBounded(t *testing.T) {
	para := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 4) + "</p>"
	head := `<html lang=en><title>Council votes</title><body><h1>Council votes</h1>`
	nest := func(cls string) string {
		return head + strings.Repeat(`<div class="`+cls+`">By Jane Roe`+para, 400) + strings.Repeat(`</div>`, 400)
	}
	a, b := allocatedPair(t, nest("plain"), nest("byline"), func(a, b uint64) bool { return b <= 4*a })
	t.Logf("byline classes %d bytes, plain %d (×%.2f)", b, a, float64(b)/float64(a))
	if b > 4*a {
		t.Errorf("nested byline classes allocate %d bytes, the plain nest %d (×%.1f)", b, a, float64(b)/float64(a))
	}
}
