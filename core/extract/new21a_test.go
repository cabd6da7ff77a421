package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A hospital's site titles its news pages "Headline Site" with no separator, and prints the
// headline in a <div class="title"> under a "位置：首页 > 新闻动态" row and over its source and
// time lines: the reading keeps the headline with its source line, so the lines over the story
// are the breadcrumb and the section's name. The headline is the title's printed part.
func TestHeadlineOpeningStoryUnderYouAreHereRow(t *testing.T) {
	page := `<html><head><title>【春风送暖】我院外科党支部组织开展义诊进社区活动 某某市第一人民医院</title></head><body>` +
		`<div class="side"><div class="title">新闻动态</div></div>` +
		`<table><tr><td class="f9">位置：<a href="/">首页</a> &gt; <a href="/news/">新闻动态</a></td></tr></table>` +
		`<div class="main"><div id="ArticleTitle"><div class="title">【春风送暖】我院外科党支部组织开展义诊进社区活动</div>` +
		`<div class="title_blow">来源：本站原创 作者：外科党支部<br>时间：2020年3月12日 09:30 浏览：12</div></div>` +
		`<div id="article_content"><p>本站讯（通讯员 林晓梅）为进一步推进党建与业务深度融合，3月10日，我院外科党支部组织党员医生走进城东社区，开展义诊进社区活动，为社区居民提供健康咨询、血压测量和用药指导等服务，受到居民的欢迎。</p>` +
		`<p>活动现场，党员医生耐心解答居民提出的各种健康问题，并向居民发放健康宣传资料，普及常见慢性病的防治知识，提醒居民养成良好的生活习惯。</p>` +
		`<p>此次活动共服务社区居民一百余人次，发放宣传资料三百余份，进一步拉近了医院与社区居民之间的距离。</p></div></div>` +
		`</body></html>`
	r, err := Extract("http://www.example.cn/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "【春风送暖】我院外科党支部组织开展义诊进社区活动"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
}

// A "you are here" row ("当前位置：首页 > 医院新闻") whose section's name the story's opening
// repeats is no headline: the line a reader takes for one is the bold cell over it.
func TestYouAreHereRowIsNoHeadline(t *testing.T) {
	page := `<html><head><title>杏林健康网</title></head><body>` +
		`<table><tr><td><b>市中医医院举办护理技能竞赛</b></td></tr>` +
		`<tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/news/">医院新闻</a></td></tr></table>` +
		`<div class="content"><p>本报讯 4月2日，市中医医院新闻中心联合护理部在医院学术报告厅举办护理技能竞赛，全院四十余名护士参加竞赛，医院领导到场观摩并为获奖护士颁奖，竞赛分为理论考试和操作考核两个部分。</p>` +
		`<p>竞赛中，参赛护士沉着冷静、操作规范，充分展示了扎实的专业功底和良好的职业素养，赢得了评委和观众的一致好评。</p>` +
		`<p>医院负责人表示，今后将继续以赛促学、以赛促练，不断提升护理队伍的整体水平。</p></div>` +
		`</body></html>`
	r, err := Extract("http://www.example.cn/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "市中医医院举办护理技能竞赛"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
}

// youAreHereLine tells a breadcrumb line from a headline that opens with the same words.
func TestYouAreHereLine(t *testing.T) {
	for s, want := range map[string]bool{
		"位置：首页 > 新闻动态":                    true,
		"当前位置： 首页 > 新闻中心 > 正文":            true,
		"您现在的位置：首页":                       true,
		"首页>新闻动态":                         true,
		"首頁 › 財經":                         true,
		"You are here: Home » News":       true,
		"Sie sind hier: Startseite":       true,
		"Vous êtes ici : Accueil > Monde": true,
		"Home - News - Local":             true,
		"位置决定成败：一家药店的选址故事":                false,
		"首页设计大赛落幕":                        false,
		"Homeless shelter opens":          false,
		"Home-grown talent wins the cup":  false,
		"Home":                            false,
	} {
		if got := youAreHereLine(s); got != want {
			t.Errorf("youAreHereLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// A commentary site credits its columnist in a bracket opening the story, the outlet's name and
// the post between the label and the name: "【文/某某网专栏作者 周明远】". The writer is the
// name after the post.
func TestColumnistCreditAfterOutletAndPost(t *testing.T) {
	page := `<html><head><title>周明远：城市更新要走“绣花”之路</title></head><body>` +
		`<h3>周明远：城市更新要走“绣花”之路</h3>` +
		`<div class="time"><span>2019-09-07 09:25:09</span><span>来源：某某网</span></div>` +
		`<div class="content all-txt"><p>【文/某某网专栏作者 周明远】</p>` +
		`<p>城市更新不是推倒重来，而是像绣花一样细致地修补老街区的每一处肌理。近日，笔者走访了南方几座城市的老城区，与街道干部和居民面对面交流，感受颇深。</p>` +
		`<p>在一条有百年历史的老街上，街道办主任告诉笔者，改造前他们挨家挨户征求意见，最后保留了大部分老房子，只对管网和道路做了更新。</p>` +
		`<p>这样的做法花的时间更长，但居民满意度高，老街的烟火气也留了下来。</p></div>` +
		`</body></html>`
	r, err := Extract("https://www.example.com/ZhouMingyuan/2019_09_07_1.shtml", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"周明远"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
	if got := zhLabelled("文/本报特约评论员 李晓峰", zhWriterLabels); !slices.Equal(got, []string{"李晓峰"}) {
		t.Errorf("zhLabelled(文/本报特约评论员 李晓峰) = %q", got)
	}
}

// A byline element that credits each contributor under a role label ("Text: Name, Video: Name")
// names every one of them: the writer and the video's maker made the story together.
func TestRoleLabelledCoauthors(t *testing.T) {
	page := `<html lang="de"><head><title>Die Gärtnerin der Stadt - Stadtzeitung</title></head><body>` +
		`<h1>Die Gärtnerin der Stadt</h1>` +
		`<h6 class="info"><span itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person"><span class="author" itemprop="name">Text: Marta Kovač, Video: Goran Petrić</span></span>` +
		`<span class="date">9. Februar 2016, 11:31</span></h6>` +
		`<div class="copytext"><p>Seit zehn Jahren plant sie als selbstständige Landschaftsarchitektin die Parks einer ganzen Stadt, doch der Weg dorthin war lang und voller Umwege.</p>` +
		`<p>Als sie vor vierzehn Jahren ankam, wurde ihr Diplom nicht anerkannt, und sie arbeitete zunächst in einer Gärtnerei am Stadtrand.</p>` +
		`<p>Heute sagt sie, dass sich das Kämpfen gelohnt habe, auch wenn sie manche Jahre gern anders verbracht hätte.</p></div>` +
		`</body></html>`
	r, err := Extract("https://www.example.at/2000030000000/Die-Gaertnerin-der-Stadt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Marta Kovač", "Goran Petrić"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
	// The photographer of such a byline is credited, not an author; a label outside the
	// closed lists leaves the line to the other rules.
	if got, ok := roleLabelledNames("Text: Marta Kovač, Fotos: Goran Petrić"); !ok || !slices.Equal(got, []string{"Marta Kovač"}) {
		t.Errorf("text and photos: %q %v", got, ok)
	}
	if _, ok := roleLabelledNames("Wien, Stand: 9. Februar 2016"); ok {
		t.Error("a place and a stamp read as role-labelled names")
	}
}

// A Taiwanese paper credits its correspondent's dispatch under the headline, in the list item
// after the time and the paper's name ("林志明／東京4日電"), or in a bracket opening the story
// ("【林志明／東京三日電】"): the correspondent is the writer.
func TestDispatchCreditUnderHeadlineAndInBracket(t *testing.T) {
	story := `<p>　日本政府四日宣布，將從下個月起放寬外國觀光客的入境限制，並恢復個人自由行的簽證受理，預計每日入境人數上限將提高一倍。</p>` +
		`<p>　官房長官在記者會上表示，政府將持續觀察疫情變化，視情況調整相關措施，並呼籲民眾配合防疫規定。</p>` +
		`<p>　觀光業者對此表示歡迎，認為這將有助於帶動地方經濟的復甦，但也擔心人力不足的問題短期內難以解決。</p>`
	for name, page := range map[string]string{
		"under the headline": `<html><head><title>日放寬入境限制 自由行將恢復</title></head><body><div class="articlebox">` +
			`<h1>日放寬入境限制 自由行將恢復</h1><div class="bar"><ul><li>2014-04-05 01:28</li><li>某某時報</li><li>林志明／東京4日電</li></ul></div>` +
			`<div id="zoom-area">` + story + `</div></div></body></html>`,
		"in a bracket": `<html><head><title>日放寬入境限制 自由行將恢復</title></head><body><div class="articlebox">` +
			`<h1>日放寬入境限制 自由行將恢復</h1><div class="bar">2014-04-05 01:28</div>` +
			`<div id="zoom-area"><p>【林志明／東京三日電】</p>` + story + `</div></div></body></html>`,
	} {
		r, err := Extract("http://money.example.com.tw/", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"林志明"}; !slices.Equal(r.Authors, want) {
			t.Errorf("%s: authors %q, want %q", name, r.Authors, want)
		}
	}
	if got := zhDispatchCredit("新华社北京2月29日电"); got != nil {
		t.Errorf("an agency's dateline read as a dispatch credit: %q", got)
	}
}

// A picture's caption printed right after it, repeating its alt text, is no paragraph of the
// story whatever its class: a span after the <img> ("img_descr"), a <p> after the picture's
// link in a photo cell or a list item.
func TestCaptionRepeatingAltAfterPicture(t *testing.T) {
	story := []string{
		"市政府昨日宣布，城东新建的湿地公园将于下月正式对外开放，公园占地约八十公顷，设有步道、观鸟平台和儿童游乐区。",
		"据介绍，公园在建设过程中保留了原有的芦苇荡和鱼塘，并新种植了两百多种本地植物，为候鸟提供了栖息地。",
		"市民王女士说，她每天都会带孩子来附近散步，希望公园开放后能有更多安静的绿地供大家休闲。",
	}
	pages := map[string]string{
		"span after the picture": `<div class="article"><p>` + story[0] + `</p>` +
			`<div class="img_wrapper"><img src="/p/1.jpg" alt="湿地公园的观鸟平台（资料图）"><span class="img_descr">湿地公园的观鸟平台（资料图）</span></div>` +
			`<p>` + story[1] + `</p><p>` + story[2] + `</p></div>`,
		"paragraph after the linked picture": `<div class="articlebox"><table class="photobox"><tr><td><a href="/big/1.jpg"><img src="/p/1.jpg" alt="　观鸟　←湿地公园的观鸟平台已经完工。（张明摄）"></a>` +
			`<p class="photo-essay">　观鸟　←湿地公园的观鸟平台已经完工。（张明摄）</p></td></tr></table>` +
			`<div id="zoom-area"><p>` + story[0] + `</p><p>` + story[1] + `</p><p>` + story[2] + `</p></div></div>`,
	}
	for name, body := range pages {
		page := `<html><head><title>城东湿地公园下月开放</title></head><body><h1>城东湿地公园下月开放</h1>` + body + `</body></html>`
		r, err := Extract("https://news.example.cn/2019/11/25/park.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, "观鸟平台（") || strings.Contains(r.Body, "张明摄") {
			t.Errorf("%s: the caption stayed in the body:\n%s", name, r.Body)
		}
		if !strings.Contains(r.Body, story[0][:30]) || !strings.Contains(r.Body, story[2][:30]) {
			t.Errorf("%s: the story lost:\n%s", name, r.Body)
		}
	}
	// A list post names each item in bold over its picture and repeats the name as the caption
	// under it: the item's name stays in the story.
	list := `<html><head><title>Three pedal cars at auction</title></head><body><h1>Three pedal cars at auction</h1><div class="post">` +
		`<p>Collectors will bid on three hand-built pedal cars next month, each a small copy of a famous hot rod built by a custom car shop.</p>` +
		`<p><b>The Blue Roadster Pedal Car</b></p><div class="contentImage"><img src="/1.jpg" alt="The Blue Roadster Pedal Car"><div class="imgContent"><b>The Blue Roadster Pedal Car</b></div></div>` +
		`<p>Built by a small shop in the north-west, it has a leather seat, a chrome grille and real rubber tyres on spoked wheels.</p>` +
		`<p>The auction house expects it to sell for several thousand dollars, as similar cars did at last year's sale.</p></div></body></html>`
	r, err := Extract("https://www.example.com/2012/08/pedal-cars.html", []byte(list))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "The Blue Roadster Pedal Car") {
		t.Errorf("a list item's name, repeated as its picture's caption, left the body:\n%s", r.Body)
	}
	// A byline's avatar repeats the writer's name in its alt: the name after it is no caption.
	doc, err := html.Parse(strings.NewReader(`<div class="byline">By <a href="/u/1"><img src="/a.jpg" alt="Jane Roe"></a><span class="name">Jane Roe</span></div>`))
	if err != nil {
		t.Fatal(err)
	}
	if span := findElement(doc, func(n *html.Node) bool { return n.DataAtom == atom.Span }); altRepeatCaption(span) {
		t.Error("a byline's name after the writer's avatar read as a caption")
	}
	// A teaser card's headline under its picture, inside the card's link, is the teaser's.
	doc, err = html.Parse(strings.NewReader(`<a href="/slide/1.html"><span class="img-span"><img src="/t.jpg" alt="湿地公园迎来第一批越冬候鸟"></span><span class="title">湿地公园迎来第一批越冬候鸟</span></a>`))
	if err != nil {
		t.Fatal(err)
	}
	if title := findElement(doc, func(n *html.Node) bool { return attr(n, "class") == "title" }); altRepeatCaption(title) {
		t.Error("a teaser card's linked headline read as a caption")
	}
}

// A Taiwanese paper appends a second story to the main one in the same container: its own
// headline, its reporter's credit on a line of its own, its text. The main story ends before
// that headline; a cross-head with no credit after it stays.
func TestAppendedSidebarStoryCut(t *testing.T) {
	main := `<p>　交通部昨天公布新的票價方案，高鐵各站間的票價將從下個月起平均調降百分之五，以鼓勵民眾搭乘大眾運輸。</p>` +
		`<p>　交通部長表示，這次調整是在兼顧營運成本與旅客負擔的情況下做出的決定，未來仍會視運量變化檢討。</p>` +
		`<p>　票價也看淡旺季</p>` +
		`<p>　除了票價調降外，高鐵公司也將在連續假期推出早鳥優惠，提前二十八天購票最多可享六五折優惠。</p>` +
		`<p>　消費者團體對此表示肯定，但也希望政府能進一步檢討偏遠地區的公路客運補貼，照顧更多通勤族。</p>`
	sidebar := `<p>　客運業者：盼補貼到位</p><p>　陳美玲／台中報導</p>` +
		`<p>　對於高鐵票價調降，中部客運業者擔心乘客流失，呼籲政府盡快提出配套的補貼措施，以維持偏鄉路線的營運。</p>` +
		`<p>　業者指出，近年油價與人事成本不斷上漲，部分路線早已虧損，若乘客再減少，恐怕只能減班。</p>`
	page := `<html><head><title>高鐵票價下月調降5％</title></head><body><div class="articlebox"><h1>高鐵票價下月調降5％</h1>` +
		`<div class="bar"><ul><li>2014-04-05 01:28</li><li>某某時報</li><li>林志明／台北4日電</li></ul></div>` +
		`<div id="zoom-area">` + main + sidebar + `</div></div></body></html>`
	r, err := Extract("http://news.example.com.tw/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "客運業者") || strings.Contains(r.Body, "陳美玲") {
		t.Errorf("the appended story stayed in the body:\n%s", r.Body)
	}
	if !strings.Contains(r.Body, "票價也看淡旺季") || !strings.Contains(r.Body, "消費者團體對此表示肯定") {
		t.Errorf("the main story lost its cross-head or its end:\n%s", r.Body)
	}
	if want := []string{"林志明"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
}

// A picture set in a <div> block, not a <figure>: the credit line ("foto: Name") and the
// caption beside the picture go with it, the caption however long; the story's paragraphs
// around the block stay.
func TestPictureBlockCreditAndCaption(t *testing.T) {
	long := `Die Stadt gewann im Herbst den ersten Preis beim europäischen Blumenwettbewerb. Sie trat in der Kategorie "Stadt" an und setzte sich gegen Bewerber aus zwölf Ländern durch, vor allem mit ihren Parks, ihren Spielplätzen und dem Einsatz vieler Freiwilliger, die seit Jahren die Beete in der Altstadt pflegen und jeden Sommer neue Pflanzen setzen.`
	page := `<html lang="de"><head><title>Die Gärtnerin der Stadt</title></head><body><h1>Die Gärtnerin der Stadt</h1><div class="copytext">` +
		`<p>Seit zehn Jahren plant sie als selbstständige Landschaftsarchitektin die Parks einer ganzen Stadt, doch der Weg dorthin war lang und voller Umwege.</p>` +
		`<div class="block image left small"><div class="block-content"><div class="visual"><img src="/2016/02/05/park.jpg"><div class="image-zoom"></div></div>` +
		`<div class="credits">foto: jan muster</div><div class="caption">Spielstationen für Menschen jeden Alters im neuen Park.</div></div></div>` +
		`<p>Als sie vor vierzehn Jahren ankam, wurde ihr Diplom nicht anerkannt, und sie arbeitete zunächst in einer Gärtnerei am Stadtrand.</p>` +
		`<div class="block image center medium"><div class="block-content"><div class="visual"><img src="/2016/02/05/preis.jpg"></div>` +
		`<div class="credits">foto: eva beispiel</div><div class="caption">` + long + `</div></div></div>` +
		`<p>Heute sagt sie, dass sich das Kämpfen gelohnt habe, auch wenn sie manche Jahre gern anders verbracht hätte.</p></div></body></html>`
	r, err := Extract("https://www.example.at/2000030000000/Die-Gaertnerin-der-Stadt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"foto: jan muster", "foto: eva beispiel", "Spielstationen", "Blumenwettbewerb"} {
		if strings.Contains(r.Body, gone) {
			t.Errorf("%q stayed in the body:\n%s", gone, r.Body)
		}
	}
	if !strings.Contains(r.Body, "Gärtnerei am Stadtrand") || !strings.Contains(r.Body, "Heute sagt sie") {
		t.Errorf("the story lost:\n%s", r.Body)
	}
}
