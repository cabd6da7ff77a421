package extract

import (
	"time"

	"paperboy/core/pubdate"
)

// literalWallClock returns st as loc's wall clock when pubdate read its offset as a literal
// (Stamp.LiteralOffset: "2014-07-09T01:14:00.00+3:30", a fixed string a template appended to
// its server's clock) and loc is a named zone that keeps that offset in one of its seasons: the
// string names the country, not the season, so the clock is read in loc, in summer time when it
// was in force (Fars News writes "+3:30", Iran's standard offset, in July, when Tehran kept
// +04:30). The result states no zone of its own, as the value did not, and keeps the clock to
// the second. st is returned as it is otherwise; a zero offset is no evidence, as in
// statedOffset.
func literalWallClock(st pubdate.Stamp, loc *time.Location) pubdate.Stamp {
	if !st.LiteralOffset || loc == nil || loc.String() == "" || loc == time.UTC {
		return st
	}
	if _, off := st.Time.Zone(); off == 0 || !isDSTOf(loc, off) {
		return st
	}
	y, mo, d := st.Time.Date()
	h, mi, s := st.Time.Clock()
	return pubdate.Stamp{Time: time.Date(y, mo, d, h, mi, s, 0, loc), Precision: st.Precision}
}
