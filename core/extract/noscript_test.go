package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// TestNoscriptStory covers a page whose script renders the post and whose HTML carries it only
// inside <noscript>: the story and its byline are read from there, while a short <noscript>
// beside a printed story changes nothing.
func TestNoscriptStory(t *testing.T) {
	var post strings.Builder
	post.WriteString(`<span class="byline-author">Posted by Dana Whitfield, Director of Research</span><br><br>`)
	for i := 0; i < 12; i++ {
		post.WriteString(`The observatory's new survey mapped the southern sky in greater detail than any before it, and the team expects the catalogue to keep astronomers busy for a decade. `)
		post.WriteString("<br><br>\n")
	}
	side := `<div class="sidebar"><h2>Labels</h2><ul><li><a href="/l/a">Astronomy 12</a></li><li><a href="/l/b">Events 4</a></li><li><a href="/l/c">Research 30</a></li></ul></div>`
	page := `<html lang="en"><head><title>A new map of the southern sky</title></head><body><h1>A new map of the southern sky</h1>` +
		`<div class="post"><script type="text/template">` + post.String() + `</script><noscript>` + post.String() + `</noscript></div>` + side + `</body></html>`
	r, err := extract.Extract("https://blog.example.com/2016/09/new-map.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.Body, "The observatory's new survey") || strings.Contains(r.Body, "Astronomy 12") {
		t.Errorf("Body = %.120q, want the post from <noscript>", r.Body)
	}
	if len(r.Authors) != 1 || r.Authors[0] != "Dana Whitfield" {
		t.Errorf("Authors = %q, want [Dana Whitfield]", r.Authors)
	}
	printed := `<html lang="en"><head><title>A new map of the southern sky</title></head><body><h1>A new map of the southern sky</h1>` +
		`<article><p>` + strings.Repeat("The observatory's new survey mapped the southern sky in greater detail than any before it. ", 12) + `</p></article>` +
		`<noscript><p>` + strings.Repeat("Please enable JavaScript to see the comments and the map viewer. ", 3) + `</p></noscript>` + side + `</body></html>`
	r, err = extract.Extract("https://blog.example.com/2016/09/new-map.html", []byte(printed))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "enable JavaScript") {
		t.Errorf("Body = %.200q, took the short <noscript>", r.Body)
	}
}
