package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// koHeaderItem is one reporter's credit of a Korean header's byline list, anchored where the
// list goes on: "조성훈 기자", "세종=박경담 기자", "안채원 인턴기자", after a space, a comma or a
// middle dot.
var koHeaderItem = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[\s,·ㆍ/]*(?:[가-힣]{2,6}\s?=\s?)?([가-힣]{2,4})\s?` + koTitles)
})

// koHeaderFirst finds the first credit of such a list in the text after a headline.
var koHeaderFirst = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|\s)(?:[가-힣]{2,6}\s?=\s?)?[가-힣]{2,4}\s?` + koTitles)
})

// koHeaderWindow bounds how far after the headline a header's byline list may start: past the
// outlet's name and a share button's label, not into the story.
const koHeaderWindow = 160

// maxHeaderNames bounds the list read: a package's desk of reporters, not a page of them.
const maxHeaderNames = 30

// koHeaderByline returns the names of a run of two or more reporter credits printed right after
// the headline in the page's text ("머니투데이 조성훈 기자 김은령 기자 … 안채원 인턴기자"): a
// package's header lists every reporter, each item a name and a title, where the sign-offs in
// the story name only those of its sections. Nil when no such run follows any of the
// headline's first three printings.
func koHeaderByline(text, headline string) []string {
	if headline == "" || !strings.Contains(text, "기자") {
		return nil
	}
	for at := range upTo(occurrences(text, headline), 3) {
		from := at + len(headline)
		window := text[from:min(len(text), from+koHeaderWindow)]
		for len(window) > 0 && !utf8.ValidString(window) {
			window = window[:len(window)-1] // cut inside a character
		}
		loc := koHeaderFirst().FindStringIndex(window)
		if loc == nil {
			continue
		}
		start := loc[0]
		if names := koCreditRun(text[from+start : min(len(text), from+start+maxHeaderNames*40)]); len(names) >= 2 {
			return names
		}
	}
	return nil
}

// koCreditRun reads the reporter credits that follow each other from the start of s, nothing but
// separators between them.
func koCreditRun(s string) []string {
	var names []string
	for len(names) < maxHeaderNames {
		m := koHeaderItem().FindStringSubmatchIndex(s)
		if m == nil {
			break
		}
		if r, _ := utf8.DecodeRuneInString(s[m[1]:]); r >= '가' && r <= '힣' {
			break // "기자단", "기자회견": a word, not a title
		}
		name := s[m[2]:m[3]]
		if koNotName[name] {
			break
		}
		names = append(names, name)
		s = s[m[1]:]
	}
	return dedupe(names)
}
