package extract

import (
	"strings"
	"unicode/utf8"

	"paperboy/core/textsim"
)

// maxAboveHeadline bounds a line of the page's header that a reading takes above the headline:
// a live-stream widget's label, the date line.
const maxAboveHeadline = 120

// headlineRun bounds the body's opening lines looked at for the headline.
const headlineRun = 4

// dropHeaderAboveHeadline drops the page's header a reading opens with when the headline is among
// its first lines, below the first, with only short lines above it ("live Satellite ASTRA-4A
// 11766 MHz …", "2 October, 2014, 16:31", the headline): they are the header, not the story.
// trimEdges drops a header it knows line by line (headerLine); a widget's label of no kind it
// knows stops it at the first line, and the headline under it stays. A story's worth of text must
// follow the headline.
func dropHeaderAboveHeadline(body, title string) string {
	if title == "" {
		return body
	}
	paras := strings.SplitN(body, "\n\n", headlineRun+1)
	for i := 1; i < len(paras) && i < headlineRun; i++ {
		if utf8.RuneCountInString(paras[i-1]) > maxAboveHeadline {
			return body
		}
		if sameHeadline(paras[i], title) {
			if i+1 >= len(paras) {
				return body
			}
			rest := strings.Join(paras[i+1:], "\n\n")
			if textsim.CountTokens(rest) < minBody {
				return body
			}
			return rest
		}
	}
	return body
}
