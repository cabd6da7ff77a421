package extract

import (
	"slices"
	"strings"
	"testing"
)

// Taiwanese credits of 2013–2014 pages: the reporter and the place in the lenticular brackets
// that open the story ("【王家俊／台北報導】", with the box-drawing slash "╱" too), the paper and
// its reporter in brackets over the story ("【範例報╱本報記者古硯偉】"), and a TV station's info
// line that runs the time, the names and "報導" together ("2014/03/19 18:58 彭佳芸 黃翊真 報導").
func TestAuthorsTaiwaneseBracketCredits(t *testing.T) {
	const h = "春季植树活动在城郊公园举行"
	for _, c := range []struct {
		name, top, lead string
		want            []string
	}{
		{"name and place", "", "【王家俊／台北報導】", []string{"王家俊"}},
		{"box-drawing slash", "", "【陳怡妏╱綜合外電報導】", []string{"陳怡妏"}},
		{"paper and reporter", `<div id="story_author">【範例報╱本報記者古硯偉】</div>`, "", []string{"古硯偉"}},
		{"time, names, 報導", `<div class="row"><span class="info">2014/03/19 18:58 彭佳芸 黃翊真 報導　　　地區：台北市報導</span></div>`, "", []string{"彭佳芸", "黃翊真"}},
		{"running text is no credit", "", "【獨家】王小明報導指出，", nil},
	} {
		checkAuthors(t, c.name, zhCreditPage(t, "zh-TW", h, "", c.top, c.lead, "").Authors, c.want)
	}
}

// An author meta that names the outlet is no writer: a brand in two scripts whose words the
// site's name holds ("Example 新聞雲" on "Example 東森新聞雲"), a paper in traditional characters
// ("範例時報"). A writer's credit with the kind of piece after a slash ("張立勳／特稿") is the
// writer.
func TestAuthorsZhOutletMeta(t *testing.T) {
	const h = "春季植树活动在城郊公园举行"
	for _, c := range []struct {
		name, head, lead string
		want             []string
	}{
		{"brand in two scripts", `<meta property="og:site_name" content="Example 東森新聞雲"><meta name="author" content="Example 新聞雲">`,
			"記者王文萱／台北報導 ", []string{"王文萱"}},
		{"brand in Hangul and Latin", `<meta property="og:site_name" content="예시원 블로그_Real PR Story"><meta name="author" content="예시원 STORY">`,
			"", nil},
		{"name and 報導 in the JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"春季植树活动在城郊公园举行","author":{"@type":"Person","name":"王家瑜 報導"}}</script>`,
			"", []string{"王家瑜"}},
		{"paper in traditional characters", `<meta property="og:site_name" content="範例電子報"><meta name="author" content="張立勳／特稿, 範例時報, 範例電子報">`,
			"", []string{"張立勳"}},
	} {
		checkAuthors(t, c.name, zhCreditPage(t, "zh-TW", h, c.head, "", c.lead, "").Authors, c.want)
	}
}

// arcPage is a page of an Arc XP (Fusion) site that renders the story in the browser from the
// JSON state its script holds: the HTML has the headline and an empty story box.
func arcPage(t *testing.T, credits string) *Result {
	t.Helper()
	para := func(s string) string { return `{"_id":"X","type":"text","content":"` + s + `"}` }
	state := `{"_id":"ABC","type":"story","headlines":{"basic":"건설현장서 돈 뜯은 노조원 검거"},"credits":` + credits + `,` +
		`"content_elements":[{"_id":"I","type":"image","caption":"사진=홍길동 기자","url":"https://img.example.com/a.jpg"},` +
		para(strings.Repeat("건설현장을 찾아다니며 현장소장 등을 협박해 전임비 명목으로 돈을 뜯은 조직폭력배들이 검거됐다. ", 3)) + `,` +
		para(strings.Repeat("경찰은 노조 간부 6명을 구속해 검찰에 송치했다고 5일 <b>밝혔다</b>. ", 3)) + `,` +
		`{"_id":"R","type":"raw_html","content":"<a href=\"/other\">다른 기사 제목</a>"},` +
		para(strings.Repeat("경찰은 다른 노조 관계자들에 대해서도 조사를 진행할 방침이다. ", 3)) + `]}`
	page := `<html lang="ko"><head><title>건설현장서 돈 뜯은 노조원 검거 - 예시일보</title>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="example";Fusion.globalContent=` + state +
		`;Fusion.globalContentConfig={"source":"story"};</script></head><body><div id="fusion-app"><header><a href="/">예시일보</a></header>
<h1>건설현장서 돈 뜯은 노조원 검거</h1><section class="article-body"></section><footer>Copyright 예시일보. All rights reserved.</footer></div></body></html>`
	r, err := Extract("https://www.example.co.kr/national/2023/04/05/ABC/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// An Arc/Fusion story whose page renders nothing of it: the story's text paragraphs and its
// credited writers are read from the state (content_elements, credits.by), the writer from the
// printed byline the CMS keeps ("권상은 기자") or from the name it stores given name first ("상은 권").
func TestArcStateStory(t *testing.T) {
	for _, c := range []struct {
		name, credits string
		want          []string
	}{
		{"byline kept", `{"by":[{"_id":"kwon","type":"author","name":"상은 권","additional_properties":{"original":{"byline":"권상은 기자"}}}]}`, []string{"권상은"}},
		{"name given first", `{"by":[{"_id":"kwon","type":"author","name":"상은 권"}]}`, []string{"권상은"}},
		{"outlet and writer", `{"by":[{"type":"author","byline":"스포츠예시 = 안소윤 기자","name":"스포츠예시 = 안소윤 기자"}]}`, []string{"안소윤"}},
		{"outlet only", `{"by":[{"type":"author","byline":"OSEN","name":"OSEN"}]}`, nil},
	} {
		r := arcPage(t, c.credits)
		checkAuthors(t, c.name, r.Authors, c.want)
		if !strings.HasPrefix(r.Body, "건설현장을 찾아다니며") || !strings.Contains(r.Body, "송치했다고 5일 밝혔다.") || strings.Contains(r.Body, "다른 기사") {
			t.Errorf("%s: body = %q", c.name, r.Body)
		}
	}
}

// A photo credit is no byline: "사진=백승철 기자" above the closing "(SBS연예뉴스 강경윤 기자)"
// names the photographer; the outlet and the writer in the closing brackets credit the story.
func TestAuthorsKoreanPhotoCredit(t *testing.T) {
	for _, c := range []struct {
		name, after string
		want        []string
	}{
		{"photo, then writer in brackets", "<p>사진=백승철 기자</p><p>(SBS연예뉴스 강경윤 기자)</p>", []string{"강경윤"}},
		{"video credit alone", "<p>영상=김민수 기자</p>", nil},
		{"place credit", "<p>베이징=박수찬 특파원</p>", []string{"박수찬"}},
	} {
		checkAuthors(t, c.name, koAuthorsOf(t, "ko", "", "", c.after), c.want)
	}
}

// "written by" before a link to the writer's handle, in the line that closes the post, marks the
// handle as the writer together with the words "by katsu" the page prints.
func TestAuthorsWrittenByLink(t *testing.T) {
	after := `<div class="sign">reference: <a href="https://www.example.org/r/1.htm">example</a> /&nbsp;written by <a href="/archives/tag/katsu">katsu</a></div>`
	checkAuthors(t, "written by a handle", koAuthorsOf(t, "ja", "", "", after), []string{"katsu"})
	checkAuthors(t, "no link", koAuthorsOf(t, "ja", "", "", `<p>the song was written by the band</p>`), nil)
}

// An author meta that names the company the page names as "株式会社 X" (here only in the alt of
// the footer's logo) is the publisher, not a writer.
func TestAuthorsCompanyMeta(t *testing.T) {
	head := `<meta property="og:article:author" content="ぎょうせい">`
	after := `<footer><p><img src="/logo.png" alt="株式会社 ぎょうせい"></p></footer>`
	checkAuthors(t, "company in the logo's alt", koAuthorsOf(t, "ja", head, "", after), nil)
	checkAuthors(t, "a person", koAuthorsOf(t, "ja", `<meta property="og:article:author" content="山田 太郎">`, "", after), []string{"山田 太郎"})
}

// A JSON-LD author typed Organization whose names a byline element prints, each a person's, is
// the writers: the CMS types every author alike ("坂本 信博" as an Organization), the byline
// prints the paper's name, then the writers' links.
func TestAuthorsOrganizationTypedWriters(t *testing.T) {
	ld := func(name string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"政府が関係閣僚会議を開催","author":{"@type":"Organization","name":"` + name +
			`"},"publisher":{"@type":"Organization","name":"例示新聞ニュース"}}</script>`
	}
	byline := `<p class="article-header__author"><span>例示新聞 <a href="/writer/show/224/">山田 太郎</a> <a href="/writer/show/357/">佐藤 花子</a></span></p>`
	checkAuthors(t, "two writers", koAuthorsOf(t, "ja", ld("山田 太郎,佐藤 花子"), byline, ""), []string{"山田 太郎", "佐藤 花子"})
	checkAuthors(t, "the paper", koAuthorsOf(t, "ja", ld("例示新聞"), `<p class="article-header__author"><span>例示新聞</span></p>`, ""), nil)
	checkAuthors(t, "not printed", koAuthorsOf(t, "ja", ld("鈴木 一郎"), byline, ""), nil)
}

// A blog platform's "사용자" (user) label before the nickname in the JSON-LD author is no part
// of the name: "사용자 애니Sarang" is 애니Sarang.
func TestAuthorsKoreanUserLabel(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"BlogPosting","headline":"정부, 감염병 대응 방안 논의 회의 열어","author":{"@type":"Person","name":"사용자 애니Sarang"}}</script>`
	checkAuthors(t, "user label", koAuthorsOf(t, "ko", head, "", ""), []string{"애니Sarang"})
}

// A Korean writer's name and affiliation in brackets on a line of their own opening or closing
// the piece ("구기연(서울대학교)", a research centre's column) is the byline.
func TestAuthorsKoreanAffiliationLine(t *testing.T) {
	before := `<p style="text-align: right;"><b>홍길동</b><b>(</b><b>예시대학교</b><b>)</b></p>`
	checkAuthors(t, "name and university", koAuthorsOf(t, "ko", "", before, ""), []string{"홍길동"})
	checkAuthors(t, "a company", koAuthorsOf(t, "ko", "", `<p>삼성전자(주)</p>`, ""), nil)
}

// A story closed by the outlet's desk and the writer's name, no title ("중앙방송총국 연변편집부
// 리설선", a Chinese outlet's Korean service), is signed by that name.
func TestAuthorsKoreanDeskSignature(t *testing.T) {
	checkAuthors(t, "desk and name", koAuthorsOf(t, "ko", "", "", `<p style="text-align:right">예시방송총국 연변편집부 리설선</p>`), []string{"리설선"})
	checkAuthors(t, "desk and a word", koAuthorsOf(t, "ko", "", "", `<p>국제부 종합</p>`), nil)
}

// A Korean name printed right before the story's date and time under the headline, in no
// byline element ("주성하 2020.04.22 10:57" after the view and like counters), is the writer.
func TestAuthorsKoreanNameBeforeStamp(t *testing.T) {
	line := func(s string) string {
		return `<div class="small"><div class="pull-right"><span>2,882</span> <span>0</span></div><div class="pull-left"><span> ` + s + `</span> <span> 2020.04.22  10:57</span></div></div>`
	}
	checkAuthors(t, "name and stamp", koAuthorsOf(t, "ko", "", line("홍길동"), ""), []string{"홍길동"})
	checkAuthors(t, "label and stamp", koAuthorsOf(t, "ko", "", line("입력"), ""), nil)
}

// A "Story | Section | Site" title that og:title repeats, on a page whose <h1>s are its boxes'
// titles (other news, most read) and whose <h2> prints the story's part alone: the <h2> is the
// headline.
func TestTitleOpeningPartInH2(t *testing.T) {
	const head = "契作約受惠 虱目魚協會挺服貿"
	title := head + " | 地方新聞 | 範例社即時新聞 EX NEWS"
	prose := strings.Repeat("台南市虱目魚養殖協會今天舉辦銷陸虱目魚契作戶抽籤，理事長表示，服貿對台利大於弊，協會站在支持的立場。", 4)
	page := `<html lang="zh-TW"><head><title>` + title + `</title><meta property="og:title" content="` + title + `"></head><body>
<div class="box"><h2>` + head + `</h2><div class="article"><p>` + prose + `</p><p>` + prose + `</p></div></div>
<div class="block"><h1><a href="/list/firstnews-1.aspx"><span>其他重點新聞</span></a></h1><ul><li><a href="/n/1">另一則新聞的標題在這裡</a></li></ul></div>
<div class="block"><h1><a href="/list/afav-1.aspx"><span>點閱排行</span></a></h1><ul><li><a href="/n/2">又一則新聞的標題在這裡</a></li></ul></div>
</body></html>`
	r, err := Extract("https://www.example.com.tw/news/aloc/201404040243-1.aspx", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != head {
		t.Errorf("title = %q, want %q", r.Title, head)
	}
}

// A line that credits contributors ("…对此文亦有贡献") after the reporters' line names no writer.
func TestAuthorsZhContributorsLine(t *testing.T) {
	tail := `<p>记者 高昱 彭岩锋</p><p>范例记者赵今朝、实习记者黄雨馨对此文亦有贡献</p>`
	checkAuthors(t, "contributors", zhCreditPage(t, "zh-CN", "春季植树活动在城郊公园举行", "", "", "", tail).Authors, []string{"高昱", "彭岩锋"})
}

// A headline signed at its end ("… 어디쯤인가요 -윤유정", a blog's contest entry) whose name the
// story prints on a line of its own is signed by that name.
func TestAuthorsKoreanSignedHeadline(t *testing.T) {
	para := strings.Repeat("사람들이 종종 내게 툭 던지는 말들이 있다. 현실을 봐. 그래서 밥벌이하겠어? 결혼은 언제 해? ", 4)
	page := func(name string) string {
		return `<html lang="ko"><head><title>[일상] 당신의 현실은 어디쯤인가요 -윤유정</title></head><body><article><h1>[일상] 당신의 현실은 어디쯤인가요 -윤유정</h1>
<h3>저는 모험 중인 개미 1번입니다.</h3><p style="text-align: right;"><span>` + name + `</span></p><p>` + para + `</p><p>` + para + `</p></article></body></html>`
	}
	for _, c := range []struct {
		name, printed string
		want          []string
	}{{"signed", "윤유정", []string{"윤유정"}}, {"not printed", "", nil}} {
		r, err := Extract("https://blog.example.com/24", []byte(page(c.printed)))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.name, r.Authors, c.want)
	}
}

// The parts a title adds after the headline are the site's and its sections', except a personal
// name: a columnist's four-character Japanese name ("米井嘉一") is kept out as the three-character
// Chinese ones are.
func TestTitleSitePartsKeepFourCharacterName(t *testing.T) {
	parts := titleSiteParts("新型コロナ 若者たちの心を知ろう | 百寿者に学ぶ 健康術！ | 米井嘉一 | 例示新聞「医療プレミア」", "新型コロナ 若者たちの心を知ろう")
	if slices.Contains(parts, "米井嘉一") || !slices.Contains(parts, "百寿者に学ぶ 健康術！") {
		t.Errorf("parts = %q", parts)
	}
}
