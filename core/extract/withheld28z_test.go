package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// TestWithheldStoryByClass28: the members-only page of TestWithheldStoryShown28bc, its story's
// container hidden by the hidden attribute or a class a script removes (hidden, d-none,
// is-hidden) instead of an inline style. The body collapsed to the standfirst; the container is
// the story now, with the same guards: one apart from the headline stays hidden. (The classes
// were read before: the hidden attribute's block was removed unread.) Made-up pages.
func TestWithheldStoryByClass28(t *testing.T) {
	paras := []string{
		"The water board said on Monday that the reservoir above the town will be drained in the spring so that its old dam can be rebuilt from the ground.",
		"Anglers who fish the reservoir will be offered places on two lakes further up the valley, which the board will stock with trout in the meantime.",
		"Farmers below the dam have asked how their fields will be watered while the work goes on, and the board has promised a temporary pipe from the river.",
		"The rebuilding is expected to take two years and to cost more than the board spends on the rest of the valley in a decade, its chairman said.",
		"The old dam was built in the 1920s and has been patched many times, but engineers found last winter that its core had begun to crack.",
		"A public meeting on the plans will be held in the town hall next month, and the drawings can be seen at the library until then.",
	}
	story := ""
	for _, p := range paras {
		story += "<p>" + p + "</p>\n"
	}
	head := `<html><head><title>Reservoir to be drained</title></head><body><header class="site"><a href="/">Home</a></header>` +
		`<main><article class="single"><h1>Reservoir to be drained</h1><div class="meta"><span>By Anna Berg</span></div>` +
		`<p class="excerpt">The dam above the town is to be rebuilt, and the reservoir behind it will be empty for two summers while the work goes on, the water board has told the people who live below it.</p>`
	tail := `<p class="paywall">Please sign up or log in to continue reading</p></article></main>` +
		`<footer><p>Contact us at the newsroom.</p></footer></body></html>`
	for _, tc := range []struct {
		name, open string
		shown      bool
	}{
		{"hidden attribute", `<div id="articleBody" hidden>`, true},
		{"class hidden", `<div class="article-body hidden">`, true},
		{"class d-none", `<div class="article-content d-none">`, true},
		{"class is-hidden", `<div class="story-body is-hidden">`, true},
		{"apart from the headline", `</article><section class="next"><h2>Next story</h2><div class="rail"><div class="article-body hidden">`, false},
	} {
		page := head + tc.open + story + `</div>` + tail
		if !tc.shown && strings.Contains(tc.open, "rail") {
			page = head + tc.open + story + `</div></div></section>` + strings.Replace(tail, "</article>", "", 1)
		}
		r, err := extract.Extract("https://www.example.com/2026/03/reservoir-to-be-drained", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(r.Body, paras[2]); got != tc.shown {
			t.Errorf("%s: story read %v, want %v; body %q", tc.name, got, tc.shown, r.Body)
		}
	}
}
