package extract

import "testing"

// A source credit that names only news agencies ("Source AFP" in the author meta and the
// JSON-LD Person, "Quelle: dpa/AFP") says where the copy comes from: the page names no writer.
// A source label before a person's name is left as it was.
func TestAgencySourceCreditIsNoAuthor(t *testing.T) {
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"meta and JSON-LD", `<meta name="author" content="Source AFP"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":[{"@type":"Person","name":"Source AFP"}]}</script>`, "", nil},
		{"German label, two agencies", `<meta name="author" content="Quelle: dpa/AFP">`, "", nil},
		{"printed byline", "", `<div class="byline">Source : Reuters</div>`, nil},
		{"a writer still a writer", `<meta name="author" content="Jana Nováková">`, "", []string{"Jana Nováková"}},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://www.example.fr/a/1", c.head, c.body), c.want)
	}
}

// Initials alone ("di F. Q.", "M.P") are a desk's or an editor's sign, no name: the byline
// names no writer. An initial beside a written-out name stays.
func TestInitialsOnlyByline(t *testing.T) {
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"JSON-LD and cite", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"F. Q."}}</script>`,
			`<cite><a href="/blog/collaboratore/" rel="author">di F. Q.</a></cite>`, nil},
		{"glued initials", `<meta name="author" content="M.P">`, "", nil},
		{"initials and surname", `<meta name="author" content="J. K. Rowling">`, "", []string{"J. K. Rowling"}},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://www.example.it/a/1", c.head, c.body), c.want)
	}
}

// A stamp's label in the byline block ("Publié le" before a <time> the block reads apart) is
// no name once the date is cut, in French, Portuguese, Italian or German as in English.
func TestStampLabelIsNoAuthor(t *testing.T) {
	for _, label := range []string{"Publié le", "Publicado em", "Pubblicato il", "Veröffentlicht am"} {
		body := `<div class="author-container"><p><span itemprop="author">AFP</span></p><p class="date-line">| <span class="strong-date">` +
			label + ` <time itemprop="datePublished" datetime="2023-04-10T06:45:08-04:00">10/04/2023 06:45</time></span></p></div>`
		checkAuthors(t, label, authorsOf(t, "https://www.example.ca/a/1", "", body), nil)
	}
}

// A German broadcaster's byline names the studio the writer files from after a comma ("Von
// Wolfgang Vichtl, ARD-Studio Wien"): the studio is no co-author.
func TestStudioAfterNameIsNoAuthor(t *testing.T) {
	for _, studio := range []string{"ARD-Studio Wien", "ARD-Hauptstadtstudio", "ZDF-Landesstudio Bayern"} {
		got := authorsOf(t, "https://www.example.de/a/1", "", `<div class="authorline__author">Von Erika Mustermann, `+studio+`</div>`)
		checkAuthors(t, studio, got, []string{"Erika Mustermann"})
	}
}

// A source label before nothing but dashes (its e-mail address cut) credits no agency: the
// line is read as before.
func TestSourceLabelWithoutCredit(t *testing.T) {
	if agencySourceCredit("Source --") || agencySourceCredit("Source : ") || !agencySourceCredit("Source : AFP") {
		t.Error("agencySourceCredit: a label alone is no agency credit")
	}
}
