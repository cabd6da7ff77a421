package extract_test

import (
	"strings"
	"testing"
)

// itempropNest33 is a story page followed by 300 elements nested over a long text, each
// opening with "Photography by " and carrying attr="prop" (plus extra attributes): attr
// "itemprop" makes every level a property to read, "data-x" the same markup no rule reads.
func itempropNest33(attr, prop, extra string) string {
	title := `Council votes to rebuild the old ferry pier`
	story := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 6) + "</p>"
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>` + story
	text := strings.Repeat("Jane Roe took the pictures of the harbour. ", 5000)
	return head + strings.Repeat(`<div `+attr+`="`+prop+`"`+extra+`>Photography by `, 300) + text + strings.Repeat(`</div>`, 300)
}

// TestItempropNestBounded33 (fuzz33): elements with an itemprop nested 300 deep over a long
// text (an author item, an editor, any property without a content attribute) are each asked
// whether their text is a short value; each reads at most that value's bytes, not the nest's
// whole text (on main 300 levels over 430 kB copied 130 MB and took 1.3 s). The nest allocates
// at most half again what the same nest of plain attributes does.
func TestItempropNestBounded33(t *testing.T) {
	skipHeavySizes(t)
	for _, prop := range []string{"author", "editor", "description"} {
		nestBounded(t, prop, itempropNest33("data-x", prop, ""), itempropNest33("itemprop", prop, ""))
	}
}

// TestAuthorCreditNestBounded33 (fuzz33, over new33cd's photographer items): author items
// nested 300 deep over a long text, each opening with a picture's credit label ("Photography
// by …"), are each asked for that label; each reads its text's opening, not the nest's whole
// text (on new33cd's tip 300 levels over 215 kB copied 65 MB). The nest allocates at most half
// again what the same nest of plain attributes does.
func TestAuthorCreditNestBounded33(t *testing.T) {
	skipHeavySizes(t)
	const extra = ` content="Jane Roe"`
	nestBounded(t, "author", itempropNest33("data-x", "author", extra), itempropNest33("itemprop", "author", extra))
}
