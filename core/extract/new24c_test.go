package extract

import (
	"strings"
	"testing"

	"paperboy/core/boilerplate"
)

// new24cStory is a story's text long enough for the body rules to take it.
var new24cStory = strings.Repeat("The council met on Monday to debate the new budget and passed it after a long session. ", 6)

// new24cPage wraps a story of three paragraphs, with head in <head> and after under the story, in a page.
func new24cPage(t *testing.T, head, after string) *Result {
	t.Helper()
	page := "<html><head><title>Council passes the budget after a long night</title>" + head + "</head><body><article>" +
		"<h1>Council passes the budget after a long night</h1><p>" + new24cStory + "</p><p>" + new24cStory +
		"</p><p>" + new24cStory + "</p>" + after + "</article></body></html>"
	r, err := Extract("https://www.example.com/news/council-passes-the-budget", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A page saved through Mercury/Postlight's re-serialisation carries every <meta content> as
// value: its Open Graph image, its publication time, its author and its description are read
// from value as from content.
func TestMetaValueForContent(t *testing.T) {
	head := `<meta value="article" name="og:type">` +
		`<meta value="https://cdn.example.com/photos/council-2040.jpg" name="og:image">` +
		`<meta value="2025-01-09T22:33:28+00:00" name="article:published_time">` +
		`<meta name="author" value="Jane Roe">` +
		`<meta value="The budget passed after a session that ran past midnight." name="og:description">`
	r := new24cPage(t, head, "")
	if r.ImageURL != "https://cdn.example.com/photos/council-2040.jpg" {
		t.Errorf("image %q", r.ImageURL)
	}
	if want := "2025-01-09T22:33:28Z"; r.Published.UTC().Format("2006-01-02T15:04:05Z") != want {
		t.Errorf("published %v, want %s", r.Published, want)
	}
	if len(r.Authors) != 1 || r.Authors[0] != "Jane Roe" {
		t.Errorf("authors %q", r.Authors)
	}
	if r.Description == "" {
		t.Errorf("no description")
	}
	// content wins where a page writes both.
	r = new24cPage(t, `<meta property="og:image" content="https://cdn.example.com/a.jpg" value="https://cdn.example.com/b.jpg">`, "")
	if r.ImageURL != "https://cdn.example.com/a.jpg" {
		t.Errorf("both: image %q", r.ImageURL)
	}
}

// A microdata property on <data> states its value in value (the microdata specification), as a
// re-serialised <meta itemprop> does.
func TestItempropValueAttribute(t *testing.T) {
	after := `<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" value="Jane Roe"></div>`
	r := new24cPage(t, "", after)
	if len(r.Authors) != 1 || r.Authors[0] != "Jane Roe" {
		t.Errorf("authors %q", r.Authors)
	}
}

// A player's clock before it loads ("0:00 / --:--" and its key help) and a gallery's button
// ("VIEW GALLERY - 3 IMAGES") are the page's controls, not lines of the story; a sentence that
// opens on a time stays.
func TestPlayerClockAndGalleryButton(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"0:00 / --:--Use left and right arrow keys to seek audio.", true},
		{"0:00 / 3:41", true},
		{"VIEW GALLERY - 3 IMAGES", true},
		{"View gallery (12 photos)", true},
		{"10:00 / 11:30 Eröffnung durch den Bürgermeister", false},
		{"View the gallery of winners on our website, where all twelve photos are shown.", false},
	} {
		if got := boilerplate.IsPlaceholder(c.line); got != c.want {
			t.Errorf("%q: placeholder %v, want %v", c.line, got, c.want)
		}
	}
}

// A CMS that names its rich-text blocks for the HTML tags they hold ("styled-tags") sets each
// subheading and short paragraph of the story in one: they stay in the body, while a tag list
// (links) under the story is still dropped, and so is a lone tag-named label.
func TestTagNamedProseBlocks(t *testing.T) {
	block := func(inner string) string { return `<div class="styled-tags">` + inner + `</div>` }
	page := "<html><head><title>Praxen suchen Personal</title></head><body><article><h1>Praxen suchen Personal</h1>" +
		block("<p>"+new24cStory+"</p>") + block("<h2>Dringender Bedarf im Erzgebirge</h2>") + block("<p>"+new24cStory+"</p>") +
		block(`<p>"Wir müssten unsere Sprechzeiten verkürzen", befürchtet der Mediziner.</p>`) + block("<p>"+new24cStory+"</p>") +
		`<div class="topic-tags"><p>Folgen Sie den Themen dieses Artikels</p></div>` +
		`<div class="article-tags"><a href="/tag/aerzte">Ärzte</a> <a href="/tag/erzgebirge">Erzgebirge</a></div></article></body></html>`
	r, err := Extract("https://www.example.de/erzgebirge/praxen-artikel123", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Dringender Bedarf im Erzgebirge", "befürchtet der Mediziner"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("%q missing from the body", want)
		}
	}
	if strings.Contains(r.Body, "Ärzte") || strings.Contains(r.Body, "Folgen Sie") {
		t.Errorf("the tag list stays: %q", r.Body[max(0, len(r.Body)-80):])
	}
}
