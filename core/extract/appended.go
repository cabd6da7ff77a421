package extract

import (
	"strings"
	"unicode/utf8"
)

// minStoryBeforeAppended is how many paragraphs of the page's own story must come before an
// appended story's headline for cutAppendedStory to cut there.
const minStoryBeforeAppended = 3

// maxAppendedHeadline bounds the runes of an appended story's headline.
const maxAppendedHeadline = 30

// cutAppendedStory ends a Chinese story where the paper appends a second one to it in the same
// container: a short headline of its own, then that story's reporter's credit on a line of its
// own ("府：不可能操作美國" / "楊舒媚／台北報導", "【記者林小明／台北報導】"), then its text.
// Taiwanese papers print a sidebar so under the main story on their web pages; the reporter's
// credit after a headline is what tells it from a cross-head, which no credit follows. The
// page's own story needs minStoryBeforeAppended paragraphs before it, and the appended one a
// paragraph after its credit.
func cutAppendedStory(body string) string {
	if !hasHanLead(body[:min(len(body), 60)]) {
		return body
	}
	paras := strings.Split(body, "\n\n")
	for i := minStoryBeforeAppended; i+2 < len(paras); i++ {
		if appendedHeadline(normSpace(paras[i])) && len(filedCreditLine(normSpace(paras[i+1]))) > 0 {
			return strings.TrimSpace(strings.Join(paras[:i], "\n\n"))
		}
	}
	return body
}

// appendedHeadline reports a short line of Chinese that ends no sentence: a headline or a
// cross-head.
func appendedHeadline(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 4 || n > maxAppendedHeadline || !hasHanLead(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune("。！？；…，、：:.!?", last)
}

// filedCreditLine reads a line that is only a reporter's filed credit, in brackets or not:
// "楊舒媚／台北報導", "記者林小明／台北報導", "【記者林小明／台北報導】", "劉屏／華盛頓4日電". nil
// for any other line.
func filedCreditLine(s string) []string {
	if utf8.RuneCountInString(s) > 40 {
		return nil
	}
	inner := strings.TrimSpace(strings.Trim(s, "【】〔〕[]（）() \u3000"))
	if names := zhFiledCredit(inner); len(names) > 0 {
		return names
	}
	if names := zhDispatchCredit(inner); len(names) > 0 {
		return names
	}
	// "記者林小明／台北報導": the role word, then the filed credit.
	for _, r := range zhRoles {
		if rest, ok := strings.CutPrefix(inner, r); ok {
			return zhFiledCredit(rest)
		}
	}
	return nil
}
