package app

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/lease"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
)

// Two replicas share one lease: one editor bot runs at a time, and the other takes over when
// the first stops.
func TestEditorBotRunsOnOneReplica(t *testing.T) {
	st, err := bolt.Open(filepath.Join(t.TempDir(), "pb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	var running, most, started atomic.Int32
	bot := func(ctx context.Context) error {
		n := running.Add(1)
		started.Add(1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		<-ctx.Done()
		running.Add(-1)
		return nil
	}
	// Both "replicas" are this process: the second one's store wrapper leases as another owner.
	ttl := 200 * time.Millisecond
	ctx1, stop1 := context.WithCancel(context.Background())
	ctx2, stop2 := context.WithCancel(context.Background())
	defer stop2()
	done1 := make(chan error, 1)
	done2 := make(chan error, 1)
	first := lease.NewTaker(st, lease.NewOwner("replica-1"), quiet)
	go func() { done1 <- leased(first, "editor:test", ttl, quiet, bot)(ctx1) }()
	waitFor(t, func() bool { return running.Load() == 1 })
	second := &ownerAs{Store: st}
	go func() {
		done2 <- leased(lease.NewTaker(second, lease.NewOwner("replica-2"), quiet), "editor:test", ttl, quiet, bot)(ctx2)
	}()
	// The second replica asks for the lease several times while the first holds it.
	waitFor(t, func() bool { return second.tries.Load() >= 3 })
	if most.Load() != 1 || started.Load() != 1 {
		t.Fatalf("%d bots ran at once (%d started), want 1", most.Load(), started.Load())
	}
	stop1()
	<-done1
	waitFor(t, func() bool { return started.Load() == 2 && running.Load() == 1 })
	stop2()
	<-done2
	if most.Load() != 1 {
		t.Fatalf("%d bots ran at once", most.Load())
	}
}

// ownerAs counts a second replica's attempts to take a lease.
type ownerAs struct {
	store.Store
	tries atomic.Int32
}

func (o *ownerAs) AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error) {
	o.tries.Add(1)
	return o.Store.AcquireLease(ctx, name, owner, ttl)
}

// waitFor polls cond for up to 20 s: used only to wait for another goroutine's progress.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 20s")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
