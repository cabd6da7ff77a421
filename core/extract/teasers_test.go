package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// councilStory is a story of n paragraphs about a council's budget debate, each numbered ("point
// 3 of the agenda") so a test can tell which survived, each followed by sep: the story the teaser,
// list and gallery tests set beside the furniture they test.
func councilStory(n int, sep string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "<p>The council met on Monday to debate the budget for the coming year, point %d of the agenda, "+
			"and the members argued for hours about the rates that households and shops will pay for water and waste.</p>%s", i, sep)
	}
	return b.String()
}

// A list of other stories beside the story, each item its headline's link, a stamp, a thumbnail
// and an excerpt: readability drops the headline links as link-dense and keeps the stamps and
// excerpts, which then close the story as prose.
func TestTeaserListWhoseLinksReadabilityDrops(t *testing.T) {
	story := councilStory(8, "")
	var items strings.Builder
	for i, s := range []struct{ head, excerpt string }{
		{"Bridge closed for repairs", "Drivers will have to take the ring road while the deck of the old bridge is replaced over the winter."},
		{"Library opens on Sundays", "The central library will open its doors on Sundays from May, after a petition signed by two thousand readers."},
		{"New tram line approved", "The line will link the station with the northern suburbs, where thousands of new flats are being built."},
		{"Schools to get new heating", "Twelve schools will have their old boilers replaced before winter, the education office said on Friday."},
	} {
		fmt.Fprintf(&items, `<div class="box"><div class="inner"><div><a href="/n/%d">%s</a></div><div class="stamp">updated %d:58 PM EST, Fri January 4, 2013</div>`+
			`<div class="thumb"><a href="/n/%d"><img src="/i/%d.jpg" alt=""></a></div><div class="excerpt">%s</div></div></div>`, i, s.head, i+1, i, i, s.excerpt)
	}
	page := `<html><head><title>Council passes budget</title></head><body><div id="page"><h1>Council passes budget</h1><div class="area">` +
		`<div class="left">` + story + `</div>` +
		`<div class="right"><div class="coverage"><div class="head"><div>Part of complete coverage on</div><div><a href="/popular">Most popular</a></div></div>` + items.String() + `</div></div>` +
		`</div></div></body></html>`
	r := extractKeeping(t, "https://example.com/story", []byte(page), "point 0 of the agenda", "point 7 of the agenda")
	checkGoneKept(t, r.Body, []string{"ring road", "northern suburbs", "old boilers", "updated", "complete coverage"}, nil)
}

// A list led by headlines only in part (a forum's follow-ups, most titled in a word) is not
// marked: dropping the marked items alone would leave too few for the rest to read as a list.
func TestTeaserListLedInPartByHeadlines(t *testing.T) {
	story := councilStory(8, "")
	followups := `<p>Follow-ups:</p><ul>` +
		`<li><a href="/m/5422.html">what about the rates</a> <b>Reader</b> <i>09:02:51 5/23/06</i> (2)</li>` +
		`<li><a href="/m/5345.html">Waterworks</a> <b>Guest</b> <i>16:31:00 1/31/06</i> (367)</li>` +
		`<li><a href="/m/5259.html">Budget</a> <b>Visitor</b> <i>22:19:04 8/25/05</i> (10)</li></ul>`
	page := `<html><head><title>Council passes budget</title></head><body><div class="post"><h1>Council passes budget</h1>` +
		story + followups + `</div></body></html>`
	r := extractKeeping(t, "https://example.com/story", []byte(page), "point 7 of the agenda")
	checkGoneKept(t, r.Body, []string{"what about the rates", "Waterworks", "16:31:00"}, nil)
}

// A "more stories" river after the story: each card sets its section's name (linked, or a plain
// label) over its headline, a linked <h2>, then the author, an age ("12 hours ago") and an
// excerpt paragraph, not always cut short. The excerpts are other stories' text, not the story's.
func TestKickedCardsAfterStory(t *testing.T) {
	story := councilStory(8, "")
	var cards strings.Builder
	for i, c := range []struct{ kicker, head, excerpt string }{
		{`<a href="/s/transport">Transport</a>`, "Bridge closed for repairs until spring", "Drivers will have to take the ring road while the deck of the old bridge is replaced over the winter."},
		{`<a href="/s/culture">Culture</a>`, "Library opens its doors on Sundays", "The central library will open on Sundays from May, after a petition signed by two thousand readers."},
		{`<p><strong>Featured Article</strong></p>`, "New tram line approved by the council", "The line will link the station with the northern suburbs, where thousands of new flats are being built."},
		{`<a href="/s/ai">AI</a>`, "Schools to get new heating before winter", "Twelve schools will have their old boilers replaced before winter, the education office said on Friday."},
	} {
		fmt.Fprintf(&cards, `<div class="card"><div class="cols"><div class="col">%s<h2><a href="/n/%d">%s</a></h2>`+
			`<div class="by"><a href="/author/%d">Ann Lee</a></div><div class="age">%d hours ago</div></div>`+
			`<div class="col"><p>%s</p></div><div class="col"><a href="/n/%d"><img src="/i/%d.jpg" alt=""></a></div></div></div>`,
			c.kicker, i, c.head, i, i+2, c.excerpt, i, i)
	}
	page := `<html><head><title>Council passes budget</title></head><body><main><article><h1>Council passes budget</h1><div class="content">` +
		story + `<div class="river">` + cards.String() + `</div></div></article></main></body></html>`
	r := extractKeeping(t, "https://example.com/story", []byte(page), "point 0 of the agenda", "point 7 of the agenda")
	for _, w := range []string{"ring road", "two thousand readers", "northern suburbs", "old boilers", "hours ago"} {
		if strings.Contains(r.Body, w) {
			t.Errorf("body kept %q:\n%s", w, r.Body)
		}
	}
}

// A block of other stories after the story, inside the story's column, carries no time stamp:
// a header with its feed's link, then items each a linked heading and at most a one-sentence
// summary, and a list of features, a short linked heading and a teaser line each. A story's own
// list whose entries are headed and run to longer text stays.
func TestHeadedTeasersWithoutStamps(t *testing.T) {
	story := councilStory(8, "")
	own := `<ul>` +
		`<li><h3><a href="/p/1">The water rate</a></h3><p>Households will pay more for water from April, the first rise in four years. The council said the money would go to the old pipes under the centre, where leaks cost a fifth of the supply. Shops pay a separate rate.</p><p>The rise is smaller than the one asked for in the spring.</p></li>` +
		`<li><h3><a href="/p/2">The waste rate</a></h3><p>Collections of garden waste will be charged for, the council said, at a price to be set by the summer. Residents who compost at home will be offered a rebate. The charge was opposed by the members of the opposition.</p><p>A vote on the price is due in June.</p></li>` +
		`<li><h3><a href="/p/3">The parking rate</a></h3><p>Parking in the centre will cost a pound more an hour, the first rise since the car parks were built. Residents' permits stay at their old price. The money will pay for the new buses that link the station with the parks.</p><p>The new charges start in May.</p></li></ul>`
	more := `<div class="more"><h2><a href="/local/">More Local stories</a></h2><a href="https://feeds.example.com/local/rss.xml">RSS</a><ul>` +
		`<li><h3><a href="/local-101"><img src="/i/1.jpg" alt="">Bridge closed for repairs</a></h3><p>Drivers will have to take the ring road while the deck of the old bridge is replaced over the winter.</p></li>` +
		`<li><h3><a href="/local-102">Library opens on Sundays</a></h3></li>` +
		`<li><h3><a href="/local-103">New tram line approved</a></h3></li></ul></div>`
	features := `<div class="features"><h2>Features</h2><ul>` +
		`<li><h3><a href="/magazine-201">Money talks</a></h3><p>How the town's markets are getting more like the city's</p></li>` +
		`<li><h3><a href="/magazine-202">Night shift</a></h3><p>Why do bakers love the hours before dawn?</p></li>` +
		`<li><h3><a href="/magazine-203">In pictures</a></h3><p>Famous faces at the harbour festival - can you name them?</p></li></ul></div>`
	page := `<html><head><title>Council passes budget</title></head><body><div id="page"><div class="story"><h1>Council passes budget</h1>` +
		story + own + `<p>The next meeting is in March.</p>` + more + features + `</div></div></body></html>`
	r := extractKeeping(t, "https://example.com/story", []byte(page), "point 0 of the agenda", "next meeting is in March")
	checkGoneKept(t, r.Body, []string{"ring road", "Library opens", "RSS", "markets are getting", "bakers love", "harbour festival"},
		[]string{"first rise in four years", "garden waste", "new charges start in May"})
}

// Under a "Related stories:" label in the story's own column, each other story is a paragraph
// led by its linked headline in bold, then its summary and its source with a date that names no
// year: no stamp for teaserItem, too much summary for linkList. The label says what follows.
func TestRelatedStoriesParagraphsAfterLabel(t *testing.T) {
	story := councilStory(8, "\n")
	related := `<p><b>Related stories:</b></p>` +
		`<p><b><a href="/n/1">Mayor announces vote on the budget for next week</a></b><br>The mayor will push ahead with the vote in the face of opposition from critics.<br>City Press, January 26</p>` +
		`<p><b><a href="/n/2">Opposition says the water rates are too high</a></b><br>The opposition leader said the rates would hurt families across the city.<br>Evening News, January 27<br>Also: <i><a href="/n/3">Morning Post</a></i></p>` +
		`<p><b><a href="/n/4">Shops fear the new waste charge</a></b><br>Owners of small shops say the charge will cost them more than they earn in a week.<br>Evening News, January 27</p>`
	page := `<html><head><title>Council passes budget</title></head><body><table><tr><td><h1>Council passes budget</h1>` +
		story + related + `</td></tr></table></body></html>`
	r := extractKeeping(t, "https://example.com/story", []byte(page), "point 0 of the agenda", "point 7 of the agenda")
	checkGoneKept(t, r.Body, []string{"push ahead", "hurt families", "small shops", "Morning Post", "City Press"}, nil)
}

// The same list as an old template prints it: "RELATED STORIES & LINKS", each item a script link
// (href="" onclick=…) over its subheading, a thumbnail and a rule between the items.
func TestRelatedLinksWithThumbnailsAndScriptLinks(t *testing.T) {
	story := councilStory(8, "\n")
	var related strings.Builder
	related.WriteString(`<div><b>RELATED STORIES &amp; LINKS</b></div><img src="/t.gif" height="6"><br>`)
	for i, s := range [][2]string{{"Mayor Calls Budget Vote", "Vote Set For Next Week Despite Critics"}, {"Water Rates Under Fire", "Opposition Says Families Will Pay More"},
		{"Shops Fear Waste Charge", "Small Owners Count The Cost Of New Fees"}} {
		fmt.Fprintf(&related, `<div><a href="" onclick="return go(%d)">%s</a><br>%s</div><div><a href="/s/%d"><img src="/s%d.jpg"></a></div><img src="/t.gif"><hr>`, i, s[0], s[1], i, i)
	}
	page := `<html><head><title>Council passes budget</title></head><body><div><h1>Council passes budget</h1>` +
		story + related.String() + `</div></body></html>`
	r := extractKeeping(t, "https://example.com/story", []byte(page), "point 0 of the agenda", "point 7 of the agenda")
	checkGoneKept(t, r.Body, []string{"Despite Critics", "Families Will Pay", "Count The Cost", "RELATED"}, nil)
}
