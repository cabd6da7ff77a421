package extract

import (
	"strings"

	"paperboy/core/textsim"
)

// maxAboveHeadline bounds a line of the page's header that a reading takes above the headline, in
// word tokens (a CJK character is one): a live-stream widget's label, the date line.
const maxAboveHeadline = 16

// headlineRun bounds the body's opening lines looked at for the headline.
const headlineRun = 4

// dropHeaderAboveHeadline drops the page's header a reading opens with when the headline, whole,
// is among its first lines, below the first, with only short lines and no sentence above it ("live Satellite ASTRA-4A
// 11766 MHz …", "2 October, 2014, 16:31", the headline): they are the header, not the story.
// trimEdges drops a header it knows line by line (headerLine); a widget's label of no kind it
// knows stops it at the first line, and the headline under it stays. A story's worth of text must
// follow the headline, and the headline's line must not run on (a poem titled by its first line
// ends that line with a comma).
func dropHeaderAboveHeadline(body, title string) string {
	if title == "" {
		return body
	}
	paras := strings.SplitN(body, "\n\n", headlineRun+1)
	for i := 1; i < len(paras) && i < headlineRun; i++ {
		if above := paras[i-1]; endsWithStop(above) || textsim.CountTokens(above) > maxAboveHeadline {
			return body // a sentence above the line: the story has begun (a subheading may repeat the headline)
		}
		if squash(paras[i]) == squash(title) && !strings.ContainsAny(lastRune(strings.TrimSpace(paras[i])), ",;:") {
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
