package extract

import (
	"strings"
	"testing"
)

// TestAuthorsMenuBylinesOverAgency17: a menu of columnists' teasers above the headline ("| Jane
// Roe" under each blog's name) names other stories' writers; under the headline the story's
// byline credits the agency the metadata credits, and the story has no person as its author.
func TestAuthorsMenuBylinesOverAgency17(t *testing.T) {
	nav := `<div class="nav"><p class="module-title"><a href="/blogs">Blogs &amp; Columns</a></p><ul><li class="blogger-metadata-wrapper"><div class="blogger-metadata"><span><a href="/blogs/politics/2013/07/18/shorthand/"><strong>Shorthand</strong></a></span><br/><span class="blog-title"><a href="/blogs/politics">Politics</a></span> <span class="blog-byline">| <a href="/jane-roe/page.html"> Jane Roe</a></span></div></li>
<li class="blogger-metadata-wrapper"><div class="blogger-metadata"><span><a href="/blogs/fact/2013/07/18/other/"><strong>Other</strong></a></span><br/><span class="blog-byline">| <a href="/john-doe/page.html"> John Doe</a></span></div></li></ul></div>`
	page := `<html><head><title>Rover tastes the air</title><meta name="DC.creator" content="Associated Press"/></head><body>` + nav + `<div><h1>Health</h1></div><article><h1><span class="entry-title">Rover tastes the air</span></h1><div class="byline">By <span class="author"> Associated Press</span>, Published: July 18</div><p>` + strings.Repeat("The rover measured the air of the planet and found mostly carbon dioxide in it. ", 6) + `</p></article></body></html>`
	r, err := Extract("https://www.example.com/national/story.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "agency story under a columnists' menu", r.Authors, nil)
}
