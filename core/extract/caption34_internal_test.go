package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestCaptionClassWords34: a block under a picture whose class names a caption in Dutch, German
// or Italian ("image-bijschrift", "bildunterschrift", "didascalia") is that picture's caption; a
// class naming none stays a text of the page.
func TestCaptionClassWords34(t *testing.T) {
	for cls, want := range map[string]bool{
		"image-bijschrift": true, "foto-onderschrift": true, "bildunterschrift": true, "didascalia-foto": true, "image-text": false,
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body><div class="header"><img src="/images/2019/05/16/kind.jpg" alt=""><span class="` +
			cls + `">Archieffoto.</span></div><p>Een moeder plaatste gisteren een oproepje online.</p></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		captions, _ := pictureLines(doc)
		if got := captions["Archieffoto."] > 0; got != want {
			t.Errorf("%s: caption = %v, want %v", cls, got, want)
		}
	}
}
