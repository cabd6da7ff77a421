package extract

import "testing"

// A meta content that held an unescaped quote (content="Story "Name"") ends at that quote: the
// cut og:title is no title source, and the <title> and the <h1> that print the whole headline
// agree.
func TestMetaCutAtQuote(t *testing.T) {
	checkTitles(t, []titlePage{
		{"og:title cut", `<title>Singer records a winter clip 'Hallelujah' > Music</title><meta property="og:title" content="Singer records a winter clip "Hallelujah""/>`,
			`<h1>Singer records a winter clip "Hallelujah"</h1>` + articleBody,
			`Singer records a winter clip "Hallelujah"`},
	})
}

// A headline broken over two lines by <br> in one block is one headline: the <title> holds it
// whole (its <br> and <i> written out as text), and so does the line the page prints over the
// story once its lines are joined.
func TestHeadlineBrokenByBreak(t *testing.T) {
	checkTitles(t, []titlePage{
		{"title with markup, div over the story", `<title>Harbour Bar: Council votes to rebuild the pier,<br/> But <i>Not</i> the Ferry</title>`,
			`<div class=date>June 16, 2003</div><div class=hl>Council votes to rebuild the pier,<br/> But <i>Not</i> the Ferry</div><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the pier, But Not the Ferry"},
		{"site-only title, line over the story", `<title>Coast Daily Mail</title>`,
			`<div class=hl>Council votes to rebuild the ferry pier,<br>ending the dispute</div><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier, ending the dispute"},
	})
}

// A <span> the layout names a title inside a heading styles the headline's first line: the
// heading is the headline, not the span's kicker.
func TestNamedSpanInHeading(t *testing.T) {
	checkTitlesAt(t, "https://coastmail.example/story", []titlePage{
		{"kicker span", `<title>CoastMail</title>`,
			`<h4><span class="firsttitle">HARBOUR COUNCIL AND THE PIER:</span> A VOTE TO REBUILD IN MARCH</h4>` + aboveStoryBody,
			"HARBOUR COUNCIL AND THE PIER: A VOTE TO REBUILD IN MARCH"},
	})
}

// An element named "headline" is no headline when its class or id names a byline or a date
// (a layout styling every line over the story alike) or when its text is all a link's (a
// teaser of another story, a tool): the line over the story is.
func TestNamedHeadlineNotBylineOrLink(t *testing.T) {
	checkTitles(t, []titlePage{
		{"byline", ``,
			`<div>Council votes to rebuild the ferry pier</div><span id=articleByLine class=headline>By Jane Doe of the Harbour Desk</span>
			<span id=articlePublishDate class=headline>Coast Mail - January 14, 2008</span><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
		{"teaser", ``,
			`<div class=side><span class=headline><a href="/other">Tide tables for the coming winter season</a></span></div>
			<div>Council votes to rebuild the ferry pier</div><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
	})
}

// Going up from the story, a line naming only one thing the story names (its source, "Harbour
// Press International") yields to a line further up that names several: the headline. A date
// spelled out is never the headline.
func TestHeadlineAboveSourceLine(t *testing.T) {
	checkTitles(t, []titlePage{
		{"source line", `<title>coastmail.example</title>`,
			`<div>Council votes to rebuild the ferry pier</div><div>2008-01-14</div><div>Harbour Press International</div><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
		{"spelled date", `<title>Coast Daily News - Local News</title>`,
			`<div>March 4, 2008</div><div>Pier plan approved</div><div><a href="#c">Comments</a></div><div>` + aboveStoryBody + `<p>The vote came in 2008.</p></div>`,
			"Pier plan approved"},
	})
}

// A <title> part that lists what the site covers ("Breaking Coast News, Weather, Sports,
// Traffic, Video from Site") is no headline, however long: the printed heading that is the
// title's first part is.
func TestHeadingBeforeCoverageList(t *testing.T) {
	checkTitles(t, []titlePage{
		{"coverage list", `<title>Council votes to rebuild pier | LOCAL NEWS | Breaking Coast News, Weather, Sports, Traffic, Video from CoastMail.com | 11 News</title>`,
			`<h2>LOCAL NEWS</h2><h2>Council votes to rebuild pier</h2><ul><li><a href="/1">Sell a Car</a><li><a href="/2">Search Used Cars</a><li><a href="/3">Homes</a><li><a href="/4">Jobs</a><li><a href="/5">Dating</a><li><a href="/6">Weather</a><li><a href="/7">Traffic</a></ul>` + aboveStoryBody,
			"Council votes to rebuild pier"},
	})
}

// A heading that opens with the day's date ("Wednesday, 09 January 2008 Story") is the title's
// part once the date is left out.
func TestHeadingOpenedByDate(t *testing.T) {
	checkTitles(t, []titlePage{
		{"date first", `<title>Council votes to rebuild pier - Harbour Life - Coast Mail Weekly</title>`,
			`<h1>Wednesday, 09 January 2008 Council votes to rebuild pier</h1><h2>A long dispute ends</h2>` + aboveStoryBody,
			"Council votes to rebuild pier"},
	})
}

// A <title> that glues the site's name to the printed headline without a separator ("Coast
// Mail international Story"), or ends it with the writer or the date, gives the headline the
// page prints over the story.
func TestTitlePartGluedOrUntold(t *testing.T) {
	checkTitles(t, []titlePage{
		{"site glued before", `<title>CMI - Coast Mail international Harbour: Council votes to rebuild the ferry pier</title>`,
			`<div class=sec>Harbour</div><div class=hl>Harbour: Council votes to rebuild the ferry pier</div><div>` + aboveStoryBody + `</div>`,
			"Harbour: Council votes to rebuild the ferry pier"},
		{"writer after", `<title>The Case For the Ferry Pier by Jane Doe</title>`,
			`<div>The Case For the Ferry Pier</div><div>by Jane Doe</div><div>` + aboveStoryBody + `</div>`,
			"The Case For the Ferry Pier"},
		{"date after", `<title>Ferries: You Want a Pier? You Want a Council Vote 3/24/01</title>`,
			`<div>Ferries: You Want a Pier? You Want a Council Vote</div><div>` + aboveStoryBody + `</div>`,
			"Ferries: You Want a Pier? You Want a Council Vote"},
	})
}
