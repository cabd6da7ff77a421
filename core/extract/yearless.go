package extract

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"paperboy/core/pubdate"
)

// yearlessStampRe is a month and day printed without a year, behind an optional label and
// before an optional clock: "发布时间：01-14", "01-14 17:58", "1月14日 17:58". Compiled on first
// use: only pages whose dates left no publication ask.
var yearlessStampRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[^\d:：]{1,12}[:：]\s*)?(\d{1,2})(?:-|月\s*)(\d{1,2})日?(?:\s+(\d{1,2})[:：](\d{2}))?$`)
})

// maxYearlessTexts bounds how many date texts of each list are tried for a yearless stamp:
// the story's own stands first, a list of other stories after it.
const maxYearlessTexts = 4

// yearlessMetaYear dates a page that prints its stamp without a year ("发布时间：01-14" and
// "17:58" in the next span) from the year of a metadata date on the same month and day (a
// <meta itemprop="dateUpdate" content="2020-01-14 17:58:59"> the page's own system wrote): the
// printed day and clock are the publication, the metadata only completes the year. A year is
// never guessed from the clock, and two metadata years that fit leave the page undated. Only
// for languages that write month before day in such short stamps (Chinese, Japanese, Korean).
func yearlessMetaYear(lists [][]string, meta, itemprops map[string]string, loc *time.Location) (pubdate.Stamp, bool) {
	var m []string
	next := ""
	for _, texts := range lists {
		for i, t := range texts[:min(len(texts), maxYearlessTexts)] {
			t = normSpace(t)
			if len(t) > 60 || !strings.Contains(t, "-") && !strings.Contains(t, "月") {
				continue
			}
			if m = yearlessStampRe().FindStringSubmatch(t); m != nil {
				if i+1 < len(texts) {
					next = normSpace(texts[i+1])
				}
				break
			}
		}
		if m != nil {
			break
		}
	}
	if m == nil {
		return pubdate.Stamp{}, false
	}
	mo, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(m[2])
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return pubdate.Stamp{}, false
	}
	year := 0
	for _, src := range []map[string]string{meta, itemprops} {
		for k, v := range src {
			if !strings.Contains(k, "date") && !strings.Contains(k, "time") || utf8.RuneCountInString(v) > 40 {
				continue
			}
			st, ok := pubdate.Parse(strings.TrimSpace(v), pubdate.Context{Loc: loc})
			if !ok || int(st.Time.Month()) != mo || st.Time.Day() != d {
				continue
			}
			if year != 0 && year != st.Time.Year() {
				return pubdate.Stamp{}, false
			}
			year = st.Time.Year()
		}
	}
	if year == 0 {
		return pubdate.Stamp{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	clock := m[3] != ""
	h, mi := 0, 0
	if clock {
		h, _ = strconv.Atoi(m[3])
		mi, _ = strconv.Atoi(m[4])
	} else if bareClock(next) {
		// The clock in a span of its own after the day.
		hs, ms, _ := strings.Cut(next, ":")
		h, _ = strconv.Atoi(hs)
		mi, _ = strconv.Atoi(ms)
		clock = true
	}
	if h > 23 || mi > 59 {
		return pubdate.Stamp{}, false
	}
	st := pubdate.Stamp{Time: time.Date(year, time.Month(mo), d, h, mi, 0, 0, loc), Precision: pubdate.Day}
	if clock {
		st.Precision = pubdate.Minute
	}
	if st.Time.Month() != time.Month(mo) || st.Time.Day() != d {
		return pubdate.Stamp{}, false // "02-30"
	}
	return st, true
}

// lunarDayWidget reports a date element that prints today's day with its weekday and its day
// in the Chinese lunar calendar ("2014年5月1日‧星期四‧甲午年四月初三", "农历四月初三"): a
// sidebar's or masthead's calendar of the day the page was served, which no story's date line
// carries. Under the headline it would otherwise date the story on the crawl's day.
func lunarDayWidget(t string) bool {
	if !strings.Contains(t, "星期") && !strings.Contains(t, "礼拜") && !strings.Contains(t, "禮拜") {
		return false
	}
	if strings.Contains(t, "农历") || strings.Contains(t, "農曆") {
		return true
	}
	// A sexagenary year: a heavenly stem, an earthly branch, then 年 ("甲午年").
	for i := strings.Index(t, "年"); i >= 0; {
		if i >= 6 {
			stem, _ := utf8.DecodeRuneInString(t[i-6:])
			branch, _ := utf8.DecodeRuneInString(t[i-3:])
			if strings.ContainsRune("甲乙丙丁戊己庚辛壬癸", stem) && strings.ContainsRune("子丑寅卯辰巳午未申酉戌亥", branch) {
				return true
			}
		}
		j := strings.Index(t[i+3:], "年")
		if j < 0 {
			break
		}
		i += 3 + j
	}
	return false
}

// addressMonthRe is the year and month folders of an address that names no day
// ("/2019/08/trump-melania-met-kim-false/"): WordPress's "month and name" permalinks.
var addressMonthRe = regexp.MustCompile(`/((?:19|20)\d{2})/(0[1-9]|1[0-2])/`)

// yearlessAddressMonth dates a page whose date element prints month, day and a 12-hour clock
// without a year ("August 27, 06:04 PM") under an address that names the year and month but no
// day: the address completes the year when its month is the printed one. It replaces
// published (what the other rules chose) only when that is missing or falls in another month
// than the address names: then it is a sidebar's or listing's date ("17 April 2020 - 17 May
// 2020" for an event), for the address was written when the story went out.
func yearlessAddressMonth(published pubdate.Stamp, texts []string, u *url.URL, c pubdate.Context) pubdate.Stamp {
	if u == nil {
		return published
	}
	am := addressMonthRe.FindStringSubmatch(u.Path)
	if am == nil {
		return published
	}
	year, _ := strconv.Atoi(am[1])
	mo, _ := strconv.Atoi(am[2])
	if !published.IsZero() {
		t := published.Time
		if t.Year() == year && int(t.Month()) == mo {
			return published
		}
	}
	for _, t := range texts[:min(len(texts), maxYearlessTexts)] {
		m := yearlessRe.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		st, ok := pubdate.Parse(m[1]+" "+m[2]+", "+am[1]+" "+m[3], c)
		if ok && st.Precision >= pubdate.Minute && int(st.Time.Month()) == mo {
			return st
		}
		return published // the first yearless stamp is the story's, or none is
	}
	return published
}
