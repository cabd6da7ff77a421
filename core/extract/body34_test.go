package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"paperboy/core/textsim"
)

// TestContainerUnderStandfirst checks a reading of a page column that opens with the header's
// standfirst (the sentence the description repeats), then the named container's story whole,
// then other stories' teasers: the container is the story, though the reading agrees better
// with the description. A reading whose only agreement lies after the story stays.
func TestContainerUnderStandfirst(t *testing.T) {
	lead, story, teasers := words("lead", 20), words("story", 300), words("teaser", 150)
	desc := textsim.Tokens(lead)
	c := newCandidate(story)
	if !betterContainer(newCandidate("Photo credit "+lead+lead+story+teasers), c, desc) {
		t.Error("a reading of standfirst, story and teasers was kept over the story's container")
	}
	if betterContainer(newCandidate("Kicker "+story+teasers+lead), c, desc) {
		t.Error("a reading that says the description after the story gave way to the container")
	}
	// A container followed by a like sibling is one block of a story split around an
	// advertisement slot: the block above it that the description restates is the story's
	// first paragraph, and the reading of all the blocks stays.
	split := c
	split.continued = true
	if betterContainer(newCandidate(lead+story+words("rest", 150)), split, desc) {
		t.Error("a split story's reading gave way to its middle block")
	}
	doc, err := html.Parse(strings.NewReader(`<div><div class="text">a</div><div class="ad">b</div><div class="cell"><div class="text">c</div></div><div class="text last">d</div></div>`))
	if err != nil {
		t.Fatal(err)
	}
	blocks := bodyOf(doc).FirstChild
	if first := blocks.FirstChild; !likeBlockAfter(first) || likeBlockAfter(first.NextSibling.NextSibling.FirstChild) {
		t.Error("likeBlockAfter: want a like block (in another cell) after the first block only")
	}
}

// TestHelplineDirectoryLeavesTheBody checks a directory of support services closing a story:
// a "Helplines:" heading, then services' names, numbers and addresses set as short lines. The
// directory goes; a story that goes on after a line naming helplines keeps its paragraphs.
func TestHelplineDirectoryLeavesTheBody(t *testing.T) {
	story := strings.Repeat("<p>The council said on Tuesday that the family had asked for privacy while the school arranged support for pupils and staff over the coming weeks.</p>", 4)
	box := `<p><b>Helplines: <a href="/help">see page 709</a></b></p><p><strong>Careline</strong><br>Tel: 1850-123456 (24 hours)<br>Email: help@careline.example<br>Website: www.careline.example</p>` +
		`<p><strong>Listen House, Riverside</strong><br>Listen House, 12 Quay Road,<br><strong>Tel:</strong> 01-6000000</p>`
	page := `<html><head><title>School mourns pupil</title></head><body><article><h1>School mourns pupil</h1><div class="story-body">` +
		story + box + `</div></article></body></html>`
	r, err := Extract("https://news.example.ie/a/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, furniture := range []string{"Helplines", "Careline", "1850-123456", "Quay Road"} {
		if strings.Contains(r.Body, furniture) {
			t.Errorf("body kept %q:\n%s", furniture, r.Body)
		}
	}
	if !strings.Contains(r.Body, "The council said on Tuesday") {
		t.Errorf("story lost:\n%s", r.Body)
	}
	prose := `<html><head><title>Helplines busier</title></head><body><article><h1>Helplines busier</h1><div class="story-body">` + story +
		`<p>Helplines: calls rose</p><p>The charity said calls to its lines rose by a third this winter, and it asked the government to fund more volunteers in every county.</p></div></article></body></html>`
	r, err = Extract("https://news.example.ie/a/2", []byte(prose))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "calls to its lines rose by a third") {
		t.Errorf("a story's paragraph after a helpline line was dropped:\n%s", r.Body)
	}
}

// TestMicrodataCarriersLeaveTheBody checks the schema.org microdata a page prints as text inside
// its story's block for machines (the picture's address, the publisher's name and logo,
// mainEntityOfPage): preclean drops it, so no reading of the block holds it. The story's own
// itemprops (articleBody, the author's name) stay.
func TestMicrodataCarriersLeaveTheBody(t *testing.T) {
	story := strings.Repeat("<p>The institute's director said there was no evidence that the virus had been made in a laboratory, and that its genome showed a natural origin.</p>", 4)
	page := `<html><head><title>Director answers</title></head><body><h1>Director answers</h1><div class="article">` +
		`<div class="meta"><div itemprop="image">https://cdn.example.com/img/1200x675.jpg</div>` +
		`<div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><div itemprop="name">Example Daily</div>` +
		`<div itemprop="logo" itemscope><div itemprop="url">https://cdn.example.com/logo.png</div></div></div>` +
		`<div itemprop="mainEntityOfPage">https://news.example.com/a/1/</div></div>` +
		`<p>Reported by <span itemprop="author">Jane Roe</span> in Geneva.</p><div itemprop="articleBody">` + story + `</div></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	preclean(doc)
	text := renderText(bodyOf(doc))
	for _, furniture := range []string{"https://", "Example Daily", "logo.png"} {
		if strings.Contains(text, furniture) {
			t.Errorf("text kept %q:\n%s", furniture, text)
		}
	}
	for _, kept := range []string{"no evidence that the virus", "Reported by Jane Roe in Geneva."} {
		if !strings.Contains(text, kept) {
			t.Errorf("text lost %q:\n%s", kept, text)
		}
	}
}
