package extract

import "testing"

// A page with no title in its head, or one naming only the site, whose template names the
// story's headline element for what it is ("article_headline", "readArticleTitle"): that
// element is the headline, short as it is, over a side box's "mainheadline" promo printed
// before it, a comment section's <h2> and the byline floated beside it. A related-articles
// list's linked titles are teasers, not it. A site-only title over such an element in a
// layout table aligned left (which the line rules read as a picture's box) is the same case.
func TestTitleNamedArticleHeadline(t *testing.T) {
	checkTitles(t, []titlePage{
		{"no title, promo box before the story", ``,
			`<div id="promo"><span class="mainheadline">Loads of fun! Our columnist helps you through the dullest week of the year</span></div>` +
				`<div class="article_body"><div class="article_headline"><b>Pier for Harbour</b><br></div>Fri, January 18, 2008<br></div>` + aboveStoryBody +
				`<h2>Talkback - Add your opinion</h2>`,
			"Pier for Harbour"},
		{"no title, byline floated beside the headline", ``,
			`<div class="articleContentTable"><div style="float:right">Jane Roe<br>29 Dec, 2007</div>` +
				`<div class="readArticleTitle">Ferry pier rebuilt</div><div class="readArticleBlurb"><b>Welcome back.</b></div></div>` + aboveStoryBody,
			"Ferry pier rebuilt"},
		{"site-only title", `<title>HarbourSoccer</title>`,
			`<table width="980" align="left"><tr><td><table class="article_table"><tr><td class="article_header"><span id="ctl00_headline" class="article_headline">HarbourSport to put three on transfer</span><br>` +
				`<div class="author"><span class="article_auth">27 December 2007 (15:29)</span></div></td></tr>` +
				`<tr><td class="article_content"><table class="article_pic_table"><tr><td><img src="/p.jpg" alt=""></td></tr><tr><td class="article_pic_copy">Jane Roe © Photos</td></tr></table>` +
				`Three HarbourSport United players will be let go during the January window, and the veteran among them is not happy with the bench.<p>` +
				`He sought a meeting with the coach, saying he needed to play more at this stage of his career.<p>` +
				`No official word has come from the club, but it is an open secret that the coach will tell him he has no place in his plans.</td></tr></table></td></tr></table>`,
			"HarbourSport to put three on transfer"},
		{"related list's linked titles", ``,
			`<div class="relatedArticleTitle"><a href="/other">Council closes the old ferry pier</a></div>` +
				`<h2>Keeper leaves the Harbour club for his old school</h2>` + aboveStoryBody,
			"Keeper leaves the Harbour club for his old school"},
	})
}

// A classic WordPress post page with no <title> (a saved copy without its head) links its
// post's title to itself with rel=bookmark and title="Permanent Link to …": that link is the
// headline, over the comment section's "Talkback - Add your opinion" heading.
func TestTitlePermanentLink(t *testing.T) {
	checkTitles(t, []titlePage{
		{"bookmark link under a date heading", ``,
			`<h5>January 18th, 2008</h5><h4><a href="/btl/?p=7638" rel="bookmark" title="Permanent Link to Harbour lays off 400, restructures amid defections">` +
				`Harbour lays off 400, restructures amid defections</a></h4>` + aboveStoryBody +
				`<h2><span class="talkbackHd">Talkback - Add your opinion</span></h2>`,
			"Harbour lays off 400, restructures amid defections"},
	})
}

// A blog whose every <title> is the blog's name of a few lower-case words ("Evening news")
// links its post's title to the post with rel=bookmark, the title attribute repeating the
// text, under the theme's "entrytitle": that link is the headline.
func TestTitleBookmarkUnderBlogName(t *testing.T) {
	checkTitles(t, []titlePage{
		{"bookmark link, blog-name title", `<title>Evening news</title>`,
			`<div class="sidebar"><ul><li><a href="/?cat=1">Economy</a></li><li><a href="/?cat=2">Sports</a></li></ul></div>` +
				`<div class="entryhead"><div class="entrytitle"><a href="/?p=72620" rel="bookmark" title="Salmonella found in the harbour's chicken stalls">` +
				`<b>Salmonella found in the harbour's chicken stalls</b></a></div><div class="entrytime">Category: <a href="/?cat=1" rel="category">Economy</a> | 16 January 2012 15:59</div></div>` +
				aboveStoryBody,
			"Salmonella found in the harbour's chicken stalls"},
	})
}

// A <title> that joins the headline and its deck with a comma ("Headline, Deck - Site"),
// both printed as headings one after the other: the first is the headline, whichever of the
// two the template makes the <h1>.
func TestTitleHeadlineCommaDeck(t *testing.T) {
	head := `<title>Mother Of Victim Assails Mayor, Says Harbour Hopeful Should Not Run Because Of His Handling Of Case - Harbour News</title>`
	checkTitles(t, []titlePage{
		{"h1 headline, h2 deck", head,
			`<h1>Mother Of Victim Assails Mayor</h1><h2>Says Harbour Hopeful Should Not Run Because Of His Handling Of Case</h2>` + aboveStoryBody,
			"Mother Of Victim Assails Mayor"},
		{"h2 headline, h1 deck", head,
			`<h2>Mother Of Victim Assails Mayor</h2><h1>Says Harbour Hopeful Should Not Run Because Of His Handling Of Case</h1>` + aboveStoryBody,
			"Mother Of Victim Assails Mayor"},
	})
}

// A page that copies its headline into og:site_name keeps it (every source then reads as the
// site's name), though its title box, named "w_article_title", holds the subtitles and the
// byline as well; a marked box holding a heading gives that heading's text.
func TestTitleMarkedBoxWithSubtitles(t *testing.T) {
	box := `<div class="w_article_title"><h3 id="vmNewsTitle"><strong>항구 부두 재건 결정</strong></h3>` +
		`<h4>시의회 만장일치</h4><h4>공사는 3월 시작</h4><div class="info_area"><p>김기자 기자</p><span class="date">2020.04.14 20:27</span></div></div>`
	checkTitles(t, []titlePage{
		{"headline copied into og:site_name",
			`<title>항구 부두 재건 결정 - 항구뉴스</title><meta property="og:title" content="항구 부두 재건 결정 - 항구뉴스"><meta property="og:site_name" content="항구 부두 재건 결정 - 항구뉴스">`,
			box + aboveStoryBody, "항구 부두 재건 결정"},
		{"no title", ``, box + aboveStoryBody, "항구 부두 재건 결정"},
	})
}
