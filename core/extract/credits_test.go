package extract

import (
	"strings"
	"testing"
)

// TestFigureCreditLeavesTheBody checks a photo essay whose figures print a credit line under
// the caption (<p class="credit">): the caption goes as furniture, and so must its credit.
func TestFigureCreditLeavesTheBody(t *testing.T) {
	var figures strings.Builder
	for _, who := range []string{"Ann Lens/Agency Images", "Bo Shutter/Wire", "Ann Lens/Agency Images"} {
		figures.WriteString(`<div><figure class="image"><img src="/p.jpg" alt="Protest"><figcaption class="caption"><span>Marchers fill the square on Tuesday.</span></figcaption>` +
			`<p class="credit">Photo by ` + who + `</p></figure></div>`)
	}
	page := `<html><head><title>Protests before the cup</title></head><body><article><h1>Protests before the cup</h1>` +
		storyParas("Cup", 3) + figures.String() + `</article></body></html>`
	r, err := Extract("https://example.com/photos/cup", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Photo by") {
		t.Errorf("body keeps the figures' credits: %q", r.Body)
	}
	if !strings.Contains(r.Body, "Cup paragraph 2:") {
		t.Errorf("body lost the story: %q", r.Body)
	}
}

// TestSocialCommentNoticeEndsTheStory checks the log-in notice over a social-network comment
// box ("To post a comment, log into your chosen social network…") below the story: it opens
// the comments, and the list heading above it ("Top Picks") goes with the trailer.
func TestSocialCommentNoticeEndsTheStory(t *testing.T) {
	page := `<html><head><title>The bridge stays open</title></head><body><div class="post"><h1>The bridge stays open</h1>` +
		storyParas("Bridge", 5) + `<h3>Top Picks</h3>` +
		`<div><p class="meta">To post a comment, log into your chosen social network and then add your comment below. Your comments are subject to our Terms of Service.</p></div>` +
		`</div></body></html>`
	r, err := Extract("https://example.com/bridge", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "To post a comment") || strings.Contains(r.Body, "Top Picks") {
		t.Errorf("body keeps the comment box's notice: %q", r.Body)
	}
	if !strings.Contains(r.Body, "Bridge paragraph 4:") {
		t.Errorf("body lost the story's end: %q", r.Body)
	}
}

// TestTaggedAndReprintsTrailerLeaves checks the lines a magazine prints under a story: its
// topics ("Tagged: …") and the reuse links ("Reprints and Permissions | Send feedback …").
func TestTaggedAndReprintsTrailerLeaves(t *testing.T) {
	page := `<html><head><title>The bridge stays open</title></head><body><article><h1>The bridge stays open</h1>` +
		storyParas("Bridge", 5) +
		`<p>Tagged: <a href="/energy/">Energy</a>, <a href="/tagged/bridges/">bridges</a>, <a href="/tagged/towns/">small towns and villages</a></p>` +
		`<p><a href="/about/permissions/">Reprints</a> and <a href="/about/permissions/">Permissions</a> | <a href="/contact/">Send feedback to the editor</a></p>` +
		`</article></body></html>`
	r, err := Extract("https://example.com/bridge", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Tagged") || strings.Contains(r.Body, "Reprints") {
		t.Errorf("body keeps the trailer lines: %q", r.Body)
	}
	if !strings.Contains(r.Body, "Bridge paragraph 4:") {
		t.Errorf("body lost the story's end: %q", r.Body)
	}
}
