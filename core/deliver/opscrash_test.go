package deliver

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/article"
	"paperboy/core/channel/channeltest"
	"paperboy/core/outbox"
	"paperboy/core/store"
	"paperboy/core/store/redis/redistest"
)

// bothStores runs fn against the embedded store and Redis (skipped without a server).
func bothStores(t *testing.T, fn func(t *testing.T, open func(t *testing.T) store.Store)) {
	t.Run("bolt", func(t *testing.T) { fn(t, openStore) })
	t.Run("redis", func(t *testing.T) {
		fn(t, func(t *testing.T) store.Store { return redistest.Store(t) })
	})
}

// killed is a store the process can no longer reach once dead is set: nothing it does after
// that is recorded and its leases lapse, as for a process killed mid-call.
type killed struct {
	silenced
}

var errKilled = errors.New("process killed")

func (k *killed) SaveReceipt(ctx context.Context, r store.Receipt, ttl time.Duration) error {
	if k.dead.Load() {
		return errKilled
	}
	return k.Store.SaveReceipt(ctx, r, ttl)
}

func (k *killed) Ack(ctx context.Context, e store.Entry, remoteID string) error {
	if k.dead.Load() {
		return errKilled
	}
	return k.Store.Ack(ctx, e, remoteID)
}

func (k *killed) Retry(ctx context.Context, e store.Entry, due time.Time, lastErr string) error {
	if k.dead.Load() {
		return errKilled
	}
	return k.Store.Retry(ctx, e, due, lastErr)
}

func (k *killed) AppendAudit(ctx context.Context, id string, a store.Audit) error {
	if k.dead.Load() {
		return errKilled
	}
	return k.Store.AppendAudit(ctx, id, a)
}

// TestOpCrash kills a worker during an update and during a retraction — before the platform
// call and after it took effect but before it was recorded — and checks that the replica
// taking over leaves exactly one effect on the channel, on both stores.
func TestOpCrash(t *testing.T) {
	bothStores(t, func(t *testing.T, open func(t *testing.T) store.Store) {
		for _, op := range []outbox.Op{outbox.OpUpdate, outbox.OpRetract} {
			for _, when := range []string{"before", "after"} {
				t.Run(fmt.Sprintf("%s-%s", op, when), func(t *testing.T) { opCrash(t, open(t), op, when) })
			}
		}
	})
}

func opCrash(t *testing.T, st store.Store, op outbox.Op, when string) {
	ctx := context.Background()
	rec := channeltest.NewRecorder("rec")
	set := settings("replica-a")
	set.Lease = time.Second
	a := story(t, st, "rec", "Crash "+string(op)+" "+when)
	drain(t, st, NewWorker(rec, st, set, &Credentials{}, nil, quiet, nil), "rec")

	hold, release := make(chan struct{}), make(chan struct{})
	var first atomic.Bool
	block := func(got string) {
		if got == string(op) && first.CompareAndSwap(false, true) {
			close(hold)
			<-release // the process is gone: this call never returns while the test looks
		}
	}
	if when == "before" {
		rec.Fail = func(got string, _ int) error { block(got); return nil }
	} else {
		rec.After = block
	}
	gone := &killed{silenced{Store: st}}
	wa := NewWorker(rec, gone, set, &Credentials{}, nil, quiet, nil)
	ctxA, stopA := context.WithCancel(ctx)
	doneA := make(chan struct{})
	go func() { defer close(doneA); wa.Run(ctxA, ctxA) }()
	t.Cleanup(func() { close(release); stopA(); <-doneA })

	fixed := a.Post()
	fixed.Title += " (corrected)"
	c := change(a, fixed, "rec")
	var err error
	if op == outbox.OpUpdate {
		_, err = outbox.Correct(ctx, st, c)
	} else {
		_, err = outbox.Retract(ctx, st, c)
	}
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-hold:
	case <-time.After(waitLimit):
		t.Fatal("the worker never reached the platform call")
	}
	gone.dead.Store(true)

	setB := set
	setB.Consumer = "replica-b"
	wb := NewWorker(rec, st, setB, &Credentials{}, nil, quiet, nil)
	start(t, wb)
	waitFor(t, "the replica taking over to finish", func() bool {
		r, err := st.Receipt(ctx, a.ID, "rec")
		n, _ := st.Pending(ctx, "rec")
		done := r.Retracted
		if op == outbox.OpUpdate {
			done = r.Revision == fixed.Revision()
		}
		return err == nil && done && n == 0
	})
	sends, updates, retractions := rec.Counts()
	if op == outbox.OpUpdate && (updates != 1 || retractions != 0) || op == outbox.OpRetract && (retractions != 1 || updates != 0) || sends != 1 {
		t.Fatalf("sends/updates/retractions = %d/%d/%d after a crash during %s (%s the call); want one effect", sends, updates, retractions, op, when)
	}
}

// TestTwoReplicasNoDoubleEdit: two replicas deliver one channel from one store; every post is
// corrected and then half of them withdrawn; each message is edited once and withdrawn once.
func TestTwoReplicasNoDoubleEdit(t *testing.T) {
	bothStores(t, func(t *testing.T, open func(t *testing.T) store.Store) {
		ctx := context.Background()
		st := open(t)
		rec := channeltest.NewRecorder("rec")
		for _, r := range []string{"replica-a", "replica-b"} {
			set := settings(r)
			set.Lease = time.Second
			start(t, NewWorker(rec, st, set, &Credentials{}, nil, quiet, nil))
		}
		const n = 20
		var as []*article.Article
		for i := range n {
			as = append(as, story(t, st, "rec", fmt.Sprintf("story-%02d", i)))
		}
		waitFor(t, "every send", func() bool { s, _, _ := rec.Counts(); return s == n })
		for i, a := range as {
			fixed := a.Post()
			fixed.Title += " (corrected)"
			// Twice, from two editors at once: the second finds the update queued or done.
			for range 2 {
				if _, err := outbox.Correct(ctx, st, change(a, fixed, "rec")); err != nil {
					t.Fatal(err)
				}
			}
			if i%2 == 0 {
				if _, err := outbox.Retract(ctx, st, change(a, fixed, "rec")); err != nil {
					t.Fatal(err)
				}
			}
		}
		waitFor(t, "every update and withdrawal", func() bool {
			_, u, r := rec.Counts()
			p, _ := st.Pending(ctx, "rec")
			return u+r >= n+n/2 && p == 0
		})
		_, u, r := rec.Counts()
		if u != n || r != n/2 {
			t.Fatalf("updates/retractions = %d/%d; want %d/%d", u, r, n, n/2)
		}
		seen := map[string]bool{}
		for _, up := range rec.Updates() {
			id := up.Receipt.Messages[0].ID
			if seen[id] {
				t.Fatalf("message %s edited twice", id)
			}
			seen[id] = true
		}
	})
}
