package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// TestWithheldStoryShown28bc: a members-only page prints its headline, byline and standfirst and
// keeps the whole story beside them in its named container, hidden by an inline style until a
// script finds a signed-in reader; a sign-up line follows it. Readability dropped the hidden
// block and the body collapsed to the standfirst. The container is the story now; a hidden box
// that names no story container, or one apart from the headline, stays hidden. Made-up pages.
func TestWithheldStoryShown28bc(t *testing.T) {
	paras := []string{
		"The harbour authority said on Tuesday that the old ferry terminal will close at the end of the summer after more than sixty years of service to the islands.",
		"Passengers will instead board at the new quay on the northern side of the bay, which has room for two ships at once and a covered waiting hall.",
		"Local businesses near the old terminal have asked the council for help, saying that most of their customers arrive on foot from the ferries.",
		"The council said it would look at a bus link between the two quays and would decide on it before the new timetable starts in the autumn.",
		"Ferry traffic to the islands has grown every year for a decade, and the operator expects the new quay to cut waiting times by half at the busiest hours.",
		"The terminal building itself is listed, and the council has not yet said what it will become once the last ferry has left.",
	}
	story := ""
	for _, p := range paras {
		story += "<p>" + p + "</p>\n"
	}
	head := `<html><head><title>Old ferry terminal to close</title></head><body><header class="site"><a href="/">Home</a></header>` +
		`<main><article class="single"><h1>Old ferry terminal to close</h1><div class="meta"><span>By Anna Berg</span><span>Published: 4 Mar, 2026. Updated: Wed 4 Mar 2026 08:57</span></div>` +
		`<p class="excerpt">The terminal has served the islands since the 1960s, and the move to the new quay across the bay is the largest change to the crossings in a generation, say the islanders who take the boat to work every day.</p>`
	tail := `<p id="forbidden" style="display: block">Please sign up or log in to continue reading</p></article></main>` +
		`<footer><p>Contact us at the newsroom.</p></footer></body></html>`

	r, err := extract.Extract("https://www.example.com/20260304/old-ferry-terminal-to-close",
		[]byte(head+`<div id="articleBody" class="single__content" style="display: none">`+story+`</div>`+tail))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paras {
		if !strings.Contains(r.Body, p) {
			t.Errorf("withheld story: body lacks %q; body %q", p[:40], r.Body)
		}
	}

	// The story's container in the column beside the header, not in the headline's own block.
	r, err = extract.Extract("https://www.example.com/20260304/old-ferry-terminal-to-close",
		[]byte(strings.Replace(head, "<h1>", "<header><h1>", 1)+`</header><div class="column"><div class="article-body" style="display:none">`+story+`</div></div>`+tail))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, paras[2]) {
		t.Errorf("withheld story in the column: body %q", r.Body)
	}

	// A next story's hidden body, in its own block below the story, stays hidden.
	next := strings.Replace(tail, "</article>", `</article><section class="next"><h2>Next story</h2><div class="rail"><div class="article-body" style="display:none">`+story+`</div></div></section>`, 1)
	r, err = extract.Extract("https://www.example.com/20260304/old-ferry-terminal-to-close", []byte(head+next))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, paras[2]) {
		t.Errorf("hidden next story read as the story: %q", r.Body)
	}

	// A hidden box that names no story container (a guide waiting behind a button) stays hidden.
	r, err = extract.Extract("https://www.example.com/20260304/old-ferry-terminal-to-close",
		[]byte(head+`<div class="howto-guide" style="display: none">`+story+`</div>`+tail))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, paras[2]) {
		t.Errorf("hidden guide read as the story: %q", r.Body)
	}
}
