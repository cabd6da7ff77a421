package extract

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"paperboy/core/textsim"
)

// maxTopicTitleWords is the most words a title may have and still be read as a topic's tag
// (topicTitle) rather than a story's headline.
const maxTopicTitleWords = 4

// maxTopicHeadlineWords is the most words the <h1> headlineOverTopicTitle takes over such a
// title may have: a longer one is a paragraph set in a heading, not a headline.
const maxTopicHeadlineWords = 30

// topicTitle reports a title that names a topic or a section, not a story: at most
// maxTopicTitleWords words, no part of it longer than a section's name ("Iraq War | American
// Troops", "Arbeit"). A title in ideographs counts no words by its spaces and is never taken
// for one.
func topicTitle(t string) bool {
	// Words, not the separators between the parts.
	words := 0
	for _, w := range strings.Fields(t) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			words++
		}
	}
	if words == 0 || words > maxTopicTitleWords {
		return false
	}
	for _, r := range t {
		if textsim.IsIdeographic(r) {
			return false
		}
	}
	parts := titleParts(t)
	if len(parts) == 1 {
		// One part alone is a section's name at two words ("Arbeit", "Iraq War"); three
		// ("Wurmkiste selber bauen") already make a short headline.
		return words <= maxTopicPartWords
	}
	for _, part := range parts {
		if len(strings.Fields(part)) > maxSectionTitleWords {
			return false
		}
	}
	return true
}

// maxTopicPartWords is the most words a title of one part may have and still be read as a
// section's or a topic's name.
const maxTopicPartWords = 2

// headlineOverTopicTitle is the page's one <h1> when the title its sources settled on is a
// topic's tag (topicTitle) and the <h1> is a headline about that topic: some CMSs fill
// <title> and og:title with the story's tags or its section ("Iraq War | American Troops"
// over "<h1>Iraq: breaking up is never easy</h1>", "Arbeit" over "<h1>Wir kämpfen für gute
// Arbeit</h1>"), and two sources agreeing on the tag settled it. The <h1> must share a word
// with the title, so an unrelated heading (a masthead, a widget) is not taken, and must not
// open with the title, as a site's name extended ("Winnipeg Free Press Live") does. With two
// <h1>s or more it is not clear which one is the story's. Otherwise "".
func headlineOverTopicTitle(p *page, title string) string {
	if !topicTitle(title) {
		return ""
	}
	h := ""
	for _, t := range unescaped(p.h1s) {
		if isBlank(t) {
			continue
		}
		if h != "" {
			return ""
		}
		h = normSpace(t)
	}
	if n := len(strings.Fields(h)); n < minH1OverTitleWords || n > maxTopicHeadlineWords {
		return ""
	}
	st, sh := squash(title), squash(h)
	if st == "" || strings.HasPrefix(sh, st) {
		return ""
	}
	// An <h1> holding a title of two words or more whole is that headline under a kicker
	// ("Energiewende Oberland: Klimavorreiter Oberland?"): the title is the headline.
	if len(strings.Fields(title)) > 1 && strings.Contains(sh, st) {
		return ""
	}
	// An <h1> opening with the part of the <title> that the title was cut from is the site's
	// branding ("Kinder und Arbeit » ProNATs e.V." over "<h1>ProNATs e.V. Verein zur …</h1>").
	for _, part := range titleParts(normSpace(html.UnescapeString(p.title))) {
		if sp := squash(part); sp != "" && sp != st && !strings.Contains(st, sp) && strings.HasPrefix(sh, sp) {
			return ""
		}
	}
	for _, w := range wholeWords(title) {
		if utf8.RuneCountInString(w) < 3 {
			continue
		}
		for _, v := range wholeWords(h) {
			if strings.EqualFold(w, v) {
				return h
			}
		}
	}
	return ""
}

// maxOGTitles is the most og:title values the scan keeps.
const maxOGTitles = 4

// headlineStatedTwice is the page's <h1> when the page states two og:titles in different
// wordings, title is the one the other sources settled on, and the other one is the <h1>
// word for word: two plugins each wrote one, one of them the search or social wording and
// the other the headline the page prints ("New US AI Safety Institute Consortium announced"
// and "Nvidia, OpenAI and Amazon among 200 companies join new US AI Safety Institute
// Consortium" over that <h1>). The printed one is the story's. Otherwise "".
func headlineStatedTwice(p *page, title string) string {
	if len(p.ogTitles) < 2 {
		return ""
	}
	h := normSpace(html.UnescapeString(p.h1))
	sh, st := squash(h), squash(title)
	if len(strings.Fields(h)) < minH1OverTitleWords || sh == "" || sh == st {
		return ""
	}
	printed, other := false, false
	for _, o := range p.ogTitles {
		switch so := squash(o); {
		case so == sh:
			printed = true
		case so == st:
			other = true
		}
	}
	if printed && other {
		return h
	}
	return ""
}
