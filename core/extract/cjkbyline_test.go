package extract

import (
	"strings"
	"testing"
)

// cjkAuthorsOf extracts a page in language lang whose <body> is body followed by enough story
// text in that language, and returns its authors.
func cjkAuthorsOf(t *testing.T, lang, head, body string) []string {
	t.Helper()
	story := map[string]string{
		"ja": "<p>" + strings.Repeat("政府は１２日、来年度の予算案について関係閣僚による会議を開き、基本方針を確認した。", 4) + "</p>",
		"ko": "<p>" + strings.Repeat("정부는 12일 내년도 예산안에 대해 관계 장관 회의를 열고 기본 방침을 확인했다. ", 4) + "</p>",
	}[lang]
	page := `<html lang="` + lang + `"><head><title>見出し</title>` + head + `</head><body>` +
		strings.Replace(body, "STORY", story, 1) + `</body></html>`
	r, err := Extract("https://news.example.com/a/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Authors
}

// Japanese bylines that no class marks: a job title and the name under the headline, the
// names in brackets closing the story, a columnist's name closing the headline.
func TestAuthorsJapanesePrintedBylines(t *testing.T) {
	const h1 = `<h1>関西スーパー争奪戦　出るかオーケーのKOパンチ</h1>`
	para := "<p>" + strings.Repeat("政府は１２日、来年度の予算案について関係閣僚による会議を開き、基本方針を確認した。", 4) + "</p>"
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"job title and name under the headline", `<meta name="author" content="Example Inc.">`,
			`<article><header><div>` + h1 + `<p class="subtitle">編集委員　田中陽</p></div></header>STORY</article>`, []string{"田中陽"}},
		{"a longer job title, two names", ``,
			`<article><div>` + h1 + `<p class="sub">ニュース・エディター　丸谷浩史／中沢克二</p></div>STORY</article>`, []string{"丸谷浩史", "中沢克二"}},
		{"a subtitle is no byline", ``,
			`<article><div>` + h1 + `<p class="sub">編集委員が見た関西の小売り</p></div>STORY</article>`, nil},
		{"an agency closing the story is no name", ``,
			`<article>` + h1 + `<div class="body">STORY<p>財務省は資料を開示しないと決めた。【共同】</p></div></article>`, nil},
		{"names in brackets closing the story", ``,
			`<article>` + h1 + `<div class="body">STORY<p>財務省は資料を開示しないと決めた。【松本紫帆】</p></div></article>`, []string{"松本紫帆"}},
		{"a columnist closing the headline", ``, `<article><h1>水説：つむじ風の矢野論文＝古賀攻</h1>STORY</article>`, []string{"古賀攻"}},
		{"an agency closing the headline is no name", ``, `<article><h1>米大使館で体調不良＝共同</h1>STORY</article>`, nil},
		{"a place glued to the name is not read", ``,
			`<article>` + h1 + `<div class="body">STORY<p>財務省は資料を開示しないと決めた。【ソウル渋江千春】</p></div></article>`, nil},
	} {
		body := strings.Replace(c.body, "STORY", para+para, 1)
		checkAuthors(t, c.name, cjkAuthorsOf(t, "ja", c.head, body), c.want)
	}
}

// Korean bylines: every reporter of a list, whether each has an item of its own or they are
// written in one line with 기자 glued to the name; a photographer's credit in a caption above
// the story's closing e-mail byline is not the writer.
func TestAuthorsKoreanBylineLists(t *testing.T) {
	const h1 = `<h1>지진 상처에 폭우… 관광객 뚝… 한가위 경주, 3중고에 울다</h1>`
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"one item per reporter", `<div class="title">` + h1 + `<div class="news_title_author"><ul><li><a href="/s?w=1">권광순 기자</a></li>` +
			`<li><a href="/s?w=2">오로라 기자</a></li></ul></div></div><article>STORY</article>`, []string{"권광순", "오로라"}},
		{"glued titles in a comma list", h1 + `<p class="repoter">박성민기자 , 이권효기자 , 최지연기자 </p><article>STORY</article>`,
			[]string{"박성민", "이권효", "최지연"}},
		{"caption credit above the closing byline", h1 + `<article><div class="article_txt">추석 대회가 14일 서울에서 열렸다.<br><br><div class="articlePhotoC"><img src="/a.jpg" width="500">` +
			`<span class="t">14일 열린 결정전에서 두 선수가 기술을 겨루고 있다. 최혁중 기자 photo@example.com</span></div>STORY<br><br>홍정수 기자 hong@example.com</div></article>`, []string{"홍정수"}},
		{"a job title before the name, the designer's credit below", `<div class="title">` + h1 + `<div class="news_title_author"><ul><li>인턴 박경흠</li>` +
			`<li>디자이너 김은경</li></ul></div></div><article>STORY</article>`, []string{"박경흠"}},
	} {
		story := strings.Repeat("정부는 12일 내년도 예산안에 대해 관계 장관 회의를 열고 기본 방침을 확인했다. ", 4)
		body := strings.Replace(c.body, "STORY", story+"<br><br>"+story, 1)
		checkAuthors(t, c.name, cjkAuthorsOf(t, "ko", "", body), c.want)
	}
}

// A Chinese story taken from another paper credits "writer/outlet" under its headline; the
// page's editor (责任编辑) at the end is not its writer.
func TestAuthorsChineseWriterSlashOutlet(t *testing.T) {
	story := strings.Repeat("<p>记者调查发现，多个品牌的共享充电宝价格已经上涨，每小时收费从1元涨到了2元甚至更高。</p>", 5)
	for _, c := range []struct {
		name, credit string
		want         []string
	}{
		{"writer and outlet", "石佳/中国青年报", []string{"石佳"}},
		{"no outlet after the slash", "石佳/充电宝", nil}, // and the editor is no writer either
		{"writers joined by 、 and &", "执笔/叨叨姐、胡一刀&李小飞刀", []string{"叨叨姐", "胡一刀", "李小飞刀"}},
	} {
		page := `<html><head><title>共享充电宝涨价告别1元时代</title></head><body><div class="newscontent"><h1 class="news_title">共享充电宝涨价告别1元时代</h1>` +
			`<div class="news_about"><p>` + c.credit + `</p><p>2019-09-24 09:10</p></div><div class="news_txt">` + story + `</div>` +
			`<div class="news_infor_extra"><div class="infor_item">责任编辑：张珺</div></div></div></body></html>`
		r, err := Extract("https://news.example.com/a/1", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.name, r.Authors, c.want)
	}
}
