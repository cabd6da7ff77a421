package extract

import (
	"strings"
	"testing"
)

// TestAuthorsClosingWireBy17: a wire story closes with its writer's sign-off, an underscore
// (the wire's dash in plain text) before "By", the name and the place filed from; under an
// agency's byline or none, that is the author.
func TestAuthorsClosingWireBy17(t *testing.T) {
	for _, top := range []string{`<div class="article-authors"><strong>By:</strong> <span class="credit">Staff</span> <span class="staff">The Example Press</span></div>`, ``} {
		page := `<html><head><title>Court hears complaint</title></head><body><article><h1>Court hears complaint</h1>` + top + `<p>` + strings.Repeat("The court heard the complaint of the former officer on Monday and reserved its decision. ", 6) + `</p><p>` + strings.Repeat("Her lawyer says the condition is void and cannot be enforced against her client. ", 3) + `</p><p>_ By Jane Roe in Vancouver</p></article></body></html>`
		r, err := Extract("https://www.example.com/news/story.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, "closing _ By", r.Authors, []string{"Jane Roe"})
	}
}
