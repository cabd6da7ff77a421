package extract

import (
	"strings"
	"testing"
)

// A list of other stories set between the story's paragraphs as "kicker: headline" lines, each a
// bold label ending in a colon or a question mark and one link to the other story (the label
// nested in two <strong>s as editors' tools leave it), under a heading of its own: the list and
// its heading go, the story stays.
func TestKickerLinkList31(t *testing.T) {
	list := `<h3 class="heading-xl">Exclusive background from the coast – researched for you</h3>` +
		`<ul><li><strong>Warning: </strong><a href="/coast/article1/ferry-fares.html">Ferry company says fares will rise again in autumn</a></li>` +
		`<li><strong>Lighthouse? </strong><a href="/coast/article2/lighthouse.html">Keepers' cottage to become a museum next year</a></li>` +
		`<li><strong><strong>“Too little, too late”: </strong></strong><a href="/coast/article3/quay.html">Fishermen's union criticises the quay repairs</a></li></ul>`
	page := `<html><head><title>Harbour trust approves dredging</title></head><body><main><article><h1>Harbour trust approves dredging</h1>` +
		`<div class="article-body">` + harbourStory30[:strings.Index(harbourStory30, "<p>The trust")] + list +
		harbourStory30[strings.Index(harbourStory30, "<p>The trust"):] + `</div></article></main></body></html>`
	body := extract30(t, page)
	for _, gone := range []string{"Exclusive background", "Ferry company says", "Keepers' cottage", "Fishermen's union"} {
		if strings.Contains(body, gone) {
			t.Errorf("pointer line %q still in the body:\n%s", gone, body)
		}
	}
	checkKept30(t, "", body, "approved the dredging budget", "follow the old channel", "waited for the work", "Fishermen welcomed")
}

// Lists that only look alike stay: a bold term before a sentence of prose (no link), a label
// without a colon before a linked title (a list of sources), an item with text after its link,
// and a single pointer.
func TestKickerLinkListLookalikesStay31(t *testing.T) {
	lists := map[string]string{
		"prose": `<ul><li><strong>Costs:</strong> the budget covers two dredgers and the disposal of the silt at sea.</li>` +
			`<li><strong>Timetable:</strong> the work starts in March and should end before the ferry season.</li></ul>`,
		"sources": `<ul><li><strong>Harbour Trust</strong> <a href="/docs/plan.pdf">Dredging plan for the outer basin</a></li>` +
			`<li><strong>Ferry Company</strong> <a href="/docs/letter.pdf">Letter offering to share the costs</a></li></ul>`,
		"tail": `<ul><li><strong>Plan:</strong> <a href="/docs/plan.pdf">Dredging plan for the outer basin</a>, approved in January by the board.</li>` +
			`<li><strong>Letter:</strong> <a href="/docs/letter.pdf">Offer to share the costs</a>, sent by the ferry company in May.</li></ul>`,
		"single": `<ul><li><strong>Plan:</strong> <a href="/docs/plan.pdf">Dredging plan for the outer basin</a></li></ul>`,
	}
	for name, l := range lists {
		page := `<html><head><title>Harbour trust approves dredging</title></head><body><main><article><h1>Harbour trust approves dredging</h1>` +
			`<div class="article-body">` + harbourStory30 + l + `</div></article></main></body></html>`
		body := extract30(t, page)
		for _, kept := range []string{"Dredging plan for the outer basin", "the budget covers"} {
			if strings.Contains(l, kept) && !strings.Contains(body, kept) {
				t.Errorf("%s: line %q lost:\n%s", name, kept, body)
			}
		}
	}
}

// A newsletter's sign-up box named in camel case ("NewsletterBox", "ArticleNewsletter"), which
// the class tokens junkWords are looked up by do not split, set between the story's paragraphs:
// it goes, the story stays.
func TestCamelCaseNewsletterBox31(t *testing.T) {
	for _, cls := range []string{"NewsletterBox _content-width", "ArticleNewsletter", "newsletterSignup-wrapper"} {
		box := `<section class="` + cls + `"><h3>Newsletter</h3><span class="wrapper"><strong>The Harbour Morning</strong>` +
			`<span class="description"><p>The perfect start to the day with news and background from the coast.</p>` +
			`<p><a class="more" href="/newsletters">More newsletters</a></p></span></span></section>`
		page := `<html><head><title>Harbour trust approves dredging</title></head><body><main><article><h1>Harbour trust approves dredging</h1>` +
			`<div class="article-body">` + harbourStory30[:strings.Index(harbourStory30, "<p>The trust")] + box +
			harbourStory30[strings.Index(harbourStory30, "<p>The trust"):] + `</div></article></main></body></html>`
		body := extract30(t, page)
		for _, gone := range []string{"Harbour Morning", "perfect start to the day", "More newsletters"} {
			if strings.Contains(body, gone) {
				t.Errorf("%s: newsletter line %q still in the body:\n%s", cls, gone, body)
			}
		}
		checkKept30(t, cls, body, "approved the dredging budget", "Fishermen welcomed")
	}
}
