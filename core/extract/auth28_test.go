package extract

import (
	"strings"
	"testing"
)

// auth28Story is a paragraph of story text for the handmade pages below.
var auth28Story = strings.Repeat("The harbour board voted on Tuesday to rebuild the old pier after a long and heated session. ", 5)

// auth28Headline is the handmade pages' headline.
const auth28Headline = "Harbour board votes to rebuild the old pier"

// auth28Run extracts a handmade page and checks its authors.
func auth28Run(t *testing.T, name, body string, want []string) {
	t.Helper()
	page := "<html><head><title>" + auth28Headline + "</title></head><body>" + body + "</body></html>"
	r, err := Extract("https://www.example.com/news/2024/05/harbour-pier-1234", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, name, r.Authors, want)
}

// auth28Article is a story in an <article> with pre above its paragraphs and post after them.
func auth28Article(pre, post string) string {
	return `<article><h1>` + auth28Headline + `</h1>` + pre + `<p>` + auth28Story + `</p><p>` + auth28Story + `</p>` + post + `</article>`
}

// TestAuthorsNumberedProfileLink28: a link under the headline to a writer's profile whose
// address gives the writer's number, not a slug ("/author/27938663", "profile.php?user_id=455"),
// names the writer when its text is shaped as a name; a label linked the same way names nobody.
func TestAuthorsNumberedProfileLink28(t *testing.T) {
	auth28Run(t, "author dir and number", auth28Article(`<div class="meta"><a href="/author/27938663">Jane Roeburn</a></div>`, ""), []string{"Jane Roeburn"})
	auth28Run(t, "profile script and id", auth28Article(`<table><tr><td><a href="profile.php?user_id=455">Dr. Jane K. Roeburn</a></td></tr></table>`, ""),
		[]string{"Jane K. Roeburn"})
	auth28Run(t, "a label", auth28Article(`<div class="meta"><a href="/author/27938663">more from this writer</a></div>`, ""), nil)
	auth28Run(t, "other script", auth28Article(`<div class="meta"><a href="article.php?id=455">Jane Roeburn</a></div>`, ""), nil)
	// A staff list in a sidebar links each member the same way: no byline.
	staff := `<div class="staff"><a href="/profiles/1353352">Jane Roeburn</a> | Writer<br><a href="/profiles/1020352">Tom Example</a> | Editor<br></div>`
	auth28Run(t, "staff list", `<div class="side">`+staff+`</div>`+auth28Article("", ""), nil)
	// Below the story's paragraphs a numbered profile link is a sidebar's or a job ad's.
	auth28Run(t, "after the story", auth28Article("", `<div class="jobs"><a href="/jobs/radio/reporter/161018">Reporter Radio Example</a></div>`), nil)
}

// TestAuthorsCaptionByline28: a byline-classed line inside a <figcaption> credits the figure's
// picture or audio piece ("Audio | 03:07 Min. | Jane Roeburn" under the lead player), not the
// story; German "Redaktion: Jane Roeburn und Tom Example" closing a story credits its editors.
func TestAuthorsCaptionByline28(t *testing.T) {
	caption := `<figure><img src="/a.jpg" alt=""><figcaption><p class="mediaInfo"><span class="media__label">Audio</span>` +
		`<span class="media__byline">03:07 Min.</span> <span class="media__byline">| Jane Roeburn</span></p></figcaption></figure>`
	auth28Run(t, "caption byline", auth28Article(caption, ""), nil)
	auth28Run(t, "caption byline then the story's", auth28Article(caption+`<p class="byline">By Tom Example</p>`, ""), []string{"Tom Example"})
	auth28Run(t, "Redaktion", auth28Article("", `<p class="info__text text__byline">Redaktion: Jane Roeburn und <a href="/redaktion/tom-example">Tom Example</a></p>`), nil)
	auth28Run(t, "Autorin beside Redaktion", auth28Article(`<p class="byline">Von Anna Beispiel | Redaktion: Jane Roeburn</p>`, ""), []string{"Anna Beispiel"})
}

// auth28Lang extracts a handmade page in language lang and checks its authors.
func auth28Lang(t *testing.T, name, lang, headline, byline, para string, want []string) {
	t.Helper()
	page := `<html lang="` + lang + `"><head><title>` + headline + `</title></head><body><article><h1>` + headline + `</h1>` + byline +
		`<p>` + para + `</p><p>` + para + `</p></article></body></html>`
	r, err := Extract("https://www.example.com/news/2024/05/harbour-pier-1234", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, name, r.Authors, want)
}

// TestAuthorsRoleLabels28: a byline that labels each contribution credits the writer, not the
// photographer, whatever separates the parts ("Texte : A. Photos : B", "Texto: A / Fotos: B")
// and when the roles stand in brackets after the names ("Von A (Text) und B (Fotos)").
func TestAuthorsRoleLabels28(t *testing.T) {
	auth28Run(t, "full stop", auth28Article(`<p class="byline">Texte : Jeanne Roeburn. Photos : Thomas Exemple</p>`, ""), []string{"Jeanne Roeburn"})
	auth28Run(t, "slash", auth28Article(`<p class="byline">Texto: Juana Roeburn / Fotos: Tomás Ejemplo</p>`, ""), []string{"Juana Roeburn"})
	auth28Run(t, "initial kept", auth28Article(`<p class="byline">Text: Jane K. Roeburn / Foto: Tom Example</p>`, ""), []string{"Jane K. Roeburn"})
	auth28Run(t, "comma still", auth28Article(`<p class="byline">Text: Anna Beispiel, Fotos: Tom Muster</p>`, ""), []string{"Anna Beispiel"})
	auth28Run(t, "bracketed roles", auth28Article(`<p class="byline">Von Anna Beispiel (Text) und Tom Muster (Fotos)</p>`, ""), []string{"Anna Beispiel"})
	auth28Run(t, "one label", auth28Article(`<p class="byline">Text: Anna Beispiel</p>`, ""), []string{"Anna Beispiel"})
}

// TestAuthorsListAnd28: "and" joins two writers in Polish ("i", "oraz"), Finnish ("ja"),
// Hungarian ("és") and Romanian ("și") as in the languages read before; an English byline box's
// "Post a Comment" stays no pair of names.
func TestAuthorsListAnd28(t *testing.T) {
	pl := strings.Repeat("Rada portu we wtorek zagłosowała za odbudową starego mola po długiej i burzliwej sesji. ", 5)
	auth28Lang(t, "pl i", "pl", "Rada portu za odbudową mola", `<p class="byline">Anna Kowalska i Tomasz Nowak</p>`, pl, []string{"Anna Kowalska", "Tomasz Nowak"})
	auth28Lang(t, "pl oraz", "pl", "Rada portu za odbudową mola", `<p class="byline">Anna Kowalska oraz Tomasz Nowak</p>`, pl, []string{"Anna Kowalska", "Tomasz Nowak"})
	fi := strings.Repeat("Satamalautakunta päätti tiistaina pitkän ja kiivaan kokouksen jälkeen rakentaa vanhan laiturin uudelleen. ", 5)
	auth28Lang(t, "fi ja", "fi", "Satamalautakunta rakentaa laiturin", `<p class="byline">Anna Virtanen ja Mikko Korhonen</p>`, fi, []string{"Anna Virtanen", "Mikko Korhonen"})
	auth28Run(t, "hu és", auth28Article(`<p class="byline">Kovács Anna és Nagy Péter</p>`, ""), []string{"Kovács Anna", "Nagy Péter"})
	auth28Run(t, "comment prompt", auth28Article(`<div class="byline"><a href="#comments">Post a Comment</a></div>`, ""), nil)
	// A series' heading in the author slot that "i" splits: the word after it is no name.
	auth28Lang(t, "pl heading", "pl", "Rada portu za odbudową mola", `<span class="autor">#Krótko o przepisach prawa w Nowej Zelandii i Polsce</span>`, pl, nil)
}

// TestAuthorsKoreanCredits28: a Korean byline that credits the photographer after the writer
// ("글 김하늘 기자 · 사진 박바다 기자", "사진=") names the writer alone, and a list of reporters
// each with the title ("김하늘 기자, 박바다 기자") names the two, not the title.
func TestAuthorsKoreanCredits28(t *testing.T) {
	ko := strings.Repeat("항만위원회는 화요일 긴 회의 끝에 낡은 부두를 다시 짓기로 의결했다. ", 6)
	h := "항만위원회, 부두 재건 의결"
	auth28Lang(t, "photo label", "ko", h, `<p class="byline">글 김하늘 기자 · 사진 박바다 기자</p>`, ko, []string{"김하늘"})
	auth28Lang(t, "photo equals", "ko", h, `<p class="byline">글=김하늘 기자, 사진=박바다 기자</p>`, ko, []string{"김하늘"})
	auth28Lang(t, "photo slash", "ko", h, `<p class="byline">김하늘 기자 / 사진 박바다 기자</p>`, ko, []string{"김하늘"})
	auth28Lang(t, "titles", "ko", h, `<p class="byline">김하늘 기자, 박바다 기자</p>`, ko, []string{"김하늘", "박바다"})
	auth28Lang(t, "text and photo one", "ko", h, `<p class="byline">글·사진 김하늘 기자</p>`, ko, []string{"김하늘"})
}

// TestAuthorsZhOtherCredits28: a Chinese byline's photographer's or editor's credit after the
// writer's name ("记者 张三 摄影 李四") ends the writers' list instead of voiding the credit.
func TestAuthorsZhOtherCredits28(t *testing.T) {
	zh := "港务局周二经过长时间的激烈讨论，投票决定重建旧码头。港务局周二经过长时间的激烈讨论，投票决定重建旧码头。港务局周二经过长时间的激烈讨论，投票决定重建旧码头。"
	h := "港务局决定重建旧码头"
	auth28Lang(t, "photographer", "zh-CN", h, `<p class="byline">记者 张三 摄影 李四</p>`, zh, []string{"张三"})
	auth28Lang(t, "labelled photographer", "zh-CN", h, `<p class="byline">记者：张三 摄影：李四</p>`, zh, []string{"张三"})
	auth28Lang(t, "editor", "zh-CN", h, `<p class="byline">记者 张三 编辑 李四</p>`, zh, []string{"张三"})
	auth28Lang(t, "two reporters", "zh-CN", h, `<p class="byline">记者 张三 李四</p>`, zh, []string{"张三", "李四"})
}
