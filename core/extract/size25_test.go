package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// size25Pages are synthetic pages built of n repeats of the markup the twenty-fifth round's
// rules merged in lead25 read (issue 20, branch fuzz25): headings that print a kicker in an
// element of their own over the headline, one under a share title that leaves it out and many
// below it (title25's overline); social posts embedded in a story, and sibling blocks built
// alike down their wrappers, with the class names of a block many and in another order in its
// siblings (body25's like blocks); publishers' Disclaimer boxes, printed datePublished times,
// writers' bios over the story, bylines with a post in sentence case (new25d); a newswire's
// hashtag line and notice, camel-case lead classes (new25b); checkboxes in one form and in
// consent boxes, a table of figures beside a story (new25e); comment threads under labels with
// two-digit-year stamps, counters over their labels, <br><br> chains readability turns into
// paragraphs, external-links disclaimers (datom25); page header boxes and top bars full of
// dates, header boxes that print the headline (date25); agency source credits and initials,
// sticky reading bars, video cards and nests of video boxes (new25a). Extracted at growing n by TestSizes25Linear and
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

	// new25d
	pages["disclaimers"] = head + story + rep(`<div class="post-disclaimer">Disclaimer: The information presented here is for informational purposes only.</div>`, n)
	pages["pubtimes"] = head + rep(`<time itemprop="datePublished" datetime="2023-07-03T18:10:00+03:00">03 июля 2023, 18:10</time>`, n) + story
	pages["bios"] = `<html lang=en><head><title>T</title><meta name="author" content="Jane Roe"></head><body><h1>T</h1>` + rep(`<p>Jane Roe is a crypto journalist with over four years of experience.</p>`, n) + story
	pages["capsjobs"] = head + rep(`<div class="byline">By ALICIA ROE Senior reporter</div>`, n) + story
	// new25b
	pages["wirehashtags"] = head + story + `<p>Hashtag: ` + rep(`#Brand `, n) + `</p><p>The issuer is solely responsible for the content of this announcement.</p>`
	pages["wirenotices"] = head + story + rep(`<p>The issuer is solely responsible for the content of this announcement.</p><p>`+sentence+`</p>`, n)
	pages["camelclasses"] = head + rep(`<div class="Article_elementLead__N3pGr picIntro videoLead">`+sentence+`</div>`, n) + story
	pages["swahilibylines"] = head + rep(`<div class="byline">Na Jane Roe, Dodoma</div>`, n) + story
	// new25e
	pages["checkboxes"] = head + story + `<form>` + rep(`<input type="checkbox">`, n) + `</form>`
	pages["checkboxspans"] = head + story + `<div><div><div>` + rep(`<span><input type="checkbox"></span>`, n) + `</div></div></div>`
	pages["consentboxes"] = head + story + rep(`<div class="embed"><p>Hier können Sie unsere Podcasts hören. Einwilligung in die Übermittlung von personenbezogenen Daten.</p><input type="checkbox"></div>`, n)
	pages["figures"] = head + `<div class="view">` + rep(`<div>Max Temp : 31.0°C Min Temp : 18.0°C</div>`, n) + `</div><div class="article-body">` + story + story + `</div>`

	// datom25
	pages["threadlabels"] = head + story + `<h3>Comments</h3>` + rep(`<div>newest oldest</div><div>report / -16</div><div>uszka (gość), 16.01.12, 16:13:22</div><p>Nice.</p>`, n)
	pages["postcounters"] = head + story + rep(`<div>861</div><div>Kudos</div>`, n)
	pages["brchains"] = head + `<div>` + rep(sentence+`<br><br>`, n) + `</div>`
	pages["externalnotes"] = head + story + rep(`<p>The BBC is not responsible for the content of external sites.</p>`, n)
	// date25
	pages["headerboxes"] = `<html lang=en><title>T</title><body>` + rep(`<div class="header-top"><div class="today">Sunday, December 6, 2026 14:05</div></div>`, n) + `<h1>T</h1>` + story
	pages["headerdays"] = `<html lang=en><title>T</title><body><div class="top-bar">` + rep(`<span>Sunday, December 6, 2026 14:05</span>`, n) + `</div><h1>T</h1>` + story
	pages["headerheadline"] = `<html lang=en><title>` + title + `</title><body>` + rep(`<header><span>`+title+`</span><span>Sunday, December 6, 2026</span></header>`, n) + story
	pages["headerdatesheadline"] = `<html lang=en><title>` + title + `</title><body><header><span>` + title + `</span>` + rep(`<div class="date">Sunday, December 6, 2026</div>`, n) + `</header>` + story
	// new25a
	pages["sourcecredits"] = head + rep(`<div class="byline">Source AFP</div><div class="byline">di F. Q.</div>`, n) + story
	pages["readingbars"] = head + story + rep(`<div>Vous lisez actuellement : `+title+`</div>`, n)
	pages["videocards"] = head + story + rep(`<div class="video-card"><span class="duration">5:14</span><span>Clip title</span></div>`, n)
	pages["videonest"] = head + story + rep(rep(`<div class="video">`, 400)+`<span class="duration">x</span>`+rep(`</div>`, 400), max(1, n/400))
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
// 10,000 names before fuzz25's sharedNames), and checkboxes read the form around every
// checkbox again (×4.2 before consentBoxAround kept its answers).
func TestSizes25Time(t *testing.T) {
	if testing.Short() || raceBuild {
		t.Skip("extracts pages of megabytes, timed")
	}
	timeDoublings(t, "SIZES25TIME", size25Pages(5000), size25Pages(10000), 5000)
}
