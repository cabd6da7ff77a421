package extract

import (
	"strings"
	"testing"
)

// auth27Story is a paragraph of story text for the handmade pages below.
var auth27Story = strings.Repeat("The harbour board voted on Tuesday to rebuild the old pier after a long and heated session. ", 5)

// auth27Headline is the handmade pages' headline.
const auth27Headline = "Harbour board votes to rebuild the old pier"

// auth27Run extracts a handmade page and checks its authors.
func auth27Run(t *testing.T, name, head, body string, want []string) {
	t.Helper()
	page := "<html><head><title>" + auth27Headline + "</title>" + head + "</head><body>" + body + "</body></html>"
	r, err := Extract("https://www.example.com/news/2024/05/harbour-pier-1234", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, name, r.Authors, want)
}

// auth27Article is a story in an <article> with pre above its paragraphs and post after them.
func auth27Article(pre, post string) string {
	return `<article><h1>` + auth27Headline + `</h1>` + pre + `<p>` + auth27Story + `</p><p>` + auth27Story + `</p>` + post + `</article>`
}

// TestAuthorsLabelCells27: a writer's name in the cell or definition next to a label cell or
// term that holds a writer's post alone ("Reporter", Korean "글" and "기자", Russian "Автор") is
// the byline; a term that labels something else (the editor, the photographer) credits nobody.
func TestAuthorsLabelCells27(t *testing.T) {
	auth27Run(t, "table reporter", "", auth27Article(`<table><tr><td>Reporter</td><td>Jane Roeburn</td></tr></table>`, ""), []string{"Jane Roeburn"})
	auth27Run(t, "dl author", "", auth27Article(`<dl class="meta"><dt>Author</dt><dd>Jane Roeburn</dd><dt>Published</dt><dd>May 3, 2024</dd></dl>`, ""), []string{"Jane Roeburn"})
	auth27Run(t, "dl correspondent", "", auth27Article(`<dl><dt>Correspondent:</dt><dd>Jane Roeburn</dd></dl>`, ""), []string{"Jane Roeburn"})
	ru := strings.Repeat("Портовый совет во вторник проголосовал за восстановление старого причала после долгого заседания. ", 5)
	auth27Run(t, "dl ru", `<meta http-equiv="content-language" content="ru">`,
		`<article><h1>Совет решил восстановить причал</h1><dl><dt>Автор</dt><dd>Иван Петров</dd></dl><p>`+ru+`</p><p>`+ru+`</p></article>`, []string{"Иван Петров"})
	ko := strings.Repeat("항만위원회는 화요일 긴 회의 끝에 낡은 부두를 다시 짓기로 의결했다. ", 6)
	auth27Run(t, "dl ko", `<meta http-equiv="content-language" content="ko">`,
		`<article><h1>항만위원회, 부두 재건 의결</h1><dl class="info"><dt>글</dt><dd>김하늘</dd><dt>사진</dt><dd>박바다</dd></dl><p>`+ko+`</p><p>`+ko+`</p></article>`, []string{"김하늘"})
	auth27Run(t, "table ko", `<meta http-equiv="content-language" content="ko">`,
		`<article><h1>항만위원회, 부두 재건 의결</h1><table><tr><td>기자</td><td>김하늘</td></tr></table><p>`+ko+`</p><p>`+ko+`</p></article>`, []string{"김하늘"})
	auth27Run(t, "photographer term", "", auth27Article(`<dl><dt>Photographer</dt><dd>Jane Roeburn</dd></dl>`, ""), nil)
	// A review's card of a film's credits names its screenwriter "Writer": no byline.
	auth27Run(t, "film card", "", auth27Article(`<table><tr><td>Director</td><td>Ana Samplez</td></tr><tr><td>Writer</td><td>Jane Roeburn</td></tr></table>`, ""), nil)
}

// TestAuthorsDashSignOff27: a piece signed on a line of its own under its last paragraph with a
// dash and the writer's name ("—Jane Roeburn") names its writer; a dash and a name under a
// paragraph that is a quotation whole attribute the quotation.
func TestAuthorsDashSignOff27(t *testing.T) {
	auth27Run(t, "em dash in em", "", auth27Article("", `<p><em>—Jane Roeburn</em></p>`), []string{"Jane Roeburn"})
	auth27Run(t, "en dash spaced", "", auth27Article("", `<p>– Jane Roeburn</p>`), []string{"Jane Roeburn"})
	quote := `<p>“The sea does not care for our budgets, and it never has, whatever the board decides this year or next.”</p>`
	auth27Run(t, "a quotation's source", "", auth27Article("", quote+`<p>— Tom Example</p>`), nil)
	auth27Run(t, "no name", "", auth27Article("", `<p>— the end of the story</p>`), nil)
	auth27Run(t, "a rule of dashes", "", auth27Article("", `<p>----- Top Stories -----</p>`), nil)
}

// TestAuthorsJaParenSign27: a Japanese story closed by its writer's name in round brackets
// after its last sentence ("…可決した。（山田太郎）") names the writer; a
// bracket of kanji that is no name ("（文中敬称略）", a place, an agency) names nobody.
func TestAuthorsJaParenSign27(t *testing.T) {
	ja := strings.Repeat("港湾委員会は火曜日、古い桟橋の建て替えを長い審議の末に可決した。", 6)
	run := func(name, last string, want []string) {
		t.Helper()
		auth27Run(t, name, `<meta http-equiv="content-language" content="ja">`,
			`<article><h1>桟橋の建て替えを可決</h1><p>`+ja+`</p><p>`+ja+last+`</p></article>`, want)
	}
	run("after the sentence", "（山田太郎）", []string{"山田太郎"})
	run("two writers", "（山田太郎、佐藤花子）", []string{"山田太郎", "佐藤花子"})
	run("honorifics note", "（文中敬称略）", nil)
	run("agency", "（共同通信）", nil)
	run("place", "（東京都）", nil)
}

// TestAuthorsDeckReporters27: a standfirst, printed and in the description, that closes by
// naming its writers ("… Jane Roeburn and Tom Example report", "…, writes Jane Roeburn")
// credits them; an outlet that reports ("The Example Herald reports") is no writer.
func TestAuthorsDeckReporters27(t *testing.T) {
	run := func(name, deck string, want []string) {
		t.Helper()
		auth27Run(t, name, `<meta name="description" content="`+deck+`">`,
			`<article><h1>`+auth27Headline+`</h1><div class="standfirst">`+deck+`</div><p>`+auth27Story+`</p><p>`+auth27Story+`</p></article>`, want)
	}
	run("two report", "The pier will be easier to rebuild after the ruling. Jane Roeburn and Tom Example report", []string{"Jane Roeburn", "Tom Example"})
	run("writes", "The pier will be easier to rebuild after the ruling, writes Jane Roeburn", []string{"Jane Roeburn"})
	run("an outlet", "The pier will be easier to rebuild after the ruling. The Example Herald reports", nil)
}

// TestAuthorsCitizenLabel27: a citizen journalism site labels the member who filed the story
// with a colon ("CJ: Jane Roeburn", "Citizen Reporter: …"): the name is the byline.
func TestAuthorsCitizenLabel27(t *testing.T) {
	auth27Run(t, "CJ", "", auth27Article(`<div class="cj"><strong>CJ: </strong><a href="/cj/jroeburn">Jane Roeburn</a></div>`, ""), []string{"Jane Roeburn"})
	auth27Run(t, "citizen reporter", "", auth27Article(`<p>Citizen Reporter: Jane Roeburn</p>`, ""), []string{"Jane Roeburn"})
}

// TestAuthorsDashSignOffPackage27: a package whose sections each close with a dashed signature
// of their own writer ("–Jane Roeburn", "–Tom Example") has no one writer, and a dashed name
// over a line naming a post ("— Jane Roeburn" over "Program Chair") signs an official's
// announcement, not a byline.
func TestAuthorsDashSignOffPackage27(t *testing.T) {
	auth27Run(t, "sections", "", auth27Article("", `<p><em>–Tom Example</em></p><p>`+auth27Story+`</p><p><em>–Jane Roeburn</em></p>`), nil)
	auth27Run(t, "post under", "", auth27Article("", `<p>— Jane Roeburn<br>Program Chair</p>`), nil)
}

// TestAuthorsDashSignOffMany27: a page of 10,000 paragraphs, each a dashed name, is read once
// (each paragraph asked once whether it signs) and names no one writer (a thousand under the
// race detector: trials).
func TestAuthorsDashSignOffMany27(t *testing.T) {
	var b strings.Builder
	for i := range trials(10000) {
		b.WriteString(`<p>` + auth27Story[:60+i%20] + `</p><p>– Jane Roeburn</p>`)
	}
	auth27Run(t, "many", "", auth27Article("", b.String()), nil)
}
