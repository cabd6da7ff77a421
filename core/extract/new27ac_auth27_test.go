package extract

import (
	"strings"
	"testing"
)

// new27acStory is a paragraph of story text for the handmade pages below.
var new27acStory = strings.Repeat("Le conseil municipal a voté lundi le nouveau budget après une longue séance de débats. ", 5)

// new27acAuthors extracts a handmade page whose JSON-LD names author and checks its authors.
func new27acAuthors(t *testing.T, name, author, byline string, want []string) {
	t.Helper()
	page := `<html><head><title>Le conseil vote le budget</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Le conseil vote le budget","author":{"@type":"Person","name":"` +
		author + `"}}</script></head><body><article><h1>Le conseil vote le budget</h1>` + byline + `<p>` + new27acStory + `</p><p>` + new27acStory + `</p></article></body></html>`
	r, err := Extract("https://example.fr/actualite/conseil-budget-123", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, name, r.Authors, want)
}

// TestAuthorsLDEntities27: a JSON-LD string is JSON, not HTML, yet content systems write HTML
// entities into it ("La R&eacute;daction", "Jos&eacute; Roeburn"): the name is the decoded one,
// never cut at the ampersand ("La R"), so a desk stays a desk and a person keeps the accent.
func TestAuthorsLDEntities27(t *testing.T) {
	new27acAuthors(t, "desk", "La R&eacute;daction", `<div class="author">La R&eacute;daction</div>`, nil)
	new27acAuthors(t, "desk, no byline", "La R&eacute;daction", ``, nil)
	new27acAuthors(t, "person", "Jos&eacute; Roeburn", ``, []string{"José Roeburn"})
	new27acAuthors(t, "two joined", "Jane Roeburn &amp; Tom Example", ``, []string{"Jane Roeburn", "Tom Example"})
}

// TestAuthorsLDOrganizationMeta27: the author meta repeats what the JSON-LD types an
// Organization (a publishing group: "Example Mediengruppe", "Nordwest Zeitungsholding"), the page
// prints no byline with it: no writer. A writer's meta beside the publisher's Organization stays,
// as does an Organization the byline prints (a CMS that types every author alike).
func TestAuthorsLDOrganizationMeta27(t *testing.T) {
	run := func(name, meta, org, byline string, want []string) {
		t.Helper()
		page := `<html><head><title>Konferenz in Wien</title><meta name="author" content="` + meta + `"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Konferenz in Wien","author":[{"@type":"Organization","name":"` +
			org + `"}]}</script></head><body><article><h1>Konferenz in Wien</h1>` + byline + `<p>` + strings.Repeat("Die Konferenz in Wien beriet am Montag über neue Regeln für autonome Waffen und ihre Kontrolle. ", 6) +
			`</p></article><footer>Eine Webseite der ` + org + `</footer></body></html>`
		r, err := Extract("https://www.example.de/politik/article123/konferenz-wien.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, name, r.Authors, want)
	}
	run("media group", "EXAMPLE Mediengruppe", "EXAMPLE Mediengruppe", "", nil)
	run("holding", "Nordwest Zeitungsholding", "Nordwest Zeitungsholding", "", nil)
	run("Organization printed as byline", "Jana Beispiel", "Jana Beispiel", `<div class="byline">Von Jana Beispiel</div>`, []string{"Jana Beispiel"})
	run("writer meta", "Jana Beispiel", "Nordwest Zeitungsholding", "", []string{"Jana Beispiel"})
}
