package extract

import (
	"slices"
	"strings"
	"time"

	"paperboy/core/pubdate"
)

// printedUpdateDays returns the days of the dates printed by and under the headline (header,
// the first of below) that are, to the minute, the metadata's own modification time where no
// metadata publication value is: El País prints only "10 may 2021 - 09:58 UTC" under the
// headline, its article:modified_time 09:58:53Z, while article:published_time and the JSON-LD
// agree on two days before. The printed stamp is the last update, which the page labels no
// less surely than with the word, and so it must not overrule the publication metadata as a
// date printed in its place would (see againstStaleMeta). A printed time without a zone counts
// when its wall clock is the modification time's in the offset that value states.
func printedUpdateDays(cands, mod, below []dateCand) []string {
	var printed []pubdate.Stamp
	for _, c := range cands {
		if c.rank == rankHeader {
			printed = append(printed, c.st)
			break
		}
	}
	if len(below) > 0 {
		printed = append(printed, below[0].st)
	}
	var days []string
	for _, st := range printed {
		if st.Precision < pubdate.Minute {
			continue
		}
		at := st.Time.Truncate(time.Minute)
		same := func(c dateCand) bool {
			if c.rank != rankMeta || c.st.Precision < pubdate.Minute {
				return false
			}
			t := c.st.Time.Truncate(time.Minute)
			if st.Zoned {
				return t.Equal(at)
			}
			return t.Format("2006-01-02 15:04") == at.Format("2006-01-02 15:04")
		}
		if slices.ContainsFunc(mod, same) && !slices.ContainsFunc(cands, same) {
			days = append(days, st.Time.Format("2006-01-02"))
		}
	}
	return days
}

// createdPrinted prefers the time a page prints by or under its headline to a later metadata
// publication time when the page's own creation stamp states that printed minute: Sina's copy
// of a Xinhua story prints "2019年03月27日 17:39" and its "weibo: article:create_at" reads
// 2019-03-27 17:39:17, while article:published_time (08:58:14 the next morning) is the portal's
// republication. earlierPrinted takes such a printed time alone only on the same day and
// within hours; with the creation stamp beside it, the printed time is the first publication
// up to a month before the metadata's. The creation stamp completes the printed minute with
// its seconds. A printed time without a zone is read in the metadata's offset, as is a creation
// stamp without one (content systems write both on the newsroom's clock). Only keys that name
// a creation ("create_at", "created", "firstcreate"), never a creator.
func createdPrinted(st pubdate.Stamp, cands, below []dateCand, meta map[string]string) pubdate.Stamp {
	if st.Precision < pubdate.Minute || !st.Zoned || !fromMeta(st, cands) {
		return st
	}
	var printed pubdate.Stamp
	if len(below) > 0 {
		printed = below[0].st
	} else {
		for _, c := range cands {
			if c.rank == rankHeader {
				printed = c.st
				break
			}
		}
	}
	if printed.Precision != pubdate.Minute {
		return st
	}
	in := st.Time.Location()
	t := printed.Time
	if !printed.Zoned {
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, in)
	}
	if d := st.Time.Sub(t); d < time.Minute || d > 31*24*time.Hour {
		return st
	}
	var best pubdate.Stamp
	for k, v := range meta {
		k = strings.ToLower(k)
		if !strings.Contains(k, "create") || strings.Contains(k, "creator") || len(v) > 64 {
			continue
		}
		c, ok := pubdate.Parse(v, pubdate.Context{Loc: in})
		if !ok || c.Precision < pubdate.Minute || !c.Time.Truncate(time.Minute).Equal(t) {
			continue
		}
		if best.IsZero() || c.Time.Before(best.Time) {
			best = c
		}
	}
	if best.IsZero() {
		return st
	}
	return pubdate.Stamp{Time: best.Time.In(in), Precision: best.Precision, Zoned: true}
}
