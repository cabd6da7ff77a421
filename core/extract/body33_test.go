package extract

import (
	"strings"
	"testing"
)

// Older layouts print the box of other stories under the story as lines of text, under a label
// the DOM rules do not know: "Related to this story:", "Related Industry News", "Other Security
// news and resources", "Today's Most Read Stories", "External links". The body ends above the
// label when only short lines follow it; a label with a story's paragraph below it stays.
func TestClosingListsOlderLabels33(t *testing.T) {
	story := strings.Repeat("The harbour council met on Monday and voted to rebuild the old quay before the winter storms arrive. ", 3)
	list := "\n\nQuay vote delayed again (31 Dec 07 | Harbour)\n\nStorm damage in the bay [Northport]\n\nMayor defends budget"
	for _, label := range []string{"Related to this story:", "Related Industry News", "Other Security news and resources",
		"Other news", "Today's Most Read Stories", "Most Viewed Stories", "External links"} {
		got := cutClosingLists(story + "\n\n" + story + "\n\n" + label + list)
		if strings.Contains(got, label) || strings.Contains(got, "Mayor defends") || !strings.Contains(got, "harbour council") {
			t.Errorf("label %q not cut:\n%s", label, got)
		}
	}
	// The site's section menu under the list, a long line of short names between bars, is no
	// paragraph of a story either.
	menu := "\n\nSport Homepage | Football | Cricket | Rugby Union | Rugby League | Tennis | Golf | Motorsport | Boxing | " +
		"Athletics | Snooker | Horse Racing | Cycling | Disability sport | Olympic sport | Other sport... | TV/Radio Schedule | Fun and Games"
	if got := cutClosingLists(story + "\n\n" + story + "\n\nRelated to this story:" + list + menu); strings.Contains(got, "Related") || strings.Contains(got, "Cricket") {
		t.Errorf("label over a list and a menu not cut:\n%s", got)
	}
	long := strings.Repeat("A resident who had fished from the quay for forty years said the vote came far too late for the boats. ", 3)
	for _, keep := range []string{
		story + "\n\nRelated costs rise\n\n" + long + "\n\nThe council will vote again in May.",
		story + "\n\nRelated", // a lone word is no label of a box
		// a paragraph that sets a few names apart with bars is prose, not a menu
		story + "\n\nRelated to this story:\n\n" + strings.Repeat("The quay | the dredger | the ferry were all discussed at length by the council, which heard from residents. ", 3),
	} {
		if got := cutClosingLists(keep); got != keep {
			t.Errorf("body cut:\n%s\n->\n%s", keep, got)
		}
	}
}
