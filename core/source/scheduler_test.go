package source

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestSchedulerPollsInDueOrderAndReschedules(t *testing.T) {
	var mu sync.Mutex
	var order []string
	counts := map[string]int{}
	done := make(chan struct{})
	s := NewScheduler(1, 0, func(ctx context.Context, name string) time.Time {
		mu.Lock()
		defer mu.Unlock()
		order = append(order, name)
		counts[name]++
		if len(order) == 4 {
			close(done)
		}
		return time.Now().Add(map[string]time.Duration{"a": 10 * time.Millisecond, "b": time.Hour, "c": time.Hour}[name])
	})
	now := time.Now()
	s.Add("c", "h", now.Add(30*time.Millisecond))
	s.Add("a", "h", now.Add(10*time.Millisecond))
	s.Add("b", "h", now.Add(20*time.Millisecond))
	ctx, cancel := context.WithCancel(context.Background())
	go s.Run(ctx)
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("scheduler did not poll")
	}
	cancel()
	mu.Lock()
	defer mu.Unlock()
	if order[0] != "a" || counts["a"] < 2 || counts["b"] != 1 {
		t.Fatalf("order %v counts %v", order, counts)
	}
}

func TestSchedulerBoundsWorkersAndHosts(t *testing.T) {
	var inFlight, most, perHostMost atomic.Int32
	var hostMu sync.Mutex
	byHost := map[string]int{}
	var polls atomic.Int32
	s := NewScheduler(4, 1, func(ctx context.Context, name string) time.Time {
		host := name[:1]
		hostMu.Lock()
		byHost[host]++
		if n := int32(byHost[host]); n > perHostMost.Load() {
			perHostMost.Store(n)
		}
		hostMu.Unlock()
		n := inFlight.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(2 * time.Millisecond)
		inFlight.Add(-1)
		hostMu.Lock()
		byHost[host]--
		hostMu.Unlock()
		polls.Add(1)
		return time.Now().Add(time.Hour)
	})
	for i := range 60 {
		name := fmt.Sprintf("%c%d", 'a'+i%6, i)
		s.Add(name, name[:1], time.Now())
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	deadline := time.Now().Add(10 * time.Second)
	for polls.Load() < 60 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if polls.Load() != 60 {
		t.Fatalf("polled %d of 60", polls.Load())
	}
	if most.Load() > 4 || perHostMost.Load() > 1 {
		t.Fatalf("in flight at most %d (want ≤ 4), per host %d (want ≤ 1)", most.Load(), perHostMost.Load())
	}
}

func TestSchedulerRemoveAndSet(t *testing.T) {
	release := make(chan struct{})
	started := make(chan string, 10)
	s := NewScheduler(2, 0, func(ctx context.Context, name string) time.Time {
		started <- name
		<-release
		return time.Now()
	})
	s.Add("x", "h", time.Now())
	s.Add("y", "h", time.Now().Add(time.Hour))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	if got := <-started; got != "x" {
		t.Fatalf("started %s", got)
	}
	s.Remove("x") // in flight: finishes, not rescheduled
	added, removed := s.Set(map[string]string{"z": "h"}, func(string) time.Time { return time.Now().Add(time.Hour) })
	if added != 1 || removed != 1 { // y removed (x already gone), z added
		t.Fatalf("added %d removed %d", added, removed)
	}
	close(release)
	time.Sleep(50 * time.Millisecond)
	if s.Has("x") || s.Has("y") || !s.Has("z") || s.Len() != 1 {
		t.Fatalf("x %v y %v z %v len %d", s.Has("x"), s.Has("y"), s.Has("z"), s.Len())
	}
	select {
	case n := <-started:
		t.Fatalf("%s polled after removal", n)
	default:
	}
}

// TestSchedulerMemoryPerSource holds the bound: an idle source costs at most 1 KB
// beyond its configuration.
func TestSchedulerMemoryPerSource(t *testing.T) {
	const n = 20000
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("source-%06d", i)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s := NewScheduler(8, 4, func(context.Context, string) time.Time { return time.Now() })
	due := time.Now().Add(time.Hour)
	for _, name := range names {
		s.Add(name, "example.com", due)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	per := (int64(after.HeapAlloc) - int64(before.HeapAlloc)) / n
	t.Logf("%d bytes per idle source", per)
	if per > 1024 {
		t.Fatalf("%d bytes per idle source, want ≤ 1024", per)
	}
	runtime.KeepAlive(s)
}
