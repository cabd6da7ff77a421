package extract

import (
	"maps"
	"slices"
	"strings"
	"time"

	"paperboy/core/pubdate"
)

// metaSecondsInMinute gives a publication time read to the minute the seconds of a metadata
// value that states its zone and falls in that very minute: the page prints "June 6, 2013,
// 10:59 AM" and a meta tag the content system wrote holds "Thu Jun 06 07:59:18 PDT 2013"
// (a Java date under a key no list names, or a revision stamp such as REVISION_DATE), the
// same instant to the minute, saved with its second. The printed minute stays the instant;
// the metadata only completes it. A value without a zone counts only when its wall clock is
// the printed one's to the minute ("Updated: 10:28" printed in Irish summer time over a
// datemodified of 10:28:38, with only a day-only date meta for the publication): the content
// system wrote the newsroom's clock as it printed it; any other unzoned value may be any
// zone's (see below for the publication values stating a second). The zoned publication
// values the page's candidates already hold are left out (a "publish-date" 00:44:50 that the rules above passed over for
// the printed 00:44); of several matching values the earliest second is taken.
//
// extra are more values read as the meta tags are: the JSON-LD item's dateCreated, which a
// NewsArticle's datePublished (or the printed minute) may leave the seconds to
// ("datePublished":"…T14:22+01:00" beside "dateCreated":"…T14:22:37+01:00"). Only the seconds
// of that very minute: a dateCreated at another minute is another act (the tuned pages' labels
// take datePublished over a differing dateCreated on 22 pages of 23).
func metaSecondsInMinute(st pubdate.Stamp, meta map[string]string, cands []dateCand, extra ...string) pubdate.Stamp {
	if st.Precision != pubdate.Minute || st.Time.Second() != 0 || st.Time.Nanosecond() != 0 {
		return st
	}
	best := -1
	// An unzoned value counts only where no publication value states a time to the second. An
	// unzoned publication value at the printed wall minute is the publication itself: its
	// second is taken (a date meta of 19:53:57 under a printed 19:53), :00 included (a
	// published_time of 18:03:00 beside a modified_time of 18:03:11). One at another minute (a
	// zoned 19:56:29 beside an unzoned "create_at" 19:55:10 under a printed 19:55) says the
	// metadata's clocks are not the printed one's.
	unzoned := true
	for _, c := range cands {
		if c.st.Precision < pubdate.Second {
			continue
		}
		if !c.st.Zoned && sameWallMinute(c.st.Time, st.Time) {
			if s := c.st.Time.Second(); s > 0 {
				st.Time = st.Time.Add(time.Duration(s) * time.Second)
				st.Precision = pubdate.Second
			}
			return st
		}
		unzoned = false
	}
	vals := maps.Values(meta)
	if len(extra) > 0 {
		vals = func(yield func(string) bool) {
			for _, v := range extra {
				if !yield(v) {
					return
				}
			}
			for _, v := range meta {
				if !yield(v) {
					return
				}
			}
		}
	}
	for v := range vals {
		if len(v) < 10 || len(v) > 64 || strings.IndexByte(v, ':') < 0 {
			continue
		}
		m, ok := pubdate.Parse(v, pubdate.Context{})
		if !ok || m.Precision < pubdate.Second || !(m.Zoned && m.Time.Truncate(time.Minute).Equal(st.Time) || unzoned && !m.Zoned && sameWallMinute(m.Time, st.Time)) {
			continue
		}
		if m.Zoned && slices.ContainsFunc(cands, func(c dateCand) bool { return c.st.Time.Equal(m.Time) }) {
			continue // a publication value the choice already weighed and passed over for the printed minute
		}
		if s := m.Time.Second(); s > 0 && (best < 0 || s < best) {
			best = s
		}
	}
	if best > 0 {
		st.Time = st.Time.Add(time.Duration(best) * time.Second)
		st.Precision = pubdate.Second
	}
	return st
}

// sameWallMinute reports two times whose wall clocks, each in its own location, agree to the
// minute: an unzoned value, read in whatever zone, and the printed clock.
func sameWallMinute(a, b time.Time) bool {
	wall := func(w time.Time) time.Time {
		return time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), 0, 0, time.UTC)
	}
	return wall(a).Equal(wall(b))
}

// twinOffsetClock reads a publication clock the page prints without a zone (read as UTC, or in
// the region's guessed zone) in the offset the page's own clocks are shown to keep: a value
// stated in UTC to the second whose wall clock, some whole quarter hours away, the page prints
// too ("updated April 13, 2014 at 5:42 PM" with title="2014-04-13T22:42:52Z": the newsroom
// prints UTC−5). The publication "4:08 PM" printed by the same page is then 21:08Z, not a
// UTC 16:08 nor New York's 20:08. Only a printed publication clock (a date element or the
// header shows its wall clock), within three days of the twin (the same side of a daylight
// saving change, almost always), only where the page states no zone for that clock, and only
// an offset the page's region keeps (hAtom's "2012-01-15t03:58:02z" over a US page's "5:58 PM"
// is no +14:00 clock: see farPrintedTwin).
func twinOffsetClock(st pubdate.Stamp, pub, mod []dateCand, region *time.Location) pubdate.Stamp {
	if st.Zoned || st.Precision < pubdate.Minute {
		return st
	}
	printed := func(c dateCand) bool {
		return (c.rank == rankVisible || c.rank == rankHeader) && !c.st.Zoned && c.st.Precision == pubdate.Minute
	}
	w := st.Time
	shown := false
	for _, c := range pub {
		v := c.st.Time
		if printed(c) && v.Year() == w.Year() && v.YearDay() == w.YearDay() && v.Hour() == w.Hour() && v.Minute() == w.Minute() {
			shown = true
			break
		}
	}
	if !shown {
		return st
	}
	var clocks []dateCand // the printed clocks a twin may be
	for _, list := range [][]dateCand{mod, pub} {
		for _, c := range list {
			if printed(c) {
				clocks = append(clocks, c)
			}
		}
	}
	off, ok := 0, false
	for _, list := range [][]dateCand{mod, pub} {
		for _, m := range list {
			if !isUTC(m.st) || m.st.Precision < pubdate.Second || m.rank == rankVisible || m.rank >= rankURL {
				continue
			}
			if d := m.st.Time.Sub(w); d > 72*time.Hour || d < -72*time.Hour {
				continue
			}
			off, ok = twinOffset(m.st, clocks, region)
			if ok {
				break
			}
		}
		if ok {
			break
		}
	}
	if !ok {
		return st
	}
	return pubdate.Stamp{Time: time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), time.FixedZone("", off)),
		Precision: st.Precision, Zoned: true}
}

// twinOffset is the offset in which one printed clock of clocks shows the UTC value utc. None
// when clocks show it in two offsets: a headline list's times of other stories, hours apart,
// each stand some whole hours from any value ("5:00 p.m." the day before a hidden
// "03:00:00Z" is no Hawaiian clock). When a printed clock shows utc's own wall clock (the page
// prints the value as it stands: a local clock its generator marked "Z", or a page that prints
// UTC), only the region's own offset at that instant counts (see ownZoneTwins).
func twinOffset(utc pubdate.Stamp, clocks []dateCand, region *time.Location) (int, bool) {
	stands := false
	for _, c := range clocks {
		if d, found := wallOffset(utc, c.st); found && d == 0 {
			stands = true
			break
		}
	}
	own := 0
	if stands {
		if region == nil || region == time.UTC {
			return 0, false
		}
		_, own = utc.Time.In(region).Zone()
	}
	off, ok := 0, false
	for _, c := range clocks {
		d, found := wallOffset(utc, c.st)
		if !found || d == 0 {
			continue
		}
		o := int(d / time.Second)
		if !realOffset(o) || !regionKeeps(region, utc.Time, o) || stands && o != own {
			continue
		}
		if ok && o != off {
			return 0, false
		}
		off, ok = o, true
	}
	return off, ok
}

// shownPubTime reports a printed <time> marked as the publication (itemprop="datePublished",
// pubdate) whose machine value is st: the page shows that instant as its own date (Gazeta.Ru's
// "03 июля 2023, 18:10" above its headline), so a modification time equal to it is no later save
// for savedAsPublished to undo, and the first date after the headline may be a rail's card of
// another story (a columnist's "02.07.2023, 07:57").
func shownPubTime(d dateReader, times []timeTag, st pubdate.Stamp) bool {
	if st.Precision < pubdate.Second {
		return false
	}
	var one []dateCand
	for _, t := range times {
		if !t.pub || !t.printed {
			continue
		}
		one = one[:0]
		if d.times(&one, rankMeta, t); len(one) > 0 && one[0].st.Time.Equal(st.Time) {
			return true
		}
	}
	return false
}

// savedAsPublished takes the date a page prints under its headline over a metadata publication
// time that is, to the second, its modification time: a content system that writes its last
// save into both fields ("datePublished" and "dateModified" both 2020-02-19T07:24:17+09:00)
// says when the page was last saved, and an earlier time printed with the story ("2020/02/18
// 17:02") is when it went out. Only an earlier printed minute within two days, read in the
// metadata's offset when it states none, and not itself a modification time; not where a
// date element's machine value (a <time datetime>) holds the metadata's instant too, which the
// page then shows as its date (its printed clock another zone's reading of it).
func savedAsPublished(st pubdate.Stamp, cands, mod, below []dateCand) pubdate.Stamp {
	if !st.Zoned || isUTC(st) || st.Precision < pubdate.Second || len(below) == 0 || !fromMeta(st, cands) {
		return st // a UTC value's printed twin is its local clock, read by inPageZone
	}
	for _, c := range cands {
		if c.rank == rankVisible && c.st.Zoned && c.st.Precision >= pubdate.Second && c.st.Time.Equal(st.Time) {
			return st // a date element's machine value shows that instant: the page's own date, not a save
		}
	}
	saved := false
	for _, c := range mod {
		if c.rank == rankMeta && c.st.Precision >= pubdate.Second && c.st.Time.Equal(st.Time) {
			saved = true
			break
		}
	}
	if !saved {
		return st
	}
	b := below[0].st
	if b.Precision != pubdate.Minute {
		return st
	}
	in := st.Time.Location()
	_, off := st.Time.Zone()
	t := b.Time
	if b.Zoned {
		t = t.In(in)
	} else {
		if _, bo := t.Zone(); t.Location() != time.UTC && bo != off {
			return st // the page's region keeps another clock than the metadata's offset
		}
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, in)
	}
	for _, c := range mod {
		if c.st.Time.Truncate(time.Minute).Equal(t) {
			return st
		}
	}
	if d := st.Time.Sub(t); d < time.Minute || d > 48*time.Hour {
		return st
	}
	return pubdate.Stamp{Time: t, Precision: pubdate.Minute, Zoned: true}
}

// regionKeeps reports whether the clocks of region may keep offset off at t: plausibleOffset,
// without the sign-flipped slip it also lets pass (which only inPageZone settles), so never an
// offset across Greenwich from the region's own. No region rules nothing out.
func regionKeeps(region *time.Location, t time.Time, off int) bool {
	if region == nil {
		return true
	}
	_, own := t.In(region).Zone()
	return plausibleOffset(region, t, off) && (own == 0 || off == 0 || own > 0 == (off > 0))
}

// releaseAfterSave is how long after a metadata publication time a labelled printed one may
// stand and still be the same story's release rather than a later act (see printedRelease).
const releaseAfterSave = time.Hour

// printedRelease takes the publication time a date element or byline prints under a
// publication label ("승인 2017.12.18 17:34", "Published May 18, 2016 6:25PM EDT", "投稿日:
// 2015年03月04日 11時13分 JST") over a metadata value minutes earlier the same hour: the content
// system stamps the entry when it is first saved, the desk releases it later, and the page
// labels the release as the publication. Unlike an unlabelled later clock (earlierPrinted
// reads that as an update), the label says what the time is. Every labelled publication
// clock the page prints must agree on the minute, none may be the metadata's own minute or
// a metadata modification time, and the gap must be two minutes or more: a printed minute one after
// the value's seconds is the value rounded ("07:52:39" printed "07:53"), not another time.
func printedRelease(st pubdate.Stamp, cands, mod, shownPub []dateCand) pubdate.Stamp {
	if !st.Zoned || st.Precision < pubdate.Minute || len(shownPub) == 0 || !fromMeta(st, cands) {
		return st
	}
	in := st.Time.Location()
	var rel pubdate.Stamp
	for _, p := range shownPub {
		if p.st.Precision < pubdate.Minute {
			continue
		}
		t := p.st.Time
		if !p.st.Zoned {
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, in)
		}
		if !rel.IsZero() && !rel.Time.Truncate(time.Minute).Equal(t.Truncate(time.Minute)) {
			return st // two printed publication clocks: a list, not one story's stamp
		}
		if rel.IsZero() {
			rel = pubdate.Stamp{Time: t, Precision: p.st.Precision, Zoned: true}
		}
	}
	if rel.IsZero() {
		return st
	}
	m := rel.Time.Truncate(time.Minute)
	if d := m.Sub(st.Time.Truncate(time.Minute)); d < 2*time.Minute || d >= releaseAfterSave {
		return st
	}
	// A modification value in the metadata at the printed minute says the printed clock is the
	// update. A printed update label over the same clock does not: HuffPost Japan prints
	// "投稿日: … 11時13分 JST" and "更新: … 11時13分 JST", a story never updated.
	if slices.ContainsFunc(mod, func(c dateCand) bool { return c.rank != rankVisible && c.st.Time.Truncate(time.Minute).Equal(m) }) {
		return st
	}
	return rel
}

// printedReleaseHoursLater takes the clock the story's date element prints right under the
// headline (below: the first date a date element prints there, an unlabelled one, since a
// labelled update is no publication date there; a bare <time>'s datetime is no printed clock,
// "4h ago" in a list of other stories) over a metadata publication value of the same day at least
// releaseAfterSave earlier: a content system that stamps datePublished when the document is
// first saved (ZDF's "2023-03-27T14:31:08" under a printed "27.03.2023 18:00 Uhr", the
// `<time>`'s own datetime) leaves the desk's release, hours later, to the page, and the
// newsroom dates the story by what it prints. Within the hour a later printed clock is the
// save rounded or a quick fix of the metadata's minute, and a later clock labelled an update is
// the update (the tuned pages' labels keep the metadata on both: El Mundo's and ABC's
// "Actualizado", Repubblica's "Aggiornato alle", WELT's "Stand"); a labelled publication within
// the hour is printedRelease's.
// Only a printed time to the minute at least, on the metadata value's day in the page's zone
// (one its country keeps alone, where the printed clock states none: a US page's zone is a
// guess among several, and a printed "8:55 PM" under a UTC value may be any of them), not
// at the minute of a modification value (the update, which the page prints as it stands) or of a
// publication labelled as such (shownPub here holds only labels that name the act: ZDF's visually
// hidden "Datum:" before its printed release names none, a Korean "승인" an hour later does), and only where a metadata modification value follows the printed clock
// (ZDF's dateModified the next day, or minutes after it): the printed clock then stands between
// the first save and the last, the release.
func printedReleaseHoursLater(st pubdate.Stamp, cands, mod, shownPub, below []dateCand, loc *time.Location) pubdate.Stamp {
	if !st.Zoned || st.Precision < pubdate.Minute || len(below) == 0 || !fromMeta(st, cands) {
		return st
	}
	p := below[0].st
	if p.Precision < pubdate.Minute || p.Relative || !p.Zoned && (loc == nil || loc == time.UTC || manyZones[loc.String()]) {
		return st // a printed clock without a zone counts only in a zone the page's country keeps alone
	}
	// A printed clock without a zone was read in the page's zone: the metadata value's offset
	// may be UTC's ("11:52:09.860Z" under a printed "13:52 Uhr"), which is no wall clock of
	// the page's.
	t := p.Time
	if t.Format(time.DateOnly) != st.Time.In(t.Location()).Format(time.DateOnly) {
		return st // another day: another act
	}
	m := t.Truncate(time.Minute)
	if d := m.Sub(st.Time.Truncate(time.Minute)); d < releaseAfterSave || d%(15*time.Minute) == 0 {
		// Whole quarter hours apart: one instant read in two zones (a <time> stating the
		// printed wall clock "16:30" as "16:30Z" over a JSON-LD 14:30Z), not two acts.
		return st
	}
	if slices.ContainsFunc(mod, func(c dateCand) bool { return c.st.Time.Truncate(time.Minute).Equal(m) }) ||
		slices.ContainsFunc(shownPub, func(c dateCand) bool { return c.st.Time.Truncate(time.Minute).Equal(m) }) {
		// The update, or a clock labelled a publication an hour after the metadata's: another
		// act (printedRelease's bound, releaseAfterSave).
		return st
	}
	if !slices.ContainsFunc(mod, func(c dateCand) bool { return c.rank == rankMeta && c.st.Time.After(t) }) {
		// Only a printed clock the metadata's own last modification follows: with none after
		// it, the printed clock may be the latest edit ("2018年12月28日 21:10" over a
		// published_time of 19:56:29 and no modification value).
		return st
	}
	return pubdate.Stamp{Time: t.In(st.Time.Location()), Precision: p.Precision, Zoned: true}
}
