package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// jaUpdateStampRe is a Japanese page's "last updated" line and nothing else: "最終更新:7月13日(水)22時6分",
// "最終更新日時：2016年7月13日 22:06". Compiled on first use: only readings holding "更新" ask.
var jaUpdateStampRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:最終更新|最終更新日時|更新日時)\s*[:：]?\s*(?:\d{4}\s*[年/.-]\s*)?\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?` +
		`(?:\s*[(（][日月火水木金土][)）])?\s*(?:\d{1,2}\s*(?:時|[:：])\s*\d{1,2}\s*分?)?$`)
})

// cutClosingUpdateStamp ends a Japanese story at the "last updated" line its template prints
// under the text ("最終更新:7月13日(水)22時6分", portals' and papers' article pages alike): what
// follows it is the page's (a sponsored talk's teaser, the ranking, the comment box), no line
// of the story, which the line closes. The stamp is looked for after the story's first
// paragraph only, and cuts only when less text follows it than stands before it: a stamp under
// the headline, above the story, stays for the header rules.
func cutClosingUpdateStamp(body string) string {
	if !strings.Contains(body, "更新") {
		return body
	}
	paras := strings.Split(body, "\n\n")
	before := 0
	for i, p := range paras {
		t := strings.TrimSpace(p)
		if i > 0 && utf8.RuneCountInString(t) <= 40 && strings.Contains(t, "更新") && jaUpdateStampRe().MatchString(t) {
			after := 0
			for _, q := range paras[i+1:] {
				after += utf8.RuneCountInString(q)
			}
			if after < before {
				return strings.Join(paras[:i], "\n\n")
			}
			return body
		}
		before += utf8.RuneCountInString(t)
	}
	return body
}
