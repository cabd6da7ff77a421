package extract

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"

	"paperboy/core/pubdate"
)

// naiveZonedTwins is zonedTwins as first written, each candidate against every other: the
// reference its indexed form must agree with.
func naiveZonedTwins(cands, mod []dateCand) []dateCand {
	out := make([]dateCand, len(cands))
	for i, c := range cands {
		out[i] = dateCand{naiveZonedTwin(c, cands, mod), c.rank}
	}
	return out
}

func naiveZonedTwin(best dateCand, cands, mod []dateCand) pubdate.Stamp {
	if best.st.Precision < pubdate.Minute || best.st.Zoned && !isUTC(best.st) {
		return best.st // a day only, or an offset the page stated
	}
	if isUTC(best.st) && confirmedUTC(best.st, cands) {
		return best.st
	}
	if !best.st.Zoned && best.st.Precision == pubdate.Minute && best.rank == rankMeta {
		// A metadata clock to the minute and a zoned metadata instant to the second a whole
		// number of hours from it (not twelve): the instant, shown in that offset.
		for _, c := range cands {
			if !c.st.Zoned || c.rank != rankMeta || c.st.Precision <= pubdate.Minute {
				continue
			}
			if d, ok := wallOffset(c.st, best.st); ok && d != 0 && d%time.Hour == 0 && d > -12*time.Hour && d != 12*time.Hour {
				st := c.st
				st.Time = st.Time.In(time.FixedZone("", int(d/time.Second)))
				return st
			}
		}
		return best.st
	}
	if !best.st.Zoned && best.st.Precision > pubdate.Minute && slices.ContainsFunc(cands, func(c dateCand) bool {
		return c.st.Zoned && !isUTC(c.st) && c.st.Precision == pubdate.Minute && (c.rank == rankVisible || c.rank == rankHeader) &&
			c.st.Time.Unix() == best.st.Time.Truncate(time.Minute).Unix()
	}) {
		return best.st // a printed clock with its zone states the value's instant read as UTC
	}
	for _, c := range cands {
		if !c.st.Zoned {
			continue
		}
		switch {
		case !best.st.Zoned:
			// Both read to the second: at minute precision a whole-hour match is too often chance.
			if best.st.Precision <= pubdate.Minute || c.st.Precision <= pubdate.Minute {
				continue
			}
			if d, ok := wallOffset(c.st, best.st); ok && (d != 0 && c.rank == best.rank || d == 0 && isUTC(c.st) && confirmedUTC(c.st, cands)) {
				return c.st
			}
		case isUTC(best.st) && !isUTC(c.st):
			if d, ok := wallOffset(best.st, c.st); ok && d == 0 || shiftedWallClock(best.st, c) && !confirmedUTC(best.st, mod) {
				return keepSeconds(best.st, c.st)
			}
		}
	}
	return best.st
}

// randomDateCands are n candidates on a few hours, minutes and seconds of two days, in UTC,
// other zones (whole, half and quarter hours, both sides of Greenwich) and none, at every
// precision and rank; about half restate an earlier one's instant or wall clock in another
// zone, or shift it by whole hours or quarter hours, so that twins are common.
func randomDateCands(rng *rand.Rand, n int) []dateCand {
	zones := []*time.Location{time.UTC, time.FixedZone("", 0), time.FixedZone("", -5*3600), time.FixedZone("", -4*3600),
		time.FixedZone("", 9*3600), time.FixedZone("", 5*3600+1800), time.FixedZone("", 5*3600+2700)}
	precisions := []pubdate.Precision{pubdate.Day, pubdate.Minute, pubdate.Second, pubdate.Second}
	var cands []dateCand
	for range n {
		loc := zones[rng.Intn(len(zones))]
		var tm time.Time
		if len(cands) > 0 && rng.Intn(2) == 0 {
			prev := cands[rng.Intn(len(cands))].st.Time
			switch rng.Intn(4) {
			case 0: // the same instant elsewhere
				tm = prev.In(loc)
			case 1: // the same wall clock elsewhere
				tm = time.Date(prev.Year(), prev.Month(), prev.Day(), prev.Hour(), prev.Minute(), prev.Second(), prev.Nanosecond(), loc)
			case 2:
				tm = prev.Add(time.Duration(rng.Intn(29)-14) * time.Hour).In(loc)
			default:
				tm = prev.Add(time.Duration(rng.Intn(113)-56) * 15 * time.Minute).In(loc)
			}
		} else {
			tm = time.Date(2020, 1, 1+rng.Intn(2), []int{3, 8, 10, 20}[rng.Intn(4)], []int{0, 15, 23}[rng.Intn(3)], []int{0, 45}[rng.Intn(2)], rng.Intn(2)*500, loc)
		}
		p := precisions[rng.Intn(len(precisions))]
		switch p {
		case pubdate.Day:
			tm = time.Date(tm.Year(), tm.Month(), tm.Day(), 0, 0, 0, 0, tm.Location())
		case pubdate.Minute:
			tm = tm.Truncate(time.Minute)
		}
		cands = append(cands, dateCand{pubdate.Stamp{Time: tm, Precision: p, Zoned: rng.Intn(3) > 0}, dateRank(rng.Intn(int(rankVisible) + 2))})
	}
	return cands
}

// TestZonedTwinsAgreesWithPairs: random candidate and modification lists settle as the
// pairwise reading settles them, value for value, down to the zone each is shown in.
func TestZonedTwinsAgreesWithPairs(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	settled := 0
	for range trials(50000) {
		cands, mod := randomDateCands(rng, rng.Intn(12)), randomDateCands(rng, rng.Intn(4))
		got, want := zonedTwins(cands, mod), naiveZonedTwins(cands, mod)
		for i := range want {
			if got[i].rank != want[i].rank || got[i].st.Precision != want[i].st.Precision || got[i].st.Zoned != want[i].st.Zoned ||
				!got[i].st.Time.Equal(want[i].st.Time) || got[i].st.Time.Format(time.RFC3339Nano) != want[i].st.Time.Format(time.RFC3339Nano) {
				t.Fatalf("zonedTwins(%v, %v)[%d] = %v, want %v", cands, mod, i, got[i], want[i])
			}
			if want[i].st != cands[i].st {
				settled++
			}
		}
	}
	if settled < trials(1000) {
		t.Errorf("only %d random values had a twin", settled)
	}
}

// manyTimesPage is a story under a comment list of n entries, each with a UTC <time> to the
// second no other value confirms and one without a zone, every one on its own minute: no value
// has a twin, so the pairwise reading compared every pair (7 s of extraction at n = 6,400, 2.3 MB, on a loaded core).
func manyTimesPage(n int) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>A story</title></head><body><article><h1>A story with a long comment list</h1><p>` +
		strings.Repeat("Words of the story go here. ", 30) + `</p></article><ul class="comments">`)
	for i := range n {
		tm := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Minute + 17*time.Second)
		fmt.Fprintf(&b, `<li class="comment"><p>A reader wrote a comment of some length about the story, number %d, and it goes on for a while longer than that, as comments do on a page like this one, where readers argue with each other at length about what the story said.</p>`+
			`<time datetime="%s">posted</time> <time datetime="%s">edited</time></li>`+"\n",
			i, tm.Format(time.RFC3339), tm.Add(30*time.Second).Format("2006-01-02T15:04:05"))
	}
	b.WriteString(`</ul></body></html>`)
	return b.String()
}

// TestZonedTwinsManyTimes: a page of 12,800 <time> elements, none with a twin, is extracted
// whole (the pairwise reading compared every pair: 6–12 s on a loaded core; the time is measured
// by BenchmarkZonedTwins, not asserted here). Under the race detector, which asserts nothing
// more of a single goroutine, the page holds a tenth of them (trials).
func TestZonedTwinsManyTimes(t *testing.T) {
	page := manyTimesPage(trials(6400))
	if n := strings.Count(page, "<time "); n != 2*trials(6400) {
		t.Fatalf("page holds %d <time> elements", n)
	}
	r, err := Extract("https://example.com/2020/01/01/story", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Words of the story go here.") {
		t.Errorf("body %.80q", r.Body)
	}
}

// BenchmarkZonedTwins measures zonedTwins over 12,800 candidates of which none has a twin, the
// case where the pairwise reading was slowest (10 s; BENCHMARKS.md, twins14).
func BenchmarkZonedTwins(b *testing.B) {
	var cands []dateCand
	for i := range 6400 {
		tm := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Minute + 17*time.Second)
		cands = append(cands, dateCand{pubdate.Stamp{Time: tm, Precision: pubdate.Second, Zoned: true}, rankVisible},
			dateCand{pubdate.Stamp{Time: tm.Add(30 * time.Second), Precision: pubdate.Second}, rankVisible})
	}
	for b.Loop() {
		zonedTwins(cands, nil)
	}
}
