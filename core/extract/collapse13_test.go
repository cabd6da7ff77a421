package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestTeaserCardsClosedByReadOnLink(t *testing.T) {
	// A short story, then the site's cards of other stories: each a linked headline, a
	// one-sentence excerpt with no time stamp, and a "read on" link to the same story.
	var cards strings.Builder
	for i, head := range []string{"Before the journey", "On the road", "Revenge of the pharaoh", "Sun and burns"} {
		fmt.Fprintf(&cards, `<div class="latest"><a href="/advice/%d"><strong>%s</strong></a><br><div>Travellers face many hazards on every trip, from bad water to long hours in the sun, and a few simple rules that cost little keep them well on the way in item %c.</div>`+
			`<a href="/advice/%d" class="readon">Czytaj dalej <span>&gt;</span></a></div>`, i, head, 'a'+rune(i), i)
	}
	page := `<html><head><title>Valley Vote</title></head><body><div id="page"><div id="main"><h1>Valley Vote</h1>` +
		`<p>` + prose(3) + `</p><p>` + prose(2) + `</p><p>Source: the council, the farmers.</p>` +
		`<div class="tips"><h3>Advice for travellers</h3>` + cards.String() + `</div></div></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 1 tells") || strings.Contains(r.Body, "simple rules") {
		t.Errorf("body = %q, want the story without the cards", r.Body)
	}
}
