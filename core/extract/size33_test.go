package extract_test

import (
	"strings"
	"testing"
)

// size33Pages are synthetic pages that name no picture in their metadata, built of n repeats of
// what storyPicture (issue 20, thirty-third round, branch title33) reads beside the story's
// start: inline icons after words in one block above the first paragraph, floated pictures in
// it, pictures alone on their lines between its paragraphs. Extracted at growing n by
// TestSizes33Time so that growth shows.
func size33Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	head := `<html lang=en><title>` + title + ` - Harbour Daily</title><body><h1>` + title + `</h1>`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	return map[string]string{
		"inlineicons": head + `<div class="copy"><div>` + strings.Repeat(`Comments <img src="/i/c.png"> `, n) + `</div>` + story + `</div>`,
		"floated":     head + `<div class="copy"><p>` + strings.Repeat(`Words <img src="/i/c.png" align="left"> `, n) + sentence + `</p>` + story + `</div>`,
		"ownlines":    head + `<div class="copy">` + story + strings.Repeat(`<p>Word <img src="/i/c.png"></p><br>`, n) + `</div>`,
	}
}

// TestSizes33Time: doubling the repeats of each of size33Pages at most triples the processor
// time Extract spends on it (judged above 150 ms at the larger size). SIZES33TIME=name times one page.
func TestSizes33Time(t *testing.T) {
	if testing.Short() || raceBuild {
		t.Skip("extracts pages of megabytes, timed")
	}
	timeDoublings(t, "SIZES33TIME", size33Pages(4000), size33Pages(8000), 4000)
}
