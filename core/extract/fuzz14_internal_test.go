package extract

import (
	"math/rand"
	"testing"
	"time"

	"paperboy/core/pubdate"
)

// utcTwinCands are a page's <time> values as pageDates gathers them, none capped: n UTC values
// to the second on two hours of one day, then n visible clocks printing both hours' wall clock
// without a zone (a comment list's timestamps, in either form).
func utcTwinCands(n int) []dateCand {
	var cands, printed []dateCand
	for i := range n {
		h := 10 + i%2
		cands = append(cands, dateCand{pubdate.Stamp{Time: time.Date(2020, 1, 1, h, 23, 45, 0, time.UTC), Precision: pubdate.Second, Zoned: true}, rankVisible})
		printed = append(printed, dateCand{pubdate.Stamp{Time: time.Date(2020, 1, 1, h, 23, 0, 0, time.UTC), Precision: pubdate.Minute}, rankVisible})
	}
	return append(cands, printed...)
}

// BenchmarkUTCWallTwins measures utcWallTwins on a page of thousands of <time> elements, every
// UTC value a whole number of hours from another and every one printed: pair by pair it took
// cubic time (7.5 s at 1,500); it now asks which values are printed wall clocks once per value.
// Measured, not asserted (BENCHMARKS.md, fuzz14); TestUTCWallTwinsAgreesWithPairs checks the result.
func BenchmarkUTCWallTwins(b *testing.B) {
	cands := utcTwinCands(1500)
	for b.Loop() {
		utcWallTwins(cands)
	}
}

// naiveUTCWallTwins is utcWallTwins as first written, pair by pair: the reference its indexed
// form must agree with.
func naiveUTCWallTwins(cands []dateCand) []dateCand {
	printed := func(st pubdate.Stamp) bool {
		w := st.Time.UTC().Truncate(time.Minute)
		for _, c := range cands {
			if c.st.Zoned || c.st.Precision != pubdate.Minute {
				continue
			}
			t := c.st.Time
			if time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC).Equal(w) {
				return true
			}
		}
		return false
	}
	for _, a := range cands {
		if !utcToSecond(a) || !printed(a.st) || a.st.Time.Minute() == 0 && a.st.Time.Second() == 0 {
			continue
		}
		wall := a.st.Time.Truncate(time.Second)
		for _, b := range cands {
			if !utcToSecond(b) {
				continue
			}
			d := wall.Sub(b.st.Time.Truncate(time.Second))
			if d == 0 || d%time.Hour != 0 || d > 14*time.Hour || d < -14*time.Hour || printed(b.st) {
				continue
			}
			instant := b.st
			instant.Time = b.st.Time.In(time.FixedZone("", int(d/time.Second)))
			out := make([]dateCand, len(cands))
			for i, c := range cands {
				out[i] = c
				if utcToSecond(c) && (c.st.Time.Equal(a.st.Time) || c.st.Time.Equal(b.st.Time)) {
					out[i].st = instant
				}
			}
			return out
		}
	}
	return cands
}

// TestUTCWallTwinsAgreesWithPairs: random candidates on a few hours, minutes and seconds, in
// UTC, other zones and none, at every precision and rank, settle as the pairwise reading does.
func TestUTCWallTwinsAgreesWithPairs(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	zones := []*time.Location{time.UTC, time.FixedZone("", -5*3600), time.FixedZone("", 9*3600), time.FixedZone("", 0)}
	precisions := []pubdate.Precision{pubdate.Day, pubdate.Minute, pubdate.Second}
	settled := 0
	for range 50000 {
		var cands []dateCand
		for range rng.Intn(10) {
			tm := time.Date(2020, 1, 1+rng.Intn(2), []int{3, 8, 10, 20}[rng.Intn(4)], []int{0, 23}[rng.Intn(2)], []int{0, 45}[rng.Intn(2)], rng.Intn(2)*500,
				zones[rng.Intn(len(zones))])
			st := pubdate.Stamp{Time: tm, Precision: precisions[rng.Intn(len(precisions))], Zoned: rng.Intn(3) > 0}
			switch rng.Intn(3) {
			case 0: // a UTC value to the second
				st = pubdate.Stamp{Time: tm.In(zones[3*rng.Intn(2)]), Precision: pubdate.Second, Zoned: true}
			case 1: // a printed clock
				st = pubdate.Stamp{Time: tm, Precision: pubdate.Minute}
			}
			cands = append(cands, dateCand{st, dateRank(rng.Intn(int(rankVisible) + 2))})
		}
		got, want := utcWallTwins(cands), naiveUTCWallTwins(cands)
		if len(want) > 0 && &want[0] != &cands[0] {
			settled++
		}
		for i := range want {
			if got[i].rank != want[i].rank || got[i].st.Precision != want[i].st.Precision || got[i].st.Zoned != want[i].st.Zoned ||
				!got[i].st.Time.Equal(want[i].st.Time) || got[i].st.Time.Format(time.RFC3339Nano) != want[i].st.Time.Format(time.RFC3339Nano) {
				t.Fatalf("utcWallTwins(%v)[%d] = %v, want %v", cands, i, got[i], want[i])
			}
		}
	}
	if settled < 100 {
		t.Errorf("only %d of the random pages held twins", settled)
	}
}
