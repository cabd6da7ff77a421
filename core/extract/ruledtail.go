package extract

import (
	"strings"
	"unicode/utf8"
)

// A story's end marked by a rule: an outlet closes every story with a line of dashes and its
// promotions under it ("---" over a news hotline, "立即報料: https://bit.ly/…", an app to
// update), in the story's own block. The rule says where the story stops.

// maxRuledTail bounds the paragraphs after a rule cutRuledPromo reads: a promotion is a few
// lines.
const maxRuledTail = 6

// maxRuledShare is the most of the body, as a share of its runes, a promotion under a rule may
// hold: a story's second half after a section rule is no promotion.
const maxRuledShare = 0.4

// minRuledStory is the least text, in runes, the story above the rule must hold.
const minRuledStory = 200

// ruleLine reports a line of three dashes or more and nothing else ("---", "———", "-----").
func ruleLine(l string) bool {
	l = strings.TrimSpace(l)
	if len(l) < 3 {
		return false
	}
	n := 0
	for _, r := range l {
		switch r {
		case '-', '—', '–', '─', '━':
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// cutRuledPromo ends the body before the last rule line (ruleLine) among its last paragraphs
// when what follows is a promotion: a printed web address in it (a hotline's or an app's
// link spelt out), minRuledLines lines or more, at most maxRuledShare of the body, a story of
// minRuledStory runes above.
// A section rule inside a story is followed by more story, with no address printed.
func cutRuledPromo(body string) string {
	paras := strings.Split(body, "\n\n")
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-maxRuledTail; i-- {
		lines := strings.Split(paras[i], "\n")
		for j := len(lines) - 1; j >= 0; j-- {
			if !ruleLine(lines[j]) {
				continue
			}
			head := strings.Join(paras[:i], "\n\n")
			if j > 0 {
				head = strings.TrimSpace(head + "\n\n" + strings.Join(lines[:j], "\n"))
			}
			head = strings.TrimSpace(head)
			tail := strings.Join(append(lines[j+1:], paras[i+1:]...), "\n")
			total := utf8.RuneCountInString(body)
			if utf8.RuneCountInString(head) < minRuledStory || float64(utf8.RuneCountInString(tail)) > maxRuledShare*float64(total) || !printedAddress(tail) ||
				filledLines(tail) < minRuledLines {
				return body
			}
			return head
		}
	}
	return body
}

// minRuledLines is the fewest lines a promotion under a rule holds (a hotline, its address, an
// app's note): one line with an address is a wire story's source ("Information from: KBKW-AM,
// http://kbkw.com"), which the story keeps.
const minRuledLines = 3

// filledLines counts the lines of t that hold more than white space.
func filledLines(t string) int {
	n := 0
	for l := range strings.SplitSeq(t, "\n") {
		if !isBlank(l) {
			n++
		}
	}
	return n
}

// printedAddress reports a web address spelt out in text.
func printedAddress(t string) bool {
	return strings.Contains(t, "http://") || strings.Contains(t, "https://") || strings.Contains(t, "www.")
}
