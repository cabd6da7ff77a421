package extract

import (
	"strings"
	"testing"
)

func TestPlainSidebarBesideShortPostGoes(t *testing.T) {
	// A short post and, beside it, a sidebar named "sidebar" and nothing else whose About box
	// says more than the post. Readability drops the sidebar as unlikely on its first pass,
	// finds too little text and reads the page again with it: the About box wins.
	about := strings.Repeat("Hello, I am Jane and this blog is where I keep notes on the gardens, the birds and the long walks along the river that I take every morning, whatever the weather. ", 4)
	page := `<html><head><title>Swallows are back | Jane's notes</title></head><body><div id="wrap"><div id="content">` +
		`<div class="post" id="post-7"><h2 class="title">Swallows are back</h2><div class="meta">notes — jane @ 09:12</div>` +
		`<div class="text"><p>The first swallows came back to the barn this morning, two weeks early, and sat on the wire by the gate for an hour.</p></div></div></div>` +
		`<div id="sidebar"><h3>About</h3><p>` + about + `</p><h3>Archives</h3><ul><li><a href="/2012/05">May 2012</a></li><li><a href="/2012/04">April 2012</a></li></ul></div>` +
		`</div></body></html>`
	r, err := Extract("https://example.com/2012/06/swallows", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "first swallows came back") || strings.Contains(r.Body, "Hello, I am Jane") {
		t.Errorf("body = %q, want the post without the sidebar's About box", r.Body)
	}
}

func TestShortPostRunningIntoCommentAreaIsThePost(t *testing.T) {
	// A one-line post whose line reads as a byline ("… Created by Jane Roe") under the entry's
	// meta line, then the comment area of a post nobody commented on and the blog's footer: the
	// line is the post, the comment area's lines never are.
	body := "all other stuff, images — Tags: design — jane @ 15:58\n\nI love pixels and I love robots…Created by Jane Roe\n\n" +
		"No comments yet.\n\nLeave a comment\n\nIf you like anything in this blog pls link back :-)\n\n(c) 2012 Jane's Blog | powered by WordPress"
	if got, want := trimEdges(body, "Pixel Robots"), "I love pixels and I love robots…Created by Jane Roe"; got != want {
		t.Errorf("trimEdges = %q, want %q", got, want)
	}
	// A short post of one sentence under its stamp: the same cut.
	body = "jane @ 15:34\n\nMade by a designer from Leeds! Via designblog. More robots here\n\nNo comments yet.\n\nLeave a comment\n\n(c) 2012 Jane's Blog"
	if got, want := trimEdges(body, "Robots"), "Made by a designer from Leeds! Via designblog. More robots here"; got != want {
		t.Errorf("trimEdges = %q, want %q", got, want)
	}
	// A label and an "Add Comment" link over a short story: the story below them stays.
	short := "no recommendations\n\nAdd Comment\n\nTHE ENTRIES WERE GREAT\n\n" + strings.Repeat("Thank you to all who sent in a quilt for the contest this spring. ", 4)
	if got := trimEdges(short, "The winner of the quilt contest"); !strings.Contains(got, "Thank you to all who sent in") {
		t.Errorf("trimEdges dropped the story under a comment link: %q", got)
	}
	// A "Leave a comment" link under a story's lede has the story below it: nothing is cut.
	story := "The council met on Monday to vote on the budget.\n\nLeave a comment\n\n" + strings.Repeat("The vote came after a long debate about the roads, the schools and the new water plan for the town. ", 12)
	if got := trimEdges(story, "Council votes"); got != story {
		t.Errorf("trimEdges cut a story at a share bar's comment link: %q", got)
	}
}
