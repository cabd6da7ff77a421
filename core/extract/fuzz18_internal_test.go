package extract

import (
	"testing"
	"time"

	"paperboy/core/pubdate"
)

// FuzzDates18 feeds one string to the eighteenth round's instant rules as a metadata value
// and as the printed and machine candidates beside a publication time (metaSecondsInMinute,
// twinOffsetClock, savedAsPublished): none may panic, and the instant may move only as each
// rule allows (seconds within the minute; a wall clock kept in another offset; an earlier
// printed time within two days).
func FuzzDates18(f *testing.F) {
	for _, s := range []string{"Thu Jun 06 07:59:18 PDT 2013", "Tue May 14 21:01:25 UTC 2013", "2014-04-13T22:42:52Z",
		"April 13, 2014 at 5:42 PM", "2020/02/18 17:02", "2020-02-19T07:24:17+09:00", "", "x:y", "2013-06-06T14:59:18.5+00:00"} {
		f.Add(s)
	}
	ny, _ := time.LoadLocation("America/New_York")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		minute := pubdate.Stamp{Time: time.Date(2013, 6, 6, 14, 59, 0, 0, time.UTC), Precision: pubdate.Minute, Zoned: true}
		got := metaSecondsInMinute(minute, map[string]string{"published": s, "revision_date": s}, nil)
		if got.Time.Truncate(time.Minute) != minute.Time {
			t.Fatalf("metaSecondsInMinute(%q) left the minute: %v", s, got.Time)
		}
		var cands []dateCand
		if st, ok := pubdate.Parse(s, pubdate.Context{Loc: ny}); ok {
			cands = append(cands, dateCand{st, rankVisible}, dateCand{st, rankMeta})
		}
		naive := pubdate.Stamp{Time: time.Date(2014, 4, 13, 16, 8, 0, 0, time.UTC), Precision: pubdate.Minute}
		cands = append(cands, dateCand{naive, rankVisible})
		tw := twinOffsetClock(naive, cands, cands, ny)
		if w := tw.Time; w.Hour() != 16 || w.Minute() != 8 {
			t.Fatalf("twinOffsetClock(%q) moved the wall clock: %v", s, w)
		}
		saved := pubdate.Stamp{Time: time.Date(2020, 2, 19, 7, 24, 17, 0, time.FixedZone("", 9*3600)), Precision: pubdate.Second, Zoned: true}
		sv := savedAsPublished(saved, append(cands, dateCand{saved, rankMeta}), append(cands, dateCand{saved, rankMeta}), cands)
		if d := saved.Time.Sub(sv.Time); d < 0 || d > 48*time.Hour {
			t.Fatalf("savedAsPublished(%q) = %v", s, sv.Time)
		}
	})
}
