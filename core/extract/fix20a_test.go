package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// joomla20a is an older CMS article page without an <h1>: the headline printed whole in an
// <h2>, "Written by" and the created day in spans of their own, the masthead's day of the visit and
// a calendar module's link to it; the story's text holds a bold subhead that repeats the part of
// the headline after its colon.
func joomla20a(head string) []byte {
	return []byte(`<html lang="en"><head>` + head + `</head><body>` +
		`<div id="top-bar"><div class="date-block"><span class="date1">Tuesday</span>, <span class="date2">January</span> <span class="date3">04</span>, <span class="date4">2011</span> :: <span class="date5">A Harbour Trade Paper</span></div></div>` +
		`<div class="top"><a href="/events/month.calendar/2011/01/04/-.html">Events</a></div>` +
		`<div class="content"><h2 class="contentheading">Pier Repair: The Tide And The Timber</h2>` +
		`<p class="articleinfo"><span class="createdby">Written by Jane Roe</span> <span class="createdate">Monday, 01 January 2007 00:00</span></p>` +
		`<p>Every pier on the coast loses a few pilings to the tide each winter, and the harbour crews know the signs long before a plank gives way under a cart.</p>` +
		`<p><strong>The tide and the timber</strong><br>The crews now test each piling with a small hammer and a sensor that listens for rot, and the readings go straight into the town's repair log.</p>` +
		`<p>No repair plan will ever be perfect, but the harbour master says the crews get closer each year by minding both the tide and the timber of it.</p>` +
		`</div></body></html>`)
}

// An older CMS prints the <title> whole in its heading: a bold subhead in the text that
// repeats the part after the title's colon is no headline. Its "Written by" span names the
// writer where the author meta holds the login's first name, and its created-day span dates
// the story, not the masthead's day of the visit over the page.
func TestOlderCMSHeadlineBylineAndDay(t *testing.T) {
	r, err := Extract("http://www.example.com/component/content/article/76-january2007/174-pier-repair.html",
		joomla20a(`<title>Pier Repair: The Tide And The Timber</title><meta name="title" content="Pier Repair: The Tide And The Timber"><meta name="author" content="Kathy">`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Pier Repair: The Tide And The Timber"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
	if want := []string{"Jane Roe"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
	if r.Published.Format(time.DateOnly) != "2007-01-01" {
		t.Errorf("published %v, want 2007-01-01", r.Published)
	}
}

// A trade magazine's template prints the writer's first and last names in elements of their
// own, each classed a part of the author's name ("AUTHORS-NAME-FIRST", "AUTHORS-NAME-LAST"):
// the byline is the two joined, not the first name alone.
func TestBylineFromNamePartElements(t *testing.T) {
	page := `<html lang="en"><head><title>Council delays the new bridge vote</title></head><body><table><tr><td>` +
		`<span class="ARTICLES-TITLE">Council delays the new bridge vote</span><br>` +
		`<span class="AUTHORS-NAME-FIRST">by </span><span class="AUTHORS-NAME-FIRST">Jane</span> <span class="AUTHORS-NAME-LAST">Roe</span><br>` +
		`<span class="ARTICLES-POSTED-DATE">February 9, 2010</span><br><br>` +
		`<p>The city council put off its vote on the new river bridge for another month on Tuesday night, after residents of the east bank asked for more time to study the plans and the cost.</p>` +
		`<p>The bridge would replace the old iron crossing that has been closed to lorries since the spring floods, and the state has promised to pay for half of the work if the city agrees by summer.</p>` +
		`<p>Several members said they wanted to hear from the engineers again before they decide, and the mayor said she would not press for a vote until every question had an answer.</p>` +
		`</td></tr></table></body></html>`
	r, err := Extract("https://www.example.com/articles/council-delays-bridge-vote.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Jane Roe"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
}

// A magazine's template prints its own name in the <h1> and the story's headline in an <h2>,
// and its <title> joins the two ("Story - Site Name"): a headline of few words is the story's
// when the plain "title" meta states it alone. Its link to the page's own address (a
// permalink) makes it no teaser.
func TestShortStoryBesideNameHeading(t *testing.T) {
	checkTitles(t, []titlePage{
		{"title meta states the story", `<title>The Pier Manifesto - Harbour Magazine</title><meta name="title" content="The Pier Manifesto"><link rel="canonical" href="https://example.org/story">`,
			`<h1>Harbour Magazine</h1><div><h2><a href="https://example.org/story">The Pier Manifesto</a></h2><h3>Why the old pier is worth saving</h3>` + aboveStoryBody + `</div>`,
			"The Pier Manifesto"},
		{"no title meta", `<title>Local News - Harbour Magazine</title>`,
			`<h1>Harbour Magazine</h1><div><h2>Local News</h2>` + aboveStoryBody + `</div>`,
			"Harbour Magazine"},
	})
}

// A magazine prints its section's banner in a first <h1> and the story's headline in a second,
// and its <title> runs "Story - Section - Site": the later <h1> that is the title's opening
// part is the headline, however short beside the section's and the site's names.
func TestLaterH1OpensTitle(t *testing.T) {
	checkTitles(t, []titlePage{
		{"section h1 first", `<title>Faux Piers - The Harbour Review - The Chronicle of Harbour Trades</title>`,
			`<div id=banner><h1>The Harbour Review</h1></div><div><h1>Faux Piers</h1>` + aboveStoryBody + `</div><p>The Chronicle of Harbour Trades</p>`,
			"Faux Piers"},
		{"site, section, story", `<title>Harbour Trades - Piers - Council votes to rebuild the old ferry pier</title>`,
			`<h1>Piers</h1><h1><a href="/trades/">Harbour Trades</a></h1><h1>Council votes to rebuild the old ferry pier</h1>` + aboveStoryBody,
			"Council votes to rebuild the old ferry pier"},
		{"story h1 first", `<title>Council votes to rebuild the old ferry pier - The Harbour Review</title>`,
			`<h1>Council votes to rebuild the old ferry pier</h1>` + aboveStoryBody + `<h1>The Harbour Review</h1>`,
			"Council votes to rebuild the old ferry pier"},
	})
}

// A magazine's <title> credits the writer after the headline ("Story by Dr. Jane Roe - Site"),
// the name the author meta states: the headline ends before "by". A title whose "by" leads no
// stated author's name keeps it.
func TestTitleWithoutAuthorTrail(t *testing.T) {
	checkTitlesAt(t, "https://www.theharbourglobe.com/storyid.aspx?StoryId=12", []titlePage{
		{"author meta", `<title>Rebuilding the Harbour Economy by Dr. Jane Roe - The Harbour Globe</title><meta name="author" content="Dr. Jane Roe">`,
			aboveStoryBody, "Rebuilding the Harbour Economy"},
		{"joiner before the credit", `<title>Rebuilding the Harbour Economy - By Jane Roe</title><meta name="author" content="Jane Roe">`,
			aboveStoryBody, "Rebuilding the Harbour Economy"},
		{"another name", `<title>Rebuilding the Harbour Economy by Ferry - The Harbour Globe</title><meta name="author" content="Dr. Jane Roe">`,
			aboveStoryBody, "Rebuilding the Harbour Economy by Ferry"},
	})
}

// A partner's story credits its writer and the newspaper of a place, a time of day and a
// noun ("Jane Roe | North Harbour Morning Post"): the place is the paper's, not a second
// writer ("North Harbour").
func TestBylineWithMorningPaper(t *testing.T) {
	for _, byline := range []string{
		`<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Jane Roe | North Harbour Morning Post"></div>By JANE ROE | NORTH HARBOUR MORNING POST`,
		`By Jane Roe | Harbour Evening Post`,
	} {
		r, err := Extract("https://www.example.com/articles/council-delays-bridge-vote.html", story19a(`<title>Council delays the new bridge vote</title>`, byline))
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"Jane Roe"}; !slices.Equal(r.Authors, want) {
			t.Errorf("%q: authors %q, want %q", byline, r.Authors, want)
		}
	}
}

// A story's text holds a parenthetical teaser of another story, an <article> card in an
// <aside> with its own author item and byline: its writer is no writer of the story.
func TestAsideCardAuthorIsOtherStorys(t *testing.T) {
	page := `<html lang="en"><head><title>Council delays the new bridge vote</title></head><body><div class="story-main">` +
		`<h1><span itemprop="headline">Council delays the new bridge vote</span></h1>` +
		`<footer class="meta"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Jane Roe"></div><p class="byline">By JANE ROE</p></footer>` +
		`<p>The city council put off its vote on the new river bridge for another month on Tuesday night, after residents of the east bank asked for more time to study the plans and the cost.</p>` +
		`<aside class="module"><article class="story-frag"><h3><a href="https://www.example.com/articles/ferry-fares-rise.html">Ferry fares rise as the bridge stays shut for another winter</a></h3>` +
		`<footer class="meta"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="John Doe"></div><p class="byline">By JOHN DOE</p></footer></article></aside>` +
		`<p>The bridge would replace the old iron crossing that has been closed to lorries since the spring floods, and the state has promised to pay for half of the work if the city agrees by summer.</p>` +
		`<p>Several members said they wanted to hear from the engineers again before they decide, and the mayor said she would not press for a vote until every question had an answer.</p>` +
		`</div></body></html>`
	r, err := Extract("https://www.example.com/articles/council-delays-bridge-vote.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Jane Roe"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
}

// A site's footer credits its designers in a box classed "createdBy" ("Designed and developed
// by" over the agency's logo): no byline.
func TestFooterCreatedByIsNoByline(t *testing.T) {
	page := strings.Replace(string(story19a(`<title>Council delays the new bridge vote</title>`, ``)), `</div></div></body>`,
		`</div></div><div class="footer"><div class="createdBy"><div class="agency"><p>Designed and developed by</p><a href="https://agency.example.net/">Harbour Web Works</a></div></div></div></body>`, 1)
	r, err := Extract("https://www.example.com/articles/council-delays-bridge-vote.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Authors) != 0 {
		t.Errorf("authors %q, want none", r.Authors)
	}
}
