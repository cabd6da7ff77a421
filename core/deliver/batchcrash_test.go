package deliver

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/store"
)

// pendingOf reads back everything queued or scheduled for channel ch.
func pendingOf(t *testing.T, st store.Store, ch string) []store.Entry {
	t.Helper()
	ctx := context.Background()
	if _, err := st.PromoteDue(ctx, ch, time.Now().Add(time.Hour), 100); err != nil {
		t.Fatal(err)
	}
	got, err := st.Reclaim(ctx, ch, "check", 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	more, err := st.Read(ctx, ch, "check", 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	return append(got, more...)
}

// TestDigestCrashMidSend: a worker dies inside SendBatch with the whole digest marked sending;
// the next leader reclaims it and, under in_doubt: resend, sends the same digest (same keys)
// once, or under in_doubt: skip dead-letters all of it.
func TestDigestCrashMidSend(t *testing.T) {
	for _, policy := range []string{"resend", "skip"} {
		t.Run(policy, func(t *testing.T) {
			st := openStore(t)
			ctx := context.Background()
			set := settings("replica-a")
			set.Lease, set.InDoubt = time.Second, policy
			crashed := newBatchChannel(st, 3, time.Hour)
			crashed.hang = make(chan struct{}) // never released: this worker is gone
			// Gone means silent: a dead process renews no lease.
			gone := &silenced{Store: st}
			a := NewWorker(crashed, gone, set, &Credentials{}, nil, quiet, nil)
			titles := enqueue(t, st, "digest", 3)
			ctxA, stopA := context.WithCancel(ctx)
			doneA := make(chan struct{})
			go func() { defer close(doneA); a.Run(ctxA, ctxA) }()
			t.Cleanup(func() { stopA(); <-doneA })
			<-crashed.called
			gone.dead.Store(true)
			calls, _, _ := crashed.snapshot()
			for i, s := range calls[0].states {
				if s != store.StateSending {
					t.Fatalf("%q was %q while its digest was being sent", calls[0].titles[i], s)
				}
			}

			ev := newEvents()
			next := newBatchChannel(st, 3, time.Hour)
			setB := set
			setB.Consumer = "replica-b"
			recorded := &deadSignal{Store: st, dead: make(chan struct{}, 3)}
			b := NewWorker(next, recorded, setB, &Credentials{}, nil, quiet, ev.observe)
			ctxB, stopB := context.WithCancel(ctx)
			doneB := make(chan struct{})
			go func() { defer close(doneB); b.Run(ctxB, context.WithoutCancel(ctxB)) }()
			defer func() { stopB(); <-doneB }()
			if policy == "resend" {
				ev.await(t, "digest", Delivered, 3)
				checkMails(t, st, next, ev, []int{3}, titles)
				if _, mails, _ := next.snapshot(); !slices.Equal(mails[0].keys, calls[0].keys) {
					t.Fatalf("resent digest keys %q, want the crashed digest's %q", mails[0].keys, calls[0].keys)
				}
				return
			}
			ev.await(t, "digest", Skipped, 3)
			for range 3 {
				<-recorded.dead // an outcome is reported just before it is recorded
			}
			dead, err := st.DeadList(ctx, 10)
			if err != nil || len(dead) != 3 {
				t.Fatalf("%d dead letters (%v), want 3", len(dead), err)
			}
			if calls, _, _ := next.snapshot(); len(calls) != 0 {
				t.Fatalf("in_doubt: skip sent %d digests", len(calls))
			}
		})
	}
}

// TestDigestShutdown: a digest still collecting when the worker stops goes out if the grace
// period allows; when the grace is over it stays queued (not in doubt) for the next start.
func TestDigestShutdown(t *testing.T) {
	for _, graceEnds := range []bool{false, true} {
		st := openStore(t)
		b := newBatchChannel(st, 3, time.Hour)
		ev := newEvents()
		w, _ := digestWorker(t, b, st, settings("r1"), ev)
		titles := enqueue(t, st, "digest", 2)
		step(t, w)
		if w.Holding() != 2 {
			t.Fatalf("holding %d, want 2", w.Holding())
		}
		ctx, stop := context.WithCancel(context.Background())
		stop() // SIGTERM
		sendCtx, cutOff := context.WithCancel(context.Background())
		if graceEnds {
			cutOff()
		}
		w.Run(ctx, sendCtx)
		cutOff()
		pending, _ := st.Pending(context.Background(), "digest")
		if !graceEnds {
			checkMails(t, st, b, ev, []int{2}, titles)
			if pending != 0 {
				t.Fatalf("%d pending after the shutdown digest", pending)
			}
			continue
		}
		if calls, _, _ := b.snapshot(); len(calls) != 0 || pending != 2 {
			t.Fatalf("grace over: %d digests sent, %d pending; want 0 and 2", len(calls), pending)
		}
		for _, e := range pendingOf(t, st, "digest") {
			if c, _ := st.Claim(context.Background(), "digest", e.ArticleID); c.State != store.StateQueued {
				t.Errorf("%s: claim %q, want queued", e.ArticleID, c.State)
			}
		}
	}
}

// silenced is a store a process can no longer reach once dead is set: its leases lapse.
type silenced struct {
	store.Store
	dead atomic.Bool
}

func (s *silenced) AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error) {
	if s.dead.Load() {
		return false, errors.New("process killed")
	}
	return s.Store.AcquireLease(ctx, name, owner, ttl)
}

func (s *silenced) ReleaseLease(ctx context.Context, name, owner string) error {
	if s.dead.Load() {
		return errors.New("process killed")
	}
	return s.Store.ReleaseLease(ctx, name, owner)
}

// deadSignal tells the test about every dead letter written.
type deadSignal struct {
	store.Store
	dead chan struct{}
}

func (d *deadSignal) Dead(ctx context.Context, e store.Entry, reason string) error {
	err := d.Store.Dead(ctx, e, reason)
	if err == nil {
		d.dead <- struct{}{}
	}
	return err
}
