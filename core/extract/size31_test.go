package extract_test

import (
	"strings"
	"testing"
)

// sizeBody31Pages are synthetic pages built of n repeats of the markup body31's rules read:
// "kicker: headline" lists (many, one wide, nested in each other, their labels in nested bold
// elements, white space between their items, a deep heading over one) and camel-case newsletter
// names. Extracted at growing n by TestSizesBody31Linear (bytes, not time). The nests are n/25 levels deep.
func sizeBody31Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	depth := n / 25 // two elements a level: 200 levels at n = 5000 stay under the parser's 512 open elements
	nest := func(open, inner, close string) string { return rep(open, depth) + inner + rep(close, depth) }
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	item := `<li><strong>Warning: </strong><a href="/a/1.html">Ferry fares will rise again</a></li>`
	pages := map[string]string{}
	pages["kickerlists"] = head + story + rep(`<h3>More from the coast</h3><ul>`+item+item+`</ul>`, n) + story
	pages["kickerwide"] = head + story + `<ul>` + rep(item, n) + `</ul>` + story
	pages["kickernest"] = head + story + nest(`<ul>`+item+`<li>`, item, `</li></ul>`) + story
	pages["kickerbold"] = head + story + `<ul>` + rep(`<li>`+nest(`<strong>`, `Warning:`, `</strong>`)+`<a href="/a">Ferry fares rise again</a></li>`, 2) + `</ul>` + story
	pages["kickerspace"] = head + story + `<ul>` + item + rep(" \n", n) + item + `<li><strong>` + rep(" ", n) + `Kicker:</strong><a href="/b">one two three</a></li></ul>` + story
	pages["kickerheading"] = head + story + nest(`<h3><span>`, `More`, `</span></h3>`) + `<ul>` + item + item + `</ul>` + story
	pages["camelnewsletter"] = head + story + rep(`<section class="NewsletterBox ArticleNewsletter newsletterSignup"><p>The Morning</p></section>`, n) + story
	pages["camelclass"] = head + story + `<div class="` + rep(`aNewsletterB`, n) + ` ` + rep(`aB`, n) + `">x</div>` + story
	return pages
}

// TestSizesBody31Linear extracts body31's size pages at two sizes and asks that twice the markup
// costs about twice the bytes (linearSizes).
func TestSizesBody31Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, sizeBody31Pages(2500), sizeBody31Pages(5000), 2500)
}
