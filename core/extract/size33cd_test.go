package extract_test

import (
	"strings"
	"testing"
)

// TestAuthorCreditNestBounded33 (fuzz33, over new33cd's photographer items): author items
// nested 300 deep over a long text, each opening with a picture's credit label ("Photography
// by …"), are each asked for that label; each reads its text's opening, not the nest's whole
// text (on new33cd's tip 300 levels over 215 kB copied 65 MB). The nest allocates at most half
// again what the same nest of plain attributes does.
func TestAuthorCreditNestBounded33(t *testing.T) {
	skipHeavySizes(t)
	title := `Council votes to rebuild the old ferry pier`
	story := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 6) + "</p>"
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>` + story
	text := strings.Repeat("Jane Roe took the pictures of the harbour. ", 5000)
	nest := func(attr string) string {
		return head + strings.Repeat(`<div `+attr+`="author" content="Jane Roe">Photography by `, 300) + text + strings.Repeat(`</div>`, 300)
	}
	nestBounded(t, "author", nest("data-x"), nest("itemprop"))
}
