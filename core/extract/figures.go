package extract

import (
	"unicode"
	"unicode/utf8"
)

// figureTable reports a reading that is a table of figures, not a story: a weather widget's
// forecasts for every city ("Max Temp : 31.0°C Min Temp : 18.0°C"), a market's quotes, a
// league's fixtures and scores. Government and broadcaster portals (Drupal "views" blocks) set
// such a widget as one long run of short lines with no links, which readability scores above a
// story a few paragraphs long. A fifth or more of its letters and digits are digits, and hardly
// a sentence ends in it: fewer than one per figureTableRunes runes.
func figureTable(text string) bool {
	letters, digits, stops := textFigures(text)
	n := letters + digits
	return n >= figureTableRunes && 5*digits >= n && stops*figureTableRunes < n
}

// proseText reports a text of sentences: three or more, one every proseRunes letters or oftener.
func proseText(text string) bool {
	letters, digits, stops := textFigures(text)
	return stops >= 3 && stops*proseRunes >= letters+digits
}

// figureTableRunes is the fewest letters and digits a table of figures is told by, and the run
// of them in which a story ends a sentence at least once.
const figureTableRunes = 1000

// proseRunes is the longest run of letters and digits a story's sentence usually takes.
const proseRunes = 400

// textFigures counts the letters, the digits and the sentence ends of text: a full stop (".",
// "!", "?", "。", "！", "？", the Devanagari danda "।") after a letter, then a space, a closing
// quote or the end. A decimal point ("31.0") or a list number ("3.") ends no sentence.
func textFigures(text string) (letters, digits, stops int) {
	prevLetter := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			letters++
			prevLetter = true
			continue
		case unicode.IsDigit(r):
			digits++
		case prevLetter && sentenceStop(r):
			if i == len(text) {
				stops++
				break
			}
			next, _ := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(next) || unicode.Is(unicode.Pf, next) || unicode.Is(unicode.Pe, next) || next == '"' || next == '\'' || next == '»' {
				stops++
			}
		}
		prevLetter = false
	}
	return letters, digits, stops
}

// sentenceStop reports a rune that ends a sentence.
func sentenceStop(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？', '।':
		return true
	}
	return false
}
