package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// hotlineRe is a line of a crisis-line box that papers print under stories of suicide: the
// line's name and its number, and nothing else ("自殺防治諮詢安心專線：0800-788995（24小時）",
// "生命線協談專線：1995", "Samaritans helpline: 116 123"). A story's sentence that gives a
// number ("…可撥打衛生局食品服務專線038-226959洽詢。") goes on past it.
var hotlineRe = regexp.MustCompile(`(?i)^[^。，,.!?！？]{0,30}(?:專線|专线|熱線|热线|生命線|生命线|hotline|helpline|lifeline|crisis line)\s*[:：]\s*\+?\d[\d\-– ]{2,}(?:\s*[(（][^()（）]{1,12}[)）])?\s*[;；。.]?$`)

// hotlineLeadRe is a line that opens such a box: the paper's word of care and its plea to the
// reader ("《蘋果》關心你", "●《ETNEWS新聞雲》提醒您，請給自己機會：", "請珍惜生命").
var hotlineLeadRe = regexp.MustCompile(`關心|关心|提醒您|提醒你|珍惜生命|給自己一次機會|给自己一次机会|給自己機會|给自己机会|自殺解決不了|自杀解决不了|自殺不能解決|自杀不能解决`)

// hotlineCareRe is the box's opening word of care run into the story's last line when the box
// is set off by styling alone: "…（王煌忠／台中報導）《蘋果》關心你".
var hotlineCareRe = regexp.MustCompile(`[《「][^《》「」。]{1,12}[》」](?:關心|关心)(?:你|您)[:：!！]?$`)

// maxHotlineLead bounds a line of care over the numbers: a plea of a sentence or two.
const maxHotlineLead = 40

// maxHotlineLine bounds the lines of a crisis-line box: a name and a number, a short plea.
const maxHotlineLine = 60

// dropHotlineBoxes removes the boxes of crisis lines that papers put inside or under a story
// about suicide: a run of short lines naming hotlines and their numbers, with the lines of care
// that lead them. They are the paper's furniture, the same under every such story.
func dropHotlineBoxes(body string) string {
	paras := strings.Split(body, "\n\n")
	out := paras[:0:0]
	for i := 0; i < len(paras); i++ {
		if i > 0 && helplineDirectory(paras[i:]) {
			// A directory of helplines closes the story: nothing of the story follows it.
			break
		}
		if !hotlineLine(paras[i]) {
			out = append(out, paras[i])
			continue
		}
		// The lines of care above the first number belong to the box; the first of them may be
		// run into the story's last line, which keeps its own words.
		for len(out) > 0 {
			last := out[len(out)-1]
			if loc := hotlineCareRe.FindStringIndex(last); loc != nil && loc[0] > 0 {
				out[len(out)-1] = strings.TrimSpace(last[:loc[0]])
				break
			}
			if len(out) == 1 || utf8.RuneCountInString(last) > maxHotlineLead || !hotlineLeadRe.MatchString(last) {
				break
			}
			out = out[:len(out)-1]
		}
		for i+1 < len(paras) && hotlineLine(paras[i+1]) {
			i++
		}
	}
	return strings.Join(out, "\n\n")
}

// hotlineLine reports a short line naming a crisis line and its number.
func hotlineLine(p string) bool {
	return utf8.RuneCountInString(p) <= maxHotlineLine && hotlineRe.MatchString(p)
}

// helplineHeadRe opens a directory of support services set under a story about a suicide or an
// abuse: "Helplines: See Aertel page 709", "Support services:", "Useful numbers".
var helplineHeadRe = regexp.MustCompile(`(?i)^(?:helplines?|hotlines?|support (?:lines|services)|useful (?:numbers|contacts))\b\s*[:：]?`)

// serviceLineRe is a line of such a directory that reaches a service: a number, an address of
// mail or a web address.
var serviceLineRe = regexp.MustCompile(`(?i)\d{3,}|\d[\d\- ]{5,}|@\w|www\.|https?://`)

// helplineDirectory reports paragraphs that are a helpline directory to the body's end: a short
// heading naming helplines, then only short lines (a service's name, its number, its address),
// several of which give a number or an address. A story's paragraph is longer than any of them.
func helplineDirectory(paras []string) bool {
	if utf8.RuneCountInString(paras[0]) > maxHotlineLine || !helplineHeadRe.MatchString(paras[0]) {
		return false
	}
	contacts := 0
	for _, p := range paras[1:] {
		for l := range strings.SplitSeq(p, "\n") {
			if utf8.RuneCountInString(l) > maxHotlineLine {
				return false
			}
			if serviceLineRe.MatchString(l) {
				contacts++
			}
		}
	}
	return contacts >= 2
}
