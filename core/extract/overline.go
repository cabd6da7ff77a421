package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// maxOverlineWords is the most words a kicker of the share title's own may have.
const maxOverlineWords = 5

// overlineLeftOut is the headline proper of a displayed heading that prints its kicker (the
// overline, the German "Dachzeile") in an element of its own over it, when the page's og:title
// or twitter:title is that headline proper alone, or it after a kicker of the share title's
// own that differs from the printed one ("Attack on Israel: «Quote»" under the overline
// "Escalation in the Middle East"), and the title chosen is a kicker joined to it ("Kicker:
// Headline", the wording JSON-LD and <title> carry for search) or the heading's whole text.
// News sites on Swiss and German templates (a kicker <span> and a headline <span> in one <h1>
// or <h2>) set the overline as a label over the story: the share title the publisher picked
// leaves it out, or swaps it for another, so it is no part of the headline. A share title
// that keeps the printed kicker keeps it in the title too. Otherwise "".
func overlineLeftOut(p *page, title string) string {
	k := p.h1Kicker
	if k == "" || !strings.HasPrefix(p.h1, k) {
		return ""
	}
	rest := strings.TrimLeftFunc(p.h1[len(k):], kickerJoiner)
	if spokenWords(rest) < 2 {
		return ""
	}
	kickers := []string{k}
	shared := false
	for _, m := range []string{p.meta["og:title"], p.meta["twitter:title"]} {
		m = normSpace(html.UnescapeString(m))
		if m == rest {
			shared = true
		} else if own, ok := strings.CutSuffix(m, ": "+rest); ok && own != k && own != "" && len(strings.Fields(own)) <= maxOverlineWords && !hasSeparator(own) {
			shared, kickers = true, append(kickers, own)
		}
	}
	if !shared {
		return ""
	}
	if title == p.h1 {
		return rest
	}
	for _, k := range kickers {
		if t, ok := strings.CutPrefix(title, k); ok && strings.TrimLeftFunc(t, kickerJoiner) == rest && punctuated(t[:len(t)-len(rest)]) {
			return rest
		}
	}
	return ""
}

// kickerJoiner reports the punctuation and spaces between a kicker and its headline; an
// opening guillemet opens the headline's quote.
func kickerJoiner(r rune) bool { return r != '«' && isJoiner(r) }

// kickedHeading reports a heading that prints a kicker in an element of its own and then the
// squashed title kt: the title is its headline proper (overlineLeftOut).
func kickedHeading(n *html.Node, kt string) bool {
	k := leadKicker(n)
	return k != "" && squash(k)+kt == squash(textOf(n))
}
