package extract

import "testing"

// A site whose every page carries its own name as the <title> ("Harbour Evening Star"), or
// its name and a tagline, a keyword list or a page type ("Free Preview - Site"), may set the
// story's headline in an <h1>, an <h2> or an element whose class names a headline right over
// the story, a byline, a date or a picture's credit apart. The headline is a pun of two or
// three words that names nothing the story's opening names ("Tide turns"), so only the markup
// tells it. A blog's post title linked to the post counts where its block's class names a
// title. A one-word section label ("Editorials") is not it.
func TestTitleMarkedHeadlineUnderSiteTitle(t *testing.T) {
	checkTitlesAt(t, "http://www.harbourstar.example/sports/2008/01/07/4756303-sun.html", []titlePage{
		{"site name over an h1 and a linked byline", `<title>The Harbour Evening Star</title>`,
			`<ul><li><a href="/a">Roster</a></li><li><a href="/b">History</a></li></ul><div class="storybox"><h1>Tide turns</h1><a href="mailto:jane@harbourstar.example">JANE ROE</a><br>` + aboveStoryBody + `</div>`,
			"Tide turns"},
		{"site name over a headline cell, a date and a credit", `<title>HarbourSoccer</title>`,
			`<table><tr><td class="article_header">Harbour United sells three<br><div class="author">27 December 2007 (15:29)</div></td></tr>` +
				`<tr><td class="article_pic_copy">Jane Roe © Example Images</td></tr><tr><td>` + aboveStoryBody + `</td></tr></table>`,
			"Harbour United sells three"},
		{"blog name over a linked post title", `<title>Evening Notes</title>`,
			`<ul><li>2007</li><li>2008</li></ul><div class="entry"><div class="entrytitle"><a href="/2012/01/16/pier/">Old pier gets a second life</a></div>` +
				`<div class="entrytime">Category: Town | 16 January 2012 15:59</div>` + aboveStoryBody + `</div>`,
			"Old pier gets a second life"},
		{"section label", `<title>The Harbour Evening Star</title>`,
			`<h2>Editorials</h2>` + aboveStoryBody,
			"The Harbour Evening Star"},
	})
}

// A page whose only title is the site's host name ("harbourenterprise.example") and whose
// only element with "title" in its class is a side box's ("<div class=sideTitle>"), prints the
// story's headline in a styled <span> over the story's date and source lines: the box's title
// is no settled headline, the line the story tells is.
func TestTitleSideBoxUnderHostTitle(t *testing.T) {
	checkTitlesAt(t, "http://www.harbourenterprise.example/yb/ybopen.asp?story_id=113602541", []titlePage{
		{"side box title", `<title>harbourenterprise.example</title>`,
			`<ul><li><a href="/a">OUR WORLD</a></li><li><a href="/b">BUSINESS REPORT</a></li></ul>` +
				`<div id="main"><span style="font-size:18px;font-weight:bold">Council votes to rebuild ferry pier</span><br>2008-01-14<br>Harbour Press Service<br><br>` + aboveStoryBody + `</div>` +
				`<div id="sidebar" class="sidebar"><div class="sideTitle">WHAT DO YOU SAY?</div><p>Tell us about your town.</p></div>`,
			"Council votes to rebuild ferry pier"},
	})
}
