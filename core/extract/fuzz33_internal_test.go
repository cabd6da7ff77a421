package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestBylineBoxesReadOnce33 (fuzz33): the byline elements of one box ask formField about the
// box and inHeadlineLink about the link around them; each box and link is read once, not once
// for each of thousands of empty author spans (on main a link of 8,000 of them took 20 s, each
// span reading the box's every element for a form field and the link's text). What each is
// asked stays the same: a span in a teaser's link beside another story's headline is its
// teaser's, one in a box with a text field is a form's.
func TestBylineBoxesReadOnce33(t *testing.T) {
	spans := trials(4000)
	story := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 6) + "</p>"
	head := `<html><title>Council votes</title><body><h1>Council votes</h1>` + story
	for _, c := range []struct{ name, page string }{
		{"link", head + `<a href="/other">` + strings.Repeat(`<span class="author"></span>`, spans) + ` Vote for your favourite online advertising campaign</a>`},
		{"box", head + `<div>` + strings.Repeat(`<span class="byline"></span>`, spans) + `</div>`},
		{"longhref", head + `<a href="/other` + strings.Repeat("x", 1<<16) + `">` + strings.Repeat(`<span class="author">Jane Roe</span>`, spans) + ` Vote for your favourite campaign</a>`},
	} {
		doc, err := html.Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		p := scan(doc)
		// Each span is a box of its own (empty), and the two boxes above it are read once.
		if p.boxReads > spans+8 {
			t.Errorf("%s: %d spans read %d boxes and links", c.name, spans, p.boxReads)
		}
	}

	for _, c := range []struct {
		name, markup string
		link, form   bool
	}{
		{"teaser", `<a href="/other"><strong class="author">Grand Prix</strong> Vote for your favourite online advertising campaign</a>`, true, false},
		{"profile", `<a href="/author/jane-roe"><strong class="author">Jane Roe</strong> Vote for your favourite online advertising campaign</a>`, false, false},
		{"short", `<a href="/other"><strong class="author">Jane Roe</strong> Reporter</a>`, false, false},
		{"card", `<a href="/other"><strong class="author">Jane Roe</strong> ` + strings.Repeat("Vote for your favourite campaign. ", 30) + `</a>`, true, false},
		{"form", `<div><strong class="author">Name</strong><input type="text"></div>`, false, true},
	} {
		doc, err := html.Parse(strings.NewReader(head + c.markup + c.markup))
		if err != nil {
			t.Fatal(err)
		}
		p := scan(doc)
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "strong" {
				if got := p.inHeadlineLink(n); got != c.link {
					t.Errorf("%s: inHeadlineLink = %v, want %v", c.name, got, c.link)
				}
				if got := p.formField(n); got != c.form {
					t.Errorf("%s: formField = %v, want %v", c.name, got, c.form)
				}
			}
		}
	}
}
