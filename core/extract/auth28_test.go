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
