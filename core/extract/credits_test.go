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
