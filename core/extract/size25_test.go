package extract_test

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

// size25Pages are synthetic pages built of n repeats of the markup the twenty-fifth round's
// rules merged in lead25 read (issue 20, branch fuzz25): headings that print a kicker in an
// element of their own over the headline, one under a share title that leaves it out and many
// below it (title25's overline); social posts embedded in a story, and sibling blocks built
// alike down their wrappers, with the class names of a block many and in another order in its
// siblings (body25's like blocks). Extracted at growing n by TestSizes25Linear and
// TestSizes25Time so that growth shows.
func size25Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	each := repeatEach(n)
	pages := map[string]string{}

	// title25: a kicked headline under a share title without the kicker; kicked headings below.
	kicked := `<html lang=de><head><title>Eskalation: ` + title + `</title><meta property="og:title" content="` + title +
		`"></head><body><h1><span class="kicker">Eskalation</span> ` + title + `</h1>`
	pages["overlineheads"] = kicked + rep(`<h2><span class="kicker">Eskalation</span> `+title+`</h2>`+story, n)
	pages["overlinelong"] = `<html lang=de><head><title>Eskalation: ` + title + `</title><meta property="og:title" content="` + rep("Angriff auf ", n) + title +
		`"></head><body><h1><span class="kicker">Eskalation</span> ` + rep("Angriff auf ", n) + title + `</h1>` + story
	pages["overlinestandfirst"] = kicked + rep(`<h3><span>Nahost</span> `+title+`</h3><p class="lead">A standfirst of the story, told in one sentence.</p>`, n) + story

	// body25: embedded posts beside a story, and like blocks.
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	pages["tweets"] = head + story + rep(`<blockquote class="twitter-tweet"><p>Can it be true?</p>— Jane Roe (@janeroe) March 25, 2017</blockquote>`, n) + story
	pages["tweetsnested"] = head + story + rep(rep(`<blockquote class="instagram-media">`, 400)+"post"+rep(`</blockquote>`, 400), max(1, n/400)) + story
	pages["likeblocks"] = head + `<div class="main">` + rep(`<div class="RichText mt-0 lg:w-8/12"><div class="inner"><p>`+sentence+sentence+`</p></div></div><div class="ad">Ad</div>`, n) + `</div>`
	classes := each(func(i int) string { return fmt.Sprintf("c%d ", i) })
	reversed := each(func(i int) string { return fmt.Sprintf("c%d ", n-1-i) })
	pages["likeclasses"] = `<html lang=en><title>` + title + `</title><body><div class="` + classes + `">` + rep(`<p>`+rep(sentence, 3)+`</p>`, 8) + `</div>` +
		rep(`<div class="`+reversed+`"><p>`+sentence+`</p><p>`+sentence+`</p></div>`, 3)
	return pages
}

// TestSizes25Linear: doubling the repeats of each of size25Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizes25Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, size25Pages(5000), size25Pages(10000), 5000)
}

// TestSizes25Time: doubling the repeats of each of size25Pages at most triples the processor
// time Extract spends on it (judged above 150 ms at the larger size). SIZES25TIME=name times one
// page. likeclasses compared the class names of like blocks pair by pair (×4.4 from 5,000 to
// 10,000 names on the rules before fuzz25's sharedNames).
func TestSizes25Time(t *testing.T) {
	if testing.Short() || raceBuild {
		t.Skip("extracts pages of megabytes, timed")
	}
	small, large := size25Pages(5000), size25Pages(10000)
	for _, name := range slices.Sorted(maps.Keys(small)) {
		if only := os.Getenv("SIZES25TIME"); only != "" && only != name {
			continue
		}
		timeDoubling(t, name, small[name], large[name], 5000)
	}
}
