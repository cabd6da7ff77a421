package extract

import "testing"

// On a page that names no picture in its metadata and holds none in an element named for the
// article, the picture printed at the story's start leads the post: in a box just above its
// first paragraph, floated inside it, or alone on the line between paragraphs. An icon inside a
// line of text, a layout's button or feed image, a teaser's linked picture and a picture far
// from the story's start lead nothing.
func TestStoryPicture(t *testing.T) {
	const u = "https://example.org/news/2009/pier.html"
	story := `<p>The harbour council voted on Tuesday to rebuild the old ferry pier before the summer season, ending a dispute that has run for two years.</p>
		<p>The pier, closed since a storm damaged its pilings, carried most of the island's commuters until the council shut it.</p>
		<p>Work on the ferry pier is to start in March and cost about four million dollars, the council said in a statement.</p>`
	page := func(block string) string {
		return `<html><head><title>Council votes to rebuild the pier - Harbour Daily</title></head><body>` +
			`<div id="top"><img src="/layout/masthead-photo.jpg" width="200" height="120"></div>` +
			`<div class="nav"><p>Home</p><p>Local</p><p>Sport</p><p>Weather</p><p>Contact</p></div>` +
			`<h1>Council votes to rebuild the pier</h1>` + block + `</body></html>`
	}
	cases := []struct{ name, block, want string }{
		{"box above the story",
			`<div class="wrap"><div class="supplement"><dl><dt><img src="/photos/pier.jpg" width="276" alt="The old pier"></dt><dd>The old pier in 2008.</dd></dl></div>` +
				`<div class="copy">` + story + `</div></div>`,
			"https://example.org/photos/pier.jpg"},
		{"floated in the first paragraph",
			`<div class="copy"><p><img src="/photos/pier.jpg" align="left">The harbour council voted on Tuesday to rebuild the old ferry pier before the summer season, ending a dispute that has run for two years.</p></div>`,
			"https://example.org/photos/pier.jpg"},
		{"alone on its line between paragraphs",
			`<div class="copy"><center><img src="/photos/pier.jpg"></center>` + story + `</div>`,
			"https://example.org/photos/pier.jpg"},
		{"icon in the date line",
			`<div class="copy"><div class="when">12 May 2009 10:40 Source: Harbour Daily <img src="/i/1.png"> Comments (0)</div>` + story + `</div>`,
			""},
		{"button and feed image",
			`<div class="copy"><div><img src="/img/largetype_btn.png"></div><div><img src="/img/rss.gif"></div><div><img src="/img/arrowRight_red.jpg"></div>` + story + `</div>`,
			""},
		{"teaser's linked picture",
			`<div class="copy"><div><a href="/news/2009/other-story.html"><img src="/photos/other.jpg"></a></div>` + story + `</div>`,
			""},
	}
	for _, c := range cases {
		res, err := Extract(u, []byte(page(c.block)))
		if err != nil {
			t.Fatal(err)
		}
		if res.ImageURL != c.want {
			t.Errorf("%s: image %q, want %q", c.name, res.ImageURL, c.want)
		}
	}
}
