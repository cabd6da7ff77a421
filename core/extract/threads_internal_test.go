package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestPostReading(t *testing.T) {
	post := "Our apple trees flowered two weeks early this spring, and the bees came with them."
	if !postReading(newCandidate(post)) {
		t.Errorf("a sentence read without the thread is the post: %q", post)
	}
	for _, box := range []string{"Leave a Reply\n\nArchives\n\nJune 2012\n\nMay 2012\n\nApril 2012\n\nMarch 2012\n\nFebruary 2012\n\nJanuary 2012",
		"12 Comments\n\nSubscribe to the feed of this blog and read the posts of every gardener here"} {
		if postReading(newCandidate(box)) {
			t.Errorf("a reading under a comment form or thread heading is no post: %q", box)
		}
	}
	if postReading(newCandidate("Orchard, 5 a.m.")) {
		t.Error("a few words are no post")
	}
}

// An empty block named for the thread is a script's placeholder (Disqus): on a page of several
// stories it sits between two, and the reading is not cut there.
func TestEmptyThreadIsNoThread(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="page"><p>` + strings.Repeat("The first story goes on here. ", 5) +
		`</p><div id="disqus_thread"></div><p>` + strings.Repeat("The second story goes on here. ", 5) + `</p></div>`))
	if err != nil {
		t.Fatal(err)
	}
	preclean(doc)
	if cutAtThread(doc) {
		t.Errorf("the reading was cut at an empty thread: %q", renderText(doc))
	}
}

func TestEndsWithStopInQuotes(t *testing.T) {
	for _, l := range []string{"– „Ok.“", "»Gut.«", "«Non.»", "\"Yes.\""} {
		if !endsWithStop(l) {
			t.Errorf("%q ends a sentence inside its quotes", l)
		}
	}
}
