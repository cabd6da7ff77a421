package extract

import (
	"strings"
	"testing"
)

// TestAuthorsBylineUnderCaptionedLeadPicture26: a byline line ("Von Jane Roe") printed after
// the lead picture's caption and the deck still stands above the story when the caption is set
// in a long <p> inside the <figcaption>: the caption is no story paragraph.
func TestAuthorsBylineUnderCaptionedLeadPicture26(t *testing.T) {
	caption := `<figure><img src="/bild.jpg" alt=""><figcaption><p>Ein Blick auf den neuen Marktplatz am frühen Morgen, kurz bevor die ersten Händler ihre Stände aufbauen und die Stadt langsam erwacht.</p><small>(Foto: Agentur)</small></figcaption></figure>`
	deck := `<div><p>Die Stadt hat den Marktplatz nach zwei Jahren Bauzeit wieder eröffnet. Händler und Anwohner sind zufrieden, doch die Kosten sind deutlich höher ausgefallen als geplant.</p></div>`
	byline := `<p class="x1y2z3">Von Jana Rosenthal</p>`
	checkAuthors(t, "byline after caption and deck", authorsOf(t, "https://example.com/a", "", caption+deck+byline), []string{"Jana Rosenthal"})
	// Two story paragraphs above the line: it is no byline of the story's head.
	story := strings.Repeat(`<p>Der Gemeinderat hat am Montag über den neuen Haushalt beraten und ihn nach langer Debatte mit großer Mehrheit beschlossen, wie die Sprecherin sagte.</p>`, 2)
	checkAuthors(t, "line after two story paragraphs", authorsOf(t, "https://example.com/a", "", caption+story+`<p class="x1y2z3">Von der Redaktion empfohlen</p>`), nil)
}

// TestAuthorsCoAuthoredClosingCredit26: a guest piece that prints no byline above the story
// closes with its writers' credit, "This article was co-authored by Jane Roe and John Doe." (or
// "& John Doe", "This piece was written by …"); the same words inside a paragraph of the story
// credit no one.
func TestAuthorsCoAuthoredClosingCredit26(t *testing.T) {
	page := func(closing string) []string {
		t.Helper()
		doc := `<html><head><title>Why open networks need neutral code</title></head><body><article><h1>Why open networks need neutral code</h1>` +
			strings.Repeat(`<p>Open networks only stay open when the code that runs them treats every participant the same way, whoever they are and whatever they build.</p>`, 4) +
			closing + `</article></body></html>`
		r, err := Extract("https://example.com/op-ed", []byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		return r.Authors
	}
	checkAuthors(t, "co-authored", page(`<p><em>This article was co-authored by</em> <a href="https://example.com/in/jr"><strong>Jana Rosenthal</strong></a> <em>and</em> <a href="https://example.com/in/md"><strong>Milo Dragan</strong></a>.</p>`), []string{"Jana Rosenthal", "Milo Dragan"})
	checkAuthors(t, "ampersand", page(`<p>This article was co-authored by Jana Rosenthal &amp; Milo Dragan.</p>`), []string{"Jana Rosenthal", "Milo Dragan"})
	checkAuthors(t, "written by", page(`<p>This piece was written by Jana Rosenthal.</p>`), []string{"Jana Rosenthal"})
	checkAuthors(t, "in a sentence", page(`<p>The report, which was co-authored by Jana Rosenthal and Milo Dragan last year, found the same.</p>`), nil)
}

// TestAuthorsLowerCaseGivenNameInByline26: a byline that joins two writers with "und"/"and"
// where one given name was typed in lower case ("Von: jana Rosenthal und Milo Dragan") names
// both; a particle ("von Rosenthal") or a label word ("mit Rosenthal") before a surname is no
// given name.
func TestAuthorsLowerCaseGivenNameInByline26(t *testing.T) {
	for _, c := range []struct {
		byline string
		want   []string
	}{
		{"Von: jana Rosenthal und Milo Dragan", []string{"Jana Rosenthal", "Milo Dragan"}},
		{"By Milo Dragan and jana Rosenthal", []string{"Milo Dragan", "Jana Rosenthal"}},
		{"Von: von Rosenthal und Milo Dragan", []string{"Milo Dragan"}},
		{"Von: mit Rosenthal und Milo Dragan", []string{"Milo Dragan"}},
	} {
		checkAuthors(t, c.byline, authorsOf(t, "https://example.com/a", "", `<div class="article-author">`+c.byline+`</div>`), c.want)
	}
}
