package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// A story may close with a pointer to more of it on another of the outlet's sites: "Mehr dazu in
// wien.ORF.at", "Mehr Themen auf Vogue.de", "More on this at example.com". The line is a link
// to a site, named by its address, not a sentence of the story.

// moreOnSiteRe is such a line: "more (on this / on the topic / topics)", a preposition and a
// host name with at least one dot.
var moreOnSiteRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:Mehr(?: dazu| zum Thema| Themen| Nachrichten| News)?|More(?: on this| on the story| news| stories)?)` +
		`\s+(?:in|im|auf|bei|unter|at|on)\s+(?:[\p{L}\d][\p{L}\d-]*\.)+\p{L}{2,}\.?$`)
})

// maxMoreOnSite bounds such a line in runes.
const maxMoreOnSite = 60

// cutMoreOnSite returns body without the moreOnSiteRe line closing it; a body of that line alone
// is returned as it is.
func cutMoreOnSite(body string) string {
	i := strings.LastIndex(body, "\n\n")
	if i < 0 {
		return body
	}
	last := strings.TrimSpace(body[i+2:])
	if !strings.HasPrefix(last, "Mehr") && !strings.HasPrefix(last, "More") || utf8.RuneCountInString(last) > maxMoreOnSite || !moreOnSiteRe().MatchString(last) {
		return body
	}
	return strings.TrimRight(body[:i], " \n")
}
