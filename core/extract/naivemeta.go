package extract

import (
	"slices"
	"time"

	"paperboy/core/pubdate"
)

// unprintedNaiveInRegion reads a metadata publication clock written without a zone
// ("datePublished": "2016-04-29T20:25:00"), which the page prints nowhere, as the wall clock of
// the page's region rather than UTC, where that region keeps one zone: a newsroom outside the
// United States whose content system writes a naive clock writes its own. Over the tuned pages
// whose label states a time and whose publication metadata is such a naive clock, outside the
// United States 49 labels take the local instant (German ×9 — NDR, n-tv ×4, Tagesschau, taz,
// Rheinische Post, MDR —, Czech, Polish, French, Hebrew, Turkish, Korean, Japanese, Chinese,
// Indonesian, Malaysian, South African, Mexican, British, Brazilian g1) and 2 the UTC one
// (Hardwareluxx, Folha in readability's set); US pages split both ways (about 18 local, 11
// UTC), and their zone is a guess among several anyway. Where the page prints a clock, the rules before this one
// (localClockAsUTC, and inPageZone after) settle the value against it; where any publication or
// update value states UTC ("Z", "+00:00") the content system writes UTC and the naive one is
// left alone; a country of several zones (manyZones) is left to them too.
func unprintedNaiveInRegion(st pubdate.Stamp, pub, mod []dateCand, region *time.Location) pubdate.Stamp {
	if region == nil || st.Zoned || st.Precision < pubdate.Minute || st.Time.Location() != time.UTC || manyZones[region.String()] || !fromMeta(st, pub) {
		return st
	}
	t := st.Time
	local := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), region)
	if _, off := local.Zone(); off == 0 {
		return st
	}
	for _, c := range slices.Concat(pub, mod) {
		if c.rank >= rankVisible && c.st.Precision >= pubdate.Minute || c.rank < rankVisible && isUTC(c.st) {
			return st // a printed clock, or a machine value stating UTC
		}
	}
	st.Time = local
	return st
}
