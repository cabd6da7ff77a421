package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestHiddenBlock(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{`<div class="guide-wrapper w-condition-invisible">`, true},
		{`<div style="display: none">`, true},
		{`<div style="visibility:hidden">`, true},
		{`<div class="d-none">`, true},
		{`<div class="d-none d-md-block">`, false},
		{`<span class="sr-only">`, true},
		{`<div class="hidden">`, true},
		{`<div class="hidden md:block">`, false},
		{`<div class="essay w-richtext">`, false},
		{`<div style="display:block">`, false},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<html><body><main>" + tt.tag + "text</div></main></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		n := bodyOf(doc).FirstChild.FirstChild
		if got := hiddenBlock(n); got != tt.want {
			t.Errorf("hiddenBlock(%s) = %v, want %v", tt.tag, got, tt.want)
		}
	}
}

// TestHiddenBlockIsNeverTheStory checks a page that carries a long text of another page in a
// block the browser does not show (a CMS's conditional block): the body is the visible essay.
func TestHiddenBlockIsNeverTheStory(t *testing.T) {
	para := func(topic, text string, n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "<p>%s paragraph %d: %s</p>", topic, i, text)
		}
		return b.String()
	}
	for _, hide := range []string{`class="guide-wrapper w-condition-invisible"`, `class="guide-wrapper" style="display:none"`, `class="guide-wrapper d-none"`} {
		page := `<html><head><title>Why I walk</title></head><body>
<div class="page-wrapper"><h1>Why I walk</h1><div class="essay w-richtext">` +
			para("Walking", "every morning I leave the house before the town wakes and walk along the river until the bridge.", 8) +
			`</div></div>
<div ` + hide + `><h1>A guide to the harbour</h1><div class="guide-block w-richtext">` +
			para("Harbour", "the ferries leave from the northern pier each hour, and the fish market opens at five in the morning.", 40) +
			`</div></div></body></html>`
		r, err := Extract("https://example.com/why-i-walk", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Walking paragraph 0") || strings.Contains(r.Body, "Harbour paragraph") {
			t.Errorf("%s: body is not the visible essay:\n%.300s", hide, r.Body)
		}
	}
}
