package extract

import (
	"time"

	"paperboy/core/pubdate"
)

// summerHourTwice takes the clock a page prints with its zone's name ("Monday 28 June 1999
// 23:02 BST") over a metadata value that states the same offset an hour later
// ("1999-06-29T00:02:00+01:00"), when that offset is the page's summer time at that moment: a
// content system that kept the newsroom's wall clock took it for UTC and added the summer hour
// to it again, so its metadata runs exactly that hour late in summer and agrees in winter. The
// printed clock names its zone, and the hour the metadata adds is the very one summer time
// adds. Only a printed stamp to the minute that states its zone; the metadata's seconds stay.
// printed are the candidates as read, before gmtClockTwins took such a printed clock for the
// metadata's UTC wall clock with the offset appended and moved it to the metadata's instant:
// an hour apart in +01:00, the two readings differ only in which value is wrong, and the page
// names its zone beside the clock it prints.
func summerHourTwice(st pubdate.Stamp, cands, printed []dateCand, loc *time.Location) pubdate.Stamp {
	if loc == nil || loc == time.UTC || !st.Zoned || isUTC(st) || st.Precision < pubdate.Minute || !fromMeta(st, cands) {
		return st
	}
	_, metaOff := st.Time.Zone()
	local := st.Time.In(loc)
	if _, off := local.Zone(); !local.IsDST() || off != metaOff {
		return st // not the page's summer offset at that moment
	}
	for _, c := range printed {
		if c.rank != rankVisible && c.rank != rankHeader || !c.st.Zoned || c.st.Precision != pubdate.Minute {
			continue
		}
		if _, off := c.st.Time.Zone(); off != metaOff {
			continue
		}
		if st.Time.Truncate(time.Minute).Sub(c.st.Time) == time.Hour {
			w := c.st.Time.Add(time.Duration(st.Time.Second())*time.Second + time.Duration(st.Time.Nanosecond()))
			return pubdate.Stamp{Time: w, Precision: st.Precision, Zoned: true}
		}
	}
	return st
}
