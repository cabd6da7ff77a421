package extract

import "testing"

// aboveStoryBody is a story of the kind older table layouts print: a dateline opens the first
// paragraph, and its words name what the headline above it names.
const aboveStoryBody = `<p>HONOLULU (AP) -- The harbour council voted on Tuesday to rebuild the old ferry pier before the summer season, ending a dispute that has run for two years.</p>
	<p>The pier, closed since a storm damaged its pilings, carried most of the island's commuters until the council shut it.</p>
	<p>Work on the ferry pier is to start in March and cost about four million dollars, the council said in a statement after the vote.</p>
	<p>Residents who spoke at the meeting said they had waited long enough for the harbour to have its ferry back.</p>`

// On a page whose <title> names only the site or its section, or is empty, the headline is the
// short line right above the story's first paragraph that names what the story names, printed
// in a <div class=title>, a bold cell or a <font>; a picture's caption, a time stamp, a linked
// line and a line of the story's own paragraph are not it, and a headline the page prints as
// a line of its own stays.
func TestHeadlineAboveStory(t *testing.T) {
	checkTitles(t, []titlePage{
		{"site name title, div class=title", `<title>Coast Daily Mail</title>`,
			`<div id=masthead><img src="logo.gif" alt=""></div><div class=nav><a href="/">Home</a> <a href="/news">News</a></div>
			<div id=story><div class=title>Council votes to rebuild the ferry pier</div><div class=body><p>By JANE DOE</p><p>AP Writer</p>` + aboveStoryBody + `</div></div>`,
			"Council votes to rebuild the ferry pier"},
		{"empty title, bold cell over caption and time stamp", `<title></title>`,
			`<table><tr><td><b>Council votes to rebuild the ferry pier</b></td></tr>
			<tr><td><table align=right><tr><td><img src="pier.jpg" alt="The ferry pier"><br>The ferry pier has been closed since the storm</td></tr></table>
			<font size=2>Harbour desk, 6:12 PM Dec 30, 2007</font>` + aboveStoryBody + `</td></tr></table>`,
			"Council votes to rebuild the ferry pier"},
		{"section title, caption after a picture", `<title>Local News</title>`,
			`<div><b>Council votes to rebuild the ferry pier</b></div><div class=photo><img src="pier.jpg" alt="The pier"><p>The ferry pier will carry the harbour's commuters again</p></div>
			<div class=storybody>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
		{"linked line is no headline", `<title>Coast Daily Mail</title>`,
			`<div><a href="/ferry">More on the ferry pier</a></div><div>` + aboveStoryBody + `</div>`,
			"Coast Daily Mail"},
		{"printed title stays", `<title>Crowds cheer the outcome</title>`,
			`<div class=side><h2>Crowds cheer the outcome</h2></div><div class=title>Harbour council pier vote</div><div>` + aboveStoryBody + `</div>`,
			"Crowds cheer the outcome"},
		{"broken line of the story's own paragraph", `<title>Coast Daily Mail</title>`,
			`<div class=title>Council votes to rebuild the ferry pier</div><div>The ferry pier<br>HONOLULU (AP) -- The harbour council voted on Tuesday to rebuild the old ferry pier before the summer season, ending a dispute that has run for two years.<br><br>The pier, closed since a storm damaged its pilings, carried most of the island's commuters until the council shut it.</div>`,
			"Council votes to rebuild the ferry pier"},
	})
}

// A <title> that joins the headline to site parts no source names ("Story | Premier League
// Football News, Fixtures, Results", "Berkshire Eagle Online - Story", "=> Story <=") gives the
// part the page prints as a line of its own right above the story, however long the other
// parts; a part that is only a word of the line or a link is not it.
func TestTitlePartAboveStory(t *testing.T) {
	checkTitles(t, []titlePage{
		{"long site part after", `<title>Council votes to rebuild the ferry pier | Harbour News, Ferry Timetables, Tide Tables, Weather and Traffic Reports</title>`,
			`<div class=nav><a href="/">Home</a></div><div class=hl>Council votes to rebuild the ferry pier</div><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
		{"site part before", `<title>Coast Eagle Online - Council votes to rebuild the ferry pier</title>`,
			`<table><tr><td><font size=4><b>Council votes to rebuild the ferry pier</b></font><br><i>By Jane Doe</i></td></tr><tr><td>` + aboveStoryBody + `</td></tr></table>`,
			"Council votes to rebuild the ferry pier"},
		{"arrows around", `<title>=> Council votes to rebuild the ferry pier <=</title>`,
			`<div><span class=big>Council votes to rebuild the ferry pier</span></div><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
		{"linked part", `<title>Council votes to rebuild the ferry pier | Harbour News, Ferry Timetables, Tide Tables, Weather and Traffic Reports</title>`,
			`<div><a href="/pier">Council votes to rebuild the ferry pier</a></div><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier | Harbour News, Ferry Timetables, Tide Tables, Weather and Traffic Reports"},
		{"comma runs on", `<title>Council votes to rebuild the ferry pier, Says Harbour Master After the Long Dispute</title>`,
			`<div><b>Council votes to rebuild the ferry pier</b></div><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier, Says Harbour Master After the Long Dispute"},
		{"page-type part", `<title>Coast Eagle Online :: News Article</title>`,
			`<div><b>NEWS ARTICLE</b></div><div>` + aboveStoryBody + `</div>`,
			"Coast Eagle Online :: News Article"},
	})
}

// A <title> that the page's broken markup ran into a script's string or a comment names no
// story: the <h1> is the headline.
func TestTitleWithMarkupDebris(t *testing.T) {
	checkTitles(t, []titlePage{
		{"script string", `<title>Council votes to rebuild the ferry pi'?' + OAS_query + '"></title>`,
			`<h1>Council votes to rebuild the ferry pier</h1>` + articleBody,
			"Council votes to rebuild the ferry pier"},
	})
}

// Two sources agreeing on a title settle it only when it names a story: a colon trail ending in
// the site's stated name ("Story: The Column: Site") or a section's name of a few words
// ("Metro Wire" in <title> and <h1>) is checked against the headline the page prints above
// the story.
func TestAgreedTrailOrSectionNotSure(t *testing.T) {
	checkTitles(t, []titlePage{
		{"colon trail to the site's name", `<title>Council votes to rebuild the ferry pier: The Harbour Desk: Coast on Ferries: CD</title>
			<meta property="og:title" content="Council votes to rebuild the ferry pier: The Harbour Desk: Coast on Ferries: CD"><meta property="og:site_name" content="CD">`,
			`<div class=nav><a href="/">Home</a></div><div class=post><h2 class="entry-title">Council votes to rebuild the ferry pier</h2><div class=entry>` + aboveStoryBody + `</div></div>`,
			"Council votes to rebuild the ferry pier"},
		{"section name in title and h1", `<title>coastdaily.com - Metro Wire</title>`,
			`<h1>Metro Wire</h1><div class=story><ul><li>Tue, 15 Jan 2008</li><li><a href="#">E-mail</a></li></ul><h2>Council votes to rebuild the ferry pier</h2>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
		{"short headline the story names stays", `<title>Ferry pier returns - Coast Daily</title>`,
			`<h1>Ferry pier returns</h1><div class=story><h2>Harbour notes and letters from readers</h2>` + aboveStoryBody + `</div>`,
			"Ferry pier returns"},
	})
}

// Of two <h1>s, the one marked itemprop=headline is the story's, not a CMS's page title that
// <title> repeats ("Sports Items | Site").
func TestItempropHeadlineH1(t *testing.T) {
	checkTitles(t, []titlePage{
		{"drupal page title h1", `<title>Harbour Items | Coast Daily</title>`,
			`<h1 class="title" id="page-title">Harbour Items</h1><div class=node><h1 itemprop="headline" class="node-title">Council votes to rebuild the ferry pier</h1>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
	})
}

// A printed <h1> whose part after a colon a later heading repeats ("Make-Ahead Side: Story" over
// a card's "Story") is the headline whole: the kicker is printed in it.
func TestPrintedKickerKept(t *testing.T) {
	checkTitles(t, []titlePage{
		{"kicker in the h1", `<title>| Harbour Notes</title>`,
			`<h1>Harbour Vote: Council votes to rebuild the ferry pier</h1><div class=entry>` + aboveStoryBody + `<h3>Council votes to rebuild the ferry pier</h3><p>Read the council's statement.</p></div>`,
			"Harbour Vote: Council votes to rebuild the ferry pier"},
	})
}

// The section name stays unsettled when the page's host names the site its <title> leads with,
// so that cutting it leaves <title> and <h1> the same.
func TestSectionTitleUnderHost(t *testing.T) {
	checkTitlesAt(t, "https://www.coastdaily.com/story", []titlePage{
		{"section name in title and h1", `<title>coastdaily.com - Metro Wire</title>`,
			`<h1>Metro Wire</h1><div class=story><ul><li>Tue, 15 Jan 2008</li><li><a href="#">E-mail</a></li></ul><h2>Council votes to rebuild the ferry pier</h2>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
	})
}
