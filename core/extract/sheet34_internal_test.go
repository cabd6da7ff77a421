package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestRuleAroundStopsAtNestedRule shows a rule's declarations end at a nested rule's "{": the
// nested rule's display:none hides its own elements, not the outer selector's, and a block
// never closed is read to the next block, not to the end of the sheet.
func TestRuleAroundStopsAtNestedRule(t *testing.T) {
	for _, tt := range []struct{ css, sel, block string }{
		{".a{position:fixed; .b{display:none} }", ".a", "position:fixed; .b"},
		{".a{position:fixed .a{position:fixed .a{x", ".a", "position:fixed .a"},
		{".a{display:none}", ".a", "display:none"},
		{".a{display:none", ".a", "display:none"},
	} {
		sel, block, _, ok := ruleAround(tt.css, strings.Index(tt.css, "{")+1)
		if !ok || sel != tt.sel || block != tt.block {
			t.Errorf("ruleAround(%q) = %q, %q, %v; want %q, %q", tt.css, sel, block, ok, tt.sel, tt.block)
		}
	}
	// a fixed box with a nested rule that hides something else is not hidden itself
	page := `<html><head><style>.box{position:fixed; .inner{display:none} }</style></head><body><article>` +
		`<h1>Headline</h1><p>` + strings.Repeat("Story words run on here. ", 30) + `</p>` +
		`<p class="box">The box paragraph stays in the story because it is shown.</p></article></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if s := pageSheet(doc); s != nil && s.classes["box"] {
		t.Errorf("the nested rule's display:none hid the outer fixed box")
	}
}

// TestPageSheetNeverClosedBlocksReadOnce counts the bytes ruleAround hands back for a sheet of
// blocks never closed: each block is read to the next one, so the total stays near the sheet's
// size; reading each to the sheet's end would be about n²/2 blocks' worth.
func TestPageSheetNeverClosedBlocksReadOnce(t *testing.T) {
	const n = 4000
	css := strings.Repeat(".a{position:fixed ", n)
	total := 0
	for k := range fixedBlockPlaces(css) {
		_, block, _, _ := ruleAround(css, k)
		total += len(block)
	}
	if total > 2*len(css) {
		t.Errorf("blocks of a %d-byte sheet hand back %d bytes; want at most twice the sheet", len(css), total)
	}
}
