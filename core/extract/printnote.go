package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"paperboy/core/textsim"
)

// A weekly that prints its web stories closes each with a note on where it ran in print, and
// the issue's links under it: "This article appeared in the Business section of the
// print edition under the headline "…"", then "Business April 8th 2023", "From the April 8th 2023
// edition", "Discover stories from this section and more in the list of contents". The note is
// the edition's, not the story's. A daily's "A version of this article appears in print on …"
// stays (TestPrintEditionNoteStays): references disagree on it.

// printNoteRe opens such a note.
var printNoteRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^This (?:article|story) (?:appeared|appears) in the .{1,80}? (?:section|pages?) of the print edition\b`)
})

// Bounds of the note's tail: it stands among the body's last printNoteEdge lines, and every line
// under it is the label or link, no longer than printNoteLine runes.
const (
	printNoteEdge = 6
	printNoteLine = 100
	printNoteMax  = 400 // the note itself: a sentence with the print headline
)

// cutPrintNote returns body without the print-edition note closing it and the lines
// under it, when a story's worth of text (minBody tokens) stands above the note.
func cutPrintNote(body string) string {
	if !strings.Contains(body, "print") {
		return body
	}
	paras := strings.Split(body, "\n\n")
	for i := max(1, len(paras)-printNoteEdge); i < len(paras); i++ {
		p := strings.TrimSpace(paras[i])
		if utf8.RuneCountInString(p) > printNoteMax || !strings.Contains(p, " print") || !printNoteRe().MatchString(p) {
			continue
		}
		short := true
		for _, q := range paras[i+1:] {
			short = short && utf8.RuneCountInString(strings.TrimSpace(q)) <= printNoteLine
		}
		if short && textsim.CountTokens(strings.Join(paras[:i], " ")) >= minBody {
			return strings.Join(paras[:i], "\n\n")
		}
		return body
	}
	return body
}
