package extract

import "testing"

// The breadcrumb a template prints over the story ("Home > Headlines > Story") ends in the
// headline the <h1> below prints on its own; under a <title> that names only the site, the
// crumb line is no headline: the <h1> is.
func TestTitleBreadcrumbOverHeadline(t *testing.T) {
	checkTitlesAt(t, "http://www.harbourtown-daily.example.com/2008/01/02/headlines/headlines_300608.php", []titlePage{
		{"crumb line ending in the headline",
			`<title>Harbourtown's Independent Newspaper</title>`,
			`<div class="story"><div id="crumbTail"> <b>Home</b> > Headlines > Council rebuilds the old ferry pier </div>` +
				`<h1>Council rebuilds the old ferry pier</h1>` +
				`<h2>The harbour board agreed on Tuesday to pay for new timber at the landing stage. Work starts in March.</h2>` +
				`<p>The board's vote came late on Tuesday night and the contract was signed at 2.54 am on Wednesday.</p>` +
				`<p>The harbour had been closed to the tourist boats for months. Fishermen had gathered at the quay since the news spread that the vote was near.</p>` +
				`<p>The pier is the older of two landings of the town - the coal quay and the present ferry stage.</p>` +
				`<p>Work will take place over the winter inside the old boat sheds. Residents who want to see the plans should head to the town hall from 1pm to 4pm.</p>` +
				`<p>The consultation period has started from today until the end of the month, according to the board.</p></div>`,
			"Council rebuilds the old ferry pier"},
	})
}

// A video box's teaser worded a word apart from the printed <h1> ("Story finally reopens" over
// "Story reopens") is another item's heading: the <h1>, which the <title> opens with, is the
// headline.
func TestTitleTeaserNearPrintedHeadline(t *testing.T) {
	checkTitlesAt(t, "http://abclocal.example.com/ktv7/story?section=news/local&id=5880", []titlePage{
		{"teaser a word apart from the h1",
			`<title>Harbour ferry pier reopens after weeks of repairs to the landing stage | ktv7.example</title>`,
			`<div class="story"><h1>Harbour ferry pier reopens</h1>` + aboveStoryBody + `</div>` +
				`<div class="video"><ul><li><h3><a href="/ktv7/video?id=1">Harbour ferry pier finally reopens</a></h3></li>` +
				`<li><h3><a href="/ktv7/video?id=2">Storm closes the coast road again</a></h3></li></ul></div>`,
			"Harbour ferry pier reopens"},
	})
}

// A <title> of one word (the paper's short name) over an <h1> whose class names it the
// article's headline: the markup states the headline, though the story (a stub here) tells
// nothing of it.
func TestTitleMarkedH1UnderOneWordTitle(t *testing.T) {
	checkTitlesAt(t, "http://www.example.co.za/index.php?fSectionId=492&fArticleId=vn20080107", []titlePage{
		{"marked h1",
			`<title>Courier</title>`,
			`<div class="ArticleBody"><h1 class="ArticleHeadline">Lions lock sidelined for half a year</h1>` +
				`<div class="ArticleDate"><em>7 January 2008, 14:24</em></div><div class="ArticleContent">Full report to follow.</div></div>`,
			"Lions lock sidelined for half a year"},
	})
}
