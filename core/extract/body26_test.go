package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// harbourStory is a made-up short local story's paragraphs: a brief's worth of text, under the
// size of a full story.
var harbourStory = []string{
	"The harbour ferry returned to service on Monday after a week of repairs to its engine.",
	"Commuters lined up before dawn at the north pier, where the first crossing left on time.",
	"The operator said the repairs cost less than expected and that fares would not change.",
	"Two extra evening crossings will run until the end of the month to clear the backlog.",
}

// TestReaderPoll26: a reader poll set between a story's paragraphs, its question over answers
// as radio buttons of one group with no form around them, is no part of the story; the
// paragraphs on either side stay, and so does a story's sentence that asks a question.
func TestReaderPoll26(t *testing.T) {
	for _, tc := range []struct{ name, poll string }{
		{"answers as labels around radios", `<div class="article-poll"><div class="poll-box"><div class="poll-q"><p>Should the ferry run through the night in summer?</p></div><div>` +
			`<label><input type="radio" name="poll-7" value="1"><span>Yes, every night.</span></label>` +
			`<label><input type="radio" name="poll-7" value="2"><span>Only at weekends.</span></label>` +
			`<label><input type="radio" name="poll-7" value="3"><span>No, it is not needed.</span></label>` +
			`<label><input type="radio" name="poll-7" value="4"><span>I am not sure.</span></label></div><div class="poll-result"></div></div></div>`},
		{"labels beside the radios", `<div type="poll"><div><div><p>Which crossing do you take most often?</p></div><div>` +
			`<label><div><input type="radio" id="o1" name="poll-answer"><label for="o1">The first one in the morning.</label></div></label>` +
			`<label><div><input type="radio" id="o2" name="poll-answer"><label for="o2">One around noon.</label></div></label>` +
			`<label><div><input type="radio" id="o3" name="poll-answer"><label for="o3">The last one at night.</label></div></label></div></div></div>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html lang="en"><head><title>Harbour ferry back in service</title></head><body><article><h1>Harbour ferry back in service</h1>
<div class="story"><p>` + strings.Join(harbourStory[:2], "</p><p>") + ` Will the night crossings ever come back?</p>` + tc.poll +
				`<p>` + strings.Join(harbourStory[2:], "</p><p>") + `</p><p>` + strings.Join(marketStory, "</p><p>") + `</p></div></article></body></html>`
			r, err := extract.Extract("https://www.example.com/2024/03/05/harbour-ferry-back/", []byte(page))
			if err != nil {
				t.Fatal(err)
			}
			for _, kept := range []string{"first crossing left on time", "night crossings ever come back", "clear the backlog"} {
				if !strings.Contains(r.Body, kept) {
					t.Fatalf("story line %q lost: %q", kept, r.Body)
				}
			}
			for _, gone := range []string{"ferry run through the night", "Only at weekends", "crossing do you take", "One around noon"} {
				if strings.Contains(r.Body, gone) {
					t.Errorf("poll line %q kept: %q", gone, r.Body)
				}
			}
		})
	}
}

// TestMoreForYouBox26: a "More For You" box under the story, the label opening a card of another
// story whose headline is no link (its byline, summary and key points under it), goes whole.
func TestMoreForYouBox26(t *testing.T) {
	box := `<div data-module-name="read-next" class="article-content-wrapper"><p class="font-title">More For You</p><div class="flex flex-col">` +
		`<p class="font-headline">Dock workers vote on a new contract after months of talks</p><div><div>By <a href="/author/a-writer">A Writer</a></div><div>March 4, 2024</div></div>` +
		`<p class="font-body">The union said the offer met most of its demands on pay and hours.</p><div><p>What to know:</p><ul><li>The vote closes on Friday evening.</li>` +
		`<li>Both sides called the offer fair.</li><li>The port expects no disruption this week.</li></ul></div></div></div>`
	page := `<html lang="en"><head><title>Harbour ferry back in service</title></head><body><article><h1>Harbour ferry back in service</h1>
<div class="article-body"><p>` + strings.Join(append(append([]string{}, harbourStory...), marketStory...), "</p><p>") + `</p></div>` + box + `</article></body></html>`
	r, err := extract.Extract("https://www.example.com/2024/03/05/harbour-ferry-back/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "first crossing left on time") || !strings.Contains(r.Body, "buying back its own shares") {
		t.Fatalf("story lost: %q", r.Body)
	}
	for _, gone := range []string{"More For You", "Dock workers", "vote closes", "met most of its demands"} {
		if strings.Contains(r.Body, gone) {
			t.Errorf("recommendation box line %q kept: %q", gone, r.Body)
		}
	}
}
