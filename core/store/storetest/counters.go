package storetest

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/store"
)

// testCounts checks CountIn: counts up to the limit and refuses past it without counting, keeps
// keys apart, starts again once the window is over, counts without a limit at limit 0, and
// refuses an empty key or window.
func testCounts(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	for i := int64(1); i <= 3; i++ {
		if n, ok, err := s.CountIn(ctx, "reader:1:day", time.Hour, 3); err != nil || !ok || n != i {
			t.Fatalf("count %d: n=%d ok=%v err=%v; want n=%d ok", i, n, ok, err, i)
		}
	}
	for range 2 {
		if n, ok, err := s.CountIn(ctx, "reader:1:day", time.Hour, 3); err != nil || ok || n != 3 {
			t.Fatalf("past the limit: n=%d ok=%v err=%v; want n=3 refused", n, ok, err)
		}
	}
	// A raised limit admits more on the same count: refusals did not count.
	if n, ok, err := s.CountIn(ctx, "reader:1:day", time.Hour, 5); err != nil || !ok || n != 4 {
		t.Fatalf("raised limit: n=%d ok=%v err=%v; want 4 ok", n, ok, err)
	}
	if n, ok, err := s.CountIn(ctx, "reader:2:day", time.Hour, 3); err != nil || !ok || n != 1 {
		t.Fatalf("another key: n=%d ok=%v err=%v; want its own count 1", n, ok, err)
	}
	for i := int64(1); i <= 4; i++ {
		if n, ok, err := s.CountIn(ctx, "unlimited", time.Hour, 0); err != nil || !ok || n != i {
			t.Fatalf("limit 0, count %d: n=%d ok=%v err=%v", i, n, ok, err)
		}
	}
	// The window is fixed from the first count: counting inside it does not stretch it.
	if _, ok, err := s.CountIn(ctx, "short", 300*time.Millisecond, 2); err != nil || !ok {
		t.Fatalf("short window: ok=%v err=%v", ok, err)
	}
	time.Sleep(150 * time.Millisecond)
	if _, ok, err := s.CountIn(ctx, "short", 300*time.Millisecond, 2); err != nil || !ok {
		t.Fatalf("short window, second: ok=%v err=%v", ok, err)
	}
	eventually(t, "a count starts again after its window", func() (bool, error) {
		n, ok, err := s.CountIn(ctx, "short", 300*time.Millisecond, 2)
		if ok && n != 1 {
			t.Fatalf("after the window: n=%d, want a fresh count of 1", n)
		}
		return ok, err
	})
	if _, _, err := s.CountIn(ctx, "", time.Hour, 1); err == nil {
		t.Fatal("CountIn with an empty key must fail")
	}
	if _, _, err := s.CountIn(ctx, "k", 0, 1); err == nil {
		t.Fatal("CountIn without a window must fail: counts are never kept for ever")
	}
}

// testConcurrentCounts: many callers racing for one key's last places admit exactly limit.
func testConcurrentCounts(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	const callers, limit = 40, 15
	var admitted atomic.Int64
	var wg sync.WaitGroup
	for range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok, err := s.CountIn(ctx, "reader:busy:day", time.Hour, limit)
			if err != nil {
				t.Error(err)
			}
			if ok {
				admitted.Add(1)
			}
		}()
	}
	wg.Wait()
	if got := admitted.Load(); got != limit {
		t.Fatalf("%d of %d racing callers admitted under limit %d", got, callers, limit)
	}
}
