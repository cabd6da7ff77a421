// Package pubdate reads the dates news pages print, in machine form (RFC 3339, RFC 1123/850,
// ANSI C, Unix time) and in human form in the languages paperboy serves: "20 Nov 2019 08:02
// GMT", "November 20, 2019 8:02 AM EST", "20. November 2019, 08:02 Uhr", "20 ноября 2019 г.",
// "2019.11.18. 오후 3:05", "2019년 11월 18일 15시 5분", "2019年11月18日 15時05分", relative
// "3시간 전" / "3 hours ago" / "vor 3 Stunden" against a reference time. Every result says how
// precise the source was (a calendar date, or a time to the minute or second) and whether it
// stated its own zone.
//
// Hand-written: the maintained Go parsers were measured and fall short here.
// araddon/dateparse drops zone abbreviations ("… 8:02 AM EST" comes back as UTC) and knows no
// German, Russian, Korean or CJK forms; markusmobius/go-dateparser covers the languages but
// costs ~1 ms per value and ~48 MB of heap, and reads "오후 3:05" as 03:05. Both parse one
// value; this package also finds dates inside running text.
package pubdate

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Precision is how much of a date the source stated.
type Precision uint8

// Precisions, from coarse to fine.
const (
	None   Precision = iota
	Day              // a calendar date only
	Minute           // a time of day without seconds
	Second           // seconds or finer
)

// Stamp is one date read from a page.
type Stamp struct {
	Time      time.Time // midnight in the reading zone when Precision is Day
	Precision Precision
	Zoned     bool // the text stated its own offset or zone
}

// IsZero reports an empty stamp.
func (s Stamp) IsZero() bool { return s.Precision == None }

// DateOnly reports a stamp that names a day but no time.
func (s Stamp) DateOnly() bool { return s.Precision == Day }

// Context says how to read values that leave something out.
type Context struct {
	Loc        *time.Location // zone of times that state none; nil is UTC
	Now        time.Time      // reference for "3 hours ago"; zero ignores relative dates
	MonthFirst bool           // read 11/12/2019 as November 12 (US) instead of 11 December
}

func (c Context) loc() *time.Location {
	if c.Loc == nil {
		return time.UTC
	}
	return c.Loc
}

// maxValue bounds what Parse reads: a date value is short, a longer string is prose.
const maxValue = 120

// Parse reads one date value such as a meta tag's content or a <time datetime>; it takes the
// first date in the value, so a leading weekday or label is no obstacle.
func Parse(s string, c Context) (Stamp, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxValue {
		return Stamp{}, false
	}
	if st, ok := unix(s); ok {
		return st, true
	}
	if st, ok := compact(s, c); ok {
		return st, true
	}
	for _, l := range []string{time.RFC3339Nano, time.RFC3339} {
		if t, err := time.Parse(l, s); err == nil {
			return plausible(Stamp{Time: t, Precision: Second, Zoned: true})
		}
	}
	st, _, _, ok := Find(s, c)
	return st, ok
}

// unix reads Unix timestamps in seconds (10 digits) or milliseconds (13 digits).
func unix(s string) (Stamp, bool) {
	if len(s) != 10 && len(s) != 13 {
		return Stamp{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return Stamp{}, false
	}
	t := time.Unix(n, 0).UTC()
	if len(s) == 13 {
		t = time.UnixMilli(n).UTC()
	}
	return plausible(Stamp{Time: t, Precision: Second, Zoned: true})
}

// compact reads digit-only stamps some CMSs put in meta tags: 20191118, 201911181015,
// 20191118101500.
func compact(s string, c Context) (Stamp, bool) {
	layouts := map[int]struct {
		layout string
		prec   Precision
	}{8: {"20060102", Day}, 12: {"200601021504", Minute}, 14: {"20060102150405", Second}}
	l, ok := layouts[len(s)]
	if !ok {
		return Stamp{}, false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return Stamp{}, false
		}
	}
	t, err := time.ParseInLocation(l.layout, s, c.loc())
	if err != nil {
		return Stamp{}, false
	}
	return plausible(Stamp{Time: t, Precision: l.prec})
}

// timeTail is the optional time after a date: separators and words such as "at", "um", "в";
// a Korean/Chinese/Japanese half-day marker; hours and minutes with ":" "h" "." or 시/時/点;
// seconds; a.m./p.m.; "Uhr"; and a zone.
const timeTail = `(?:\s*(?:[,|·•@/T–—-]|\b(?:at|um|à|a las|às|alle|kl\.?|om)\b|в)?\s*[(\[]?\s*` +
	`(?P<ap1>오전|오후|上午|下午|午前|午後|AM|PM)?\s*` +
	`(?:(?P<h>\d{1,2})\s*[:：h.]\s*(?P<mi>\d{2})(?:\s*[:：]\s*(?P<s>\d{2})(?:[.,]\d{1,9})?)?` +
	`|(?P<hk>\d{1,2})\s*[시時时点]\s*(?:(?P<mik>\d{1,2})\s*[분分](?:\s*(?P<sk>\d{1,2})\s*[초秒])?)?)` +
	`\s*(?P<ap2>(?i:a\.?\s?m\b\.?|p\.?\s?m\b\.?))?\s*(?:Uhr\b|ч\.?)?\s*[)\]]?` +
	`\s*(?P<z>Z\b|[+-]\d{2}:?\d{2}\b|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\b|\(?[A-Z]{1,5}\b\)?)?)?`

const (
	year4   = `(?P<y>(?:19|20)\d{2})`
	weekday = `(?:\s*[(（]\s*[월화수목금토일月火水木金土日一二三四五六天]\s*(?:요일|曜日|曜)?\s*[)）])?`
)

// patterns find dates in text. Each names its groups y, mo (number) or mon (word), d and the
// time groups of timeTail.
var patterns = []*regexp.Regexp{
	// 2019-11-18, 2019/11/18, 2019.11.18. (Korean sites end with a dot), ISO with T.
	regexp.MustCompile(`\b` + year4 + `\s*(?P<sep1>[-/.])\s*(?P<mo>\d{1,2})\s*(?P<sep2>[-/.])\s*(?P<d>\d{1,2})(?:\b\.?|T)` + weekday + timeTail),
	// 2019년 11월 18일, 2019年11月18日.
	regexp.MustCompile(year4 + `\s*[년年]\s*(?P<mo>\d{1,2})\s*[월月]\s*(?P<d>\d{1,2})\s*[일日号]` + weekday + timeTail),
	// 18.11.2019, 18/11/2019, 18-11-2019.
	regexp.MustCompile(`\b(?P<d>\d{1,2})\s*(?P<sep1>[./-])\s*(?P<mo>\d{1,2})\s*(?P<sep2>[./-])\s*` + year4 + `\b` + timeTail),
	// 20 Nov 2019, 20. November 2019, 20 ноября 2019 г., 20 de noviembre de 2019, 20th of November 2019.
	regexp.MustCompile(`\b(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+|of\s+)?(?P<mon>\p{L}{3,10})\.?,?\s*(?:de\s+|del\s+)?` + year4 +
		`\b(?:\s*(?:г\.|года|г\b|r\.|roku))?` + timeTail),
	// November 20, 2019; Nov. 20th 2019.
	regexp.MustCompile(`(?:^|[^\p{L}])(?P<mon>\p{L}{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+` + year4 + `\b` + timeTail),
	// RFC 850: Wednesday, 20-Nov-19 08:02:00 GMT.
	regexp.MustCompile(`\b(?P<d>\d{1,2})-(?P<mon>\p{L}{3})-(?P<y>\d{2}|\d{4})\b` + timeTail),
	// ANSI C and Java: Wed Nov 20 08:02:00 2019, Sun Nov 23 16:00:00 EDT 2014.
	regexp.MustCompile(`\b(?P<mon>\p{L}{3})\s+(?P<d>\d{1,2})\s+(?P<h>\d{2}):(?P<mi>\d{2}):(?P<s>\d{2})\s+(?:(?P<z>[A-Z]{2,5})\s+)?` + year4 + `\b`),
}

// groupIndex[p][name] is the submatch number of a named group in patterns[p], or -1.
var groupIndex = func() []map[string]int {
	out := make([]map[string]int, len(patterns))
	for i, re := range patterns {
		out[i] = map[string]int{}
		for j, n := range re.SubexpNames() {
			if n != "" {
				out[i][n] = j
			}
		}
	}
	return out
}()

// Find returns the first date in text with its byte span. Relative expressions count only
// when c.Now is set.
//
// Every absolute form carries a four-digit year (or the RFC 850 two-digit one), so the
// patterns run only on a window around each year-like number: Go's regexp engine is linear
// but slow with capture groups, and a page's text is long.
func Find(text string, c Context) (st Stamp, start, end int, ok bool) {
	start = -1
	for _, pos := range yearPositions(text) {
		lo, hi := Window(text, pos-windowBefore, pos+windowAfter)
		if s, ms, me, good := findIn(text[lo:hi], c); good && lo+ms <= pos+4 {
			st, start, end = s, lo+ms, lo+me
			break
		}
	}
	if !c.Now.IsZero() {
		if s, rs, re, good := findRelative(text, c); good && (start < 0 || rs < start) {
			st, start, end = s, rs, re
		}
	}
	return st, start, end, start >= 0
}

// windowBefore and windowAfter bound the text around a year that a date can span: a weekday,
// day and month name before it ("Mittwoch, 20. November "), a time and zone after it.
const (
	windowBefore = 48
	windowAfter  = 72
)

// yearPositions lists the byte offsets of digit runs that can hold a year: four digits
// starting 19 or 20, or the two-digit year of RFC 850 ("20-Nov-19").
func yearPositions(text string) []int {
	var out []int
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		switch {
		case j-i == 4 && (text[i:i+2] == "19" || text[i:i+2] == "20"):
			out = append(out, i)
		case j-i == 2 && i > 0 && text[i-1] == '-':
			out = append(out, i)
		}
		i = j
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// Window clamps the byte range [lo, hi) to text and moves both ends off UTF-8 continuation
// bytes, so text[lo:hi] is valid wherever a caller cuts the text it searches for dates.
func Window(text string, lo, hi int) (int, int) {
	lo, hi = max(lo, 0), min(hi, len(text))
	for lo > 0 && lo < len(text) && text[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(text) && text[hi]&0xC0 == 0x80 {
		hi++
	}
	return lo, hi
}

// findIn runs every pattern over a short text and returns the earliest valid match.
func findIn(text string, c Context) (st Stamp, start, end int, ok bool) {
	start = -1
	for i, re := range patterns {
		// A match that fails validation ("18 people 2019") must not hide a later one.
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if start >= 0 && m[0] >= start {
				break
			}
			if s, good := build(text, m, groupIndex[i], c); good {
				st, start, end = s, m[0], m[1]
				break
			}
		}
	}
	return st, start, end, start >= 0
}

// FindAll returns every date in text in order of appearance, at most max.
func FindAll(text string, c Context, max int) []Stamp {
	var out []Stamp
	for off := 0; off < len(text) && len(out) < max; {
		st, _, end, ok := Find(text[off:], c)
		if !ok {
			break
		}
		out = append(out, st)
		off += end
	}
	return out
}

// build validates one match and turns it into a stamp.
func build(text string, m []int, g map[string]int, c Context) (Stamp, bool) {
	get := func(name string) string {
		i, ok := g[name]
		if !ok || m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	num := func(name string) int {
		n, _ := strconv.Atoi(get(name))
		return n
	}
	if get("sep1") != get("sep2") {
		return Stamp{}, false // 2019-11.18 is no date
	}
	y, d := num("y"), num("d")
	if y < 100 {
		y += 2000
		if y > time.Now().Year()+1 {
			y -= 100
		}
	}
	var mo time.Month
	if w := get("mon"); w != "" {
		var ok bool
		if mo, ok = month(w); !ok {
			return Stamp{}, false
		}
	} else {
		mo = time.Month(num("mo"))
		if g["y"] > g["d"] && (int(mo) > 12 || c.MonthFirst && get("sep1") == "/" && d <= 12) {
			mo, d = time.Month(d), int(mo) // 11/20/2019
		}
	}
	st := Stamp{Precision: Day}
	h, mi, sec := 0, 0, 0
	switch {
	case get("h") != "":
		h, mi, sec = num("h"), num("mi"), num("s")
		st.Precision = Minute
		if get("s") != "" {
			st.Precision = Second
		}
	case get("hk") != "":
		h, mi, sec = num("hk"), num("mik"), num("sk")
		st.Precision = Minute
		if get("sk") != "" {
			st.Precision = Second
		}
	}
	if st.Precision > Day {
		hh, ok := halfDay(h, firstNonEmpty(get("ap1"), get("ap2")))
		if !ok && get("ap1") == "" && h <= 23 {
			hh, ok = h, true // "20:15 am Montag": German "am", not a.m.
		}
		h = hh
		if !ok || mi > 59 || sec > 60 {
			st.Precision, h, mi, sec = Day, 0, 0, 0 // a date followed by a non-time number
		}
	}
	loc := c.loc()
	if z := strings.Trim(get("z"), "()"); z != "" && st.Precision > Day {
		if zl, ok := zone(z); ok {
			loc, st.Zoned = zl, true
		}
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return Stamp{}, false
	}
	st.Time = time.Date(y, mo, d, h, mi, sec, 0, loc)
	if st.Time.Day() != d {
		return Stamp{}, false // 31 November
	}
	return plausible(st)
}

var markerTidy = strings.NewReplacer(".", "", " ", "")

// halfDay applies 오전/오후, 上午/下午, 午前/午後 and a.m./p.m. to an hour.
func halfDay(h int, marker string) (int, bool) {
	m := strings.ToLower(markerTidy.Replace(marker))
	switch m {
	case "":
		return h, h <= 23
	case "오후", "下午", "午後", "pm":
		if h < 1 || h > 12 {
			return 0, false
		}
		if h < 12 {
			h += 12
		}
	case "오전", "上午", "午前", "am":
		if h > 12 {
			return 0, false
		}
		if h == 12 {
			h = 0
		}
	}
	return h, true
}

var offsetRe = regexp.MustCompile(`^(?:GMT|UTC)?\s*([+-])\s*(\d{1,2}):?(\d{2})?$`)

// zone reads "Z", "+09:00", "-0500", "GMT+9", "UTC+05:30" or an abbreviation.
func zone(z string) (*time.Location, bool) {
	if m := offsetRe.FindStringSubmatch(z); m != nil {
		h, _ := strconv.Atoi(m[2])
		mi, _ := strconv.Atoi(m[3])
		if h > 14 || mi > 59 {
			return nil, false
		}
		off := h*3600 + mi*60
		if m[1] == "-" {
			off = -off
		}
		if off == 0 {
			return time.UTC, true
		}
		return time.FixedZone("", off), true
	}
	return zoneFor(z)
}

// plausible rejects years that are template junk (0001, 1970 placeholders) or far future.
func plausible(st Stamp) (Stamp, bool) {
	if y := st.Time.Year(); y < 1990 || y > time.Now().Year()+2 {
		return Stamp{}, false
	}
	return st, true
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
