package extract

import (
	"golang.org/x/net/html"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A byline form the thirty-second round's first score left open: "Jane Roe, New Delhi |
// Updated: …" on one line, where the town stands between the writer and the date.

// maxTownDateGap bounds the bytes between a credit and the date after it in townBeforeDate: a
// separator and a label ("| Updated: ", ", Published on ").
const maxTownDateGap = 32

// townBeforeDate reports a credit that one of the page's byline or date lines (lines) prints
// after another credit and a separator and right before a separator and a date ("Jane Roe, New
// Delhi | Updated: March 22, 2023 10:50 IST", "By Jane Roe / New Delhi, Mar 22, 2023"), and that
// the story's text (body) names as a place, after a preposition ("… talks in New Delhi on …"): the
// town the writer files from. A co-writer listed last before the date ("Jane Roe, John Doe |
// 3.5.2024") is seldom named in the story, never after "in" or "from".
func townBeforeDate(name string, lines iter.Seq[string], body string) bool {
	for l := range townLines(name, lines) {
		for at := range occurrences(l, name) {
			from := at + len(name)
			before := strings.TrimRight(l[:at], " \u00a0")
			if before == "" || !strings.Contains(",|/·•–—-", lastRune(before)) {
				continue // the line opens with it (datedPlace's form) or runs it on from a word
			}
			if start, found := dateAfterSeparator(l[from:]); found && start <= maxTownDateGap {
				return placeInText(body, name) // the story's text, long, read last
			}
		}
	}
	return false
}

// townPrepositions are the words that put a place after them in the languages of the sets
// written in Latin letters: "in", "from", "at", "near"; French "à", Spanish and French "en",
// Portuguese "em", German "aus" and "nach". A person's name seldom follows one.
var townPrepositions = map[string]bool{"in": true, "from": true, "at": true, "near": true, "à": true, "en": true, "em": true,
	"aus": true, "nach": true}

// maxPlaceLooks bounds the places placeInText reads of one name in a story's text.
const maxPlaceLooks = 16

// placeInText reports a name that text prints after one of townPrepositions, the name ending
// there (no letter runs on: "in New Delhi's" counts, "in New Delhiites" does not).
func placeInText(text, name string) bool {
	for at := range upTo(occurrences(text, name), maxPlaceLooks) {
		if r, _ := utf8.DecodeRuneInString(text[at+len(name):]); unicode.IsLetter(r) {
			continue
		}
		before := strings.TrimRight(text[:at], " \u00a0")
		if before == text[:at] {
			continue // no space before it: it runs on from a word
		}
		k := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
		if townPrepositions[strings.ToLower(before[k+1:])] {
			return true
		}
	}
	return false
}

// inOtherStoryBox reports a byline element under the story's headline inside a block named for a
// teaser, a related story, a sidebar or comments (otherStoryBlock) that holds neither the
// headline nor the story's box: another story's card. A layout's wrapper named for its sidebar
// ("row sticky-sidebar") around the story's <article> is the story's column. Above the headline
// a wrapper cannot be told from a card yet, and nothing is reported. Asked of the few byline
// elements the byline test turned down.
func (p *page) inOtherStoryBox(n *html.Node) bool {
	if !p.h1Seen || p.storyBox == nil {
		return false
	}
	for a := range otherStoryNamed(n) {
		if otherStoryBlock(strings.ToLower(attr(a, "class")+" "+attr(a, "id"))) && !p.holdsStoryHeadline(a) && !within(p.storyBox, a) {
			return true
		}
	}
	return false
}
