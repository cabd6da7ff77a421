package extract_test

import (
	"slices"
	"testing"

	"paperboy/core/extract"
)

// Spanish and Italian pages that credit an agency, the publisher or its company where a
// person would stand.
func TestAuthorsOrganisationsEU(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string
	}{
		{"a news agency as a schema.org Person",
			`<html lang="es"><body><h1>Le conseil municipal vote son budget</h1><div class="firma"><span itemscope itemprop="author" itemtype="https://schema.org/Person"><span itemprop="name"> Efe </span></span> <span>Madrid</span></div>` + euStory, nil},
		{"an author meta repeating the organization meta",
			`<html lang="es"><head><meta name="author" content="Diximedia"><meta name="organization" content="Diximedia"></head><body><h1>Le conseil municipal vote son budget</h1>` + euStory, nil},
		{"an item author repeating the microdata publisher's name",
			`<html lang="es"><body><div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><img src="/logo.png" alt="Público"><span itemprop="name">Público</span></div><h1>Le conseil municipal vote son budget</h1>` + euStory + `<footer><div class="article-info" itemprop="author"><p class="signature">PÚBLICO</p></div></footer>`, nil},
		{"a one-word author meta the page never prints yields to the printed byline",
			`<html lang="it"><head><meta name="author" content="Elemedia"></head><body><h1>Le conseil municipal vote son budget</h1><h3>Il governo presenta il piano <em class="author">di ROBERTO MANIA </em></h3>` + euStory, []string{"Roberto Mania"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := extract.Extract("https://www.example.com/politica/articulo-1.html", []byte(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(res.Authors, tc.want) {
				t.Errorf("authors %q, want %q", res.Authors, tc.want)
			}
		})
	}
}
