package extract

import (
	"fmt"
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

// A short post above a long reader thread, its lines beside a table of linked names: readability
// reads the thread's block, which leaves the post out, and ends at the thread; what stood above
// the thread in its reading is the site's footer. The block under the headline is the post.
func TestThreadReadingLeavesPostOut33(t *testing.T) {
	var rows, thread strings.Builder
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&rows, `<tr><td><a href="/p/%d">%d. Bo Reed%d (R) LF</a></td><td><a href="/p/1%d">%d. Cy Moss%d (L) LF</a></td></tr>`, i, i, i, i, i, i)
	}
	for i := 0; i < 25; i++ {
		fmt.Fprintf(&thread, `<div class="citem"><div class="comment"><div class="cbody"><p>Comment number %d: what a strange lineup, but the sheet has been right before, and the manager likes to rest his regulars on getaway day, so who knows.</p></div><p class="byline">by fan%d on Aug 9, 2012 2:05 AM</p></div></div>`, i, i)
	}
	page := `<html><head><title>Game thread: Gulls at Herons, Ada Vale at short</title>
<meta name="description" content="The fan site for Harbour Gulls news, rumours and analysis from the stands."></head>
<body><div class="container"><div id="main" class="main">
<div class="col col-side"><div class="pane widget user_tools"><div class="community-desc">
<p>Founded in 2009, Gull Watch is home to "patient statistical analysis and reasoned argument."</p>
<p>Please read our <a href="/guidelines">Community Guidelines</a>.</p></div></div></div>
<div class="col col-content"><div class="entries"><div class="entry">
<h1 class="title">Game thread: Gulls at Herons, Ada Vale at short</h1>
<h3 class="gamethread-title"><a href="/events/1">Gulls at Herons, Aug 9, 2012 1:10 PM</a></h3>
<div class="entry-body">
<p>This may be wrong -- I cannot check right now -- but according to <a href="/sheet">the lineup sheet</a>, <a href="/players/vale">Ada Vale</a> is starting at short today.</p>
<table class="lineup">` + rows.String() + `</table>
<p>I guess the Herons are getting desperate to lift her trade value. /shrug</p><p>Vale has played short only twice in the minors, both times in the last week of a lost season.</p>
</div>
<p class="footline entry-actions"><a href="#comments">174 comments</a> | <a href="#add">Add comment</a></p>
<div class="comment_master_list" id="comments_list">` + thread.String() + `</div>
</div></div></div></div></div></body></html>`
	r, err := Extract("https://gulls.example/2012/8/9/game-thread", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, kept := range []string{"This may be wrong", "getting desperate", "played short only twice"} {
		if !strings.Contains(r.Body, kept) {
			t.Errorf("post line %q lost:\n%s", kept, r.Body)
		}
	}
	for _, gone := range []string{"Founded in 2009", "Community Guidelines", "Comment number"} {
		if strings.Contains(r.Body, gone) {
			t.Errorf("%q in the body:\n%s", gone, r.Body)
		}
	}
}
