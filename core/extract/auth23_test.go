package extract

import (
	"strings"
	"testing"
)

// A byline line under the headline in a language whose "by" is not "By": "Von", "Por", "Av",
// "Par", "Door", an element with no class, the name linked or not. One word after the label, or
// a lower-case one, is a sentence's opening ("Von Berlin aus …", "Por eso …").
func TestAuthorsForeignLabelLine(t *testing.T) {
	story := "<p>" + strings.Repeat("The city council approved the new budget on Monday after a long debate about road repairs. ", 6) + "</p>"
	for _, c := range []struct {
		line string
		want []string
	}{
		{`<p>Von Hans Müller</p>`, []string{"Hans Müller"}},
		{`<div>Por <a href="/autores/maria-lopez">María López</a></div>`, []string{"María López"}},
		{`<p>Av Ola Nordmann</p>`, []string{"Ola Nordmann"}},
		{`<p>Par Jean Dupont, à Lyon</p>`, []string{"Jean Dupont"}},
		{`<span>Door Jan de Vries</span>`, []string{"Jan de Vries"}},
		{`<p>Von Berlin aus</p>`, nil},
		{`<p>Por eso</p>`, nil},
		{`<p>Von Montag bis Freitag</p>`, nil},
	} {
		got := authorsOf(t, "https://news.example.com/2016/05/03/budget", "", c.line+story)
		checkAuthors(t, c.line, got, c.want)
	}
}

// Turkish stories credit the reporter with "Haber:" (news), beside "Kamera:" for the camera.
func TestAuthorsTurkishHaberLabel(t *testing.T) {
	story := "<p>" + strings.Repeat("Belediye meclisi pazartesi günü uzun bir tartışmanın ardından yeni bütçeyi onayladı. ", 6) + "</p>"
	got := authorsOf(t, "https://www.example.com.tr/haber/butce-123", "", `<div class="news-source">Haber: Ahmet Yılmaz</div>`+story)
	checkAuthors(t, "Haber:", got, []string{"Ahmet Yılmaz"})
}

// A Portuguese or Spanish byline adds the place the writer files from after a comma ("do Rio",
// "de São Paulo"): its particle is lower-case, which no name opens with.
func TestAuthorsPlaceAfterComma(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{`<div class="byline">Por João Silva, do Rio</div>`, []string{"João Silva"}},
		{`<div class="byline">Por João Silva e Maria Souza, de São Paulo</div>`, []string{"João Silva", "Maria Souza"}},
		{`<div class="byline">Por Maria do Carmo</div>`, []string{"Maria do Carmo"}},
		// A place whose name holds the particles itself (fuzz23).
		{`<div class="byline">Por João Silva, do Rio de Janeiro</div>`, []string{"João Silva"}},
		{`<div class="byline">Por João Silva, de Mato Grosso do Sul</div>`, []string{"João Silva"}},
		{`<div class="byline">Por João Silva, Maria do Carmo</div>`, []string{"João Silva", "Maria do Carmo"}},
	} {
		got := authorsOf(t, "https://www.example.com.br/noticia/123", "", c.line+story22)
		checkAuthors(t, c.line, got, c.want)
	}
}

// A name run into the e-mail address printed after it, with no space between: the address's
// local part spells the surname again, which tells where the name ends.
func TestAuthorsNameGluedToEmail(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{`<div class="byline">By Jane Roejane.roe@example.com</div>`, []string{"Jane Roe"}},
		{`<div class="byline">By Jane Roejroe@example.com</div>`, []string{"Jane Roe"}},
		{`<div class="byline">By Jane Roe jane.roe@example.com</div>`, []string{"Jane Roe"}},
	} {
		got := authorsOf(t, "https://news.example.com/a/budget-1", "", c.line+story22)
		checkAuthors(t, c.line, got, c.want)
	}
}

// A Korean byline under the headline in an element with no class: the name and "기자", an
// e-mail address after it at most.
func TestAuthorsKoreanReporterLine(t *testing.T) {
	ko := "<p>" + strings.Repeat("서울시의회는 월요일 오랜 논의 끝에 새해 예산안을 통과시켰다고 밝혔다. ", 8) + "</p>"
	for _, c := range []struct {
		line string
		want []string
	}{
		{`<p>박준영 기자</p>`, []string{"박준영"}},
		{`<div>박준영 기자 pjy@example.co.kr</div>`, []string{"박준영"}},
		{`<p>기자회견</p>`, nil},
	} {
		page := `<html lang="ko"><head><title>서울시 새해 예산안 통과</title></head><body><article><h1>서울시 새해 예산안 통과</h1>` + c.line + ko + `</article></body></html>`
		r, err := Extract("https://www.example.co.kr/news/1", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.line, r.Authors, c.want)
	}
}

// A joint dispatch from many bureaus closes the story in brackets with its dateline and the
// correspondents: the dateline may list a dozen places before the role credit.
func TestAuthorsZhLongDispatch(t *testing.T) {
	zh := "<p>" + strings.Repeat("市议会周一经过长时间讨论后通过了新的预算方案，用于道路维修。", 8) + "</p>"
	closing := `<p>各国专家表示，相关措施及时有效。（本报纽约、堪培拉、柏林、首尔、伊斯坦布尔、巴黎、布宜诺斯艾利斯、约翰内斯堡、突尼斯城、曼谷、布鲁塞尔、东京2月2日电  记者王建国、李明、张华、赵强、刘芳、陈伟）</p>`
	page := `<html lang="zh-CN"><head><title>多国人士积极评价防控措施</title></head><body><article><h1>多国人士积极评价防控措施</h1>` + zh + closing + `</article></body></html>`
	r, err := Extract("https://world.example.cn/n1/2020/0203/c1002-1.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "joint dispatch", r.Authors, []string{"王建国", "李明", "张华", "赵强", "刘芳", "陈伟"})
}
