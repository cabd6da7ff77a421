package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"paperboy/core/textsim"
)

// A story read with what the page prints under it as lines of text: a label over a list of other
// stories ("Other related articles:", "Berita Terkait") or over the comment section
// ("Discussion", "討論區") and, below it, only short lines (headlines, sources, comments' one-line
// posts, the section's rules). recircHeadingRe knows the labels the DOM rules drop before the
// reading; these are wordings it lacks, read on the body's lines, where only a label closing
// the story and followed by nothing of a story's length ends it.

// closingLabelRe is the whole line of such a label.
var closingLabelRe = mustPrefixRe(`(?i)^(?:other related (?:articles|stories|posts|links|news)|(?:news )?(?:&|and) related (?:story )?links|related story links|` +
	`berita terkait|artikel terkait|berita lainnya|baca juga|tin liên quan|tin khác|các tin khác|` +
	`до теми|по темі|читайте також|інші новини|noticias relacionadas|notícias relacionadas|seguí leyendo|seguir leyendo|` +
	`articles similaires|sur le même sujet|` +
	// An older layout's box of other stories, its label a line of the page's text: "Related to
	// this story:", "Related Industry News", "Other Security news and resources", "Today's Most
	// Read Stories", "External links".
	`related(?: [\p{L}\d'’&-]+){1,3}|other(?: [\p{L}'’&-]+){0,2} (?:news|stories|headlines)(?: (?:&|and) resources)?|` +
	`(?:today'?’?s )?most (?:read|viewed|popular|emailed|shared|commented)(?: (?:stories|articles|news))?|external links|` +
	// the comment section's label, or its counter
	`discussion|reader comments|comments|leave a comment|post a comment|comments currently: \d+|comments are closed(?: on this (?:article|story|post))?\.?|` +
	`討論區|讨论区|網友留言|网友留言|коментарі|комментарии|bình luận|komentar)\s*[:：]?$`)

// maxClosingLabel bounds a closing label in runes: a few words.
const maxClosingLabel = 40

// maxClosingLine bounds each line under a closing label: a headline with its source, a
// one-line comment, a rule of the comment section; no paragraph of the story is that short
// all the way to the end.
const maxClosingLine = 250

// closingAppealRe opens the appeal a magazine closes its stories with, over the teasers of its
// other stories: "Enjoyed this article? Like Example on Facebook or follow us on Twitter."
var closingAppealRe = regexp.MustCompile(`(?i)^enjoyed (?:this|the|reading this) (?:article|story|post|piece|read)\?`)

// maxClosingAppeal bounds such an appeal in runes: the question and a sentence of links.
const maxClosingAppeal = 160

// closingAppeal reports a line that is such an appeal.
func closingAppeal(l string) bool {
	return len(l) > 8 && strings.EqualFold(l[:8], "enjoyed ") && utf8.RuneCountInString(l) <= maxClosingAppeal && closingAppealRe.MatchString(l)
}

// cutClosingLists ends the body before the first closing label (closingLabelRe) or appeal
// (closingAppeal) that has a
// story's worth of text above it and only short lines below it.
func cutClosingLists(body string) string {
	paras := strings.Split(body, "\n\n")
	if len(paras) < 2 {
		return body
	}
	// short[i]: every line from i to the end is at most maxClosingLine runes.
	short := make([]bool, len(paras)+1)
	short[len(paras)] = true
	for i := len(paras) - 1; i >= 0; i-- {
		short[i] = short[i+1] && (utf8.RuneCountInString(paras[i]) <= maxClosingLine || menuLine(paras[i]))
		if !short[i] {
			break
		}
	}
	tokens := 0
	for i, p := range paras {
		if i > 0 && tokens >= minBody && short[i+1] {
			l := strings.TrimSpace(p)
			if l != "" && (utf8.RuneCountInString(l) <= maxClosingLabel && closingLabelRe.MatchString(l) || closingAppeal(l)) {
				return strings.Join(paras[:i], "\n\n")
			}
		}
		if tokens < minBody {
			tokens += textsim.CountTokens(p)
		}
	}
	return body
}

// menuLine reports a line that is a menu of the site's sections, set as a row of short names
// between bars ("Sport Homepage | Football | Cricket | Rugby Union | …"): however long, it is
// no paragraph of a story, which the lines under a closing label are asked not to be.
func menuLine(p string) bool {
	if strings.Count(p, "|") < 5 {
		return false
	}
	for part := range strings.SplitSeq(p, "|") {
		if utf8.RuneCountInString(strings.TrimSpace(part)) > maxMenuItem {
			return false
		}
	}
	return true
}

// maxMenuItem bounds a menu item in runes: a section's name of a few words.
const maxMenuItem = 40
