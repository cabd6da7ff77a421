package extract

import (
	"strings"
	"testing"
)

// A short story that does not repeat the page's description, set under a header block of
// kicker, headline, standfirst (the description) and date line: the header agrees with the
// description by nature, and is no story. The story is read, not the header.
func TestHeaderIsNoStory24(t *testing.T) {
	desc := "Compact machines priced from three thousand dollars should let millions of developers and students work on large models from May onward. Inside sits a chip the company had never shown before, built for training at home."
	paras := []string{
		"The chip company announced the device at the trade fair in Las Vegas on Monday evening.",
		"It runs on a processor that the firm had kept secret until the keynote, its chief said.",
		"Analysts expect the machine to sell mostly to universities and small research laboratories.",
		"Shares of the company rose slightly in after-hours trading following the announcement.",
	}
	var story strings.Builder
	for i, p := range paras[:2] {
		story.WriteString(`<div class="w-10 part` + string(rune('a'+i)) + `"><div class="rt"><p>` + p + `</p></div></div><div class="ad-slot"><a href="/shop">Shop now</a></div>`)
	}
	story.WriteString(`<div class="w-12 closing"><div class="rt rt-last"><p>` + paras[2] + ` Researchers, teachers, hobbyists and start-ups, the firm said, were its first customers, and prices would fall later, once production grew.</p>` +
		`<p>` + paras[3] + ` Its rivals, including two large Asian makers, are expected to answer with machines of their own, analysts said, before the summer.</p></div></div>`)
	page := `<html><head><title>Trade fair: Chip maker shows desktop supercomputer | Example</title>` +
		`<meta name="description" content="` + desc + `"></head><body><main><article>` +
		`<header><div class="w-10"><h2><span>Trade fair in Las Vegas</span> Chip maker shows desktop supercomputer</h2></div>` +
		`<div class="w-10"><div class="rt"><p><strong>` + desc + `</strong></p></div></div>` +
		`<div class="date">07.01.2025, 15.08 Uhr</div></header>` +
		`<section>` + story.String() + `</section>` + strings.Repeat(`<div class="teaser"><a href="/more">More from the trade fair: robots, cars and televisions on show</a></div>`, 8) +
		`</article></main></body></html>`
	r, err := Extract("https://www.example.com/tech/chip-maker-desktop-supercomputer", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Analysts expect the machine") {
		t.Errorf("body lost the story:\n%s", r.Body)
	}
}
