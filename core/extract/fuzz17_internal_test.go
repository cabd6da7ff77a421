package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"paperboy/core/pubdate"
)

// FuzzRules17 feeds one string to the seventeenth round's text rules directly, where a whole
// page rarely reaches them (BENCHMARKS.md, fuzz17): a date's tooltip, a printed clock, the
// wiki's "zuletzt am … geändert" label, the date right after a headline in a list, slashed
// orders, a dated title part, a title's site before a colon, tool rows and comment prompts,
// Japanese labels, glued dates in bylines, academic titles, bureau posts, reviewer credits, a
// closing "Written by", repeated author metas and "By&nbsp;". None may panic or hang, and every
// text out must be valid UTF-8 when the input is.
func FuzzRules17(f *testing.F) {
	for _, s := range []string{
		"Monday 27th of April 2020 02:37:18 AM CDT", "2014-04-13T20:08:00Z", "2017-03-21t19:50:48z", "Published 7:50 pm, Tuesday, March 21, 2017",
		"Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.", "zuletzt am 5. März traf er", "zuletzt am",
		"Macht Fresslust 19. März 2020 Achtsam durch die Krise 18. März 2020 …", "1/15/2008 x 1/10/2008 y 15/1/2008",
		"Council votes to rebuild the old ferry pier | January 15, 2008 | HPN", "Harbour-Post.com | 01/07/2008 | Council votes",
		"HarbourNotes.net: Sally's Story", "NY1: Top Stories", "Site：故事的标题在这里",
		"E-mail Article Print-Friendly", "Print version | Email to a friend |", "[ | E-mail Article ]", "Версия для печати | Отправить другу",
		"Have your say on the latest news and sport in our Forums", "Tell us what you think...", "Join the discussion on our Message Boards",
		"著者：後藤大地", "文● 岡本太郎／編集部", "取材・文：山田 太郎（範例）", "文:",
		"谢若含2017-03-01 14:27:02", "Jane Roe2017/03/01", "山田太郎2017年3月1日", "By Jane Roe and John Doe / Example Shimbun Staff Writers",
		"Prof. Dr. med. Anna B. Muster", "Dr. Oetker", "Dr. rer. nat. h. c. Max Kolter", "Robert Moore Washington Correspondent",
		"Jane Roe Middle East Bureau Chief", "By Jane Roe Medically reviewed by John Doe, MD; Associate Professor", "Veröffentlicht vonChris Jung",
		"Tom deAgonia", "By\u00a0Jane Roe, News", "By", "B\xff", "Roe, Jane;Pérez, Juan;x", "原创： 张三 某某研究", "来源CSDN | 作者魏星",
	} {
		f.Add(s)
	}
	story := strings.Repeat("The council approved the harbour tram line on Wednesday after a year of delays. ", 2)
	d := dateReader{visible: pubdate.Context{Loc: time.UTC, MonthFirst: true}}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		valid := utf8.ValidString(s)
		out := func(name string, vs ...string) {
			for _, v := range vs {
				if valid && !utf8.ValidString(v) {
					t.Fatalf("%s(%q) = %q: invalid UTF-8", name, s, v)
				}
			}
		}
		n := &html.Node{Type: html.ElementNode, Data: "span", Attr: []html.Attribute{{Key: "title", Val: s}}}
		out("dateTooltip", dateTooltip(n, s))
		printsClock(s, len(s)%24, len(s)%60)
		isoDateTime(s)
		d.labelled(s)
		d.labelled(story + " " + s + " geändert")
		slashOrder(s)
		if i := strings.Index(s, "|"); i > 0 {
			zone := s[:i] + " " + s[i+1:]
			if st, start, end, ok := pubdate.Find(zone, d.visible); ok {
				_, s2, e2 := dateRightAfter(zone, i/2, i, st, start, end, d.visible)
				if s2 < 0 || e2 > len(zone) || s2 > e2 {
					t.Fatalf("dateRightAfter(%q) = [%d:%d]", zone, s2, e2)
				}
			}
		}
		out("withoutDatedTrail", withoutDatedTrail(s))
		out("cleanTitle", cleanTitle(s, []string{"HPN"}, "example.com"))
		out("storyAfterColon", storyAfterColon(s, []string{s, "Sally's Story", "Top Stories"}, nil))
		toolRow(s, utf8.RuneCountInString(s))
		commentPromptRe.MatchString(s)
		jaLabelLead(s)
		out("jaLabelledNames", jaLabelledNames(s)...)
		out("bylineLine", bylineLine(s)...)
		out("cleanName", cleanName(s))
		out("placePost", placePost(s))
		out("splitAuthors", splitAuthors(s)...)
		out("writtenBySignOff", writtenBySignOff(story+"\n\n"+s, s)...)
		for _, w := range strings.Fields(s) {
			gluedParticle(w)
		}
		out("surnameFirst", surnameFirst(strings.Split(s, ";"))...)
		listedAuthors(strings.Split(s, ";"))
		byThenSpace(s)
		printCitation(s)
		zhAuthorEndRe.FindStringSubmatch(s)
	})
}

// TestLowerSameLengthInvalidUTF8: a byte of invalid UTF-8 was written as U+FFFD, three bytes,
// so the lower case outgrew the text and labelled, which slices the text at offsets found in
// its lower case, panicked ("\xff geändert" behind a label; FuzzRules17). Extract's page text
// is valid UTF-8, but byte windows such as updateLabelNext's cut runes.
func TestLowerSameLengthInvalidUTF8(t *testing.T) {
	for _, s := range []string{"B\xff", "\xff geändert", "Zuletzt am \xe4", "ÄÖÜ\xc3", "aktualisiert \xe2\x80"} {
		if l := lowerSameLength(s); len(l) != len(s) {
			t.Errorf("lowerSameLength(%q) = %q: %d bytes, want %d", s, l, len(l), len(s))
		}
	}
	d := dateReader{visible: pubdate.Context{Loc: time.UTC}}
	d.labelled("Aktualisiert B\xff zuletzt am \xff 29. Januar 2020 geändert")
}
