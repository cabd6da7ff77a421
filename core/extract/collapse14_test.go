package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestShortPostOverTaglineWhenCommentsOutweighIt(t *testing.T) {
	// A blog post of one line and some pictures, in the element the page names as the post,
	// then a long reader thread. Readability reads the thread; without it, the blog's tagline
	// in the page header is the longest text left. The description is the post's line whole:
	// the post, not the tagline, is the story.
	line := "Six days without power so far in the valley. Looking at this, I am guessing another week or even two."
	var comments strings.Builder
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&comments, `<li class="comment" id="comment-%d"><cite>Reader %d</cite><div class="comment-body"><p>Stay warm, neighbour %d: we had the same here last winter, `+
			`and the crews came back twice before the lines held, so keep the candles close and the phone charged whenever you can.</p></div></li>`, i, i, i)
	}
	page := `<html><head><title>What stands between us and power</title><meta name="description" content="` + line + ` ..."></head><body>` +
		`<div id="header"><h1 id="blog-title"><a href="/">Valley Machine</a></h1><div id="blog-description">The pundit's pundit. Written by a valley insider, ` +
		`Valley Machine covers news, media, journalism and politics.</div></div>` +
		`<div id="content"><div class="post hentry"><h2 class="entry-title"><a href="/2012/11/03/power/">What stands between us and power</a></h2>` +
		`<div class="entry-meta">November 3, 2012 by Jeff</div><div class="entry-content"><p>` + line + `</p><p><a href="/a.jpg"><img src="/a.jpg"></a></p>` +
		`<p><a href="/b.jpg"><img src="/b.jpg"></a></p></div></div><div id="comments"><ol class="commentlist">` + comments.String() + `</ol></div></div></body></html>`
	r, err := Extract("https://example.com/2012/11/03/power/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "another week or even two") || strings.Contains(r.Body, "pundit's pundit") || strings.Contains(r.Body, "candles") {
		t.Errorf("body = %q, want the post's line alone", r.Body)
	}
}

func TestLabelUnderEveryPictureGoes(t *testing.T) {
	// A photo post: the story's lines, then twelve pictures, each under the same widget label
	// and a numbered picture line. The labels are the gallery's, repeated per picture, and
	// would outweigh the story.
	var pics strings.Builder
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&pics, `<div class="image-wrapper"><div class="annotate-message">Mouseover photo to load notes or add comment</div>`+
			`<div class="image-name"><strong>Img ID#%d Title:</strong></div><img src="/p%d.jpg" width="900" height="500"></div>`, 159436+i, i)
	}
	page := `<html><head><title>Show Preview</title></head><body><div id="post"><h1>Show Preview</h1>` +
		`<div class="post-body"><p>` + prose(3) + `</p><p>` + prose(2) + `</p>` + pics.String() + `<p>See you all at the show on Sunday, and bring good walking shoes.</p></div></div></body></html>`
	r, err := Extract("https://example.com/post/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 2 tells") || !strings.Contains(r.Body, "walking shoes") ||
		strings.Contains(r.Body, "Mouseover photo") || strings.Contains(r.Body, "Img ID") {
		t.Errorf("body = %q, want the story without the pictures' labels", r.Body)
	}
}

func TestRepeatedRefrainOfFewLinesStays(t *testing.T) {
	// A song's words: its refrain comes back four times. A story's own repeated line stays.
	refrain := "<p>Oh the river runs down to the sea tonight</p>"
	page := `<html><head><title>River Song</title></head><body><div class="post-body"><h1>River Song</h1><p>` + prose(3) + `</p>` +
		strings.Repeat(`<p>`+prose(1)+`</p>`+refrain, 4) + `</div></body></html>`
	r, err := Extract("https://example.com/post/2", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(r.Body, "river runs down") != 4 {
		t.Errorf("body = %q, want the refrain four times", r.Body)
	}
}

func TestTeaserExpanderOpensItsHiddenText(t *testing.T) {
	// A review page shows the review's opening cut short with "… more", a script's toggle; the
	// whole review waits beside it in a block the page hides until the toggle is clicked.
	opening := "Tucked behind a high chocolate wall on the corner of the first lane, the hotel is a hideaway in a frenetic city"
	page := `<html><head><title>Les Suites</title></head><body><table><tr><td><h1>Les Suites</h1>` +
		`<p>"Classy clubby petite hideaway hotel in the middle of town"</p>` +
		`<div id="review_inactive" class="swap_bar_wrapper" style="display: block;"><div class="swap_bar"><a href="javascript:swap_bar('review');">The review:</a></div>` +
		`<div class="content">` + opening + `... <a href="javascript:swap_bar('review');">more</a></div></div>` +
		`<div id="review_active" class="swap_bar_wrapper" style="display: none;"><div class="swap_bar"><a href="javascript:swap_bar('review');">The review:</a> ` +
		`<a href="javascript:swap_bar('review');">[close]</a></div><div class="content"><i><b>Caroline Major</b></i><br><br>` + opening +
		` of things. It is the only small contemporary hotel in town.<br><br>` + prose(4) + `<br><br>` + prose(3) + `</div></div>` +
		`<div class="links"><a href="/a">Hotels in the city</a> | <a href="/b">Restaurants</a> | <a href="/c">Maps</a></div></td></tr></table></body></html>`
	r, err := Extract("https://example.com/hotels/les-suites", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "only small contemporary hotel") || !strings.Contains(r.Body, "Sentence 3 tells") || strings.Contains(r.Body, "frenetic city...") {
		t.Errorf("body = %q, want the whole review", r.Body)
	}
}

func TestDatedHeadlineRowsAfterStoryGo(t *testing.T) {
	// An old table layout: the story's cell, and beside it a column of "Other stories", each
	// row a date and then the headline's link, then the site's boxes. Readability takes the
	// row of both columns; each list row opens with its date, not its link.
	var rows strings.Builder
	for i, h := range []string{"Police Make Arrest In Missing Woman Case", "Worker Rescued From Trench At Construction Site",
		"Investigators Return To Site Of Crane Accident", "Community Tries To Save Affordable Housing", "Vendors Protest Proposed Fruit Cart Rules",
		"Two Cops Honored For Nabbing Suspected Robber", "Trial Set To Begin Tomorrow In Brooklyn"} {
		fmt.Fprintf(&rows, `<tr><td><font size="-1"><font color="#000000">January 15, 2008</font> <b><a href="/content/index.jsp?aid=%d">%s</a></b><br></font></td></tr>`+
			`<tr><td><img src="/pix1.gif" width="1" height="4"></td></tr>`, 77515+i, h)
	}
	page := `<html><head><title>Truck Carrying Asbestos Flips Over</title></head><body><table><tr><td valign="top">` +
		`<table><tr><td><font size="+1"><b>Truck Carrying Asbestos Flips Over</b></font></td></tr>` +
		`<tr><td>A driver from the state is under arrest after the truck he was driving, which was carrying asbestos, flipped over yesterday.<br><br>` +
		`Police say the driver took off, but he was later arrested, and faces charges of leaving the scene of an accident.<br><br>` +
		`No one was hurt in the crash, and the asbestos poses no threat, the authorities said.<br></td></tr></table></td>` +
		`<td><img src="/bar.gif" width="6" height="447"></td><td valign="top"><table><tr><td><img src="/other_stories.gif" alt=""></td></tr>` + rows.String() +
		`<tr><td><b>Win Tickets</b><br>Enter here for your chance to win tickets to see the show live at the resort.</td></tr></table></td></tr></table></body></html>`
	r, err := Extract("https://example.com/content/index.jsp?aid=77500", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "No one was hurt") || strings.Contains(r.Body, "Police Make Arrest") || strings.Contains(r.Body, "Fruit Cart") {
		t.Errorf("body = %q, want the story without the dated headlines", r.Body)
	}
}
