package deliver

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"paperboy/core/channel"
	"paperboy/core/store"
)

// step runs one synchronous Step of w, failing the test on a store error.
func step(t *testing.T, w *Worker) int {
	t.Helper()
	ctx := context.Background()
	n, err := w.Step(ctx, ctx, 10*time.Millisecond, false)
	if err != nil {
		t.Fatalf("step: %v", err)
	}
	return n
}

// checkMails verifies the accepted digests: sizes as wanted, titles in published order, every
// claim already sending when its digest was sent, and every delivery acknowledged once with its
// digest's receipt.
func checkMails(t *testing.T, st store.Store, b *batchChannel, ev *events, want []int, titles []string) {
	t.Helper()
	_, mails, singles := b.snapshot()
	if got := sizes(mails); !slices.Equal(got, want) || len(singles) != 0 {
		t.Fatalf("digests of %v (and %d single sends), want %v", got, len(singles), want)
	}
	var all []string
	for k, m := range mails {
		all = append(all, m.titles...)
		for i, s := range m.states {
			if s != store.StateSending {
				t.Errorf("mail %d: %q was %q when sent, want sending", k+1, m.titles[i], s)
			}
		}
		for _, key := range m.keys {
			var hits []Event
			ev.mu.Lock()
			for _, e := range ev.all {
				if e.Entry.Key == key && e.Outcome == Delivered {
					hits = append(hits, e)
				}
			}
			ev.mu.Unlock()
			remote := fmt.Sprintf("mail-%d", k+1)
			if len(hits) != 1 || hits[0].Receipt.RemoteID != remote {
				t.Fatalf("key %s: %d delivered events (%+v), want one with receipt %s", key, len(hits), hits, remote)
			}
			c, err := st.Claim(context.Background(), b.name, hits[0].Entry.ArticleID)
			if err != nil || c.State != store.StateSent || c.RemoteID != remote {
				t.Errorf("key %s: claim %+v (%v), want sent as %s", key, c, err, remote)
			}
		}
	}
	if !slices.Equal(all, titles) {
		t.Fatalf("digests hold\n%q\nwant in published order\n%q", all, titles)
	}
}

// TestDigestBySizeThenPeriod: with a digest of 3 and a period, 7 entries go out as 3 and 3 at
// once and the last one alone only when the period of its queueing is over.
func TestDigestBySizeThenPeriod(t *testing.T) {
	st := openStore(t)
	b := newBatchChannel(st, 3, time.Hour)
	ev := newEvents()
	w, clk := digestWorker(t, b, st, settings("r1"), ev)
	titles := enqueue(t, st, "digest", 7)
	step(t, w)
	if _, mails, _ := b.snapshot(); !slices.Equal(sizes(mails), []int{3, 3}) || w.Holding() != 1 {
		t.Fatalf("after the first read: digests %v, holding %d; want [3 3], holding 1", sizes(mails), w.Holding())
	}
	step(t, w)
	if _, mails, _ := b.snapshot(); len(mails) != 2 {
		t.Fatalf("a digest of %d went out before its period", len(mails[2].keys))
	}
	if n, _ := st.Pending(context.Background(), "digest"); n != 1 {
		t.Fatalf("the held entry is not pending in the store: %d pending", n)
	}
	clk.advance(time.Hour) // the worker now also sees its lease as stale: it reclaims its own held entry
	step(t, w)
	checkMails(t, st, b, ev, []int{3, 3, 1}, titles)
	if n, _ := st.Pending(context.Background(), "digest"); n != 0 || w.Holding() != 0 {
		t.Fatalf("%d pending, %d held after the last digest", n, w.Holding())
	}
}

// TestDigestWithoutPeriodWaitsForSize: digest 3 with no period never sends a short digest,
// however long it waits; the third entry completes it.
func TestDigestWithoutPeriodWaitsForSize(t *testing.T) {
	st := openStore(t)
	b := newBatchChannel(st, 3, 0)
	ev := newEvents()
	w, clk := digestWorker(t, b, st, settings("r1"), ev)
	titles := enqueue(t, st, "digest", 4)
	step(t, w)
	clk.advance(30 * 24 * time.Hour)
	step(t, w)
	if _, mails, _ := b.snapshot(); !slices.Equal(sizes(mails), []int{3}) || w.Holding() != 1 {
		t.Fatalf("digests %v, holding %d; want [3], holding 1", sizes(mails), w.Holding())
	}
	titles = append(titles, enqueueFrom(t, st, "digest", 4, 2)...)
	step(t, w)
	checkMails(t, st, b, ev, []int{3, 3}, titles)
}

// TestDigestPeriodOnly: with only a period, everything queued within it goes out as one
// digest when the oldest entry's period is over (the worker running on real time), and a
// backlog larger than the cap goes out as a full digest at once and the rest after the period.
func TestDigestPeriodOnly(t *testing.T) {
	t.Run("one digest per period", func(t *testing.T) {
		st := openStore(t)
		const period = 300 * time.Millisecond
		b := newBatchChannel(st, 0, period)
		ev := newEvents()
		w, _ := digestWorker(t, b, st, settings("r1"), ev)
		titles := enqueue(t, st, "digest", 5)
		start(t, w)
		ev.await(t, "digest", Delivered, 5)
		checkMails(t, st, b, ev, []int{5}, titles)
		oldest := time.Now()
		ev.mu.Lock()
		for _, e := range ev.all {
			if e.Entry.Enqueued.Before(oldest) {
				oldest = e.Entry.Enqueued
			}
		}
		ev.mu.Unlock()
		if _, mails, _ := b.snapshot(); mails[0].at.Sub(oldest) < period {
			t.Fatalf("the digest went out %s after its oldest entry was queued, before the %s period", mails[0].at.Sub(oldest), period)
		}
	})
	t.Run("capped", func(t *testing.T) {
		st := openStore(t)
		b := newBatchChannel(st, 0, time.Hour)
		ev := newEvents()
		set := settings("r1")
		set.Batch = 200 // the whole backlog in one read
		w, clk := digestWorker(t, b, st, set, ev)
		titles := enqueue(t, st, "digest", channel.MaxBatch+30)
		step(t, w)
		if _, mails, _ := b.snapshot(); !slices.Equal(sizes(mails), []int{channel.MaxBatch}) {
			t.Fatalf("digests %v before the period, want one full digest of %d", sizes(mails), channel.MaxBatch)
		}
		clk.advance(time.Hour)
		step(t, w)
		checkMails(t, st, b, ev, []int{channel.MaxBatch, 30}, titles)
	})
}

// TestBatcherWithoutDigestSendsOneByOne: a channel that can batch but has no digest configured
// (size ≤ 1, no period) delivers through Send, one entry at a time.
func TestBatcherWithoutDigestSendsOneByOne(t *testing.T) {
	for _, size := range []int{0, 1} {
		st := openStore(t)
		b := newBatchChannel(st, size, 0)
		w, _ := digestWorker(t, b, st, settings("r1"), nil)
		enqueue(t, st, "digest", 3)
		step(t, w)
		if calls, _, singles := b.snapshot(); len(calls) != 0 || len(singles) != 3 || w.Holding() != 0 {
			t.Fatalf("digest %d: %d SendBatch calls, %d sends, want 0 and 3", size, len(calls), len(singles))
		}
	}
}

// TestDigestFailures: the one outcome of a digest applies to every entry in it: a transient
// failure or a 429 retries the whole digest in place (in order, the same keys) and then it
// goes out once; a rejection dead-letters all; refused credentials pause the channel and put
// the digest and everything held back in the retry schedule.
func TestDigestFailures(t *testing.T) {
	tests := []struct {
		name      string
		err       error
		calls     int
		mails     []int
		delivered int
		retrying  int
		dead      int
		pending   int64
	}{
		{"transient", channel.Errorf(channel.Transient, "451 4.3.0 try again later"), 2, []int{3}, 3, 3, 0, 2},
		{"rate limited", &channel.Error{Reason: channel.RateLimited, RetryAfter: 300 * time.Millisecond, Err: fmt.Errorf("421 slow down")}, 2, []int{3}, 3, 3, 0, 2},
		{"permanent", channel.Errorf(channel.Permanent, "554 5.7.1 message rejected"), 1, nil, 0, 0, 3, 2},
		{"too long", channel.Errorf(channel.TooLong, "552 5.3.4 message too big"), 1, nil, 0, 0, 3, 2},
		{"unauthorized", channel.Errorf(channel.Unauthorized, "535 5.7.8 bad credentials"), 1, nil, 0, 3, 0, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t)
			ctx := context.Background()
			b := newBatchChannel(st, 3, time.Hour)
			b.failures = []error{tt.err}
			ev := newEvents()
			w, _ := digestWorker(t, b, st, settings("r1"), ev)
			titles := enqueue(t, st, "digest", 5)
			step(t, w)
			calls, mails, _ := b.snapshot()
			if len(calls) != tt.calls || !slices.Equal(sizes(mails), tt.mails) {
				t.Fatalf("%d calls, digests %v; want %d, %v", len(calls), sizes(mails), tt.calls, tt.mails)
			}
			for i, c := range calls {
				if !slices.Equal(c.titles, titles[:3]) || !slices.Equal(c.keys, calls[0].keys) {
					t.Fatalf("call %d carried %q, want the first digest again %q", i+1, c.titles, titles[:3])
				}
				for _, s := range c.states {
					if s != store.StateSending {
						t.Fatalf("call %d: a claim was %q during the call", i+1, s)
					}
				}
			}
			if tt.name == "rate limited" && calls[1].at.Sub(calls[0].at) < 300*time.Millisecond {
				t.Fatalf("digest resent %s after a 429 asking for 300ms", calls[1].at.Sub(calls[0].at))
			}
			got := [3]int{ev.count("digest", Delivered), ev.count("digest", Retrying), ev.count("digest", DeadLettered)}
			if got != [3]int{tt.delivered, tt.retrying, tt.dead} {
				t.Fatalf("delivered, retrying, dead = %v; want %v", got, [3]int{tt.delivered, tt.retrying, tt.dead})
			}
			if n, _ := st.Pending(ctx, "digest"); n != tt.pending {
				t.Fatalf("%d pending, want %d", n, tt.pending)
			}
			dead, err := st.DeadList(ctx, 10)
			if err != nil || len(dead) != tt.dead {
				t.Fatalf("%d dead letters (%v), want %d", len(dead), err, tt.dead)
			}
			for _, d := range dead {
				if !strings.Contains(d.Reason, tt.err.(*channel.Error).Err.Error()) {
					t.Errorf("dead letter reason %q lacks the platform's answer", d.Reason)
				}
			}
			if tt.mails != nil {
				checkMails(t, st, b, ev, tt.mails, titles[:3])
			}
			if tt.name == "unauthorized" {
				if paused, _ := st.Paused(ctx, "channel", "digest"); !paused || w.Holding() != 0 {
					t.Fatalf("paused %v, holding %d: want the channel paused and nothing held", paused, w.Holding())
				}
				for _, e := range pendingOf(t, st, "digest") {
					if c, _ := st.Claim(ctx, "digest", e.ArticleID); c.State != store.StateQueued {
						t.Errorf("%s: claim %q after refused credentials, want queued", e.ArticleID, c.State)
					}
				}
			}
		})
	}
}
