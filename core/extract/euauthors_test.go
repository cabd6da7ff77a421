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

// A blog layout that prints its byline in the column beside the story, a block the page names
// "related" ("<div id="related"><div class="blog-byline">Posted by <a rel="author">…</a>
// Thursday 15 September 2011"): the rel=author link in a byline block that prints the story's
// own day is the story's writer.
func TestAuthorsSideColumnByline(t *testing.T) {
	html := `<html lang="en"><head><meta property="article:published_time" content="2011-09-15T13:57:36+01:00"></head><body><h1>Le conseil municipal vote son budget</h1>` + euStory +
		`<div id="related"><div class="blog-byline b4"><span class="blog-byline-kick">Posted by</span> <a class="contributor" rel="author" href="/profile/jemimakiss">Jemima Kiss</a> Thursday 15 September 2011 <span class="timestamp">08.57 EDT</span> <span class="byline-publication"><a href="/">example.co.uk</a></span></div>
<div class="trail"><p>An older story about the same company. By Jemima Kiss</p><p class="date">7 Sep 2011</p></div></div></body></html>`
	res, err := extract.Extract("http://www.example.co.uk/media/pda/2011/sep/15/techcrunch-startups", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Jemima Kiss"}; !slices.Equal(res.Authors, want) {
		t.Errorf("authors %q, want %q", res.Authors, want)
	}
}
