package extract

import (
	"slices"
	"testing"
	"time"
)

// story19a is a small US news page with the given head and byline; the story text is the
// same for every test.
func story19a(head, byline string) []byte {
	return []byte(`<html lang="en"><head>` + head + `</head><body><div class="main"><h1>Council delays the new bridge vote</h1>` +
		`<div class="byline">` + byline + `</div><div class="story">` +
		`<p>The city council put off its vote on the new river bridge for another month on Tuesday night, after residents of the east bank asked for more time to study the plans and the cost.</p>` +
		`<p>The bridge would replace the old iron crossing that has been closed to lorries since the spring floods, and the state has promised to pay for half of the work if the city agrees by summer.</p>` +
		`<p>Several members said they wanted to hear from the engineers again before they decide, and the mayor said she would not press for a vote until every question had an answer.</p>` +
		`</div></div></body></html>`)
}

func TestSlashBylineOutletOrOfficeIsNoAuthor(t *testing.T) {
	// "By JANE ROE/Harbor Evening Star", "John Doe/Public Affairs Office": the writer, a
	// slash, and the newspaper or the office the writer works for. The part after the slash
	// is the employer, no co-author; a name in capitals beside it is no desk either.
	for _, c := range []struct{ byline, want string }{
		{"By JANE ROE/Harbor Evening Star", "Jane Roe"},
		{"By John Doe/Public Affairs Office", "John Doe"},
	} {
		r, err := Extract("https://www.example.com/articles/council-delays-bridge-vote.html", story19a(`<title>Council delays the new bridge vote</title>`, c.byline))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(r.Authors, []string{c.want}) {
			t.Errorf("%q: authors = %q, want [%q]", c.byline, r.Authors, c.want)
		}
	}
}

func TestOutletPostAfterCommaIsNoAuthor(t *testing.T) {
	// "Jane Roe, Examplehawk Contributor": after the writer's name and a comma, one word and a
	// post is the outlet's name and the writer's post there, no second writer.
	r, err := Extract("https://www.example.com/arts/article/council-delays-bridge-vote", story19a(`<title>Council delays the new bridge vote</title>`, `By <span class="article_author">Jane Roe, Examplehawk Contributor</span> | Published on 06.19.2010`))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Authors, []string{"Jane Roe"}) {
		t.Errorf("authors = %q, want [Jane Roe]", r.Authors)
	}
}

func TestGuillemetTitleTrailIsCut(t *testing.T) {
	// "<headline> » Focus » ExampleTribune.com, Rivertown, MA": a title tag that closes with
	// the section and the site's name and place, each after a "»". The trail is the site's,
	// not the headline's; a headline's own guillemet part of more words stays.
	for raw, want := range map[string]string{
		"Council delays the new bridge vote » Local News » ExampleTribune.com, Rivertown, MA":   "Council delays the new bridge vote",
		"Council delays the new bridge vote » Focus » ExampleTribune.com, North Rivertown, MA":  "Council delays the new bridge vote",
		"Ballot » Council delays the new bridge vote again » ExampleTribune.com, Rivertown, MA": "Ballot » Council delays the new bridge vote again",
	} {
		if got := cleanTitle(raw, nil, "www.exampletribune.com"); got != want {
			t.Errorf("cleanTitle(%q) = %q, want %q", raw, got, want)
		}
	}
}

func TestSouthAfricanDomainPrintsSAST(t *testing.T) {
	// A page on a .za domain prints "16 Mar 2009 12:18" with no zone: South Africa keeps one
	// zone all year (SAST, +02:00), so the clock is that zone's, not UTC.
	page := []byte(`<html><head><title>Minister opens the new clinic</title></head><body><div class="article"><h1>Minister opens the new clinic</h1>` +
		`<p class="date">Johannesburg, South Africa | 16 Mar 2009 12:18</p>` +
		`<p>The health minister opened the new clinic in the township on Monday, the first of ten the province has promised to build before the end of the year.</p>` +
		`<p>Residents had waited for the clinic for more than five years, and the queue outside the gate was long before the doors opened in the morning.</p></div></body></html>`)
	r, err := Extract("https://example.co.za/article/2009-03-16-minister-opens-clinic/", page)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.Format(time.RFC3339); got != "2009-03-16T12:18:00+02:00" {
		t.Errorf("published = %s, want 2009-03-16T12:18:00+02:00", got)
	}
}

func TestOutletNamedForCityInTitleSetsZone(t *testing.T) {
	// A .com page whose title closes with the outlet's name, "| The Jakarta Post", and which
	// prints "Wed, 06/03/2009 12:36 PM": a 12-hour clock after a numeric date, which alone
	// reads as an American page. The outlet's name places the newsroom in Jakarta (WIB,
	// +07:00); the address's day settles the numeric date's order.
	page := []byte(`<html><head><title>Airliner wreckage found at sea | The Jakarta Post</title></head><body><div class="article"><h1>World</h1><h2 class="heading">Airliner wreckage found at sea</h2>` +
		`<div class="info">The Associated Press, Recife, Brazil | Wed, 06/03/2009 12:36 PM <div class="text-size"><a href="#">A</a> | <a href="#">A</a></div></div>` +
		`<p>Military planes found a path of wreckage in the ocean on Wednesday, confirming that the airliner carrying more than two hundred people had crashed at sea.</p>` +
		`<p>The defence minister said the search would go on through the night, and that ships would reach the area by the morning to begin the recovery.</p></div></body></html>`)
	r, err := Extract("http://www.example.com/news/2009/06/03/airliner-wreckage-found-sea.html", page)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.Format(time.RFC3339); got != "2009-06-03T12:36:00+07:00" {
		t.Errorf("published = %s, want 2009-06-03T12:36:00+07:00", got)
	}
}

func TestAddressStampSettlesNumericOrder(t *testing.T) {
	// "[03/05/2007 09:30 AM]" under the address /news/cpu/display/20070305092707.html: the
	// address's id is the story's stamp, yyyymmddhhmmss, so the printed date is day first
	// (5 March), which a 12-hour clock after it would otherwise read the American way (3 May).
	page := []byte(`<html><head><title>Chip maker widens its line - Example labs</title></head><body><div class="featured">` +
		`<span class="article-name">Chip maker widens its line.</span><p><b>Chip Maker Quietly Adds 65W Parts Family</b></p><span>[03/05/2007 09:30 AM]<br/>by <a href="/contact/jane">Jane Roe</a></span></div>` +
		`<div class="content"><p>In an attempt to match the power use of its rival's processors, the chip maker has been quietly adding low-power parts to its desktop line, rising the number of models to nine.</p>` +
		`<p>The new parts run at the same clock speeds as the older ones, but use less power, the company said in a note to its partners last week.</p></div></body></html>`)
	r, err := Extract("http://www.example.com/news/cpu/display/20070305092707.html", page)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.Format("2006-01-02"); got != "2007-03-05" {
		t.Errorf("published = %s, want the day 2007-03-05", r.Published.Format(time.RFC3339))
	}
}

func TestByOnSecondLineUnderDeck(t *testing.T) {
	// A bold deck under the headline, "Chip Maker Quietly Adds 65W Parts Family", then the stamp
	// and, after a line break, "by <a>Jane Roe</a>". The byline is the line that opens with "by";
	// the deck is no name ("65W" is a model's number, not an outlet's acronym after a name).
	page := []byte(`<html><head><title>Chip maker widens its line - Example labs</title></head><body><div class="featured">` +
		`<span class="article-name">Chip maker widens its line.</span><p><b>Chip Maker Quietly Adds 65W Parts Family</b></p><span>[03/05/2007 09:30 AM]<br/>by <a href="/contact/jane">Jane Roe</a></span></div>` +
		`<div class="content"><p>In an attempt to match the power use of its rival's processors, the chip maker has been quietly adding low-power parts to its desktop line, rising the number of models to nine.</p>` +
		`<p>The new parts run at the same clock speeds as the older ones, but use less power, the company said in a note to its partners last week.</p></div></body></html>`)
	r, err := Extract("http://www.example.com/news/cpu/display/20070305092707.html", page)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Authors, []string{"Jane Roe"}) {
		t.Errorf("authors = %q, want [Jane Roe]", r.Authors)
	}
}

// oldStory19a is a page of the 2000s: the site's name in the <h1>, the headline in an <h2>,
// then meta, the story.
func oldStory19a(meta string) []byte {
	return []byte(`<html><head><title>Council delays the new bridge vote | Example Morning</title></head><body><h1 id="logo"><a href="/">Example Morning</a></h1>` +
		`<div class="post"><h2><a href="/council-delays-bridge-vote" rel="bookmark">Council delays the new bridge vote</a></h2>` + meta +
		`<div class="entry"><p>The city council put off its vote on the new river bridge for another month on Tuesday night, after residents of the east bank asked for more time to study the plans and the cost.</p>` +
		`<p>The bridge would replace the old iron crossing that has been closed to lorries since the spring floods, and the state has promised to pay for half of the work if the city agrees by summer.</p>` +
		`<p>Several members said they wanted to hear from the engineers again before they decide, and the mayor said she would not press for a vote until every question had an answer.</p></div></div>` +
		`<div id="sidebar"><h2>Most read</h2><a href="/ferry">Ferry cuts draw fire</a><br><a href="/rates">Rates held</a></div></body></html>`)
}

func TestBylineLinesUnderSecondLevelHeadline(t *testing.T) {
	// Layouts of the 2000s without an <h1> headline print the byline under the <h2> one in a
	// line of its own with no byline class: "January 25, 2010 by Jane Roe" in a bare span; a
	// details list whose items are the byline and the date ("By Jane Roe, Correspondent",
	// "Published: 00:00 April 2, 2010"; "February 28, 2011", "by <a>Jane Roe</a>"); Drupal's
	// "Submitted by <a href=/users/jane-roe>Jane Roe</a> on 2007-07-02".
	for _, meta := range []string{
		`<span style="font-size: 12px">January 25, 2010 by Jane Roe</span>`,
		`<ul class="details"><li>By Jane Roe, Correspondent</li><li>Published: 00:00 April 2, 2010</li></ul>`,
		`<div><ul class="n-details"><li>February 28, 2011</li><li>by <a href="/contributors/profile/jane_roe">Jane Roe</a></li></ul></div>`,
		`<div class="submitted">Submitted by <a href="/users/jane-roe" title="View user profile.">Jane Roe</a> on 2007-07-02</div>`,
	} {
		r, err := Extract("http://www.example.com/council-delays-bridge-vote", oldStory19a(meta))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(r.Authors, []string{"Jane Roe"}) {
			t.Errorf("%s: authors = %q, want [Jane Roe]", meta, r.Authors)
		}
	}
}

func TestDrupalSubmittedByUnderHeadline(t *testing.T) {
	// Drupal's node template under an <h1> headline: "Submitted by <a href=/users/jane-roe>Jane
	// Roe</a> on 2007-07-02" in a div of its own. "Submitted by" is the byline's label.
	page := []byte(`<html><head><title>Council delays the new bridge vote</title></head><body><h1 id="page-title">Council delays the new bridge vote</h1>` +
		`<div class="submitted">Submitted by <a href="/users/jane-roe" title="View user profile.">Jane Roe</a> on 2007-07-02</div>` +
		`<div class="node-content"><p>The city council put off its vote on the new river bridge for another month on Tuesday night, after residents of the east bank asked for more time to study the plans and the cost.</p>` +
		`<p>The bridge would replace the old iron crossing that has been closed to lorries since the spring floods, and the state has promised to pay for half of the work if the city agrees by summer.</p></div></body></html>`)
	r, err := Extract("http://www.example.com/25/13550.html", page)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Authors, []string{"Jane Roe"}) {
		t.Errorf("authors = %q, want [Jane Roe]", r.Authors)
	}
}

func TestCaptionedPhotoUnderHeadlineLeads(t *testing.T) {
	// No og:image, no <article>: the headline, then a photo with no declared size and its
	// caption in the next element ("<p class=photo-caption>"). A picture printed between the
	// headline and its caption is the story's lead photo.
	page := []byte(`<html><head><title>Council delays the new bridge vote</title></head><body><div id="banner"><img src="/images/logo.png" /></div>` +
		`<div class="article-full"><h1 class="article-title">Council delays the new bridge vote</h1>` +
		`<img src="/images/bridge_630x420.jpg" /><p class="photo-caption">The old iron crossing, closed to lorries since the spring floods. (Jane Roe/Example)</p>` +
		`<p>The city council put off its vote on the new river bridge for another month on Tuesday night, after residents of the east bank asked for more time to study the plans and the cost.</p>` +
		`<p>The bridge would replace the old iron crossing that has been closed to lorries since the spring floods, and the state has promised to pay for half of the work if the city agrees by summer.</p></div></body></html>`)
	r, err := Extract("http://www.example.org/article/council-delays-bridge-vote", page)
	if err != nil {
		t.Fatal(err)
	}
	if r.ImageURL != "http://www.example.org/images/bridge_630x420.jpg" {
		t.Errorf("image = %q", r.ImageURL)
	}
}

func TestDateByLineUnderH2HeadlineWithoutH1(t *testing.T) {
	// A blog layout with no <h1> at all: the headline a linked <h2>, then a bare span "January
	// 25, 2010 by Jane Roe". The line right under the headline is the story's date and byline.
	page := []byte(`<html><head><title>Council delays the new bridge vote | ExampleMorning.com</title></head><body><div id="header"><a href="/"><img src="/logo.gif" alt="ExampleMorning"></a></div>` +
		`<div class="post"><h2><a href="/council-delays-bridge-vote" rel="bookmark">Council delays the new bridge vote</a></h2>` +
		`<span style="font-size: 12px">January 25, 2010 by Jane Roe</span><h5 class="titlecat">Posted in: <a href="/category/city">City</a></h5>` +
		`<p>The city council put off its vote on the new river bridge for another month on Tuesday night, after residents of the east bank asked for more time to study the plans and the cost.</p>` +
		`<p>The bridge would replace the old iron crossing that has been closed to lorries since the spring floods, and the state has promised to pay for half of the work if the city agrees by summer.</p></div>` +
		`<div id="rightnav"><h2>Editorial Staff</h2><a href="/john-doe">John Doe</a><br><a href="/jane-roe">Jane Roe</a><br><a href="/mary-major">Mary Major</a></div></body></html>`)
	r, err := Extract("http://www.example.com/council-delays-bridge-vote", page)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Authors, []string{"Jane Roe"}) {
		t.Errorf("authors = %q, want [Jane Roe]", r.Authors)
	}
}
