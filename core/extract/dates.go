package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// kst is Korea Standard Time; Korean pages almost never print an offset, and KST has no DST.
var kst = time.FixedZone("KST", 9*60*60)

// dateLayouts are the machine-readable shapes seen in meta tags, JSON-LD and <time datetime>.
// Layouts with a zone come first so an offset in the text always wins over the default zone.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.ANSIC,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006.01.02 15:04:05",
	"2006.01.02 15:04",
	"20060102150405",
	"2006-01-02",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
}

// parseDate reads a machine-readable date; a value without an offset is taken in loc.
// It reports whether the value carried a time of day, so a bare date can be told apart.
func parseDate(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	// Unix timestamps (seconds or milliseconds) appear in some data-* attributes.
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 10 && len(s) != 14 && len(s) != 8 {
		if len(s) >= 13 {
			return plausible(time.UnixMilli(n).UTC())
		}
		return plausible(time.Unix(n, 0).UTC())
	}
	for _, layout := range dateLayouts {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return plausible(t)
		}
	}
	return time.Time{}, false
}

// plausible rejects years that are certainly template junk (0001, 1970 placeholders, far future).
func plausible(t time.Time) (time.Time, bool) {
	if t.Year() < 1990 || t.Year() > 2100 {
		return time.Time{}, false
	}
	return t, true
}

// koreanDateRe matches visible Korean timestamps such as "기사입력 : 2022-10-15 23:03",
// "입력 2024.04.26. 오후 8:06" or "등록 2018년 08월 25일 15:24". Group 1 is the label.
var koreanDateRe = regexp.MustCompile(`(기사\s*입력|최초\s*입력|입력|등록|승인|게재|발행|작성|수정|최종\s*수정|업데이트)\s*(?:시간|일시|일)?\s*[:：]?\s*\[?\s*` +
	`(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?\s*(?:\([월화수목금토일]\)\s*)?` +
	`(오전|오후|AM|PM|am|pm)?\s*(\d{1,2})\s*[:시]\s*(\d{1,2})(?:\s*[:분]\s*(\d{1,2}))?`)

// koreanPublished finds the first non-"수정" (modified) Korean timestamp in text, in KST.
func koreanPublished(text string) (published, modified time.Time) {
	for _, m := range koreanDateRe.FindAllStringSubmatch(text, 8) {
		t, ok := koreanMatchTime(m)
		if !ok {
			continue
		}
		label := strings.ReplaceAll(m[1], " ", "")
		if strings.Contains(label, "수정") || label == "업데이트" {
			if modified.IsZero() {
				modified = t
			}
			continue
		}
		if published.IsZero() {
			published = t
		}
	}
	return published, modified
}

func koreanMatchTime(m []string) (time.Time, bool) {
	y, _ := strconv.Atoi(m[2])
	mo, _ := strconv.Atoi(m[3])
	d, _ := strconv.Atoi(m[4])
	h, _ := strconv.Atoi(m[6])
	mi, _ := strconv.Atoi(m[7])
	sec, _ := strconv.Atoi(m[8])
	switch strings.ToLower(m[5]) {
	case "오후", "pm":
		if h < 12 {
			h += 12
		}
	case "오전", "am":
		if h == 12 {
			h = 0
		}
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59 {
		return time.Time{}, false
	}
	return plausible(time.Date(y, time.Month(mo), d, h, mi, sec, 0, kst))
}

// englishDateRe matches visible dates like "Monday, November 18th, 2019 at 11:08 a.m.".
var englishDateRe = regexp.MustCompile(`(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` +
	`(?:,?\s*(?:at\s+)?(\d{1,2}):(\d{2})\s*([ap])\.?m\.?)?`)

// englishVisibleDate reads the first English month-name date in text; with no zone on
// the page it is taken in loc. It is the last resort, used only when nothing else dates the page.
func englishVisibleDate(text string, loc *time.Location) (time.Time, bool) {
	m := englishDateRe.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}, false
	}
	mon, ok := monthByPrefix(m[1])
	if !ok {
		return time.Time{}, false
	}
	d, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	h, mi := 0, 0
	if m[4] != "" {
		h, _ = strconv.Atoi(m[4])
		mi, _ = strconv.Atoi(m[5])
		if strings.EqualFold(m[6], "p") && h < 12 {
			h += 12
		} else if strings.EqualFold(m[6], "a") && h == 12 {
			h = 0
		}
	}
	if d < 1 || d > 31 || h > 23 || mi > 59 {
		return time.Time{}, false
	}
	return plausible(time.Date(y, mon, d, h, mi, 0, 0, loc))
}

func monthByPrefix(s string) (time.Month, bool) {
	s = strings.ToLower(s)
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:3]) {
			return m, true
		}
	}
	return 0, false
}
