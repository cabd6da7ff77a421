package extract_test

import (
	"strings"
	"testing"
)

// TestItempropNestBounded33 (fuzz33): elements with an itemprop nested 300 deep over a long
// text (an author item, an editor, any property without a content attribute) are each asked
// whether their text is a short value; each reads at most that value's bytes, not the nest's
// whole text (on main 300 levels over 430 kB copied 130 MB and took 1.3 s). The nest allocates
// at most half again what the same nest of plain attributes does.
func TestItempropNestBounded33(t *testing.T) {
	skipHeavySizes(t)
	title := `Council votes to rebuild the old ferry pier`
	story := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 6) + "</p>"
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>` + story
	text := strings.Repeat("Jane Roe took the pictures of the harbour. ", 5000)
	for _, prop := range []string{"author", "editor", "description"} {
		nest := func(attr string) string {
			return head + strings.Repeat(`<div `+attr+`="`+prop+`">Photography by `, 300) + text + strings.Repeat(`</div>`, 300)
		}
		nestBounded(t, prop, nest("data-x"), nest("itemprop"))
	}
}
