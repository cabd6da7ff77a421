package extract

import (
	"fmt"
	"strings"
	"testing"
)

// storyParas returns n paragraphs of a story about topic.
func storyParas(topic string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<p>%s paragraph %d: the council met on Tuesday evening and voted to keep the old bridge open, after residents said the detour added half an hour to every trip.</p>", topic, i)
	}
	return b.String()
}

// TestHiddenBodyStillHoldsTheStory checks a page that hides its whole <body> until its script
// has run (class "hidden" on <body>, a guard against a flash of unstyled content): the body is
// the story, not the page's description.
func TestHiddenBodyStillHoldsTheStory(t *testing.T) {
	for _, body := range []string{`<body class="hidden">`, `<body hidden>`} {
		page := `<html><head><title>The bridge stays open</title><meta name="description" content="A short summary of the story."></head>` +
			body + `<div class="page"><h1>The bridge stays open</h1><div class="story-wrapper"><div class="byline">Kate Writer</div>` +
			storyParas("Bridge", 8) + `</div></div></body></html>`
		r, err := Extract("https://example.com/bridge", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Bridge paragraph 0:") || !strings.Contains(r.Body, "Bridge paragraph 7:") {
			t.Errorf("%s: body = %q, want the story", body, r.Body)
		}
	}
}
