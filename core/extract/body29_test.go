package extract

import (
	"strings"
	"testing"
)

// The outlet's request for money under a story, on a line of its own: a donation call naming the
// outlet, a thanks to the readers whose support made the story, an affiliate note ending on
// "Support us here.", a contribution asked for by the outlet's name, a minimum contribution, the
// German "unterstützen Sie uns … mit einer Spende". They go from the story's closing lines; the
// story's own closing sentences about donations to someone else stay.
func TestReaderAppeals29(t *testing.T) {
	story := []string{
		"The harbour trust approved the dredging budget on Monday after a long debate about costs.",
		"Donations can be made in the skipper's name to the lifeboat fund or to the harbour school.",
		"The chair urged residents to support the lifeboat crew by making a donation to their winter fund.",
		"Members said the work would start in spring, before the ferry season, and follow the old channel.",
	}
	appeals := [][]string{
		{"This article was made possible by the support of readers like you. Donate to Harbour Times now."},
		{"Harbour Times may earn a commission from purchases made via our links, which helps fund the journalism we provide free on our website. Support us here."},
		{"We appreciate that not everyone can afford to pay for our services but if you are able to, we ask you to support The Harbour News by making a contribution – no matter how small."},
		{"Contribute as little as $2 to keep our news free for all."},
		{"Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende, oder werden Sie Mitglied der Hafen-Nachrichten."},
	}
	for _, ap := range appeals {
		body := strings.Join(append(append([]string{}, story...), ap...), "\n\n")
		got := trimEdges(body, "Harbour trust approves dredging")
		for _, gone := range ap {
			if strings.Contains(got, gone) {
				t.Errorf("appeal %q still in the body:\n%s", gone, got)
			}
		}
		for _, kept := range story {
			if !strings.Contains(got, kept) {
				t.Errorf("story line %q lost with %q:\n%s", kept, ap[0], got)
			}
		}
	}
	for _, last := range story[1:] {
		body := strings.Join([]string{story[0], last}, "\n\n")
		if got := trimEdges(body, "Harbour trust approves dredging"); !strings.Contains(got, last) {
			t.Errorf("the story's last line %q was cut:\n%s", last, got)
		}
	}
}

// A German WordPress theme's entry meta under a post ("Von X am 21/02/2021. Abgelegt unter
// Israel. Sie können alle Antworten zu diesem Eintrag …") ends the post as the English and French
// ones do: it and the lines after it go, with the appeal above it.
func TestGermanEntryFooter29(t *testing.T) {
	body := strings.Join([]string{
		"Der Hafenrat hat am Montag nach langer Debatte das Budget für die Ausbaggerung beschlossen.",
		"Die Arbeiten sollen im Frühjahr beginnen, noch vor der Fährsaison, und dem alten Kanal folgen.",
		"Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.",
		"Von am 21/02/2021. Abgelegt unter Hafen. Sie können alle Antworten zu diesem Eintrag durch den RSS 2.0 Feed verfolgen.",
		"Neueste Beiträge",
	}, "\n\n")
	got := trimEdges(body, "Hafenrat beschließt Ausbaggerung")
	for _, gone := range []string{"Abgelegt unter", "Neueste Beiträge", "Spende"} {
		if strings.Contains(got, gone) {
			t.Errorf("%q still in the body:\n%s", gone, got)
		}
	}
	if !strings.Contains(got, "dem alten Kanal folgen") {
		t.Errorf("the post's last paragraph was lost:\n%s", got)
	}
}

// A reader appeal headed by the outlet's name ("Support The Harbour News") in a box of its own
// under the story: the heading, its paragraphs and its form go when the box asks for money; a
// story's section headed "Support Grows" that asks for nothing stays.
func TestSupportOutletBox29(t *testing.T) {
	story := `<p>The harbour trust approved the dredging budget on Monday after a long debate about costs and the timetable for the works.</p>
<p>Members said the work would start in spring, before the ferry season, and would follow the old channel past the lighthouse.</p>
<p>The trust's chair said the town had waited for the work for a decade and that the ferry company had offered to share the costs.</p>
<p>Fishermen welcomed the decision but asked that the quay stay open to their boats while the dredgers work in the outer basin.</p>`
	page := `<html><head><title>Harbour trust approves dredging</title></head><body><article><h1>Harbour trust approves dredging</h1>` + story +
		`<section><h2>Support Grows</h2><p>Support for the plan grew among the traders on the quay, who said the deeper channel would bring larger ships to the town.</p></section>` +
		`<div class="p-4 box"><h2>Support The Harbour News</h2><p>We are proud to provide our readers from around the world with independent news for free – both online and in print.<br>Our team serves the local community through our newspaper and website.</p>` +
		`<p>We appreciate that not everyone can afford to pay but if you are able to, we ask you to <strong>support The Harbour News by making a contribution – no matter how small</strong>.</p>` +
		`<form action="/support"><label>Single</label><label>Monthly</label><button>Continue</button></form></div>` +
		`</article></body></html>`
	r, err := Extract("https://harbour.example/news/dredging", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Support The Harbour News", "We are proud to provide", "Our team serves"} {
		if strings.Contains(r.Body, gone) {
			t.Errorf("appeal line %q still in the body:\n%s", gone, r.Body)
		}
	}
	for _, kept := range []string{"Support Grows", "Support for the plan grew", "Fishermen welcomed"} {
		if !strings.Contains(r.Body, kept) {
			t.Errorf("story line %q lost:\n%s", kept, r.Body)
		}
	}
}

// A notification the page pops over the story (a "toast" or "snackbar": "Story Saved. You can
// find this story in My Bookmarks.") and a box named for the outlet's appeal for money
// ("donation") are page furniture, whatever their words; the story around them stays.
func TestToastAndDonationBoxes29(t *testing.T) {
	story := `<p>The harbour trust approved the dredging budget on Monday after a long debate about costs and the timetable for the works.</p>
<p>Members said the work would start in spring, before the ferry season, and would follow the old channel past the lighthouse.</p>
<p>The trust's chair said the town had waited for the work for a decade and that the ferry company had offered to share the costs.</p>
<p>Fishermen welcomed the decision but asked that the quay stay open to their boats while the dredgers work in the outer basin.</p>`
	page := `<html><head><title>Harbour trust approves dredging</title></head><body><article><h1>Harbour trust approves dredging</h1>` + story +
		`<div id="bookmark-toast-article"><div class="toast-article-header-wrapper"><span class="toast-article-header">Story Saved</span></div>` +
		`<span class="toast-article-text">You can find this story in <a href="/my-bookmarks">My Bookmarks.</a></span><span class="toast-article-text">Or by navigating to the user icon in the top right.</span></div>` +
		`<div class="donation-box"><p>Independent local news costs money to make. Chip in to keep the harbour's paper going this winter.</p></div>` +
		`</article></body></html>`
	r, err := Extract("https://harbour.example/news/dredging", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Story Saved", "My Bookmarks", "user icon", "Chip in"} {
		if strings.Contains(r.Body, gone) {
			t.Errorf("%q still in the body:\n%s", gone, r.Body)
		}
	}
	if !strings.Contains(r.Body, "Fishermen welcomed") || !strings.Contains(r.Body, "approved the dredging budget") {
		t.Errorf("story lost:\n%s", r.Body)
	}
}
