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
// UTC), so a US region is left alone, its newsroom's city too (a Denver or Riverside paper that
// its name places: the generator's habit, not the city, is in doubt), as is any other country of
// several zones (manyZones, regionSpans), whose zone is a guess, and a region on Greenwich time
// in winter (greenwichRegion). Where the page prints a clock,
// the rules before this one (localClockAsUTC, and inPageZone after) settle the value against it;
// where any publication or update value states UTC ("Z", "+00:00") the content system writes UTC
// and the naive one is left alone.
func unprintedNaiveInRegion(st pubdate.Stamp, pub, mod []dateCand, region *time.Location) pubdate.Stamp {
	if region == nil || st.Zoned || st.Precision < pubdate.Minute || st.Time.Location() != time.UTC || manyZones[region.String()] || !fromMeta(st, pub) {
		return st
	}
	if _, ok := regionSpans[region.String()]; ok {
		return st // a US newsroom's city (a Denver or Riverside paper): US generators split
	}
	t := st.Time
	local := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), region)
	if _, off := local.Zone(); off == 0 || greenwichRegion(region, t.Year()) {
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

// greenwichRegion reports a region whose clock is UTC's for part of the year (the United Kingdom,
// Ireland, Portugal, Iceland, West Africa): a server there keeps GMT as often as the wall clock,
// and the two agree all winter, so a naive value is no evidence of either (BBC's
// OriginalPublicationDate "2012/07/24 10:50:16" is GMT under a printed "06:50 ET"; Metro's naive
// value is British Summer Time).
func greenwichRegion(region *time.Location, year int) bool {
	for _, m := range []time.Month{time.January, time.July} {
		if _, off := time.Date(year, m, 15, 12, 0, 0, 0, region).Zone(); off == 0 {
			return true
		}
	}
	return false
}
