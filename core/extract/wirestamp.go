package extract

import (
	"regexp"
	"strings"
	"sync"

	"golang.org/x/net/html"

	"paperboy/core/pubdate"
)

// wireClockRe is an update stamp on a wire service's clock: its label, four digits of a 24-hour
// clock with no colon and GMT or UTC, then, in parentheses, the same moment on another desk's
// clock, which is dropped ("Updated 0453 GMT (1253 HKT)").
var wireClockRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?i:(updated|posted|published))\s*:?\s*([01]\d|2[0-3])([0-5]\d)\s*(GMT|UTC)\b(?:\s*\(\s*(?:[01]\d|2[0-3])[0-5]\d\s*[A-Z]{2,5}\s*\))?`)
})

// maxWireStamp bounds the text wireStamp reads: a date line, not a paragraph.
const maxWireStamp = 300

// wireStamp writes a date line's wire-clock stamp (wireClockRe) in the form dates are read in:
// "Updated 0548 GMT (1348 HKT) March 28, 2017" → "Updated 05:48 GMT March 28, 2017". The day may
// stand before the label, as the stamp's edition form prints it ("May 21, 2010 -- Updated 0453
// GMT (1253 HKT)"): the label then moves before that day, so the clock is read with it and as
// the update it is ("Updated May 21, 2010 04:53 GMT"). Any other text is returned as it is.
func wireStamp(t string) string {
	if len(t) > maxWireStamp || !strings.Contains(t, "GMT") && !strings.Contains(t, "UTC") {
		return t
	}
	m := wireClockRe().FindStringSubmatchIndex(t)
	if m == nil {
		return t
	}
	label := t[m[2]:m[3]]
	clock := t[m[4]:m[5]] + ":" + t[m[6]:m[7]] + " " + t[m[8]:m[9]]
	before, after := strings.TrimRight(t[:m[2]], " \u00a0-–—,|"), t[m[1]:]
	if st, start, end, ok := pubdate.Find(before, pubdate.Context{}); ok && end == len(before) && st.DateOnly() {
		return before[:start] + label + " " + before[start:] + " " + clock + after
	}
	return t[:m[4]] + clock + after
}

// maxWrittenStamp bounds the script printedWrites reads: a date element's own script.
const maxWrittenStamp = 400

// printedWrites returns the date a short script prints with document.write, which may choose
// among several forms of it, one per edition of the site: "if (location.hostname.indexOf(
// 'edition.') > -1) {document.write('May 21, 2010 -- Updated 0453 GMT (1253 HKT)');} else
// {document.write('May 21, 2010 12:53 a.m. EDT');}". Every write must print a quoted literal
// (a write of what a function builds, a list's renderer of many stories' stamps, is no stamp
// of one page); the first literal that dates a minute (read through wireStamp) is returned,
// "" when none does.
func printedWrites(script string) string {
	const call = "document.write("
	if len(script) > maxWrittenStamp || !strings.Contains(script, call) {
		return ""
	}
	var found string
	for rest := script; ; {
		i := strings.Index(rest, call)
		if i < 0 {
			break
		}
		rest = strings.TrimLeft(rest[i+len(call):], " ")
		if rest == "" || rest[0] != '\'' && rest[0] != '"' {
			return ""
		}
		j := strings.IndexByte(rest[1:], rest[0])
		if j < 0 {
			return ""
		}
		lit := rest[1 : 1+j]
		rest = rest[2+j:]
		if found != "" || len(lit) < 10 || len(lit) > 100 || strings.ContainsAny(lit, `\<>`) {
			continue
		}
		lit = wireStamp(normSpace(html.UnescapeString(lit)))
		if st, _, _, ok := pubdate.Find(lit, pubdate.Context{}); ok && st.Precision >= pubdate.Minute {
			found = lit
		}
	}
	return found
}
