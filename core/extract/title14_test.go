package extract

import "testing"

// zhStoryBody is a made-up Chinese story of four paragraphs: the harbour council votes to
// rebuild the ferry pier (the story aboveStoryBody tells).
const zhStoryBody = `<p>本报讯 港口委员会周二投票决定，在夏季到来之前重建旧渡轮码头，结束了一场持续两年的争议。</p>
	<p>码头自风暴损坏桩基后一直关闭，此前承担着岛上大部分通勤者的往来。</p>
	<p>委员会在投票后发表声明说，渡轮码头工程将于三月开工，耗资约四百万元。</p>
	<p>在会上发言的居民表示，他们已经等待太久，希望港口早日恢复渡轮服务。</p>`

// On Chinese pages the lines over the story are read as on others: the story's start is found
// though its paragraphs hold few spaces (a breadcrumb is no paragraph of it), a title naming
// the site shares a word with the story only where two characters in a row meet (one, "港",
// is a syllable), a headline written as two spaced runs is long enough, a reporter's credit
// and a labelled date line ("发布时间：2019-05-18") are no headline, and a headline of one
// run of characters is no markup's fields run together.
func TestChineseHeadlineOverStory(t *testing.T) {
	checkTitles(t, []titlePage{
		{"site-only title, headline in a cell under a breadcrumb", `<title>海港广播网</title>`,
			`<div class=nav><a href="/">首页</a></div><table><tr><td><a href="/">首頁</a> <a href="/news">新聞總覽</a> 渡轮码头下月重建 港口委员会投票通过</td></tr>
			<tr><td>渡轮码头下月重建 港口委员会投票通过</td></tr><tr><td>【2012/01/11 15:05 报道】</td></tr><tr><td>` + zhStoryBody + `</td></tr></table>`,
			"渡轮码头下月重建 港口委员会投票通过"},
		{"site and section title, <h1> of two runs over a reporter's credit", `<title>海港卫视-海港新闻</title>`,
			`<div class=nav><a href="/">首页</a> <a href="/news">海港新闻</a></div><div id=story><h1>渡轮码头重建 下月开工</h1>
			<div>記者：王小明 李大同 台北報導</div>` + zhStoryBody + `</div>`,
			"渡轮码头重建 下月开工"},
	})
}

// A title naming a section and the site ("新闻动态--Site") whose section a breadcrumb over the
// story ends with leaves the headline to the lines between the crumbs and the story, here an
// <h5>, though the story names the site.
func TestHeadlineUnderCrumbs(t *testing.T) {
	checkTitles(t, []titlePage{
		{"section--site title, <h5> headline, labelled date line", `<title>新闻动态--海港协会官网</title>`,
			`<div class=crumbs><h3>首页 - 新闻动态</h3></div><div class=news><h5>海港协会年会在码头成功举行！</h5>
			<div class=ly><b>发布时间：2019-05-18</b> <i>来源：海港协会</i></div><div class=detail>
			<p>本报讯 海港协会年会周二在码头举行，港口委员会在会上投票决定，在夏季到来之前重建旧渡轮码头，结束了一场持续两年的争议。</p>` + zhStoryBody + `</div></div>`,
			"海港协会年会在码头成功举行！"},
		{"crumbs that end in the story's headline", `<title>Ferries - Council votes to rebuild the ferry pier</title>`,
			`<div class=crumbs>Home &gt; News &gt; Council votes to rebuild the ferry pier</div><div class=news><p><b>Island desk, Coast Times council reporter</b></p>` + aboveStoryBody + `</div>`,
			"Ferries - Council votes to rebuild the ferry pier"},
		{"a hyphened word is no crumb", `<title>Wrong-way ferry halted</title>`,
			`<div class=news><div>Wrong-way ferry halted</div><div>Jane Doe, Coast Times ferry pier desk</div>` + aboveStoryBody + `</div>`,
			"Wrong-way ferry halted"},
		{"crumbs that end in no part of the title", `<title>海港协会官网</title>`,
			`<div class=crumbs><h3>首页 - 通知公告</h3></div><div class=news><h5>海港协会年会在码头成功举行！</h5>
			<div class=ly><b>发布时间：2019-05-18</b></div><div class=detail>
			<p>本报讯 海港协会年会周二在码头举行，港口委员会在会上投票决定，在夏季到来之前重建旧渡轮码头，结束了一场持续两年的争议。</p>` + zhStoryBody + `</div></div>`,
			"海港协会官网"},
	})
}

// A Chinese title joined by underscores ("Story_要闻_Site") whose headline part the page prints
// with a word more ("港口3部门：" opening it) gives the printed heading.
func TestChineseHeadingNearTitle(t *testing.T) {
	checkTitles(t, []titlePage{
		{"a word more", `<title>港口确保渡轮码头按期重建_要闻_海港网</title>`,
			`<div id=story><h2>港口3部门：确保渡轮码头按期重建</h2>` + zhStoryBody + `</div>`,
			"港口3部门：确保渡轮码头按期重建"},
		// A bracketed time after the headline is a stamp (title33): the heading is the title's
		// first part exactly, not a wording near it.
		{"a time more", `<title>港口确保渡轮码头按期重建_要闻_海港网</title>`,
			`<div id=story><h2>港口确保渡轮码头按期重建 【16:15】</h2>` + zhStoryBody + `</div>`,
			"港口确保渡轮码头按期重建"},
		{"another headline", `<title>港口确保渡轮码头按期重建_要闻_海港网</title>`,
			`<div id=story><h2>居民盼望渡轮早日恢复服务 委员会称三月开工</h2>` + zhStoryBody + `</div>`,
			"港口确保渡轮码头按期重建_要闻_海港网"},
	})
}

// The printed form of a title that stays leaves out the bullet a layout sets before its
// headlines ("》Story").
func TestPrintedTitleWithoutBullet(t *testing.T) {
	checkTitles(t, []titlePage{
		{"bullet", `<title>Council votes to rebuild the ferry pier</title>`,
			`<div id=story><div class=hl>》Council votes to rebuild the ferry pier</div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
		{"quotes kept out, case kept", `<title>Council votes to rebuild the ferry pier</title>`,
			`<div id=story><div class=hl>"Council Votes to Rebuild the Ferry Pier"</div>` + aboveStoryBody + `</div>`,
			"\"Council Votes to Rebuild the Ferry Pier\""},
	})
}

// A wide strip no taller than a line (a spacer under the masthead) is no picture, so the box
// after it is no caption: its headline cell over the story is the headline.
func TestSpacerIsNoPicture(t *testing.T) {
	checkTitles(t, []titlePage{
		{"spacer strip", `<title>Coast Daily Mail</title>`,
			`<div class=nav><a href="/">Home</a></div><img src="space.jpg" width="875" height="18" alt="">
			<table><tr><td><b class=page><a href="/">Coast Daily Mail</a> / <a href="/local">Local</a></b></td></tr>
			<tr><td>Council votes to rebuild the ferry pier</td></tr><tr><td>` + aboveStoryBody + `</td></tr></table>`,
			"Council votes to rebuild the ferry pier"},
		{"picture", `<title>Coast Daily Mail</title>`,
			`<div class=nav><a href="/">Home</a></div><img src="pier.jpg" width="875" height="400" alt="">
			<table><tr><td>Council votes to rebuild the ferry pier</td></tr><tr><td>` + aboveStoryBody + `</td></tr></table>`,
			"Coast Daily Mail"},
	})
}

// A Chinese title two sources agree on, "Story | Series | Section | Site", gives its opening
// part the page prints, though a part of the trail holds more letters ("港口新闻easy"): a
// Chinese headline is counted in spoken words.
func TestChineseTrailOpening(t *testing.T) {
	checkTitles(t, []titlePage{
		{"trail part with Latin letters", `<title>码头怎么重建？ | 港口新闻easy | 消费 | 海港网</title><meta property="og:title" content="码头怎么重建？ | 港口新闻easy | 消费 | 海港网">`,
			`<div id=story><div class=story_title>码头怎么重建？</div>` + zhStoryBody + `</div>`,
			"码头怎么重建？"},
	})
}
