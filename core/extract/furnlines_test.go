package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// furnPage wraps story paragraphs and extra markup in an article page about a bridge.
func furnPage(extra string) string {
	return `<html><head><title>The bridge stays open</title></head><body><div class="page"><article><h1>The bridge stays open</h1>` +
		`<div class="story">` + storyParas("Bridge", 6) + extra + `</div></article></div></body></html>`
}

// TestFurnitureLinesInsideStory checks short furniture lines that sit among a story's
// paragraphs with no telling class: the link an embedded post falls back to, a newsletter's
// pitch and fine print, a podcast's pointers, a write-in invitation, an opinion label with its
// notice that the text speaks for its writer, an unrendered shortcode, a blog theme's meta line.
func TestFurnitureLinesInsideStory(t *testing.T) {
	lines := map[string]string{
		"Tweet may have been deleted": `<blockquote class="twitter-tweet"><a href="https://x.example/s/1">Tweet may have been deleted</a></blockquote>`,
		"Get more local news":         `<p>Get more local news delivered straight to your inbox.</p>`,
		"This newsletter may contain": `<div>This newsletter may contain advertising, deals, or affiliate links. Subscribing indicates your consent to our <a href="/terms">Terms of Use</a>.</div>`,
		"on Spotify":                  `<p><em>Listen to Morning Wave on </em><a href="/s">Spotify</a><em> and </em><a href="/a">Apple Podcasts</a><em>.</em></p>`,
		"sponsor-free":                `<p><em>Listen to every episode of Morning Wave sponsor-free by signing up at plus.example.org.</em></p>`,
		"Email us at":                 `<p><em>Want us to cover more about the river? Email us at </em><a href="mailto:desk@example.org">desk@example.org</a>.</p>`,
		"Opinião":                     `<div class="box"><h4>Opinião</h4><p>Texto em que o autor apresenta e defende suas ideias.</p><p>Este texto não reflete, necessariamente, a opinião do Jornal</p></div>`,
		"bacajuga":                    `<p>[bacajuga:Baca Juga](5585404 5399762 5453904)</p>`,
		"Bookmark the permalink":      `<div class="entry-utility">This entry was posted in <a href="/c">News</a>. Bookmark the <a href="/p">permalink</a>.</div>`,
	}
	for want, markup := range lines {
		r, err := Extract("https://example.com/bridge", []byte(furnPage(markup)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Bridge paragraph 0:") || !strings.Contains(r.Body, "Bridge paragraph 5:") {
			t.Errorf("%s: body lost the story: %.200q", want, r.Body)
		}
		if strings.Contains(r.Body, want) {
			t.Errorf("body kept %q: %q", want, r.Body)
		}
	}
}

// TestFurnitureWordsInProseStay checks story sentences that share words with those lines: a
// quote about a newsletter, a disclaimer-like phrase inside a long paragraph, a bracketed
// editor's word.
func TestFurnitureWordsInProseStay(t *testing.T) {
	for _, c := range []struct{ markup, text string }{
		{`<p>Residents said the poll does not necessarily reflect the views of the whole town, since only a few hundred people answered it over the summer and most of them lived near the old bridge, the council's report said on Tuesday.</p>`, "does not necessarily reflect the views of the whole town"},
		{`<p>[Update] The council published the vote count on Wednesday.</p>`, "[Update] The council published"},
		{`<p>The mayor said people listen to the council on the radio more than ever.</p>`, "people listen to the council"},
	} {
		r, err := Extract("https://example.com/bridge", []byte(mid(c.markup)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, c.text) {
			t.Errorf("body lost %q: %q", c.text, r.Body)
		}
	}
}

// TestSignupHeadingGoes checks the heading over a newsletter's sign-up form among the story's
// paragraphs: it goes with the form. A comment form's heading is left to the thread rules.
func TestSignupHeadingGoes(t *testing.T) {
	form := `<section class="s"><h2>Find out what's happening in Rivertown with free, real-time updates.</h2>` +
		`<div class="b"><form><input type="email" placeholder="Your email address"><input type="hidden" name="list" value="7"></form></div></section>`
	r, err := Extract("https://example.com/bridge", []byte(furnPage(form)))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Find out what") || !strings.Contains(r.Body, "Bridge paragraph 5:") {
		t.Errorf("body = %q, want the story without the sign-up heading", r.Body)
	}
}

// TestAuthorCardGoes checks the author card under a story: the writer's name, then a bio that
// calls the writer by first name and gives the job. A closing bio naming the writer in full,
// without the name line, is the piece's own.
func TestAuthorCardGoes(t *testing.T) {
	byline := `<div class="byline">By Cora Lintz</div>`
	card := `<div class="card"><div class="name">Cora Lintz</div><p>Cora is a tech reporter at the Gazette who covers bridges and roads. Before that, she worked at a radio station.</p></div>`
	page := `<html><head><title>The bridge stays open</title></head><body><article><h1>The bridge stays open</h1>` + byline +
		`<div class="story">` + storyParas("Bridge", 6) + card + `</div></article></body></html>`
	r, err := Extract("https://example.com/bridge", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Cora is a tech reporter") || !strings.Contains(r.Body, "Bridge paragraph 5:") {
		t.Errorf("body = %q, want the story without the author card", r.Body)
	}
	closing := `<p><em>Cora Lintz is a writer and engineer who has built bridges on three continents.</em></p>`
	page = strings.Replace(page, card, closing, 1)
	if r, err = Extract("https://example.com/bridge", []byte(page)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Cora Lintz is a writer") {
		t.Errorf("body lost the piece's closing bio: %q", r.Body)
	}
}

// TestViewsNoticeParagraphStays checks the notice printed as the story's last paragraph, without
// a label box: it is the story's own.
func TestViewsNoticeParagraphStays(t *testing.T) {
	note := `<p>Note: The views and opinions expressed in this article are those of the author and do not necessarily reflect the position of the Gazette.</p>`
	r, err := Extract("https://example.com/bridge", []byte(furnPage(note)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Note: The views and opinions") {
		t.Errorf("body lost the notice: %q", r.Body)
	}
}

// TestBareCallToActionGoes checks a call to action written as bare text between the story's
// blocks in the article node readability chose: an <hr> opening its paragraph closed the
// paragraph, and the line stands outside any element, where the walk over elements missed it.
// Prose between blocks that is no call to action stays.
func TestBareCallToActionGoes(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><article><div class="text">` + storyParas("Bridge", 3) + `</div>` +
		`<p class="blurb"><hr>Get the news delivered straight to your inbox. <a href="/subscribe">Sign up for free newsletters and alerts.</a></p>` +
		`<div class="text">` + storyParas("Road", 2) + `</div>Residents <b>cheered</b> the vote.<div class="footer">Bridges</div></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	art := findElement(doc, func(n *html.Node) bool { return n.DataAtom == atom.Article })
	postclean(art)
	text := normSpace(textOf(art))
	if strings.Contains(text, "Get the news") || strings.Contains(text, "Sign up") {
		t.Errorf("article kept the call to action: %q", text)
	}
	if !strings.Contains(text, "Road paragraph 1:") || !strings.Contains(text, "Residents cheered the vote.") {
		t.Errorf("article lost the story: %q", text)
	}
}

// mid wraps story paragraphs around extra markup in the middle of an article page about a bridge.
func mid(extra string) string {
	return `<html><head><title>The bridge stays open</title></head><body><div class="page"><article><h1>The bridge stays open</h1>` +
		`<div class="story">` + storyParas("Bridge", 3) + extra + storyParas("Bridge later", 3) + `</div></article></div></body></html>`
}

// TestFurnitureLinesTwelfth checks furniture lines a reading keeps among or after a story's
// paragraphs: "Related article: <link>" lines, a "You might also be interested in:" list, a share button's label, a transcript button, a
// slideshow's keyboard help, a player's failure notice, newsletter invitations, the "About the
// author" box and a blog platform's counter with the next post under it.
func TestFurnitureLinesTwelfth(t *testing.T) {
	for _, c := range []struct{ want, page string }{
		{"Related article", mid(`<p><strong>Related article: <a href="/x">Council picks a new design for the ferry pier</a></strong></p>`)},
		{"Related Story", mid(`<p>Related Story - <a href="/y">Ferry returns to the river after ten years</a></p>`)},
		{"also be interested", furnPage(`<p><strong>Like this? You might also be interested in:</strong></p><p><a href="/a">Ferry returns to the river</a></p>`)},
		{"Share This", mid(`<p>Share This</p>`)},
		{"Artikel teilen", mid(`<div>Artikel teilen</div>`)},
		{"Show Transcript", mid(`<p>Show Transcript</p>`)},
		{"Automatically Generated", mid(`<p>Video TranscriptAutomatically Generated Transcript (may not be 100% accurate)</p>`)},
		{"spacebar", furnPage(`<p>Press spacebar to pause and continue. Press esc to stop.</p>`)},
		{"failed to load", mid(`<p>Sorry, the video player failed to load.(Error Code: 100001)</p>`)},
		{"Video Unavailable", mid(`<p>Video LoadingVideo Unavailable</p>`)},
		{"daily newsletter", furnPage(`<p>Our website is the place for the latest news. Please bookmark example.com and sign up for our daily newsletter, Posted, here.</p>`)},
		{"weekly newsletter", furnPage(`<p>Check out more of our travel stories by signing up to our free weekly newsletter</p>`)},
		{"Jetzt kostenlos", mid(`<p>Brücken-Newsletter: Jetzt kostenlos anmelden!</p>`)},
		{"newsletter promotion", mid(`<p>after newsletter promotion</p>`)},
		{"Assistant News Editor", furnPage(`<h3>ABOUT THE AUTHOR</h3><p>Assistant News Editor at Example. He writes on rivers and bridges.</p>`)},
		{"Ferry pier plans", furnPage(`<p>861 Kudos</p><h2>Ferry pier plans</h2><p>From the Example Times: the harbour board said on Monday that the pier would be rebuilt by the spring, at a cost of two million.</p>`)},
	} {
		r, err := Extract("https://example.com/bridge", []byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Bridge paragraph 0:") || !strings.Contains(r.Body, "paragraph 2:") {
			t.Errorf("%s: body lost the story: %.200q", c.want, r.Body)
		}
		if strings.Contains(r.Body, c.want) {
			t.Errorf("body kept %q: %q", c.want, r.Body)
		}
	}
}

// TestFurnitureWordsTwelfthStay checks story lines that hold the words of those rules: a
// sentence on a newsletter, a quote inviting readers to one, a sentence opening "Share this",
// a counter inside a sentence, a "Related:" line that is prose with a link in it. Each stands
// among the story's paragraphs (a "Share …" line after the story is a trailer line, trailerLine).
func TestFurnitureWordsTwelfthStay(t *testing.T) {
	for _, c := range []struct{ markup, text string }{
		{`<p>Residents can sign up for the newsletter at the town hall, the clerk said.</p>`, "sign up for the newsletter"},
		{`<p>“Sign up for our newsletter,” the mayor told the crowd</p>`, "Sign up for our newsletter"},
		{`<p>Share this with your neighbours, the mayor said on Tuesday evening.</p>`, "Share this with your neighbours"},
		{`<p>The post drew 861 kudos from readers within a day.</p>`, "861 kudos"},
		{`<p>Related: the council <a href="/v">voted</a> on a second bridge last year, and the plans were shelved after the vote.</p>`, "Related: the council"},
	} {
		r, err := Extract("https://example.com/bridge", []byte(mid(c.markup)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, c.text) {
			t.Errorf("body lost %q: %q", c.text, r.Body)
		}
	}
}

// TestSlideCaptionAboveStoryGoes checks the caption of a slideshow's first picture that a reading
// takes above the story, numbered "1 of 4.", with the credit line under it.
func TestSlideCaptionAboveStoryGoes(t *testing.T) {
	page := `<html><head><title>The bridge stays open</title></head><body><div class="page"><article><h1>The bridge stays open</h1>` +
		`<div class="story"><p>1 of 4. Engineers inspect the old bridge over the river in Rivertown, December 29, 2014.</p><p>Credit: Example/Jane Roe</p>` +
		storyParas("Bridge", 6) + `</div></article></div></body></html>`
	r, err := Extract("https://example.com/bridge", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Engineers inspect") || strings.Contains(r.Body, "Credit:") || !strings.Contains(r.Body, "Bridge paragraph 0:") {
		t.Errorf("body = %.300q, want the story without the slide's caption and credit", r.Body)
	}
}

// A Chinese site's promotion of its own app or social account, in a quote-styled box over the
// story or a line under it, and a video player's autoplay label over the story, leave the body;
// a story sentence about QR codes stays.
func TestChinesePromotionLinesGo(t *testing.T) {
	story := []string{
		"新浪科技讯 北京时间9月11日凌晨消息，秋季发布会开幕，新品名为示例手机，采用双摄像头，有6种配色，售价699美元。",
		"警方提醒，不要随意扫描陌生人发来的二维码，以免个人信息泄露，遇到可疑情况请及时报警。",
		"示例手机采用6.1英寸显示屏，设计与去年几乎完全相同，前部缺口也是如此，新增了紫色和绿色等颜色选项。",
		"拍摄视频方面，示例手机支持更好的电子防抖，有了超广角镜头后，可在拍摄过程中自由切换镜头。",
	}
	var paras strings.Builder
	for _, p := range story {
		paras.WriteString("<p>" + p + "</p>")
	}
	page := `<html lang="zh-CN"><head><title>苹果发布新手机</title></head><body><h1>苹果发布新手机</h1><div id="artibody">` +
		`<div class="tech-quotation"><span class="quotation-right"></span><div class="tech-con"><p>新酷产品第一时间免费试玩，快来<a href="/zc">众测</a>体验吧~！下载<a href="/app">客户端</a>还能获得专享福利哦！</p></div><span class="quotation-left"></span></div>` +
		`<div class="new_style_article"><p>“2018十大经济年度人物评选”火热进行中！【<a href="/vote">点击投票</a>】Pick你心目中的商业领袖</p></div>` +
		`<p>自动播放 苹果发布新手机：配6种颜色</p>` + paras.String() +
		`<p class="ecode_weixin">专注苹果新闻报道，每日推送最新资讯。扫描下方二维码关注苹果汇官方微信(或微信中搜：appleinc2012)。</p>` +
		`<p><a href="https://fb.example.com/daily">&gt;&gt;加入示例日報粉絲團即時狂！</a></p>` +
		`<p>香港示例新聞現已開設Facebook專頁，讓你即時掌握本地、中國、國際新聞，與朋友分享！快點到Facebook Like我們的專頁！[<a href="/fb">按此 Like</a>]</p>` +
		`<p>我們也開了Google plus page,如有Google plus account的你,也可follow 我們吧!</p></div></body></html>`
	r, err := Extract("https://tech.example.com.cn/a/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"下载", "点击投票", "自动播放", "官方微信", "粉絲團", "Facebook", "Google plus"} {
		if strings.Contains(r.Body, gone) {
			t.Errorf("%s: still in the body: %q", gone, r.Body)
		}
	}
	for _, p := range story {
		if !strings.Contains(r.Body, p) {
			t.Errorf("story paragraph lost: %q in %q", p, r.Body)
		}
	}
}

// A Taiwanese site's app promotion and the download links under it close the body; a story
// that closes with its sources' addresses keeps them.
func TestChineseAppPromotionWithLinksGoes(t *testing.T) {
	story := "〔即時新聞／綜合報導〕台北市萬華區一處凶宅下月預計以每坪38.54萬元拍賣，由於該屋有7名共有人，下月拍賣的僅一半產權。\n\n" +
		"從內政部實價登錄網站來看，凶宅拍賣價每坪38.54萬與周遭公寓價格差不多，並無吸引力，分析師也指出，流標的機會大。"
	promo := "\n\n還想看更多新聞嗎？歡迎下載自由時報APP，現在看新聞還能抽獎：\n\niOS載點 https://bit.example/appstore\n\nAndroid載點 https://bit.example/play\n\n活動辦法： https://draw.example.com.tw/"
	if got := dropFurnitureLines(story + promo); got != story {
		t.Errorf("the promotion stays:\n%s", got)
	}
	sources := "\n\n資料來源： https://data.example.gov.tw/"
	if got := dropFurnitureLines(story + sources); got != story+sources {
		t.Errorf("a source's address went:\n%s", got)
	}
}
