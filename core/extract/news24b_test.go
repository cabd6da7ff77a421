package extract

import (
	"slices"
	"strings"
	"testing"
)

// zhHarbourStory is a Hong Kong Chinese story of five paragraphs.
var zhHarbourStory = []string{
	"海事處今日宣布，舊碼頭將於下月起關閉進行維修工程，預計需時半年，期間渡輪乘客須改用臨時碼頭上落。",
	"海事處發言人表示，技術人員早前檢查時發現碼頭兩條木樁出現腐爛，必須盡快更換，以確保乘客安全。",
	"維修費用估計約四千萬元，將由政府基本工程儲備基金支付，工程完成後碼頭可再使用最少二十年。",
	"區議員表示，區內不少長者每日乘搭渡輪往返市區，希望當局盡量縮短工程時間，並加派職員在臨時碼頭協助乘客。",
	"海事處回應指，臨時碼頭距離巴士站約五分鐘步程，並會設置清晰指示牌，繁忙時間亦會加密班次。",
}

func TestStoryContinuedInHiddenBlocksAfterReadMoreToggles(t *testing.T) {
	// A story printed in parts: the opening, then a "read more" toggle and the rest of the story
	// in a block an inline style hides until the toggle is clicked, perhaps twice over. The
	// hidden parts are the story's; the toggles are not.
	for _, label := range []string{"- 閱讀更多 -", "阅读全文", "Continue reading", "더보기"} {
		var b strings.Builder
		b.WriteString(`<p>` + zhHarbourStory[0] + `</p><p>` + zhHarbourStory[1] + `</p>`)
		b.WriteString(`<div class="more-load" data-continue="c-1"><p>` + label + `</p></div>`)
		b.WriteString(`<div class="more-content" data-continue="c-1" style="display:none;"><p>` + zhHarbourStory[2] + `</p><p>` + zhHarbourStory[3] + `</p></div>`)
		b.WriteString(`<div class="more-load" data-continue="c-2"><p>` + label + `</p></div>`)
		b.WriteString(`<div class="more-content" data-continue="c-2" style="display:none;"><p>` + zhHarbourStory[4] + `</p></div>`)
		r, err := Extract("https://www.example.com.hk/article/123", storyPage("zh-HK", "舊碼頭下月關閉維修", b.String(), nil, ""))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range zhHarbourStory {
			if !strings.Contains(r.Body, p) {
				t.Errorf("%q: body lacks %q: %q", label, p[:24], r.Body)
			}
		}
		if strings.Contains(r.Body, label) {
			t.Errorf("body keeps the toggle %q: %q", label, r.Body)
		}
	}
}

func TestHiddenBlockAfterAnOrdinaryLineStaysHidden(t *testing.T) {
	// A hidden block after a line that is no "read more" toggle (a menu label) is not opened.
	extra := `<div class="tab"><p>選單</p></div><div style="display:none"><p>這是隱藏的選單內容，不是新聞的一部分，不應出現在正文之中，無論它有多長都一樣，包括這一句額外的說明文字。</p></div>`
	r, err := Extract("https://www.example.com.hk/article/123", storyPage("zh-HK", "舊碼頭下月關閉維修", "", zhHarbourStory, extra))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "隱藏的選單") {
		t.Errorf("body opened a hidden block: %q", r.Body)
	}
}

func TestCaptionEndingInAPictureCreditGoes(t *testing.T) {
	// A caption set right after its picture that ends with the picture's credit, as Korean and
	// Chinese pages print it ("… /서울경찰청 제공", "…（港台圖片）", "(사진=연합뉴스)"): the
	// picture's line, not the story's, whatever the element's class.
	for _, c := range []struct{ lang, caption string }{
		{"ko", "지난달 29일 서울 강남구 한 아파트 앞에서 구속된 피의자가 호송되고 있다. /서울경찰청 제공"},
		{"ko", "직원들이 부두의 나무 기둥을 점검하고 있다. (사진=연합뉴스)"},
		{"zh-HK", "海事處人員早前檢查舊碼頭的木樁情況。（港台圖片）"},
		{"zh-HK", "舊碼頭外貌。（資料圖片）"},
	} {
		paras := koPierStory
		if c.lang != "ko" {
			paras = zhHarbourStory
		}
		above := `<div class="article_img"><p class="photo"><img src="/p/1.jpg" alt=""></p><p class="aboutPhoto">` + c.caption + `</p></div>`
		r, err := Extract("https://www.example.com/news/1.html", storyPage(c.lang, "부두 폐쇄", above, paras, ""))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, string([]rune(c.caption)[:14])) {
			t.Errorf("body keeps the caption %q: %q", c.caption, r.Body)
		}
		if !strings.Contains(r.Body, paras[1]) {
			t.Errorf("body lost the story: %q", r.Body)
		}
	}
}

func TestStoryLineEndingInACreditWordStays(t *testing.T) {
	// A paragraph after a picture that merely ends on "제공" (provided) is the story's.
	line := "공사는 임시 승강장을 이용하는 승객에게 무료 셔틀버스를 제공"
	above := `<div class="article_img"><p class="photo"><img src="/p/1.jpg" alt=""></p><p>` + line + `</p></div>`
	r, err := Extract("https://www.example.com/news/1.html", storyPage("ko", "부두 폐쇄", above, koPierStory, ""))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, line) {
		t.Errorf("body dropped the story's line: %q", r.Body)
	}
}

func TestKoreanRoleAfterTheNameGoes(t *testing.T) {
	// A Korean byline's role word after the name ("이정화 에디터", "김민수 PD", "박지영 앵커"):
	// the name is the author, as with "기자".
	for _, c := range []struct{ byline, want string }{
		{"이정화 에디터", "이정화"}, {"김민수 PD", "김민수"}, {"박지영 앵커", "박지영"}, {"최수진 기자", "최수진"},
	} {
		page := `<html lang="ko"><head><meta charset="utf-8"><title>부두 폐쇄</title><meta name="author" content="` + c.byline + `"></head><body><h1>부두 폐쇄</h1><p>` +
			strings.Join(koPierStory, "</p><p>") + `</p></body></html>`
		r, err := Extract("https://www.example.co.kr/news/1.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(r.Authors, []string{c.want}) {
			t.Errorf("%q: authors = %q, want [%q]", c.byline, r.Authors, c.want)
		}
	}
}

func TestHeadlineBarClassedForTheJournalistIsNoByline(t *testing.T) {
	// A sticky header bar whose class names the journalist ("simplejournalist") and that prints
	// the site's logo and the story's own headline linked to the page: the headline, not a
	// byline ("미국 정부, …" is no writer).
	const self = "https://news.example.co.kr/2023/04/05/1.html"
	page := `<html lang="ko"><head><meta charset="utf-8"><title>미국 정부, 한국의 원전 수출에 제동</title><link rel="canonical" href="` + self + `"></head><body>` +
		`<div class="simplejournalist"><span><a href="/"><img src="/logo.png" alt="TV"></a></span><span><a href="` + self + `">미국 정부, 한국의 원전 수출에 제동</a></span></div>` +
		`<h1>미국 정부, 한국의 원전 수출에 제동</h1><p>` + strings.Join(koPierStory, "</p><p>") + `</p></body></html>`
	r, err := Extract(self, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(r.Authors, "미국 정부") {
		t.Errorf("authors = %q, want no headline words", r.Authors)
	}
}

func TestVideoFallbackTextGoes(t *testing.T) {
	// The text inside <video> or <audio> shows only in a browser that plays neither: it is no
	// line of the story, in any language.
	for _, fb := range []string{"브라우저가 video 태그를 지원하지 않습니다.<br>죄송하지만 다른 브라우저를 사용하여 주십시오.", "您的浏览器不支持视频播放。"} {
		above := `<div class="videoWrap"><video controls poster="/v.jpg"><source src="/v.mp4" type="video/mp4">` + fb + `</video></div>`
		r, err := Extract("https://www.example.co.kr/news/1.html", storyPage("ko", "부두 폐쇄", above, koPierStory, ""))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, "브라우저") || strings.Contains(r.Body, "浏览器") {
			t.Errorf("body keeps the video fallback: %q", r.Body)
		}
	}
}

func TestFirstPictureOfANamedStoryBlockLeads(t *testing.T) {
	// No og:image, no <article>: the first picture inside the block the page names for its
	// story ("post_text") leads, not a bigger picture elsewhere on the page.
	page := `<html lang="zh"><head><meta charset="gb2312"><title>舊碼頭下月關閉維修</title></head><body>` +
		`<div class="side"><img src="/promo/app-download.jpg" width="300" height="250"></div><h1>舊碼頭下月關閉維修</h1>` +
		`<div class="post_text" id="endText"><p>` + zhHarbourStory[0] + `</p><p class="f_center"><img alt="舊碼頭" src="/2018/10/13/pier.png?imageView&amp;thumbnail=550x0"><br></p><p>` +
		strings.Join(zhHarbourStory[1:], "</p><p>") + `</p></div></body></html>`
	r, err := Extract("https://news.example.com/18/1013/pier.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://news.example.com/2018/10/13/pier.png?imageView&thumbnail=550x0"; r.ImageURL != want {
		t.Errorf("image = %q, want %q", r.ImageURL, want)
	}
}

func TestPromotionUnderARuleGoes(t *testing.T) {
	// An outlet's promotion under a line of dashes at the story's end, its links spelt out:
	// the rule ends the story.
	under := `<p>---<br>《碼頭熱線》為民請命，你申訴，我跟進，搵91234567！<br>立即報料:<a href="https://bit.ly/x">https://bit.ly/x</a></p><p>《港聞》APP經已推出最新版本，請立即更新：<a href="https://example.com">https://bit.ly/y</a></p>`
	r, err := Extract("https://www.example.com.hk/article/123", storyPage("zh-HK", "舊碼頭下月關閉維修", "", zhHarbourStory, under))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, zhHarbourStory[4]) {
		t.Errorf("body lost the story's end: %q", r.Body)
	}
	for _, gone := range []string{"---", "碼頭熱線", "立即報料", "APP"} {
		if strings.Contains(r.Body, gone) {
			t.Errorf("body keeps %q: %q", gone, r.Body)
		}
	}
}

func TestSectionRuleInsideAStoryStays(t *testing.T) {
	// A rule between a story's sections, more story under it and no address: kept whole.
	paras := append(append([]string{}, zhHarbourStory[:3]...), "---", zhHarbourStory[3], zhHarbourStory[4])
	r, err := Extract("https://www.example.com.hk/article/123", storyPage("zh-HK", "舊碼頭下月關閉維修", "", paras, ""))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, zhHarbourStory[4]) {
		t.Errorf("body lost the story after the rule: %q", r.Body)
	}
}

func TestStoryContinuedInNestedParts(t *testing.T) {
	// The parts nest: each shown part ends with the toggle of the next hidden part.
	b := `<p>` + zhHarbourStory[0] + `</p><div class="more-load"><p>閱讀更多</p></div>` +
		`<div class="more-content" style="display:none;"><p>` + zhHarbourStory[1] + `</p><p>` + zhHarbourStory[2] + `</p><div class="more-load"><p>閱讀更多</p></div></div>` +
		`<div class="more-content" style="display:none;"><p>` + zhHarbourStory[3] + `</p></div>`
	r, err := Extract("https://www.example.com.hk/article/123", storyPage("zh-HK", "舊碼頭下月關閉維修", b, nil, ""))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range zhHarbourStory[:4] {
		if !strings.Contains(r.Body, p) {
			t.Errorf("body lacks %q: %q", p[:24], r.Body)
		}
	}
	if strings.Contains(r.Body, "閱讀更多") {
		t.Errorf("body keeps the toggle: %q", r.Body)
	}
}

func TestUnrelatedPictureDisclaimerGoes(t *testing.T) {
	// The line under a stock picture saying it is not the story's own ("▲위 사진은 기사 내용과
	// 직접적인 관련이 없습니다.", "图片与内容无关"): the picture's, not the story's.
	for _, line := range []string{"▲위 사진은 기사 내용과 직접적인 관련이 없습니다.", "※ 이미지는 기사와 무관함", "（图片与内容无关）"} {
		above := `<div><img src="/p/1.jpg" alt="휠체어"></div><div style="text-align:center"><span><strong>` + line + `</strong></span></div>`
		r, err := Extract("https://www.example.co.kr/news/1.html", storyPage("ko", "부두 폐쇄", above, koPierStory, ""))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, line) {
			t.Errorf("body keeps %q: %q", line, r.Body)
		}
		if !strings.Contains(r.Body, koPierStory[1]) {
			t.Errorf("body lost the story: %q", r.Body)
		}
	}
}

func TestWireSourceLineUnderARuleStays(t *testing.T) {
	// A wire story's source under its closing rule, one line with an address ("Information
	// from: …, http://…"): the story's, kept.
	paras := append(append([]string{}, harbourStory...), "———", "Information from: Harbour Weekly, http://www.harbourweekly.example")
	r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", storyPage("en", "Old ferry pier to close", "", paras, ""))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Information from: Harbour Weekly") {
		t.Errorf("body lost the wire's source line: %q", r.Body)
	}
}
