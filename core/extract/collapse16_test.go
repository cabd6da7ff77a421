package extract

import (
	"fmt"
	"strings"
	"testing"
)

// shortStoryInColumns is a page laid out with a table: a menu cell, the story's cell (a
// breadcrumb, a short story of three paragraphs under 500 characters, a box of links to other
// stories of the section) and a margin cell of teasers (a linked headline over an unlinked
// summary, link lists by month).
func shortStoryInColumns() string {
	var more, margin strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&more, `<li class="bullet"><a href="/sport/%d">Another report of the section, number %d</a></li>`, i, i)
	}
	for box := 0; box < 3; box++ {
		fmt.Fprintf(&margin, `<div class="editorsChoice"><div class="internalAd"><h2>Pick of the week %d . . .</h2></div>`, box)
		for i := 0; i < 4; i++ {
			fmt.Fprintf(&margin, `<p><a href="/pick/%d/%d">Pick number %d</a></p><p class="summary"><img src="/t/%d.jpg"> A line on the pick %d and the people in it</p><div class="clearFloats"></div>`, box, i, i, i, i)
		}
		margin.WriteString(`</div>`)
	}
	margin.WriteString(`<p><strong>Pictures by month</strong>`)
	for _, m := range []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"} {
		fmt.Fprintf(&margin, `<br><a href="/pictures/%s">%s</a>`, m, m)
	}
	margin.WriteString(`</p>`)
	return `<html><head><title>Club hopes to sign the striker by Saturday</title></head><body><table id="main"><tr>` +
		`<td class="left"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></td>` +
		`<td class="centreFull"><table id="bodyTable"><tr><td class="centre">` +
		`<div id="breadcrumbs"><ul><li><a href="/">Home</a></li><li>&gt; <a href="/sport">Sport</a></li></ul></div>` +
		`<div class="article"><h2>Club hopes to sign the striker by Saturday</h2><p class="deck">Wednesday, January 09, 2008</p>` +
		`<div class="deck">The club hopes to sign the striker in time for the weekend's league match with its neighbours.</div>` +
		`<p>The other club has already turned down a first bid, but is said to be willing to let him go for a higher fee.</p>` +
		`<p>The club wants to finish the talks soon, as its three main strikers are out with injuries or away at the cup.</p></div>` +
		`<div><div class="genericBox"><h5>More articles in Sport</h5><ul>` + more.String() + `</ul></div></div>` +
		`</td><td>` + margin.String() + `</td></tr></table></td></tr></table></body></html>`
}

func TestShortStoryInTableKeepsItsColumnOut(t *testing.T) {
	// Readability's first attempt reads the short story alone; under its 500 characters, it
	// tries again with fewer flags, and the last attempt (no flags) reads the whole row, the
	// margin's teasers with it, which passes the threshold. The story the scores singled out
	// is kept.
	r, err := Extract("https://example.com/sport/1", []byte(shortStoryInColumns()))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "The club wants to finish the talks soon") || strings.Contains(r.Body, "Pick ") || strings.Contains(r.Body, "A line on the pick") ||
		strings.Contains(r.Body, "More articles") || strings.Contains(r.Body, "Pictures by month") {
		t.Errorf("body = %q, want the short story without the margin's teasers", r.Body)
	}
}

func TestBlogSkinNavigationEndsShortPost(t *testing.T) {
	// A one-line post, then the blog skin's links to the other posts and to its feeds.
	body := "A walk by the river this morning.\n\nNewer Post Older Post Home\n\nSubscribe to: Post Comments (Atom)\n\nArchive of the blog"
	if got := dropFurnitureLines(body); got != "A walk by the river this morning." {
		t.Errorf("dropFurnitureLines = %q, want the post alone", got)
	}
	// The words in a story's sentence, or a line that is more than the links, stay.
	for _, body := range []string{
		"The mayor spoke.\n\nShe said the older post office by the river is home to the museum now.",
		"The mayor spoke.\n\nOlder Post Home Office plans",
	} {
		if got := dropFurnitureLines(body); got != body {
			t.Errorf("dropFurnitureLines(%q) = %q, want it kept", body, got)
		}
	}
}

func TestBareCommentsHeadingOverSignedComments(t *testing.T) {
	// A short story, a bare "Comments" heading, then a long thread: each comment signed with a
	// score, the reader's name and a time stamp. The heading sits in the reading's first half and
	// the story is under a fragment's size, so only the signature tells the thread.
	story := []string{
		"The ministry said on Tuesday that talks on the new border crossing would go on next month, after a first round ended without a deal.",
		"Both sides want the crossing open before the summer, when the traffic of trucks doubles and the old bridge is closed for repairs.",
	}
	var thread []string
	for i := 0; i < 4; i++ {
		thread = append(thread, fmt.Sprintf("Score: +%d [%d] ~reader%d [2012-01-04 08:%02d]", i, i, i, 10+i),
			"Nonsense", "This is what they always say before they do nothing at all, and then the bridge is closed and we wait in the queue for hours again.")
	}
	body := strings.Join(story, "\n\n") + "\n\nComments\n\n" + strings.Join(thread, "\n\n")
	if got := trimEdges(body, "Talks on the crossing go on"); got != strings.Join(story, "\n\n") {
		t.Errorf("trimEdges = %q, want the story without the thread", got)
	}
	// A share bar's "Comments" under the lede, the story going on below it, stays.
	kept := story[0] + "\n\nComments\n\n" + story[1] + "\n\nThe minister will travel to the border on Friday, 6 January 2012, to see the works."
	if got := trimEdges(kept, "Talks on the crossing go on"); got != kept {
		t.Errorf("trimEdges = %q, want it kept", got)
	}
}

func TestPostOfCreditsIsKept(t *testing.T) {
	// A picture post: a line, the magazine's name, its credits one role a line, and a note.
	body := "The Weekly Review\n\nDesign Director: Jane Roe\n\nDirector of Photography: John Doe\n\n" +
		"Art Director: Mary Major\n\nPhoto Editors: Richard Miles, Ann Other\n\nDesigners: Sam Poe, Kim Lee\n\nNote: pictures are from the printed issue."
	if got := trimEdges(body, "The weekly edit"); got != body {
		t.Errorf("trimEdges = %q, want the credits kept", got)
	}
}
