package extract

import "testing"

// The story's own block opens with a short line set apart from the paragraphs after it: on a
// page whose <title> no other source confirms and that holds no headline of its own (the
// site's name, a trail of short parts, the headline's part beside the site's) that line is
// the headline, even when it names nothing the story's opening names ("Gone to the Garden")
// or runs as long as a paragraph's opening. A date, a label ending in a colon, a one-word
// kicker and a byline are no headline; a short title stays against a line that
// names nothing the story names, and so does a title with a part of its own.
func TestHeadlineOpeningReading(t *testing.T) {
	long := "Harbour towns of the northern coast and the ferry lines that once joined them to the cities of the south"
	checkTitles(t, []titlePage{
		{"site-only title, a headline as long as a paragraph's opening", `<title>Quay Margins</title>`,
			`<div class=nav><a href="/">Home</a> <a href="/news">News</a></div><div id=story><p><b>` + long + `</b></p>` + aboveStoryBody + `</div>`,
			long},
		{"trail of short parts, headline names nothing the story names", `<title>Coast Eagle - Letters - Monthly Review</title>`,
			`<div class=nav><a href="/">Home</a></div><div id=story><font size=4>Green shoots of a quiet revolution</font>` + aboveStoryBody + `</div>`,
			"Green shoots of a quiet revolution"},
		{"the title's section part printed over the headline", `<title>Coast Post : SPORTS PLUS</title>`,
			`<div id=story><p><b>SPORTS PLUS</b></p><p><b>Green shoots of a quiet revolution</b></p>` + aboveStoryBody + `</div>`,
			"Green shoots of a quiet revolution"},
		{"title part", `<title>Gone to the Garden - Coast Weekly Magazine</title>`,
			`<div class=nav><a href="/">Home</a></div><div id=story><p><b>Gone to the Garden</b></p>` + aboveStoryBody + `</div>`,
			"Gone to the Garden"},
		{"title part with a subtitle", `<title>Coast Eagle: Letters: Gone to the Garden</title>`,
			`<div id=story><h1>Gone to the Garden: Pictures of a Vanished Kingdom</h1>` + aboveStoryBody + `</div>`,
			"Gone to the Garden: Pictures of a Vanished Kingdom"},
		{"date before the headline, byline after", `<title>Coast Eagle - Letters</title>`,
			`<div id=story><p>January 13, 1999</p><p><b>Green shoots of a quiet revolution</b></p><p>By JANE DOE</p>` + aboveStoryBody + `</div>`,
			"Green shoots of a quiet revolution"},
		{"label, one word, byline", `<title>Coast Eagle - Letters</title>`,
			`<div id=story><p><b>Harbour:</b></p><p>Opinion</p><p>By JANE DOE of the desk</p>` + aboveStoryBody + `</div>`,
			"Coast Eagle - Letters"},
		{"short title, line names nothing the story names", `<title>Green shoots</title>`,
			`<div id=story><p><b>Gone to the Garden</b></p>` + aboveStoryBody + `</div>`,
			"Green shoots"},
		{"title with a headline part", `<title>Coast Eagle - Green shoots of a quiet revolution</title>`,
			`<div id=story><p><b>Gone to the Garden</b></p>` + aboveStoryBody + `</div>`,
			"Coast Eagle - Green shoots of a quiet revolution"},
	})
}

// A line that holds two sentences, repeats a short title, shares a word with it or is the
// first of a post's cross-heads is no headline the title leaves to it, nor is a row of tools, a date the parser does not read or a credit; one that runs on is
// the first half of one.
func TestHeadlineOpeningReadingNot(t *testing.T) {
	checkTitles(t, []titlePage{
		{"two sentences, short title repeated", `<title>Green Shoots</title>`,
			`<div id=story><p>We hear of green shoots everywhere. What is the story?</p>` + aboveStoryBody + `</div>`,
			"Green Shoots"},
		{"short title repeated", `<title>Green Shoots</title>`,
			`<div id=story><p>Green shoots around the harbour</p>` + aboveStoryBody + `</div>`,
			"Green Shoots"},
		{"tool row, date line and credit", ``,
			`<div class=hl>Harbour towns count the cost of the storm</div><div id=story><p>Πέμπτη 15 Δεκέμβρη 2011</p><p>POST COMMENT | <a href="/c">READ COMMENTS</a></p><p>Contributed by Jane Doe</p>` + aboveStoryBody + `</div>`,
			"Harbour towns count the cost of the storm"},
		{"short title naming what the line names", `<title>Ferry Pier Overview</title>`,
			`<div id=story><p><b>Harbour ferry pier</b></p>` + aboveStoryBody + `</div>`,
			"Ferry Pier Overview"},
		{"the first of the post's cross-heads", `<title>Quay Letters - Issue Nine</title>`,
			`<div id=story><h2>Cryptic rules</h2>` + aboveStoryBody + `<h2>Tide tables</h2><p>The tide tables for the coming month were printed late again this week.</p><h2>Weather</h2><p>Rain is expected on the coast all through the weekend and into Monday.</p></div>`,
			"Quay Letters - Issue Nine"},
		{"the title's first part, worded on differently", `<title>Green shoots of a quiet revolution: the harbour waits - Coast Weekly</title>`,
			`<div id=story><h1>Green shoots of a quiet revolution: a town in bloom</h1>` + aboveStoryBody + `</div>`,
			"Green shoots of a quiet revolution: the harbour waits - Coast Weekly"},
		{"the title set as a heading of its own", `<title>Quay Letters - Issue Nine</title>`,
			`<div class=side><h3>Quay Letters - Issue Nine</h3></div><div id=story><p>How did the pier end up costing four million?</p>` + aboveStoryBody + `</div>`,
			"Quay Letters - Issue Nine"},
		{"runs on", ``,
			`<div id=story><p>October 10, 2004</p><p><b>Green shoots of a quiet revolution;</b></p><p><b>Gardens Return to the Town</b></p>` + aboveStoryBody + `</div>`,
			"Green shoots of a quiet revolution; Gardens Return to the Town"},
	})
}

// A title's part printed as the line nearest over the story is its headline even when the
// story's opening names nothing it names ("Hack job", "Your cheating heart"), as long as no
// other part of the title has more words: a logo's or a page type's part is the shorter one.
func TestTitlePartRightOverStory(t *testing.T) {
	checkTitles(t, []titlePage{
		{"author and trail around", `<title>Jane Doe: Gone to the Garden | By genre | Coast Books</title>`,
			`<div class=nav><a href="/a">Review: one book</a><br><a href="/b">Review: another book</a></div><h1>Gone to the Garden</h1>` + aboveStoryBody,
			"Gone to the Garden"},
		{"glued section before", `<title>Artsandentertainment: Gone Gardening</title>`,
			`<div class=nav><a href="/">Home</a></div><div class=hl><b>Gone Gardening</b></div><div>` + aboveStoryBody + `</div>`,
			"Gone Gardening"},
		{"a longer part stays", `<title>Gone Gardening - Coast Weekly Magazine</title>`,
			`<div class=nav><a href="/">Home</a></div><div class=hl><b>Gone Gardening</b></div><div>` + aboveStoryBody + `</div>`,
			"Gone Gardening - Coast Weekly Magazine"},
	})
}

// A <title> no other source confirms whose headline part is the page's heading printed with
// one word more, one less or one changed (the site's template ate a "$160", doubled an "s",
// the sub-editor added "model") gives the printed heading: both name one story, and the reader
// sees the heading. A heading sharing fewer words, or a short one, is another text.
func TestHeadingNearTitle(t *testing.T) {
	checkTitles(t, []titlePage{
		{"word added", `<title>Plastic breasts aren't fantastic, says Gemma - Fashion &amp; Beauty, Woman</title>`,
			`<h1 class=logo>Woman</h1><h1>Plastic breasts aren't fantastic, says model Gemma</h1>` + articleBody,
			"Plastic breasts aren't fantastic, says model Gemma"},
		{"word mangled", `<title>The Income Penalty For Diabetes: 0,000 – Capsules - The Health Blog</title>`,
			`<h1>Health News</h1><h2>The Income Penalty For Diabetes: $160,000</h2>` + articleBody + `<h3>4 Responses to “The Income Penalty For Diabetes: $160,000”</h3>`,
			"The Income Penalty For Diabetes: $160,000"},
		{"another story's heading", `<title>Council votes to rebuild the ferry pier - Coast News</title>`,
			`<h2>Council votes to close the old ferry pier</h2>` + articleBody,
			"Council votes to rebuild the ferry pier - Coast News"},
	})
}

// A title no source confirmed that the page prints over the story in another case or without
// the quotes around it ("Toy Train ride to Darjeeling" printed "Toy Train Ride to Darjeeling",
// "\"Giving Thanks!\"" printed "Giving Thanks!") is given in the printed form the reader sees.
func TestTitleInPrintedForm(t *testing.T) {
	checkTitles(t, []titlePage{
		{"case", `<title>Council votes to rebuild the Ferry pier</title>`,
			`<div class=hl><b>Council Votes to Rebuild the Ferry Pier</b></div><div>` + aboveStoryBody + `</div>`,
			"Council Votes to Rebuild the Ferry Pier"},
		{"quotes", `<title>"Ferry pier to reopen!"</title>`,
			`<div class=hl><b>Ferry pier to reopen!</b></div><div>` + aboveStoryBody + `</div>`,
			"Ferry pier to reopen!"},
	})
}

// A page type's label that the site's cut leaves as the title ("News Article" of "Coast Eagle
// Online :: News Article") and the page prints in capitals over the headline is no printed form
// of a headline: the lines over the story give the headline.
func TestPrintedLabelNoTitle(t *testing.T) {
	checkTitlesAt(t, "http://www.coasteagleonline.com/story?id=1", []titlePage{
		{"label printed in capitals", `<title>Coast Eagle Online :: News Article</title>`,
			`<div><b>NEWS ARTICLE</b></div><div class=hl>Council votes to rebuild the ferry pier</div><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the ferry pier"},
	})
}

// A site's name the story's opening happens to repeat ("… News Update Service" over a story
// that names a news service) leaves the headline to the line right over the story when that
// line names more of the opening than the title does.
func TestNearestLineOverSiteTitle(t *testing.T) {
	checkTitles(t, []titlePage{
		{"site name the opening repeats", `<title>The Harbour Council News Service</title>`,
			`<div class=nav><a href="/">Home</a></div><div><b>Ferry pier to be rebuilt before summer</b></div><div>` + aboveStoryBody + `</div>`,
			"Ferry pier to be rebuilt before summer"},
		{"a title naming as much stays", `<title>Harbour council votes on the pier</title>`,
			`<div class=nav><a href="/">Home</a></div><div><b>Ferry pier to be rebuilt</b></div><div>` + aboveStoryBody + `</div>`,
			"Harbour council votes on the pier"},
		{"a sentence over the story", `<title>The Harbour Council News Service</title>`,
			`<div class=nav><a href="/">Home</a></div><div><b>The ferry pier is to be rebuilt before summer.</b></div><div>` + aboveStoryBody + `</div>`,
			"The Harbour Council News Service"},
		{"a line naming not twice as much", `<title>Harbour Council on Ferries</title>`,
			`<div class=nav><a href="/">Home</a></div><div><b>Pier rebuilt before summer season</b></div><div>` + aboveStoryBody + `</div>`,
			"Harbour Council on Ferries"},
		{"a title holding the page's <h1>", `<title>Harbour Master on Tides</title>`,
			`<h1>Harbour Master</h1><div class=nav><a href="/">Home</a></div><div><b>Ferry pier to be rebuilt before summer</b></div><div>` + aboveStoryBody + `</div>`,
			"Harbour Master on Tides"},
	})
}
