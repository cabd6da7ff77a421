package extract

import (
	"strings"
	"unicode/utf8"
)

// Bounds, in squashed runes, of a summary line the story's lead restates: a sentence at least,
// a short paragraph at most.
const (
	minRestated = 40
	maxRestated = 400
)

// dropRestatedLead drops the body's first paragraph when the second says it whole and more: a
// summary set over the story (a bare <h2> in the story's container) that the lead repeats word
// for word after its dateline ("Five members … reported on Wednesday" over "MOSCOW (Agency - 11th
// March, 2020) Five members … reported on Wednesday."). The story loses nothing; kept, the
// opening would be stated twice.
func dropRestatedLead(body string) string {
	first, rest, ok := strings.Cut(body, "\n\n")
	if !ok {
		return body
	}
	second, _, _ := strings.Cut(rest, "\n\n")
	f := squash(first)
	if n := utf8.RuneCountInString(f); n < minRestated || n > maxRestated {
		return body
	}
	if s := squash(second); len(s) > len(f) && strings.Contains(s, f) {
		return rest
	}
	return body
}
