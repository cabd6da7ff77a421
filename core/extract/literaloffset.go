package extract

import (
	"strings"
	"time"
)

// literalOffset finds a metadata time whose offset is written with a one-digit hour
// ("2014-07-09T01:14:00.00+3:30"), and returns that offset in seconds. No formatter writes an
// offset so (RFC 3339 and ISO 8601 both want two digits): the template appended a fixed string
// to the server's local clock, so the value is that clock, and the string says only which
// country's it is. pubdate reads such a value as zone-less.
func literalOffset(p *page, ld *ldArticle) (int, bool) {
	vals := []string{ld.published, ld.modified}
	for _, k := range append(append([]string{}, publishedKeys...), modifiedKeys...) {
		vals = append(vals, p.meta[k])
	}
	vals = append(vals, p.itemprops["datepublished"], p.itemprops["datemodified"])
	for _, v := range vals {
		if off, ok := oneDigitHourOffset(strings.TrimSpace(v)); ok {
			return off, true
		}
	}
	return 0, false
}

// oneDigitHourOffset reads the offset closing an ISO date-time written "+H:MM" or "-H:MM"
// ("…T01:14:00.00+3:30"): a sign right after the clock's digits, one digit, a colon and two.
func oneDigitHourOffset(v string) (int, bool) {
	n := len(v)
	if n < 21 || v[4] != '-' || v[7] != '-' || v[10] != 'T' || v[n-3] != ':' {
		return 0, false
	}
	sign := v[n-5]
	if sign != '+' && sign != '-' || !isDigitByte(v[n-4]) || !isDigitByte(v[n-2]) || !isDigitByte(v[n-1]) || !isDigitByte(v[n-6]) {
		return 0, false
	}
	m := int(v[n-2]-'0')*10 + int(v[n-1]-'0')
	if m >= 60 {
		return 0, false
	}
	off := int(v[n-4]-'0')*3600 + m*60
	if sign == '-' {
		off = -off
	}
	return off, true
}

// literalOffsetZone returns the page's region when a metadata time states its offset as a
// literal (literalOffset) that is one of the region's own offsets, winter or summer: the
// value is the region's wall clock, in summer time when it was in force, whatever the literal
// says (Fars News writes "+3:30", Iran's standard offset, in July, when Tehran kept +04:30).
// Nil otherwise; a zero offset is no evidence, as in statedOffset.
func literalOffsetZone(p *page, ld *ldArticle, region *time.Location) *time.Location {
	if region == nil {
		return nil
	}
	if off, ok := literalOffset(p, ld); ok && off != 0 && isDSTOf(region, off) {
		return region
	}
	return nil
}

// literalWallClock returns v without its offset when the offset is a literal with a one-digit
// hour (oneDigitHourOffset) and loc is a named zone that keeps that offset in one of its seasons
// (literalOffsetZone's region): the value is loc's wall clock, read in loc, in summer time when
// it was in force. pubdate reads "+3:30" as a fixed offset since date31, which made new31's
// region zone moot (fuzz31). v is returned as it is otherwise.
func literalWallClock(v string, loc *time.Location) string {
	t := strings.TrimSpace(v)
	if loc == nil || loc.String() == "" || loc == time.UTC {
		return v
	}
	if off, ok := oneDigitHourOffset(t); ok && off != 0 && isDSTOf(loc, off) {
		return t[:len(t)-5]
	}
	return v
}
