package extract

import (
	"regexp"
	"strings"
	"sync"
)

// markupEpochRe finds an epoch attribute ("data-timestamp='1413982586'") in markup: ten digits
// are Unix seconds, thirteen milliseconds.
var markupEpochRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\bdata-[a-z-]*(?:timestamp|epoch|unixtime|time)\s*=\s*["']?(\d{13}|\d{10})(?:[^\d]|$)`)
})

// markupEpoch returns the epoch a metadata value holds in markup: a template that fills a meta
// tag with the snippet it prints for readers (article:published_time "<span class='fltimestamp'
// data-timestamp='1413982586'>2014-10-22T08:56:26+00:00</span>") put its machine instant in
// the snippet's attribute, while the text beside it is a display clock with whatever offset
// the theme appends (there the newsroom's Eastern clock marked "+00:00", four hours off). The
// attribute is the instant. "" when the value holds no markup or no such attribute.
func markupEpoch(v string) string {
	if strings.IndexByte(v, '<') < 0 || !strings.Contains(v, "data-") {
		return ""
	}
	if m := markupEpochRe().FindStringSubmatch(v); m != nil {
		return m[1]
	}
	return ""
}

// displayClockRe matches a value that opens with a numeric day and month before the year and
// then a clock ("12/09/2016 11:09:00", "19.03.2019 11:45"): the order people read, which no
// machine format writes (ISO 8601 and its relatives open with the year, RFC 1123 with a day name).
var displayClockRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[\sT,]+\d{1,2}:\d{2}`)
})

// displayClock reports a metadata value written as the page prints its stamp, a numeric date
// with a clock in the readers' order: a template that formats the stamp for display formats the
// newsroom's wall clock (Justificando's article:published_time "12/09/2016 11:09:00", 11:09 in
// Brasília), not a generator's UTC, so a value that states no zone is read where the newsroom
// is, as readersClock's 12-hour values are.
func displayClock(v string) bool {
	return len(v) <= 120 && len(v) >= 10 && v[0] <= '9' && displayClockRe().MatchString(v)
}
