package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// A story a CMS builds of like items (text, heading, embed, picture, text): readability scores
// each item on its own and drops the heading items and the short text between two embeds; the
// container named for the story holds them all.
func TestStoryCutIntoItems(t *testing.T) {
	text := func(paras ...string) string {
		return `<div class="item"><div class="content html"><p>` + strings.Join(paras, `</p><p>`) + `</p></div></div>`
	}
	head := func(h string) string {
		return `<div class="item"><div class="content header"><h2>` + h + `</h2></div></div>`
	}
	embed := `<div class="item"><div class="content oembed"><iframe src="https://embed.example.com/p/1"></iframe></div></div>`
	picture := `<div class="item"><div class="content assets"><figure><img src="/i/1.jpg" alt=""><figcaption></figcaption></figure></div></div>`
	items := text("Dubai is on another level when it comes to food, and the emirate boasts hundreds of restaurants that can satisfy a visitor's every craving, however expensive.",
		"Now the city has outdone itself with a record-breaking burger, sold at a charity auction on Thursday evening for ten thousand dollars.",
		"The burger is now considered the world's most expensive sandwich, beating a previous record that was set two years ago in the same mall.",
		"The founder of a lifestyle magazine called the winning bid, and the money will go to a charity that pays for screening at an early stage.") +
		head("All proceeds will go to breast cancer awareness") + embed + head("Wondering what is so special about it?") +
		text("It is made of seven beef patties, one for each emirate, with aged cheddar cheese and strips of veal bacon in a saffron brioche bun.",
			"It was prepared by the culinary director of the restaurant, who said the kitchen had worked on the recipe for more than a month.") +
		embed + head("It is not the first luxury burger in the city") + picture +
		text("The burger covered in gold leaf was priced at two hundred and thirty dirhams during a food festival earlier this year.")
	page := `<html><head><title>The most expensive burger was sold in Dubai</title></head><body><div class="container"><div class="col-sm-8">` +
		`<section class="article-view"><article class="fullview"><h1>The most expensive burger was sold in Dubai</h1>` +
		`<div class="post-content">` + items + `</div><div class="social-buttons"><a href="/share">Share</a></div></article></section></div>` +
		`<div class="col-sm-4"><aside class="sidebar"><h2>Trending</h2><article><h2><a href="/x">A man faces charges in New York</a></h2></article></aside></div></div></body></html>`
	r, err := extract.Extract("https://example.com/burger", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkGoneKept(t, r.Body, []string{"A man faces charges"},
		[]string{"another level", "Wondering what is so special", "seven beef patties", "not the first luxury burger", "covered in gold leaf"})
}

// An item that is a card linking to another page, left out of the reading, is a teaser: the
// container, which would bring it back, is not taken.
func TestTeaserItemKeepsReading(t *testing.T) {
	para := func(i int) string {
		return `<p>The council met on Monday to debate the budget for the coming year, and the members argued for hours about the rates, point ` +
			strings.Repeat("x", i) + ` of the agenda.</p>`
	}
	item := func(body string) string { return `<div class="outer"><div class="inner">` + body + `</div></div>` }
	card := `<div class="row teaser_list"><div class="row teaser_list_header">Discover the water pipes of a house!</div><div class="row items"><div class="card">` +
		`<a href="/house"><div><img src="/h.jpg"></div><div><p class="meta">Consumer information</p><p class="headline">The interactive house</p>` +
		`<p class="subheadline">Take a virtual tour through a typical home and learn more about the gas and water pipes that run through it.</p><span>Learn more</span></div></a></div></div></div>`
	items := item(para(1)+para(2)) + item(para(3)+para(4)) + item(card) + item(para(5)+para(6)) + item(para(7)+para(8)) + item(para(9))
	page := `<html><head><title>Council passes budget</title></head><body><div class="page"><h1>Council passes budget</h1>` +
		`<div class="blog_detail_content_text">` + items + `</div></div></body></html>`
	r, err := extract.Extract("https://example.com/budget", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkGoneKept(t, r.Body, []string{"virtual tour"}, []string{"point x of", "point xxxxxxxxx of"})
}

// A listicle whose entries are a sentence in an <h2> over a picture, the entry's text set under
// the picture as its caption, a few paragraphs: that caption is the story's text, where a photo's
// one-line caption is not, nor one set as a line and a credit.
func TestListicleTextUnderPictures(t *testing.T) {
	entry := func(head, img string, paras ...string) string {
		caption := ""
		if len(paras) > 0 {
			caption = `<figcaption><p>` + strings.Join(paras, `</p><p>`) + `</p></figcaption>`
		}
		return `<section class="entry"><h2>` + head + `</h2><figure><img src="/` + img + `.jpg">` + caption + `</figure></section>`
	}
	page := `<html><head><title>Seven things we learned at the harbour festival</title></head><body><main>` +
		`<h1>Seven things we learned at the harbour festival</h1>` +
		`<figure><img src="/top.jpg"><figcaption>The harbour at dusk. Photo: Ann Lee</figcaption></figure>` +
		`<figure><img src="/boats.jpg"><figcaption><p>Boats wait for the parade at the old lighthouse.</p><p>(Photo: Harbour Press)</p></figcaption></figure>` +
		`<p>The harbour festival drew forty thousand visitors over the weekend, and the organisers already plan a bigger one next year.</p>` +
		entry("The lantern parade was the longest in the festival's history, with three hundred boats.", "a",
			"The parade started at the old lighthouse and took two hours to reach the fish market, where the mayor waited.",
			"Each boat carried lanterns made by the town's schools, and the children voted for the best one before midnight.",
			"The winning lantern, a paper whale, will hang in the town hall until next year's festival.") +
		entry("Fishermen sold their whole catch before noon on both days of the festival.", "b",
			"Several stalls ran out of herring by eleven, and the queues reached the harbour gate long before lunch.",
			"The fishermen's guild said it would ask the council for a second market day next summer, and for more stalls.",
			"Restaurants on the quay bought most of the cod, and served it grilled with the first new potatoes.") +
		entry("A storm on Sunday evening cut the fireworks short, but few visitors went home early.", "c") +
		`</main></body></html>`
	r, err := extract.Extract("https://example.com/festival", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"longest in the festival's history", "old lighthouse", "best one", "second market day"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, r.Body)
		}
	}
	for _, caption := range []string{"Photo: Ann Lee", "Boats wait", "Harbour Press"} {
		if strings.Contains(r.Body, caption) {
			t.Errorf("body kept a photo's caption %q:\n%s", caption, r.Body)
		}
	}
}
