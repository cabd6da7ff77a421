package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestContainerRun checks a page that names each paragraph as the story
// (<p><span itemprop="articleBody">) inside a wrapper readability discards, with a notification
// box after the footer: the body is every paragraph, not the box nor the longest paragraph.
func TestContainerRun(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&b, `<p><span itemprop="articleBody" id="bodytext">Community energy paragraph %d: neighbours share the roof panels of the school, and the town hall keeps the accounts of what each house gives and takes from the grid.</span></p>`, i)
	}
	page := `<html><head><title>How to start a community energy project</title></head><body>
<div class="container" id="site"><div class="inner"><div class="articulo container-banners"><h1>How to start a community energy project</h1>` + b.String() + `</div></div></div>
<footer><a href="/a">About</a> <a href="/c">Contact</a></footer>
<div id="pushMessage"><a href="#">Close</a><div>Battery prize at the storage fair</div><div>The jury of the storage fair has chosen the ten finalists for this year's prize, and the winners will be named on the second day of the fair in front of the trade press. Being on the list of finalists is already a success for the firms, whose products range from home batteries to large storage plants for the grid. Ten firms from six countries made the list this year, two more than last year, and the fair expects more visitors than ever before in its halls. The prize has three parts, for storage in homes, for storage in firms and for storage on the grid, and each part has its own jury of engineers and buyers.</div></div>
</body></html>`
	r, err := Extract("https://example.com/community-energy", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "jury of the storage fair") {
		t.Errorf("body is the notification box:\n%.300s", r.Body)
	}
	for _, want := range []string{"paragraph 0:", "paragraph 5:", "paragraph 11:"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks %q:\n%.300s", want, r.Body)
		}
	}
}

// TestNextStoryCut checks a page that loads the next stories below the first without an
// <article> apiece, where readability takes the longest of them: the body is the story under the
// page's headline, the one the page's description speaks of.
func TestNextStoryCut(t *testing.T) {
	para := func(topic, text string, n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "<p>%s paragraph %d: %s</p>", topic, i, text)
		}
		return b.String()
	}
	next := func(title, topic, text string, n int) string {
		return `<div class="next-story"><div class="next-head"><h1 class="next-title">` + title + `</h1><p>Published 2 hours ago</p></div><div class="next-body"><div class="next-img"><img src="/a.jpg"></div><div class="next-cont"><div class="next-main">` +
			para(topic, text, n) + `</div></div><a href="/more">Continue reading</a></div></div>`
	}
	harbour := "dock workers accepted the wage offer late on Sunday, and the first container ships were unloaded at dawn."
	page := `<html><head><title>Harbour strike ends</title><meta name="description" content="Harbour paragraph 0: ` + harbour + `"></head><body><div id="wrap">
<div class="post-main"><header><h1 class="post-title">Harbour strike ends</h1><p>By Ann Lee</p></header>
<div class="post-wrap"><div class="main-wrap"><div class="main-col">` + para("Harbour", harbour, 6) + `</div><div class="tags"><a href="/t">Harbour</a></div></div>
<div class="next-posts">` +
		next("Schools reopen after storm", "Schools", "pupils returned to classrooms whose roofs the storm had torn open, while teachers shared books from nearby towns.", 5) +
		next("Bridge toll to rise", "Bridge", "drivers will pay a euro more from March, the council decided after a long debate about the repairs.", 5) +
		next("Sanctions and trade", "Trade", "economics has always played a role in wars, and blockades were used to keep nations from trading with their neighbours.", 30) +
		`</div></div></div></div></body></html>`
	r, err := Extract("https://example.com/harbour", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Harbour paragraph 5") || strings.Contains(r.Body, "Trade paragraph") {
		t.Errorf("body is not the headline's story:\n%s", r.Body)
	}
}

// TestNextStoryCutKeepsStoryBelowBoxHeading checks the guard of that cut: a sidebar box whose
// heading is an <h1> ("ALSO BY THIS AUTHOR") stands between the headline and the story, and the
// story says what the page's description says, so the page is not cut there.
func TestNextStoryCutKeepsStoryBelowBoxHeading(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 8; i++ {
		fmt.Fprintf(&b, "<p>Strike paragraph %d: the writers and the studios met again on Monday, and both sides said the talks would go on for weeks.</p>", i)
	}
	page := `<html><head><title>The final chapter?</title>
<meta name="description" content="Strike paragraph 0: the writers and the studios met again on Monday, and both sides said the talks would go on for weeks."></head><body>
<div class="tools"><p>We would love your feedback on our new pages: post a comment under any story, rate it with the stars, send it to a friend or print it, and tell us which of our newsletters you read every week.</p><p>Sorry, no blogs are active for this topic at the moment; view all blogs of our writers and editors, or sign up for the weekly letter on television, film and music that reaches your inbox each Friday morning.</p><p>Our editors pick the best reads of the week for you: interviews with showrunners, reviews of the new season and the numbers behind every network deal, all in one letter you can read on the train.</p></div>
<div id="main"><h1>The final chapter?</h1><h3>By Ann Lee</h3>

<div id="side"><h1>ALSO BY THIS AUTHOR...</h1><ul><li><a href="/1">Studio signs a new deal with its actors</a></li><li><a href="/2">Writers check the fine print</a></li></ul></div>
` + b.String() + `</div></body></html>`
	r, err := Extract("https://example.com/final-chapter", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Strike paragraph 7") {
		t.Errorf("body lost the story:\n%s", r.Body)
	}
}

// TestNextStoryCutSkipsCrossHeads checks a story whose block theme writes its cross-heads as
// <h1>, among the story's paragraphs, below the headline's <h1> and a long standfirst: they are
// the story's own sections, not the next story's headline, and the page is not cut at the first.
func TestNextStoryCutSkipsCrossHeads(t *testing.T) {
	desc := "Our reporter spent a week on the old river crossing, asking the council, the engineers and the people who use it every day " +
		"why the bridge stays open for another year while a new one is planned downstream."
	lead := desc + " What the repairs will cost the town, and who will pay for the ferry that is meant to carry the traffic when the works " +
		"begin next spring: the answers, from the town hall to the ferry landing, explain a decision that will shape the town for a decade."
	page := `<html><head><title>The bridge stays open for another year</title><meta name="description" content="` + desc + `"></head><body>` +
		`<header class="post-header"><h1 class="post-title">The bridge stays open for another year</h1><p class="lead">` + lead + `</p></header>` +
		`<div class="post-content"><h1>Why it matters</h1>` +
		`<p>The bridge carries twelve thousand cars a day, and the detour through the hills adds half an hour to every trip into town.</p>` +
		`<p>Shops on the east bank say a closure would cost them a third of their trade, and the bus company would have to cut two routes.</p>` +
		`<p>Farmers north of the river drive their milk to the dairy across it twice a day, and a longer road means warmer milk in summer.</p>` +
		`<h2>Who we asked</h2><p>We spoke to the mayor, two engineers from the county and a dozen drivers waiting at the lights on a Monday morning.</p>` +
		`<h1>What comes next</h1>` +
		`<p>The council will hire a firm to design the new crossing this summer, and building should start within three years if the money comes.</p>` +
		`<p>Until then, lorries heavier than twenty tonnes are banned and the speed limit on the bridge drops to thirty kilometres an hour.</p>` +
		`<p>Inspectors will climb under the deck every month, looking for the rust that closed the footpath on the south side last winter.</p>` +
		`<h1>The cost</h1>` +
		`<p>Repairs to the old deck will cost four million, the treasurer said, most of it paid by a grant from the regional government.</p>` +
		`<p>The ferry is cheaper than it sounds: the boat is leased from a lake company, and its crew already works for the harbour.</p>` +
		`<p>Residents will vote on a small rise in the parking fee next year, which would cover what the grant leaves to the town to pay.</p>` +
		`</div></body></html>`
	r, err := Extract("https://example.com/bridge", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"twelve thousand cars", "design the new crossing", "Repairs to the old deck"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, r.Body)
		}
	}
}

// TestStorySplitIntoSections checks a post its page splits into like <section> elements at
// section breaks (a blogging platform's layout): the short opening section, under the
// headline and byline, is part of the story, though the long middle one outscores it.
func TestStorySplitIntoSections(t *testing.T) {
	para := func(topic string, n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "<p>%s paragraph %d: the release brings faster builds, smaller bundles, and fewer surprises, or so the maintainers say, after months of work.</p>", topic, i)
		}
		return b.String()
	}
	section := func(inner string) string {
		return `<section class="sx sy sz"><div class="n p"><div class="ab ac">` + inner + `</div></div></section><div role="separator"><span></span></div>`
	}
	page := `<html><head><title>Release three is out</title></head><body><div id="root"><article><div>` +
		section(`<h1>Release three is out</h1><div><a href="/@jane">Jane Roe</a> · 3 min read</div><p>After we released version two, we made some promises to the community about what would come next.</p><p>No more year-long betas, and no breaking changes between the release candidates.</p>`) +
		section(para("Middle", 14)+`<h1>What is next?</h1>`+para("Next", 4)) +
		`</div></article></div></body></html>`
	r, err := Extract("https://example.com/release-three", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"After we released version two", "Middle paragraph 0:", "Next paragraph 3:"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks %q:\n%.300s", want, r.Body)
		}
	}
}
