package source

import (
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"paperboy/core/pubdate"
)

// itemDate returns the item's publication time. gofeed parses most formats; the raw text is
// re-read here when gofeed gave up or when the text carries no offset (gofeed then assumes
// UTC, which is wrong for a Korean feed that writes local time).
func itemDate(it *gofeed.Item, loc *time.Location) time.Time {
	for _, c := range []struct {
		raw    string
		parsed *time.Time
	}{{it.Published, it.PublishedParsed}, {it.Updated, it.UpdatedParsed}} {
		raw := strings.TrimSpace(c.raw)
		if raw == "" {
			continue
		}
		if t, ok := parseDate(raw, loc); ok {
			return t
		}
		if c.parsed != nil && !c.parsed.IsZero() {
			return *c.parsed
		}
	}
	if it.DublinCoreExt != nil && len(it.DublinCoreExt.Date) > 0 {
		if t, ok := parseDate(it.DublinCoreExt.Date[0], loc); ok {
			return t
		}
	}
	return time.Time{}
}

// Layouts with an explicit offset or zone name.
var zonedLayouts = []string{
	time.RFC3339Nano, time.RFC3339, time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05-0700",
	"Mon, 2 Jan 2006 15:04:05-0700", "2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04 -0700",
	"2006-01-02T15:04:05-0700", "2006-01-02 15:04:05 -0700", "2006-01-02T15:04-07:00",
	"Mon, 2 January 2006 15:04:05 -0700",
}

// Layouts without a zone: read in the source's time zone.
var localLayouts = []string{
	"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006.01.02 15:04:05", "2006.01.02 15:04",
	"Mon, 2 Jan 2006 15:04:05", "Mon, 02 Jan 2006 15:04:05", "2006-01-02", "2006/01/02 15:04:05",
}

func parseDate(raw string, loc *time.Location) (time.Time, bool) {
	raw = strings.Join(strings.Fields(raw), " ")
	for _, l := range zonedLayouts {
		if t, err := time.Parse(l, raw); err == nil {
			// Zone abbreviations Go does not know parse as a zero offset with that name;
			// "GMT"/"UTC"/"Z" are the only ones trusted as UTC.
			if name, off := t.Zone(); off == 0 && name != "UTC" && name != "GMT" && name != "" && !strings.HasSuffix(raw, "Z") && !strings.Contains(raw, "+0000") && !strings.Contains(raw, "+00:00") {
				if zl, ok := knownZones[name]; ok {
					return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), zl), true
				}
			}
			return t, true
		}
	}
	for _, l := range localLayouts {
		if t, err := time.ParseInLocation(l, raw, loc); err == nil {
			return t, true
		}
	}
	// The forms feeds print that no layout above covers: "20 Nov 2019 08:02 GMT",
	// "2019년 11월 18일 오후 3:05", "20. November 2019", "20 ноября 2019 г.".
	if st, ok := pubdate.Parse(raw, pubdate.Context{Loc: loc}); ok {
		return st.Time, true
	}
	return time.Time{}, false
}

var knownZones = map[string]*time.Location{
	"KST": time.FixedZone("KST", 9*3600), "JST": time.FixedZone("JST", 9*3600),
	"EST": time.FixedZone("EST", -5*3600), "EDT": time.FixedZone("EDT", -4*3600),
	"CST": time.FixedZone("CST", -6*3600), "CDT": time.FixedZone("CDT", -5*3600),
	"PST": time.FixedZone("PST", -8*3600), "PDT": time.FixedZone("PDT", -7*3600),
	"CET": time.FixedZone("CET", 3600), "CEST": time.FixedZone("CEST", 2*3600),
	"BST": time.FixedZone("BST", 3600),
}
