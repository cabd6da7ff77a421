package extract

import (
	"time"

	"paperboy/core/pubdate"
)

// seasonSlipOffset reads a metadata publication value whose stated offset is its region's offset
// of the other season (a template writing "+01:00" in April in Paris, "+02:00" in February in
// Madrid, "+3:30" in July in Tehran) as its wall clock in the region's zone: the content system
// pasted one offset all year, and the newsroom's clock is the wall clock it wrote. Over the tuned
// pages whose publication metadata states such an offset (Le Point ×3, okdiario, České noviny,
// Fars News), every label takes the wall clock in the season's offset; none keeps the stated
// instant. Only where the region keeps one zone (not manyZones or regionSpans: a US or Mexican
// page's stated offset may be another of its zones), changes its clock in summer, and no printed
// clock states the value's instant (a page printing "13:16" under "14:16+02:00" in February says
// the offset was right and its wall clock UTC's slip).
func seasonSlipOffset(st pubdate.Stamp, cands []dateCand, region *time.Location) pubdate.Stamp {
	if region == nil || !st.Zoned || st.Precision < pubdate.Minute || manyZones[region.String()] || !fromMeta(st, cands) {
		return st
	}
	if _, ok := regionSpans[region.String()]; ok {
		return st
	}
	t := st.Time
	_, stated := t.Zone()
	local := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), region)
	_, real := local.Zone()
	_, jan := time.Date(t.Year(), time.January, 15, 12, 0, 0, 0, region).Zone()
	_, jul := time.Date(t.Year(), time.July, 15, 12, 0, 0, 0, region).Zone()
	if jan == jul || stated == 0 || stated == real || stated != jan && stated != jul {
		// UTC stated ("+00:00" in July in London) is a machine's real instant as often as not.
		return st
	}
	m := t.Truncate(time.Minute)
	for _, c := range cands {
		if c.rank >= rankVisible && c.st.Precision >= pubdate.Minute && c.st.Time.Truncate(time.Minute).Equal(m) {
			return st // the page prints the stated instant
		}
	}
	st.Time = local
	return st
}
