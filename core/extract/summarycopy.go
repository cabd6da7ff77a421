package extract

import (
	"strings"

	"paperboy/core/textsim"
)

// summaryCopyEdge is how many of the body's first lines may be a summary box's copy: the box
// stands over the story, at most under a kicker or a caption.
const summaryCopyEdge = 2

// minSummaryCopy is the least tokens such a line and its repeat hold: a sentence, not a label.
const minSummaryCopy = 8

// summaryAgree is the token F1 the line and the page's description reach (the box prints the
// description, perhaps cut shorter), and summaryRepeat the F1 it and its repeat in the story
// reach (the box quotes the paragraph, perhaps with the speaker named in other words).
const (
	summaryAgree  = 0.85
	summaryRepeat = 0.7
)

// maxSummaryScan bounds the paragraphs read for the repeat: a story's, not a page's thousands.
const maxSummaryScan = 200

// dropSummaryRepeat removes a summary box over the story that prints the page's description
// when a paragraph of the story further down says the same ("Synopsis" over the lead, a
// pulled sentence set in large type): the reader reads it once, where the story tells it. A
// first line that agrees with the description but is not repeated is the story's lead, or a
// standfirst that other rules judge, and stays; so does a line repeated that is not the
// description (a story may quote itself).
func dropSummaryRepeat(body, description string) string {
	if description == "" {
		return body
	}
	paras := strings.Split(body, "\n\n")
	if len(paras) < 3 {
		return body
	}
	desc := textsim.Tokens(description)
	if len(desc) < minSummaryCopy {
		return body
	}
	for i := 0; i < summaryCopyEdge && i < len(paras); i++ {
		top := textsim.Tokens(paras[i])
		if len(top) < minSummaryCopy || textsim.F1(top, desc) < summaryAgree {
			continue
		}
		for j := i + 1; j < len(paras) && j <= maxSummaryScan; j++ {
			if later := textsim.Tokens(paras[j]); len(later) >= minSummaryCopy && textsim.F1(top, later) >= summaryRepeat {
				return strings.Join(append(paras[:i:i], paras[i+1:]...), "\n\n")
			}
		}
	}
	return body
}
