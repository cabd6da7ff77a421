package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"paperboy/core/shard"
)

// result is one run's raw material: the feed server's poll log and every replica stats line.
type result struct {
	o               options
	names           []string
	due             []time.Time
	started, killed time.Time
	seeded          time.Duration
	server          serverReport
	lines           []replicaStats
	prefix          string
	costs           chatCosts
}

// timing sorts deviations from the schedule: within ±10 % of the interval, early, late.
type timing struct {
	n, onTime, early, late, double int
	devs                           []time.Duration // actual − expected
}

// add records one poll expected at want that came at got; prev is whether want follows an
// earlier poll of the same feed (a gap) rather than a seeded due time.
func (t *timing) add(want, got time.Time, interval time.Duration, gap bool) {
	d := got.Sub(want)
	t.n++
	t.devs = append(t.devs, d)
	tol := interval / 10
	switch {
	case gap && d < -interval/2:
		t.double++
		t.early++
	case d < -tol:
		t.early++
	case d > tol:
		t.late++
	default:
		t.onTime++
	}
}

func (t *timing) String() string {
	if t.n == 0 {
		return "none"
	}
	slices.Sort(t.devs)
	q := func(p float64) time.Duration {
		return t.devs[int(p*float64(len(t.devs)-1))].Round(10 * time.Millisecond)
	}
	return fmt.Sprintf("%d: %.2f%% on time (±10%%), %d early, %d late, %d double; deviation p50 %s, p99 %s, min %s, max %s",
		t.n, 100*float64(t.onTime)/float64(t.n), t.early, t.late, t.double, q(0.5), q(0.99), t.devs[0].Round(10*time.Millisecond), t.devs[len(t.devs)-1].Round(10*time.Millisecond))
}

func (r *result) print(w io.Writer) {
	o := r.o
	end := r.started.Add(o.duration)
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Fprintf(w, "command:   go run ./bench/scale -feeds %d -chats %d -readers %d -hosts %d -replicas %d -interval %s -duration %s -ramp %s -kill %s -changes %g\n",
		o.feeds, o.chats, o.readers, o.hosts, o.replicas, o.interval, o.duration, o.ramp, o.kill, o.changes)
	fmt.Fprintf(w, "store:     redis %s, prefix %s (purged afterwards); state seeded in %.1fs\n", o.url, r.prefix, r.seeded.Seconds())
	fmt.Fprintf(w, "loadavg:   %s", load)
	total := r.server.OK + r.server.NotModified
	fmt.Fprintf(w, "polls:     %d at the feed server (%.1f/s; feeds/interval = %.1f/s); %d new items published\n",
		total, float64(total)/o.duration.Seconds(), float64(o.feeds)/o.interval.Seconds(), r.server.Changes)
	fmt.Fprintf(w, "304 share: %.2f%% (%d not modified, %d parsed)\n", 100*float64(r.server.NotModified)/float64(max(total, 1)), r.server.NotModified, r.server.OK)
	fmt.Fprintf(w, "server:    %.1fs CPU in its own process (not counted below)\n", r.server.CPUSeconds)

	// Per replica: the window starts at its first stats line after the ramp (setup excluded).
	from := r.started.Add(o.ramp).UnixMilli()
	for _, name := range r.names {
		var first, last *replicaStats
		var peak, livePeak int64
		var rss []int64
		var atKill int64 = -1
		for i := range r.lines {
			s := &r.lines[i]
			if s.Replica != name {
				continue
			}
			if !r.killed.IsZero() && s.At <= r.killed.UnixMilli() {
				atKill = s.Polls
			}
			if s.At < from {
				continue
			}
			if first == nil {
				first = s
			}
			last = s
			peak = max(peak, s.RSS)
			livePeak = max(livePeak, s.Live)
			rss = append(rss, s.RSS)
		}
		if first == nil || last == first {
			fmt.Fprintf(w, "replica %s: no stats after the ramp\n", name)
			continue
		}
		secs := float64(last.At-first.At) / 1000
		slices.Sort(rss)
		fmt.Fprintf(w, "replica %s: %.3f cores over %.0fs; RSS peak %.1f MB in the window (median %.1f, at the end %.1f), VmHWM %.1f MB (whole life), live heap peak %.1f MB; %d polls (%d errors), %.1f%% of all; %d sources assigned at the end",
			name, (last.CPU-first.CPU)/secs, secs, float64(peak)/(1<<20), float64(rss[len(rss)/2])/(1<<20), float64(last.RSS)/(1<<20),
			float64(last.HWM)/(1<<20), float64(livePeak)/(1<<20), last.Polls, last.Errors,
			100*float64(last.Polls)/float64(max(total, 1)), last.Assigned)
		if atKill >= 0 {
			fmt.Fprintf(w, "; %d polls before the kill", atKill)
		}
		fmt.Fprintln(w)
	}
	if !r.killed.IsZero() {
		var before int64
		for _, name := range r.names {
			var n int64
			for _, s := range r.lines {
				if s.Replica == name && s.At <= r.killed.UnixMilli() {
					n = s.Polls
				}
			}
			before += n
		}
		for _, name := range r.names {
			var n int64
			for _, s := range r.lines {
				if s.Replica == name && s.At <= r.killed.UnixMilli() {
					n = s.Polls
				}
			}
			fmt.Fprintf(w, "share before the kill: %s %.1f%% (%d of %d)\n", name, 100*float64(n)/float64(max(before, 1)), n, before)
		}
	}

	// Timing at the feed server: each feed's first poll against its seeded due time, each
	// later poll against the one before plus the interval (the product adds 0–10 % jitter).
	var first, gaps, afterKill timing
	missing, unpolledLate := 0, 0
	deadFeeds := 0
	for i, polls := range r.server.Polls {
		name := fmt.Sprintf("f%d", i)
		dead := !r.killed.IsZero() && shard.Owner(name, r.names) == r.names[0]
		if dead {
			deadFeeds++
		}
		if len(polls) == 0 {
			if r.due[i].Add(o.interval / 10).Before(end) {
				missing++
			}
			continue
		}
		want := r.due[i]
		for k, ms := range polls {
			got := time.UnixMilli(ms)
			tm := &gaps
			if k == 0 {
				tm = &first
			}
			if dead && want.After(r.killed) && (k == 0 || time.UnixMilli(polls[k-1]).Before(r.killed)) {
				tm = &afterKill
			}
			tm.add(want, got, o.interval, k > 0)
			want = got.Add(o.interval)
		}
		if want.Add(o.interval / 10).Before(end) {
			unpolledLate++ // its next poll was due (with the jitter) before the end and never came
		}
	}
	fmt.Fprintf(w, "first polls vs seeded due time: %s\n", &first)
	fmt.Fprintf(w, "later polls vs previous + interval: %s\n", &gaps)
	fmt.Fprintf(w, "feeds never polled though due before the end: %d; feeds whose next poll was overdue at the end: %d\n", missing, unpolledLate)
	if !r.killed.IsZero() {
		fmt.Fprintf(w, "killed r0 at +%s; it owned %d feeds (%.1f%%)\n", r.killed.Sub(r.started).Round(time.Second), deadFeeds, 100*float64(deadFeeds)/float64(o.feeds))
		fmt.Fprintf(w, "its feeds' first polls due after the kill: %s\n", &afterKill)
		covered := time.Duration(-1)
		last := map[string]int64{}
		for _, s := range r.lines {
			if s.Replica == r.names[0] || s.At < r.killed.UnixMilli() {
				continue
			}
			last[s.Replica] = s.Assigned
			var sum int64
			for _, n := range last {
				sum += n
			}
			if len(last) == len(r.names)-1 && sum == int64(o.feeds) {
				covered = time.UnixMilli(s.At).Sub(r.killed)
				break
			}
		}
		if covered < 0 {
			fmt.Fprintf(w, "the survivors never covered all %d feeds\n", o.feeds)
		} else {
			fmt.Fprintf(w, "survivors hold all %d feeds in their schedulers %s after the kill (stats every 1 s; shard period %s)\n", o.feeds, covered.Round(time.Second), shard.DefaultPeriod)
		}
	}
	if o.chats+o.readers > 0 {
		r.printChats(w)
	}
}
