package extract

import "testing"

// The outlet credited as a person: a byline that names the outlet's staff ("By Example
// Searchlight staff") makes the metadata's "Example Searchlight" the outlet, and a blog's
// admin account named after the site with an initial ("Examplenews D" on examplenews.co.za)
// is no writer; the bold line under the headline names the writer.
func TestAuthorsAuth21OutletCredits(t *testing.T) {
	body := `<h1>Council passes the budget after a long night</h1><div class="byline">By Example Searchlight staff</div><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	auth21Run(t, "the outlet's staff", `<meta name="author" content="Example Searchlight">`, body, nil)
	body = `<h1>Council passes the budget after a long night</h1><div class="byline">By Jane Roeburn, Staff Writer</div><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	auth21Run(t, "a staff writer", `<meta name="author" content="Jane Roeburn">`, body, []string{"Jane Roeburn"})

	body = `<h1>Council passes the budget after a long night</h1><p class="post-meta">by <span class="author"><a href="/author/admin/">Example D</a></span> | <span class="published">5 November 2024</span></p><div class="text"><p><strong>JANE ROEBURN</strong></p><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	page := "<html><head><title>Council passes the budget after a long night</title><meta property=\"og:site_name\" content=\"Examplenews\"></head><body>" + body + "</body></html>"
	r, err := Extract("https://examplenews.co.za/council-passes-the-budget/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "the site's name and an initial", r.Authors, []string{"Jane Roeburn"})
	page = "<html><head><title>Council passes the budget after a long night</title></head><body>" + body + "</body></html>"
	r, err = Extract("https://www.townpaper.org/council-passes-the-budget/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "a name and an initial on another site", r.Authors, []string{"Example D"})
}
