package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"paperboy/core/textsim"

	"golang.org/x/net/html"
)

// extract32 runs Extract on page at a fixed address and fails the test on an error.
func extract32(t *testing.T, page string) *Result {
	t.Helper()
	r, err := Extract("https://valley.example/news/reservoir-dam", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// valleyStory32 is a story of five paragraphs about a reservoir, with commas enough to score.
var valleyStory32 = []string{
	"The valley council has declined to comment on reports that the old reservoir dam may need urgent repairs, a spokeswoman said on Monday, after engineers, residents and farmers raised the alarm.",
	"An engineering firm hired by the farmers' union said that cracks had appeared in the spillway, that the gauges had been broken for months, and that nobody had inspected the tunnels since the spring floods.",
	"The report was published after the council failed to show the dam to visitors at the annual open day, a tradition that draws families, schools and walkers from across the region.",
	"It is customary for the council's engineers to walk the crest with the mayor, to open the valves for the crowd, and to publish the inspection results the same afternoon, which they did not do this year.",
	"The spokeswoman said the council would not comment on another report, broadcast by a regional television channel, according to which the dam's keeper had asked for the lake to be lowered.",
}

// A Drupal page that names its story's element only as Drupal does ("field field-name-body", the
// node's body field) and sets, in the same column, a Views list of other stories whose every
// summary sits in a "field-content" wrapper: readability's class weight for "content" lifts each
// summary, their sum lifts the page's column over the story, and the reading is the whole page.
// The body field is the story's named container: the story is read alone.
func TestDrupalBodyField32(t *testing.T) {
	var story strings.Builder
	for _, p := range valleyStory32 {
		story.WriteString(`<p class="rtejustify">` + p + `</p>`)
	}
	var rows strings.Builder
	for i := range 6 {
		fmt.Fprintf(&rows, `<div class="views-row views-row-%d"><div class="term-1"><div class="views-field views-field-title">`+
			`<a href="/news/other-%d">Other headline number %d about the region</a></div>`+
			`<div class="views-field views-field-sumario"><span class="field-content"><div class="sin-sumario">`+
			`Teaser summary %d of another story in the region, about roads, schools and the weather, cut short by the site...</div></span></div>`+
			`<div class="views-field views-field-date"><span class="field-content">30/05/2020 Region</span></div></div></div>`, i, i, i, i)
	}
	page := `<html><head><title>Council silent on dam repairs | Valley Times</title></head><body><div id="page-wrapper"><div class="page">` +
		`<div class="content-inner"><section id="main-content"><div class="panel-flexible"><div class="panels-row">` +
		`<article class="node node-noticia"><h1>Council silent on dam repairs</h1><div class="node-content"><div class="body">` +
		`<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">` +
		story.String() + `</div></div></div></div></div></article></div>` +
		`<div class="panels-row"><div class="view view-noticias"><div class="view-content">` + rows.String() + `</div></div></div>` +
		`</div></section></div></div></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if n := articleContainer(doc); n == nil || !strings.Contains(attr(n, "class"), "field-name-body") {
		t.Errorf("named container %v, want the body field", n)
	}
	body := extract32(t, page).Body
	if strings.Contains(body, "Teaser summary") || strings.Contains(body, "30/05/2020") {
		t.Errorf("other stories' teasers read with the story:\n%s", body)
	}
	for _, p := range valleyStory32 {
		if !strings.Contains(body, p[:60]) {
			t.Errorf("story paragraph %q lost:\n%s", p[:60], body)
		}
	}
}

// A story whose named container holds only its opening paragraph (a Drupal 8 body field used
// as the intro, the rest of the story in paragraph widgets below it): readability reads the
// whole story, which opens with the container's text. The container is where the reading opens,
// not a block elsewhere in a column of other stories: the whole reading stays.
func TestNamedIntroOpensReading32(t *testing.T) {
	intro := "From the old mill to the reservoir's crest, the valley's walks take you past waterfalls, orchards and the remains of the railway, and this guide lists the best of them for every kind of walker, " +
		"from families with small children to hikers who want a long day on the ridge."
	var widgets strings.Builder
	for i := range 14 {
		fmt.Fprintf(&widgets, `<div class="paragraph paragraph--type-section"><h2>Walk %d: the trail past the orchards</h2>`+
			`<p>Walk %d starts at the village square and follows the river, crossing the old bridge before it climbs through the orchards to a viewpoint over the lake, where benches and a small café wait for tired walkers.</p>`+
			`<p>Distance: %d kilometres, mostly on gravel, with a steep stretch near the end that rewards you with the best view of the dam and the hills beyond it.</p></div>`, i+1, i+1, i+3)
	}
	page := `<html><head><title>The valley's best walks</title><meta name="description" content="` + intro + `"></head><body><main><article>` +
		`<h1>The valley's best walks</h1><div class="article-body"><p>` + intro + `</p></div>` +
		`<div class="widgets">` + widgets.String() + `</div></article></main></body></html>`
	body := extract32(t, page).Body
	if !strings.Contains(body, "Walk 9 starts at the village square") || !strings.Contains(body, "Walk 14 starts") {
		t.Errorf("the story below its named opening lost:\n%s", body)
	}
	// The choice itself, on the two readings: the container is the reading's first paragraph.
	r := newCandidate(intro + "\n\n" + widgetText32(widgets.String()))
	c := newCandidate(intro)
	if betterContainer(r, c, textsim.Tokens(intro)) {
		t.Errorf("the named opening (%d tokens) taken over the reading (%d tokens) it opens", c.size, r.size)
	}
}

// widgetText32 is the text of the widgets' markup, as the reading renders it.
func widgetText32(markup string) string {
	doc, err := html.Parse(strings.NewReader(markup))
	if err != nil {
		return ""
	}
	return renderText(doc)
}

// A WordPress theme that renders the post by script prints it whole, headline and all, only in
// a <noscript>; outside it the page shows a footer and hidden modals (a reprints notice, a
// sign-in form) of nearly as much text as the post. With no headline anywhere but in the
// <noscript>, the post there is the story: the modals' text is not.
func TestNoscriptPostWithHeadline32(t *testing.T) {
	var story strings.Builder
	for _, p := range valleyStory32 {
		story.WriteString("<p>" + p + "</p>")
	}
	story.WriteString("<p>Farmers downstream said they had not been told whether the lake would be lowered, and that their orchards depend on the water released each summer.</p>" +
		"<p>The council's last inspection report, published two years ago, found the tunnels sound but asked for new gauges, which were ordered but never fitted.</p>" +
		"<p>Engineers from the union's firm will return next week with divers, who are to inspect the spillway's foundations if the council allows them onto the site.</p>")
	var modal strings.Builder
	for i := range 9 {
		fmt.Fprintf(&modal, "<li>Licensing option %d: to license our articles for republication in books, films, newsletters and other media, please write to our syndication desk.</li>", i+1)
	}
	page := `<html><head><title>Council silent on dam repairs</title></head><body><div id="primary"><div id="content"><noscript>` +
		`<article class="post"><header><h1 class="entry-title">Council silent on dam repairs</h1></header><div class="entry-content">` + story.String() +
		`</div></article></noscript></div></div><footer><p>© Valley Times. All rights reserved.</p></footer>` +
		`<div id="reprint-modal"><p>Thank you for your interest in licensing our content. Please find the options below.</p><ul>` + modal.String() + `</ul></div></body></html>`
	r := extract32(t, page)
	if strings.Contains(r.Body, "Licensing option") {
		t.Errorf("the reprint modal read as the story:\n%s", r.Body)
	}
	for _, p := range valleyStory32 {
		if !strings.Contains(r.Body, p[:60]) {
			t.Errorf("story paragraph %q lost:\n%s", p[:60], r.Body)
		}
	}
}

// A hover card inside a sentence: the box a script shows when the reader points at a linked
// name, with the person's photo, the name (once with a middle name), their latest stories and
// "MORE". It goes; the name in the sentence stays, and so does a linked name with no card.
func TestHoverCardInSentence32(t *testing.T) {
	card := func(name, full string) string {
		return `<span class="people"><a href="/people/x">` + name + `</a><span class="people-block"><span class="block"><span>` +
			`<img src="/img/x.jpg" alt=""><a class="name" href="/people/x">` + full + `</a>` +
			`<a href="/story/1">Mayor backs the dam repairs in a late vote</a> <a href="/story/2">Orchards brace for a dry summer</a>` +
			` <a class="more" href="/people/x">MORE</a></span></span></span></span>`
	}
	paras := slicesClone32(valleyStory32)
	paras[0] = "Councillor " + card("Anna Berg", "Anna Berg") + " said on Monday that the council had declined to comment on the reports about the dam, which engineers and farmers raised."
	paras[2] = "The report came after a letter from " + card("Mary Smith", "Mary Ellen Smith") + " and from <a href=\"/people/tom\">Tom Reed</a>, both members of the farmers' union, reached the council."
	var story strings.Builder
	for _, p := range paras {
		story.WriteString("<p>" + p + "</p>")
	}
	page := `<html><head><title>Council silent on dam repairs</title></head><body><article><h1>Council silent on dam repairs</h1>` +
		`<div class="article-body">` + story.String() + `</div></article></body></html>`
	body := extract32(t, page).Body
	for _, gone := range []string{"Mary Ellen Smith", "Mayor backs the dam", "Orchards brace", "MORE"} {
		if strings.Contains(body, gone) {
			t.Errorf("hover card text %q in the body:\n%s", gone, body)
		}
	}
	for _, kept := range []string{"Councillor Anna Berg said on Monday", "a letter from Mary Smith and from Tom Reed, both members"} {
		if !strings.Contains(body, kept) {
			t.Errorf("sentence %q lost:\n%s", kept, body)
		}
	}
}

// slicesClone32 copies a list of paragraphs.
func slicesClone32(s []string) []string { return append([]string(nil), s...) }

// Wire copy credited to "the agencies" and a meta author that is the site's "News" desk, in
// Spanish, French, Italian and Portuguese: no person wrote them.
func TestAgenciesAndNewsDeskCredits32(t *testing.T) {
	for _, who := range []string{"Agencias", "Agences", "Agenzie", "Agências", "Noticias Valle Perú", "Notizie Valle", "Notícias do Vale"} {
		var story strings.Builder
		for _, p := range valleyStory32 {
			story.WriteString("<p>" + p + "</p>")
		}
		page := `<html><head><title>Council silent on dam repairs</title><meta name="author" content="` + who + `">` +
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council silent on dam repairs","author":[{"@type":"Person","name":"` + who + `"}]}</script>` +
			`</head><body><article><h1>Council silent on dam repairs</h1><div class="article-body">` + story.String() + `</div></article></body></html>`
		if a := extract32(t, page).Authors; len(a) != 0 {
			t.Errorf("%s: authors %q, want none", who, a)
		}
	}
}

// The page's story is a microdata NewsArticle holding the headline and its own <time
// itemprop="datePublished">; after it, a "latest news" list of other NewsArticle items, each
// with a <meta itemprop="datePublished"> of the day the page was served. Those dates are the
// cards': the story's own stands.
func TestOtherStoryItemDates32(t *testing.T) {
	var story strings.Builder
	for _, p := range valleyStory32 {
		story.WriteString("<p>" + p + "</p>")
	}
	var cards strings.Builder
	for i := range 6 {
		fmt.Fprintf(&cards, `<div class="item" itemscope itemtype="http://schema.org/NewsArticle"><div class="title" itemprop="headline">`+
			`<a href="/news/%d">Other story %d</a></div><span class="pub">2%d:10</span>`+
			`<meta content="2020-07-28T2%d:10:00+03:00" itemprop="datePublished" /></div>`, i, i, i, i)
	}
	page := `<html><head><title>Council silent on dam repairs</title></head><body><div class="content">` +
		`<article itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Council silent on dam repairs</h1>` +
		`<div class="author">Published <time itemprop="datePublished" datetime="2008-09-25T13:12:31+04:00">25 Sep 08 13:12</time></div></article>` +
		`<section class="latest">` + cards.String() + `</section>` +
		`<div class="article-body">` + story.String() + `</div></div></body></html>`
	r := extract32(t, page)
	want := time.Date(2008, 9, 25, 13, 12, 31, 0, time.FixedZone("", 4*3600))
	if !r.Published.Equal(want) {
		t.Errorf("published %v, want %v", r.Published, want)
	}
}

// A label element and the date element beside it, with no space between them ("<a
// class=tag>Region</a><span class=dat>19/03/2020 à 14:11</span>" above the headline): the
// page's text reads "Region19/03/2020 à 14:11", and the stamp is the story's, not the date
// its first sentence names.
func TestDateGluedToLabel32(t *testing.T) {
	var story strings.Builder
	story.WriteString("<p>Five people accused over the attack of 6 March 2020 at the reservoir were brought before the judges, the prosecutor said, after a month of questioning.</p>")
	for _, p := range valleyStory32 {
		story.WriteString("<p>" + p + "</p>")
	}
	page := `<html lang="fr"><head><title>Five accused before the judges</title></head><body><div class="entete">` +
		`<p><a class="tag" href="/theme/region">Region</a><span class="dat">19/03/2020 à 14:11</span></p></div>` +
		`<h1 class="titr">Five accused before the judges</h1><div class="article_text">` + story.String() + `</div></body></html>`
	r := extract32(t, page)
	if got := r.Published.Format("2006-01-02 15:04"); got != "2020-03-19 14:11" {
		t.Errorf("published %v, want 2020-03-19 14:11", r.Published)
	}
}
