package deliver

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/channel"
	"paperboy/core/store"
	"paperboy/core/store/redis/redistest"
)

// counted counts the store calls an idle worker makes.
type counted struct {
	store.Store
	n atomic.Int64
}

func (c *counted) Paused(ctx context.Context, kind, name string) (bool, error) {
	c.n.Add(1)
	return c.Store.Paused(ctx, kind, name)
}

func (c *counted) Read(ctx context.Context, ch, consumer string, max int, block time.Duration) ([]store.Entry, error) {
	c.n.Add(1)
	return c.Store.Read(ctx, ch, consumer, max, block)
}

func (c *counted) PromoteDue(ctx context.Context, ch string, now time.Time, max int) (int, error) {
	c.n.Add(1)
	return c.Store.PromoteDue(ctx, ch, now, max)
}

func (c *counted) NextDue(ctx context.Context, ch string) (time.Time, error) {
	c.n.Add(1)
	return c.Store.NextDue(ctx, ch)
}

func (c *counted) AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error) {
	c.n.Add(1)
	return c.Store.AcquireLease(ctx, name, owner, ttl)
}

// sink is a channel that records what it sent.
type sink struct{ sent chan string }

func (s sink) Name() string           { return "quiet" }
func (s sink) Limits() channel.Limits { return channel.Limits{TextMax: 1000} }
func (s sink) Send(_ context.Context, d channel.Delivery) (channel.Receipt, error) {
	s.sent <- d.Post.Title
	return channel.Receipt{RemoteID: d.Key}, nil
}

// TestIdleWorkerWaitsForWakeups: with pushed wake-ups an idle worker makes no store calls
// until something arrives; an enqueue wakes it at once, and a pause and a resume are pushed.
func TestIdleWorkerWaitsForWakeups(t *testing.T) {
	rs := redistest.Store(t)
	st := &counted{Store: rs}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	wk := NewWakeups()
	go wk.Run(ctx, rs, nil)
	ch := sink{sent: make(chan string, 10)}
	set := settings("r1")
	set.Wake = wk
	w := NewWorker(ch, st, set, nil, nil, nil, nil)
	start(t, w)
	time.Sleep(300 * time.Millisecond) // the first look and the subscription settle
	before := st.n.Load()
	time.Sleep(1500 * time.Millisecond)
	if idle := st.n.Load() - before; idle > 0 {
		t.Fatalf("an idle worker made %d store calls in 1.5 s, want none", idle)
	}
	titles := enqueue(t, st, "quiet", 2)
	for _, want := range titles {
		select {
		case got := <-ch.sent:
			if got != want {
				t.Fatalf("sent %q, want %q", got, want)
			}
		case <-time.After(waitLimit):
			t.Fatal("an enqueue did not wake the idle worker")
		}
	}
	if err := st.SetPaused(ctx, "channel", "quiet", true); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // the pause is pushed to the worker
	more := enqueueFrom(t, st, "quiet", 2, 1)
	select {
	case got := <-ch.sent:
		t.Fatalf("paused channel sent %q", got)
	case <-time.After(500 * time.Millisecond):
	}
	if err := st.SetPaused(ctx, "channel", "quiet", false); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-ch.sent:
		if got != more[0] {
			t.Fatalf("sent %q, want %q", got, more[0])
		}
	case <-time.After(waitLimit):
		t.Fatal("a resume did not wake the paused worker")
	}
}

// TestAllIsPaced: All wakes a few workers at once, and thousands a batch at a time, so
// 20,000 chat workers do not all look at the store in the same instant.
func TestAllIsPaced(t *testing.T) {
	k := NewWakeups()
	gaps := make(chan chan struct{})
	k.sleep = func(time.Duration) { // each pause between batches waits for the test
		done := make(chan struct{})
		gaps <- done
		<-done
	}
	var cs []chan struct{}
	for i := range 3*allBatch + 10 {
		cs = append(cs, k.watch(fmt.Sprintf("telegram:%d", i)))
	}
	woken := func() int {
		n := 0
		for _, c := range cs {
			if len(c) == 1 {
				n++
			}
		}
		return n
	}
	k.All()
	for batch := 1; batch <= 3; batch++ {
		gap := <-gaps // the pacer pauses after each batch
		if n := woken(); n != batch*allBatch {
			t.Fatalf("after batch %d: %d woken, want %d", batch, n, batch*allBatch)
		}
		close(gap)
	}
	deadline := time.Now().Add(5 * time.Second)
	for woken() < len(cs) {
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d woken", woken(), len(cs))
		}
		time.Sleep(time.Millisecond)
	}
	few := NewWakeups()
	c := few.watch("news")
	few.All()
	if len(c) != 1 {
		t.Fatal("a small set is not woken at once")
	}
}

func TestStepBackoff(t *testing.T) {
	for n, want := range map[int]time.Duration{1: time.Second, 2: 2 * time.Second, 5: 16 * time.Second, 9: 30 * time.Second} {
		if got := stepBackoff(n); got < want || got > want+want/3 {
			t.Errorf("stepBackoff(%d) = %s, want %s..%s", n, got, want, want+want/3)
		}
	}
}
