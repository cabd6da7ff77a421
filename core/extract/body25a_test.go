package extract

import (
	"strings"
	"testing"
)

// Hindi, Marathi, Bengali and Urdu "read this too" pointers between a story's paragraphs ("इसे
// भी पढ़ें: <a>headline</a>") are links to other stories, as "Lesen Sie auch:" is; पढ़ें spelt
// with the composed nukta letter or the letter and the nukta.
func TestIndicReadAlsoPointer(t *testing.T) {
	story := strings.Repeat("नगर निगम ने सोमवार को नए बजट पर लंबी बहस के बाद उसे मंजूरी दे दी। ", 8)
	for _, label := range []string{"इसे भी पढ़ें:", "यह भी पढ़ें:", "ये भी प\u095dें:", "আরও পড়ুন:", "یہ بھی پڑھیں:"} {
		page := `<html lang="hi"><head><meta charset="utf-8"><title>बजट को मंजूरी</title></head><body><article><h1>बजट को मंजूरी</h1><p>` + story +
			`</p><p><strong>` + label + ` <a href="https://www.example.in/news/other-story-123">दूसरी खबर का शीर्षक जो यहां लिखा है</a></strong></p><p>` +
			story + `</p></article></body></html>`
		r, err := Extract("https://www.example.in/news/budget-456", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, "दूसरी खबर") {
			t.Errorf("%s: pointer kept in body:\n%s", label, r.Body)
		}
		if !strings.Contains(r.Body, "नगर निगम") {
			t.Errorf("%s: story lost:\n%s", label, r.Body)
		}
	}
}

// new25aStory is an English story's paragraph long enough for the body rules to take it.
var new25aStory = strings.Repeat("The council approved the new city budget on Monday after a long debate that ran past midnight. ", 6)

// new25aBody extracts a page whose <article> holds three story paragraphs with inside between
// the first and the second, and after beside the <article>, and returns its body.
func new25aBody(t *testing.T, inside, after string) string {
	t.Helper()
	page := `<html><head><meta charset="utf-8"><title>Council approves the city budget</title></head><body><main><div class="content"><article>` +
		`<h1>Council approves the city budget</h1><p>` + new25aStory + `</p>` + inside + `<p>` + new25aStory + `</p><p>` + new25aStory +
		`</p></article>` + after + `</div></main></body></html>`
	r, err := Extract("https://www.example.com/news/council-budget-123", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Body
}

// The sticky bar a page pins over the story ("Vous lisez actuellement : <headline>", "Now
// reading: …") beside a subscription button ("Je m'abonne") is no line of the story.
func TestStickyReadingBar(t *testing.T) {
	for _, label := range []string{"Vous lisez actuellement :", "Now reading:", "You are reading:"} {
		bar := `<div class="Navbar"><div class="Sub"><span><a href="https://abo.example.com/">Je m'abonne</a></span>` +
			`<span>Tous les contenus en illimité</span></div><div class="NavbarTitle"><span class="Label">` + label +
			`</span> <strong>Council approves the city budget</strong></div></div>`
		body := new25aBody(t, "", bar)
		if strings.Contains(body, "illimité") || strings.Contains(body, label) {
			t.Errorf("%s: bar kept:\n%s", label, body)
		}
	}
	// A sentence about reading is the story's.
	if body := new25aBody(t, "<p>You are reading this because the council asked residents to comment.</p>", ""); !strings.Contains(body, "You are reading this") {
		t.Errorf("sentence lost:\n%s", body)
	}
}

// A video player set in the story shows the clip's length and title over its poster ("5:14
// Artemis II: …"): the card is no paragraph, as its caption is none.
func TestVideoCardInStory(t *testing.T) {
	card := `<figure class="featured"><div class="c-video"><div class="c-video__inner"><span class="c-video__overlay"><div class="c-video__data">` +
		`<time class="c-video__duration">5:14</time><span class="c-video__title">Mayor explains what the budget means for transit riders</span>` +
		`</div></span></div></div><figcaption>WATCH - Mayor explains the budget</figcaption></figure>`
	if body := new25aBody(t, card, ""); strings.Contains(body, "transit riders") || strings.Contains(body, "5:14") {
		t.Errorf("video card kept:\n%s", body)
	}
	// A box named for video that prints no clip length (a story about a video) stays.
	box := `<div class="video-story"><p>The video, posted at 5 p.m., showed the mayor explaining what the budget means for transit riders.</p></div>`
	if body := new25aBody(t, box, ""); !strings.Contains(body, "transit riders") {
		t.Errorf("story box lost:\n%s", body)
	}
}
