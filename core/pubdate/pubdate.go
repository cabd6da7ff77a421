// Package pubdate reads the dates news pages print, in machine form (RFC 3339, RFC 1123/850,
// ANSI C, Unix time) and in human form in the languages paperboy serves: "20 Nov 2019 08:02
// GMT", "November 20, 2019 8:02 AM EST", "20. November 2019, 08:02 Uhr", "20 ноября 2019 г.",
// "2019.11.18. 오후 3:05", "2019년 11월 18일 15시 5분", "2019年11月18日 15時05分", Solar Hijri
// "2 تیر 1399" (converted with github.com/jalaali/go-jalaali), relative
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
	"slices"
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
	// LiteralOffset marks a Zoned stamp whose offset was written with a one-digit hour
	// ("2014-07-09T01:14:00.00+3:30"). No formatter writes an offset so (RFC 3339 and ISO 8601
	// want two digits): a template appended a fixed string to its server's wall clock, so the
	// string names the clock's country but not whether summer time was in force. The Time keeps
	// the offset as written; a reader that knows the country's zone reads the wall clock there.
	LiteralOffset bool
	// Relative marks a stamp read against Context.Now ("3 hours ago", "yesterday 14:30"): the
	// page stated no date, so any absolute one it prints elsewhere is to be preferred.
	Relative bool
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
	// ShortYear also reads numeric dates with a two-digit year ("30.10.23", "26/10/13"). Only
	// for text a page marks as a date: in running text such numbers are as often versions,
	// scores or references.
	ShortYear bool
	// arabicDigits is set by Find on a text it read with Arabic-Indic or Persian digits: a
	// year-first numeric date in the Solar Hijri range is then Iranian, not a reference number.
	arabicDigits bool
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
	if strings.Contains(s, minusSign) {
		s = strings.ReplaceAll(s, minusSign, "-") // "2024-03-05T14:22:00−03:00" (see asciiMinus)
	}
	s, literal := hourOffset(upperRFC3339(s))
	// ISO 8601's basic format, which some CMSs write in article:published_time
	// ("20230307T140400+0100"): the extended one's fields without separators.
	for _, l := range []string{time.RFC3339Nano, time.RFC3339, "20060102T150405Z0700", "20060102T150405Z07:00"} {
		if t, err := time.Parse(l, s); err == nil {
			return plausible(Stamp{Time: t, Precision: Second, Zoned: true, LiteralOffset: literal})
		}
	}
	if st, ok := zoneForT(s); ok {
		return st, true
	}
	st, _, _, ok := Find(s, c)
	// A literal offset Find read ("2014-07-09T01:14+3:30", to the minute) is marked too.
	st.LiteralOffset = literal && st.Zoned
	return st, ok
}

// upperRFC3339 writes the "t" and "z" of an RFC 3339 value in the capitals the layout wants
// ("2012-01-15t03:58:02z", "…t16:08:00-05:00"): RFC 3339 reads them in either case (section 5.6,
// NOTE), some templates lower-case the whole attribute, and time.Parse took only "T" and "Z",
// so the value was not read at all. Any other string is returned as it is.
func upperRFC3339(s string) string {
	if len(s) < 16 || s[10] != 't' || s[4] != '-' || s[7] != '-' || !isDigit(s[11]) || s[13] != ':' {
		return s
	}
	b := []byte(s)
	b[10] = 'T'
	if b[len(b)-1] == 'z' {
		b[len(b)-1] = 'Z'
	}
	return string(b)
}

// hourOffset completes an ISO 8601 offset written in hours alone ("2024-03-05T14:22:00+03",
// which ISO 8601 allows and some CMSs write) to the "+03:00" RFC 3339 wants, and one whose hour
// has one digit ("+3:30") to "+03:30"; without it the value was read in the page's zone, the
// offset dropped. literal reports the one-digit hour (see Stamp.LiteralOffset). Any other
// string is returned as it is.
func hourOffset(s string) (_ string, literal bool) {
	n := len(s)
	if n >= 21 && s[10] == 'T' && s[4] == '-' && s[13] == ':' && (s[n-5] == '+' || s[n-5] == '-') && isDigit(s[n-4]) && s[n-3] == ':' &&
		isDigit(s[n-2]) && isDigit(s[n-1]) && isDigit(s[n-6]) {
		// An offset with a one-digit hour ("2014-07-09T01:14:00.00+3:30", Fars News's dc.Date):
		// the "0" RFC 3339 wants is written in, where the value was read without its offset.
		return s[:n-4] + "0" + s[n-4:], true
	}
	if n < 19 || s[10] != 'T' || s[4] != '-' || s[13] != ':' || s[n-3] != '+' && s[n-3] != '-' || !isDigit(s[n-2]) || !isDigit(s[n-1]) || !isDigit(s[n-4]) {
		return s, false
	}
	return s + ":00", false
}

// zoneForT reads an ISO value whose template printed the zone's abbreviation where the "T"
// belongs ("2018-11-28CET11:59:00+0100", "2017-04-06BST15:32:00+01:00", "2026-01-06CET14:59:00":
// a Java pattern with "z" for the literal 'T'). The abbreviation gives the zone when no offset
// follows. Without this nothing of the value was read, not even its day.
func zoneForT(s string) (Stamp, bool) {
	if len(s) < 18 || s[4] != '-' || s[7] != '-' {
		return Stamp{}, false
	}
	i := 10
	for i < len(s) && i < 15 && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	if i < 13 || i+5 > len(s) || !isDigit(s[i]) {
		return Stamp{}, false
	}
	iso := s[:10] + "T" + s[i:]
	for _, l := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04Z0700"} {
		if t, err := time.Parse(l, iso); err == nil {
			return plausible(Stamp{Time: t, Precision: Second, Zoned: true})
		}
	}
	loc, ok := zoneFor(s[10:i])
	if !ok {
		return Stamp{}, false
	}
	for _, l := range []struct {
		layout string
		prec   Precision
	}{{"2006-01-02T15:04:05", Second}, {"2006-01-02T15:04", Minute}} {
		if t, err := time.ParseInLocation(l.layout, iso, loc); err == nil {
			return plausible(Stamp{Time: t, Precision: l.prec, Zoned: true})
		}
	}
	return Stamp{}, false
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
// when c.Now is set, and only when the text holds no absolute date: "Updated 2 hours ago ·
// 18 Nov 2019 10:15" is dated by what it states, not by when it was read.
//
// Every absolute form carries a four-digit year (or the RFC 850 two-digit one), so the
// patterns run only on a window around each year-like number: Go's regexp engine is linear
// but slow with capture groups, and a page's text is long.
func Find(text string, c Context) (st Stamp, start, end int, ok bool) {
	if folded, at, arabic, ok := foldDigits(text); ok {
		// Arabic-Indic and Persian digits ("١ / ١٢ / ٢٠٢٠", "۲ تیر ۱۳۹۹"), Devanagari and Bengali
		// ones ("৫ মার্চ ২০২৪") and full-width ones ("２０２４年３月５日"), read as ASCII ones; the
		// offsets are the original text's.
		c.arabicDigits = c.arabicDigits || arabic
		st, start, end, ok = Find(folded, c)
		if ok {
			start, end = at[start], at[end]
		}
		return st, start, end, ok
	}
	// Where a press's word joins a date to its time, the forms read it as a space; a zone
	// written in words after a clock, as the zone it names.
	text = joinTimes(namedZones(asciiMinus(text)))
	start = -1
	positions := yearPositions(text, c.ShortYear, c.arabicDigits)
	if hasEra(text) {
		// An era's year ("令和6年", "民國112年") is no year-like number: read a window at each
		// era name too.
		positions = withEraPositions(text, positions)
	}
	if len(positions) > maxYearWindows {
		// A text of thousands of year-like numbers none of which opens a date (a hostile or
		// broken date element of a megabyte, "March 2023 March 2023 …") would read every form
		// at each of them: seconds of work for one field. A date's year comes early in any
		// text worth dating, so only the first windows are read.
		positions = positions[:maxYearWindows]
	}
	for _, pos := range positions {
		lo, hi := Window(text, pos-windowBefore, pos+windowAfter)
		// A window that starts inside a word or number would let "\b" match there: the "13" of
		// "2013 Mai 2013" read as a day. Start after the cut run.
		for lo > 0 && lo < pos && isAlnum(text[lo-1]) && isAlnum(text[lo]) {
			lo++
		}
		if s, ms, me, good := findIn(text[lo:hi], c); good && lo+ms <= pos+4 {
			st, start, end = s, lo+ms, lo+me
			break
		}
	}
	if !c.Now.IsZero() {
		if s, rs, re, good := findRelative(text, c); good && start < 0 {
			st, start, end = s, rs, re
		}
	}
	return st, start, end, start >= 0
}

// maxYearWindows caps the year-like numbers one text is read at (about 30 µs each when no
// form matches).
const maxYearWindows = 256

// windowBefore and windowAfter bound the text around a year that a date can span: a weekday,
// day and month name before it ("Mittwoch, 20. November "), a time and zone after it.
const (
	windowBefore = 48
	windowAfter  = 72
)

// yearPositions lists the byte offsets of digit runs that can hold a year: four digits
// starting 19 or 20, or the two-digit year of RFC 850 ("20-Nov-19"); with short, also two
// digits after "." or "/" ("30.10.23"); with arabic (the text was written in Arabic-Indic or
// Persian digits), also a Solar Hijri year before a slash ("۱۴۰۲/۱۲/۱۵ ۱۴:۲۲", a date element
// holding nothing else, which jalaliForm reads).
func yearPositions(text string, short, arabic bool) []int {
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
		case j-i == 4 && (text[i:i+2] == "13" || text[i:i+2] == "14") && (arabicScriptBefore(text, i) || arabic && j < len(text) && text[j] == '/'):
			out = append(out, i) // a Solar Hijri year after a Persian month name
		case j-i == 4 && text[i:i+2] == "25" && strings.Contains(text[max(i-24, 0):i], thaiLead):
			out = append(out, i) // a Buddhist Era year after a Thai month name
		case j-i == 2 && i > 0 && text[i-1] == ' ' && strings.Contains(text[max(i-16, 0):i], thaiLead):
			out = append(out, i) // a Buddhist Era year's last two digits after a Thai month, "5 มี.ค. 67"
		case j-i == 4 && beNumericAt(text, i):
			out = append(out, i) // a Buddhist Era year closing a numeric date, "05/03/2567"
		case j-i == 2 && i > 0 && (text[i-1] == '-' || short && (text[i-1] == '.' || text[i-1] == '/' || commaSpaceBefore(text, i))):
			out = append(out, i)
		}
		i = j
	}
	return out
}

// maxEraPositions caps the era names one text is searched at.
const maxEraPositions = 64

// withEraPositions merges the offsets of the era names in text into the sorted positions.
func withEraPositions(text string, positions []int) []int {
	var eras []int
	for _, n := range eraNames {
		for i := 0; len(eras) < maxEraPositions; {
			k := strings.Index(text[i:], n)
			if k < 0 {
				break
			}
			eras = append(eras, i+k)
			i += k + len(n)
		}
	}
	if len(eras) == 0 {
		return positions
	}
	out := append(append(make([]int, 0, len(positions)+len(eras)), positions...), eras...)
	slices.Sort(out)
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// thaiLead is the UTF-8 prefix of most Thai letters (U+0E00–U+0E3F): a text without it holds
// no Thai month name.
const thaiLead = "\xe0\xb8"

// foldDigits writes the Arabic-Indic (U+0660–U+0669), Extended Arabic-Indic (Persian,
// U+06F0–U+06F9), Devanagari (U+0966–U+096F, Hindi and Marathi pages), Bengali (U+09E6–U+09EF)
// and full-width (U+FF10–U+FF19, Japanese and Chinese typesetting) digits of text as ASCII ones,
// which every form reads; at[i] is the offset in text of byte i of the result (and at[len] =
// len(text)). arabic reports an Arabic-Indic or Persian digit among them (the Solar Hijri forms
// want one). ok is false, and nothing is built, when text has no such digit.
func foldDigits(text string) (folded string, at []int, arabic, ok bool) {
	first := -1
	for i := 0; i+1 < len(text); i++ {
		if _, n := otherDigit(text, i); n > 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return text, nil, false, false
	}
	b := make([]byte, 0, len(text))
	at = make([]int, 0, len(text)+1)
	for i := 0; i < len(text); {
		if i >= first {
			if d, n := otherDigit(text, i); n > 0 {
				arabic = arabic || n == 2
				b, at = append(b, byte('0'+d)), append(at, i)
				i += n
				continue
			}
		}
		b, at = append(b, text[i]), append(at, i)
		i++
	}
	return string(b), append(at, len(text)), arabic, true
}

// otherDigit is the value and UTF-8 length of the non-ASCII decimal digit foldDigits reads at
// text[i], or a length of 0.
func otherDigit(text string, i int) (d, n int) {
	if i+1 >= len(text) || text[i] < 0xD9 {
		return 0, 0
	}
	if d := arabicDigit(text[i], text[i+1]); d >= 0 {
		return d, 2
	}
	if i+2 >= len(text) {
		return 0, 0
	}
	b0, b1, b2 := text[i], text[i+1], text[i+2]
	switch {
	case b0 == 0xE0 && (b1 == 0xA5 || b1 == 0xA7) && b2 >= 0xA6 && b2 <= 0xAF: // Devanagari, Bengali
		return int(b2 - 0xA6), 3
	case b0 == 0xEF && b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99: // full-width
		return int(b2 - 0x90), 3
	}
	return 0, 0
}

// arabicDigit is the value of the two-byte UTF-8 sequence b0 b1 as an Arabic-Indic or Persian
// digit, or -1.
func arabicDigit(b0, b1 byte) int {
	switch {
	case b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9:
		return int(b1 - 0xA0)
	case b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9:
		return int(b1 - 0xB0)
	}
	return -1
}

// commaSpaceBefore reports a digit, a comma and blanks right before i, where a two-digit year
// follows its day ("Sep 4, 14"); a comma after a word ("Apple, 14 stores") opens no year.
func commaSpaceBefore(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\n') {
		j--
	}
	return j < i && j > 1 && text[j-1] == ',' && isDigit(text[j-2])
}

// dayCommaShortYear reports a digit, a comma, blanks and two digits not followed by a third
// ("4, 14"): what every match of the month-name two-digit-year form holds.
func dayCommaShortYear(text string) bool {
	for i := strings.IndexByte(text, ','); i >= 0; {
		if i > 0 && isDigit(text[i-1]) {
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n') {
				j++
			}
			if j > i+1 && j+1 < len(text) && isDigit(text[j]) && isDigit(text[j+1]) && (j+2 == len(text) || !isDigit(text[j+2])) {
				return true
			}
		}
		k := strings.IndexByte(text[i+1:], ',')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// isAlnum reports an ASCII letter or digit, a byte "\b" treats as part of a word.
func isAlnum(b byte) bool { return isDigit(b) || b|0x20 >= 'a' && b|0x20 <= 'z' }

// arabicScriptBefore reports Arabic-script letters (UTF-8 lead bytes 0xD8–0xDB) in the 24
// bytes before i, where a Persian month name stands before its year.
func arabicScriptBefore(text string, i int) bool {
	for k := max(i-24, 0); k < i; k++ {
		if text[k] >= 0xD8 && text[k] <= 0xDB {
			return true
		}
	}
	return false
}

// hasArabicScript reports an Arabic-script letter's UTF-8 lead byte anywhere in text (a
// window around one year-like number).
func hasArabicScript(text string) bool {
	for k := 0; k < len(text); k++ {
		if text[k] >= 0xD8 && text[k] <= 0xDB {
			return true
		}
	}
	return false
}

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
	colon, hyphen := strings.IndexByte(text, ':') >= 0, strings.IndexByte(text, '-') >= 0
	cjkYear := strings.Contains(text, "년") || strings.Contains(text, "年")
	yearDot := yearDotWord(text)
	shortMonth := c.ShortYear && dayCommaShortYear(text)
	// earliest keeps the first valid match of re that starts before the one kept so far: a
	// match that fails validation ("18 people 2019") must not hide a later one.
	earliest := func(re *regexp.Regexp, groups map[string]int) {
		// The first match is asked for alone: it is nearly always the one kept or none is,
		// and asking for every match would read the rest of the window again for more.
		first := re.FindStringSubmatchIndex(text)
		if first == nil || start >= 0 && first[0] >= start {
			return
		}
		if s, good := build(text, first, groups, c); good {
			st, start, end = s, first[0], first[1]
			return
		}
		for _, m := range re.FindAllStringSubmatchIndex(text, -1)[1:] {
			if start >= 0 && m[0] >= start {
				break
			}
			if s, good := build(text, m, groups, c); good {
				st, start, end = s, m[0], m[1]
				break
			}
		}
	}
	for i, re := range patterns {
		if (i == shortYearPattern || i == shortTimeFirstPattern || i == shortMonthPattern) && !c.ShortYear {
			continue
		}
		// A form whose literal the text lacks finds nothing: the expressions are the slowest
		// part of reading dates, run over a window around every year-like number.
		if !cjkYear && i == cjkYearPattern || !hyphen && i == rfc850Pattern ||
			!colon && i >= ansiCPattern && i != persianPattern && i != shortYearPattern && i != hungarianPattern && i != shortMonthPattern ||
			!yearDot && i == hungarianPattern || !shortMonth && i == shortMonthPattern {
			continue
		}
		earliest(re, groupIndex[i])
	}
	for _, f := range extraForms(text, c) {
		earliest(f.re, f.groups)
	}
	return st, start, end, start >= 0
}

// extraForms are the lazily compiled forms text may hold: the Thai one where a Thai letter
// stands, the numeric Solar Hijri one where a slash and an Arabic-script letter (or a folded
// Persian digit) do.
func extraForms(text string, c Context) []lazyForm {
	var out []lazyForm
	if strings.Contains(text, thaiLead) {
		out = append(out, thaiForm())
	}
	if strings.IndexByte(text, '/') >= 0 && (c.arabicDigits || hasArabicScript(text)) {
		out = append(out, jalaliForm())
	}
	if hasIndicScript(text) {
		f := indicForms()
		out = append(out, f[0], f[1])
	}
	if hasBENumeric(text) {
		out = append(out, thaiNumericForm())
	}
	if hasGluedNumeric(text) {
		out = append(out, gluedNumericForm())
	}
	if strings.Contains(text, "háng") || strings.Contains(text, "HÁNG") {
		out = append(out, vietForm())
	}
	if hasEra(text) {
		f := eraForms()
		out = append(out, f[0], f[1])
	}
	if strings.Contains(text, "gada") || strings.Contains(text, " m. ") {
		f := balticForms()
		out = append(out, f[0], f[1])
	}
	return out
}

// hasIndicScript reports a character of India's scripts, Devanagari to Malayalam (U+0900–U+0DFF,
// UTF-8 lead bytes E0 A4 to E0 B7), in text: only such a text can hold a name indicForms read.
func hasIndicScript(text string) bool {
	for i := strings.IndexByte(text, 0xE0); i >= 0 && i+1 < len(text); {
		if b := text[i+1]; b >= 0xA4 && b <= 0xB7 {
			return true
		}
		k := strings.IndexByte(text[i+1:], 0xE0)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// yearDotWord reports four digits, a dot, maybe spaces, then a letter ("2015. aug"): what
// every match of the Hungarian form holds.
func yearDotWord(text string) bool {
	for i := strings.IndexByte(text, '.'); i >= 0; {
		if i >= 4 && isDigit(text[i-1]) && isDigit(text[i-2]) && isDigit(text[i-3]) && isDigit(text[i-4]) {
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n') {
				j++
			}
			if j < len(text) && !isDigit(text[j]) && text[j] != '.' && text[j] != ' ' {
				return true
			}
		}
		k := strings.IndexByte(text[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
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
