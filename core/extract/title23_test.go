package extract

import "testing"

// A template that leads its <title> and og:title with a site's name no source states ("Harbour
// News Bureau | Council votes …") and prints the story's headline in a styled <div>, not a
// heading: the part the page prints whole is the headline. The site's name printed as a line
// of its own (the masthead's text) does not turn it around: it is the shorter part. A page
// that prints the whole title in its <h1>, its second part in a span, keeps it whole.
func TestTitleSiteLedTitlePrintedEnd(t *testing.T) {
	head := `<title>Harbour News Bureau | Council votes to rebuild the ferry pier</title>` +
		`<meta property="og:title" content="Harbour News Bureau | Council votes to rebuild the ferry pier">`
	checkTitlesAt(t, "http://hnb.example/", []titlePage{
		{"headline in a styled div", head,
			`<div class="top">Harbour News Bureau</div><div class="newsheader_middle">Council votes to rebuild the ferry pier</div>` + aboveStoryBody,
			"Council votes to rebuild the ferry pier"},
		{"whole title printed in the h1", `<title>THE HARBOUR BAND - BAND 'QUITS LABEL' FOR RIVAL</title>`,
			`<h1>THE HARBOUR BAND - <span>BAND 'QUITS LABEL' FOR RIVAL</span></h1>` + aboveStoryBody,
			"THE HARBOUR BAND - BAND 'QUITS LABEL' FOR RIVAL"},
		{"headline printed nowhere", head,
			`<div class="top">Harbour News Bureau</div>` + aboveStoryBody,
			"Harbour News Bureau | Council votes to rebuild the ferry pier"},
	})
}

// A <title> that is a short name closed by a colon ("Harbour Socialist:") is a "Site: {story}"
// template whose story field came out blank: the page's <h1> is the headline. A headline
// that itself holds a colon keeps its form.
func TestTitleLabelWithoutStory(t *testing.T) {
	checkTitles(t, []titlePage{
		{"dangling colon", `<title>Harbour Socialist:</title>`,
			`<h1>What is the Harbour Socialist Group?</h1>` + aboveStoryBody,
			"What is the Harbour Socialist Group?"},
		{"kicker and headline", `<title>Ferry: Council votes to rebuild the pier</title>`,
			`<h1>Ferry: Council votes to rebuild the pier</h1>` + aboveStoryBody,
			"Ferry: Council votes to rebuild the pier"},
	})
}

// A heading that holds a pulldown (a network's sites as the options of a <select>, in the
// login bar of a portal's template) is a widget's box, not a headline: on a page without a
// title the story's own heading is.
func TestTitleHeadingWithPulldown(t *testing.T) {
	checkTitles(t, []titlePage{
		{"network pulldown in an h3", ``,
			`<div id="loginrow"><h3><select name="network"><option value="/">harbour.example, Newspapers, TV, Radio</option>` +
				`<option value="/news">News</option><option value="/sports">Sports</option><option value="/herald">Harbour Herald</option></select></h3></div>` +
				`<div class="storyheader"><h2>Keeper leaves the Harbour club for his old school</h2></div>` + aboveStoryBody,
			"Keeper leaves the Harbour club for his old school"},
	})
}

// Sources that word the same headline with a different joiner between kicker and headline
// (JSON-LD "Kicker - Story", og:title and the <title> "Kicker: Story - Section") and a page
// that prints the two in spans of their own: the wording more sources hold is the headline.
func TestTitleKickerJoinerMostSources(t *testing.T) {
	checkTitles(t, []titlePage{
		{"colon in og:title and title, dash in JSON-LD",
			`<title>Pier works: Council votes to rebuild the ferry pier - Local</title>` +
				`<meta property="og:title" content="Pier works: Council votes to rebuild the ferry pier">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier works - Council votes to rebuild the ferry pier"}</script>`,
			`<h1><span class="kicker">Pier works</span> <span>Council votes to rebuild the ferry pier</span></h1>` + aboveStoryBody,
			"Pier works: Council votes to rebuild the ferry pier"},
	})
}

// A <title> that closes with the site's name and tagline, neither stated in the metadata
// ("Story - Harbour Sports Central - Minor League Sports News"), over a masthead whose logo
// states both as its alt text, with the tagline printed as a line of the header: the logo's
// parts are cut, and the tagline, longer than the story's part, is no headline. A picture's
// alt of one part cuts nothing.
func TestTitleLogoAltTrail(t *testing.T) {
	head := `<title>Slow start costs the Majors in Harbour - Harbour Sports Central - Independent and Minor League Sports News</title>`
	checkTitles(t, []titlePage{
		{"logo alt names site and tagline", head,
			`<table><tr><td><img src="/graphics/mast.jpg" alt="Harbour Sports Central - Independent and Minor League Sports News"></td></tr>` +
				`<tr><td><div class="headerwords">Independent and Minor League Sports News</div></td></tr></table>` +
				`<div class="headline1">Slow start costs the Majors in Harbour</div>` + aboveStoryBody,
			"Slow start costs the Majors in Harbour"},
		{"picture alt of one part", `<title>Ferry pier - Council votes to rebuild it</title>`,
			`<h1>Ferry pier - Council votes to rebuild it</h1><img src="/pier.jpg" alt="Council votes to rebuild it">` + aboveStoryBody,
			"Ferry pier - Council votes to rebuild it"},
	})
}
