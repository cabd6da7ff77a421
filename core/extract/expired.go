package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"paperboy/core/textsim"
)

// expiredNoticeRe is the notice a news site prints where an expired or withdrawn story was:
// "您所瀏覽的新聞已過查詢時效", "この記事は掲載期間が終了しました", "This article is no longer
// available". The page keeps its headline, a photo caption and its chrome around it; the
// story itself is gone.
var expiredNoticeRe = regexp.MustCompile(`(?i)(?:新聞|新闻|文章|報導|报道|內容|内容|記事|ニュース)[^。！\n]{0,8}` +
	`(?:已過查詢時效|已过查询时效|已過期|已过期|已下架|已下線|已下线|已超過[^。\n]{0,4}期限|已超过[^。\n]{0,4}期限|掲載期間[^。\n]{0,4}終了|掲載期限[^。\n]{0,4}(?:終了|過ぎ))|` +
	`\b(?:this|the) (?:article|story|news story)(?: you (?:requested|are looking for))? (?:has expired|is no longer available|has been removed)`)

// maxNoticeLine bounds the paragraph such a notice stands in: a sentence or two, not a story
// paragraph that reports something expiring.
const maxNoticeLine = 120

// expiredStory reports a reading that holds the notice of an expired story in a paragraph of its own.
func expiredStory(text string) bool {
	if !strings.Contains(text, "期") && !strings.Contains(text, "下") && !strings.Contains(text, "時效") &&
		!strings.Contains(text, "时效") && !strings.Contains(text, "掲載") && !textsim.ContainsFoldASCII(text, "article") &&
		!textsim.ContainsFoldASCII(text, "story") && !textsim.ContainsFoldASCII(text, "content") {
		return false
	}
	for _, p := range strings.Split(text, "\n\n") {
		if utf8.RuneCountInString(p) <= maxNoticeLine && noticeWord(p) && expiredNoticeRe.MatchString(p) {
			return true
		}
	}
	return false
}

// noticeWords are the words one of which each of expiredNoticeRe's notices holds: what it
// expired ("記事", "article"), or "tory" of "story" ((?i) reads "ſ" as "s", and "ſtory" has no
// "story" in any ASCII case). Nearly every paragraph of an English story holds neither, and
// skips the expression.
var noticeWords = []string{"新聞", "新闻", "文章", "報導", "报道", "內容", "内容", "記事", "ニュース"}

// noticeWord reports a paragraph holding one of noticeWords or, in any ASCII case, "article" or
// "tory": a paragraph expiredNoticeRe can match.
func noticeWord(p string) bool {
	return textsim.ContainsFoldASCII(p, "article") || textsim.ContainsFoldASCII(p, "tory") || textsim.ContainsAny(p, noticeWords)
}

// minStubStory is the size (tokens) from which a description that ends a sentence is the
// story's paragraph rather than a teaser line.
const minStubStory = 20

// stubStory returns the story of an expired story's page: the page's description, which the
// site keeps for search engines, when it is a real paragraph (a sentence or more, ended). The
// page's visible text is then its chrome (consent and language bars, the headline, the
// caption of the photo, the notice, a newsletter box), which is no story.
func stubStory(reading, desc string) (string, bool) {
	desc = strings.TrimSpace(desc)
	if !expiredStory(reading) || textsim.CountTokens(desc) < minStubStory {
		return "", false
	}
	last, _ := utf8.DecodeLastRuneInString(desc)
	if !strings.ContainsRune("。．.！!？?…」』”\"", last) {
		return "", false
	}
	// A story that is still there outweighs its description in one paragraph at least (a
	// notice about a deleted embed, a related story's line, leaves the story on the page).
	limit := textsim.CountTokens(desc) * 3 / 2
	for _, p := range strings.Split(reading, "\n\n") {
		if textsim.CountTokens(p) > limit {
			return "", false
		}
	}
	return desc, true
}
