package extract

import (
	"strings"
	"testing"
)

// koAuthorsOf extracts a synthetic Korean (lang "ko") or Japanese (lang "ja") page and returns
// its authors; head goes into <head>, before and after around the story's paragraphs.
func koAuthorsOf(t *testing.T, lang, head, before, after string) []string {
	t.Helper()
	para := strings.Repeat("정부는 21일 오전 서울 정부청사에서 관계부처 회의를 열고 감염병 대응 방안을 논의했다고 밝혔다. ", 5)
	title := "정부, 감염병 대응 방안 논의 회의 열어"
	if lang == "ja" {
		para = strings.Repeat("政府は三十日午前、首相官邸で関係閣僚会議を開き、感染症への対応策について協議したと発表した。", 5)
		title = "政府が関係閣僚会議を開催"
	}
	page := `<html lang="` + lang + `"><head><title>` + title + `</title>` + head + `</head><body><article><h1>` + title + `</h1>` +
		before + "<p>" + para + "</p><p>" + para + "</p>" + after + "</article></body></html>"
	r, err := Extract("https://news.example.com/view/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Authors
}

// Korean credit forms: a correspondent's place before "=", a desk in the opening bracket, a
// fraction slash before the date, a slash credit closing the story, a 1990s signature in angle
// brackets, two reporters joined by "ㆍ".
func TestAuthorsKoreanCreditForms(t *testing.T) {
	for _, c := range []struct {
		name, head, before, after string
		want                      []string
	}{
		{"place=name 특파원", "", `<ul><li>베이징=박수찬 특파원</li><li>입력 2020.06.16 03:00</li></ul>`, "", []string{"박수찬"}},
		{"desk in the opening bracket", "", `<p>[머니투데이 중기&창업팀 고문순 기자] 지난 5월 28일 국내 1호 프로젝트가 서명했다고 밝혔다.</p>`, "", []string{"고문순"}},
		{"fraction slash before the date", "", `<div>cnbnews 김경숙⁄ 2020.05.25 10:28:23</div>`, "", []string{"김경숙"}},
		{"slash credit closing the story", "", "", `<p>이날 김포공항 국내선 청사 발권 창구가 한산하다. /문호남 기자</p>`, []string{"문호남"}},
		{"outlet before the name in a slash credit", "", "", `<p>　　/ 흑룡강신문 박영만 기자</p>`, []string{"박영만"}},
		{"signature in angle brackets, title glued", "", "", `<p>〈김종래기자〉jongrae@donga.com</p>`, []string{"김종래"}},
		{"two reporters joined by ㆍ", "", "", `<p>이철재ㆍ박용한 기자 seajay@joongang.co.kr</p>`, []string{"이철재", "박용한"}},
	} {
		checkAuthors(t, c.name, koAuthorsOf(t, "ko", c.head, c.before, c.after), c.want)
	}
}

// Author metadata that names no writer of the story.
func TestAuthorsMetaNoWriter(t *testing.T) {
	for _, c := range []struct {
		name, lang, head, before, after string
		want                            []string
	}{
		{"outlet glued to the reporter", "ko", `<meta property="og:site_name" content="머니S"><meta property="article:author" content="머니S한아름 기자">`, "", "", []string{"한아름"}},
		{"the editor the page labels 责编", "ko", `<meta name="author" content="박운">`, `<div><span>2020-04-28 17:22:00</span> <span>责编：박운</span> <span>来源：중앙인민방송국</span></div>`, "", nil},
		{"a Chinese name a Korean page never prints", "ko", `<meta property="article:author" content="朱雪松">`, `<div>출처: 신화망 | 2020-06-07 09:11:34 | 편집: 리상화</div>`, "", nil},
		{"a piece of the headline", "ko", `<meta name="Author" content="정부, 감염병 대응 방안">`, "", "", nil},
		{"a name doubled by a link and its picture", "ko", "", "", `<div class="author">Posted by <a href="/">조각창</a> <img alt="조각창" src="a.png"> 조각창</div>`, []string{"조각창"}},
		{"a reader's reply is no byline", "ko", "", "", `<table id="replylist"><tr><td><h6><span id="RPC1_writername">박혜연</span></h6></td></tr></table>`, nil},
		{"a Japanese editorial desk", "ja", `<meta name="author" content="週刊ポスト編集部">`, "", "", nil},
		{"a Japanese agency", "ja", `<meta name="author" content="共同通信">`, "", "", nil},
		{"a role word for a name", "ja", `<meta name="author" content="リポーター">`, "", "", nil},
	} {
		checkAuthors(t, c.name, koAuthorsOf(t, c.lang, c.head, c.before, c.after), c.want)
	}
}

// Japanese credit forms: a post after "＝", the honorific さん, a "文／" line after the story, a
// reporter's bracket before the translator's.
func TestAuthorsJapaneseCreditForms(t *testing.T) {
	for _, c := range []struct {
		name, head, before, after string
		want                      []string
	}{
		{"post after ＝", "", `<div><b>著者：</b><span itemprop="author"><a href="/a26/">三和 護＝編集委員</a></span></div>`, "", []string{"三和 護"}},
		{"honorific さん", `<script type="application/ld+json">{"@type":"BlogPosting","headline":"政府が関係閣僚会議を開催","author":{"@type":"Person","name":"宮川 慶 さん"}}</script>`, "", "", []string{"宮川 慶"}},
		{"文／ line after the story", "", "", `<p style="text-align: right;">文／カムライターオ</p>`, []string{"カムライターオ"}},
		{"reporter before translator", "", "", `<p>（記者・駱亜、翻訳編集・張哲）</p>`, []string{"駱亜"}},
	} {
		checkAuthors(t, c.name, koAuthorsOf(t, "ja", c.head, c.before, c.after), c.want)
	}
}
