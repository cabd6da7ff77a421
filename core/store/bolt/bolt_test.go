package bolt

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"paperboy/core/store"
	"paperboy/core/store/storetest"
)

func openTemp(t *testing.T, opts ...Option) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "paperboy.db")
	s, err := Open(path, opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, path
}

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, _ := openTemp(t)
		return s
	})
}

// fakeClock is a settable clock for expiry tests.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// TestReadWakesParkedReader enqueues only once the reader is parked in its wait, so the
// in-process wake-up is what delivers the entry.
func TestReadWakesParkedReader(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	done := make(chan []store.Entry, 1)
	go func() {
		es, err := s.Read(ctx, "tg", "c1", 10, time.Minute)
		if err != nil {
			t.Errorf("Read: %v", err)
		}
		done <- es
	}()
	waitParked(t, s, "tg")
	// Another channel's enqueue must not wake this reader with nothing.
	if _, err := s.Enqueue(ctx, store.Job{Channel: "dc", ArticleID: "x"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enqueue(ctx, store.Job{Channel: "tg", ArticleID: "late", Key: "k"}); err != nil {
		t.Fatal(err)
	}
	if es := <-done; len(es) != 1 || es[0].ArticleID != "late" {
		t.Fatalf("woken Read returned %v, want [late]", es)
	}
}

func TestCloseWakesParkedReader(t *testing.T) {
	s, _ := openTemp(t)
	done := make(chan error, 1)
	go func() {
		_, err := s.Read(context.Background(), "tg", "c1", 10, time.Minute)
		done <- err
	}()
	waitParked(t, s, "tg")
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := <-done; !errors.Is(err, ErrClosed) {
		t.Fatalf("Read on a closing store = %v, want ErrClosed", err)
	}
	if err := s.Close(); !errors.Is(err, ErrClosed) {
		t.Fatalf("second Close = %v, want ErrClosed", err)
	}
}

func waitParked(t *testing.T, s *Store, ch string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s.note.mu.Lock()
		n := s.note.parked[ch]
		s.note.mu.Unlock()
		if n > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("reader never parked")
		}
		time.Sleep(time.Millisecond) // polling the reader's own report, not waiting blindly
	}
}

// TestExpiryAndSweep drives expiry with an injected clock: records read as absent once past
// their expiry, and the sweep then deletes them from the file.
func TestExpiryAndSweep(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	s, _ := openTemp(t, WithClock(clock.now), WithClaimTTL(time.Hour), WithSweepInterval(0))
	ctx := context.Background()
	if _, err := s.Enqueue(ctx, store.Job{Channel: "tg", ArticleID: "a", Fingerprint: "f"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enqueue(ctx, store.Job{Channel: "tg", ArticleID: "long", TTL: 3 * time.Hour}); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSeen(ctx, []string{"a"}, 0); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.AcquireLease(ctx, "source:x", "r1", time.Minute); !ok {
		t.Fatal("AcquireLease refused")
	}
	if n, err := s.sweep(); err != nil || n != 0 {
		t.Fatalf("sweep before expiry = %d, %v; want 0", n, err)
	}
	clock.add(time.Hour)
	if c, _ := s.Claim(ctx, "tg", "a"); c.State != store.StateNone {
		t.Fatalf("claim after its TTL = %q, want none", c.State)
	}
	if c, _ := s.Claim(ctx, "tg", "long"); c.State != store.StateQueued {
		t.Fatalf("claim with a 3h TTL after 1h = %q, want queued", c.State)
	}
	if seen, _ := s.Seen(ctx, []string{"a"}); seen[0] {
		t.Fatal("seen id outlived the default TTL")
	}
	if ok, _ := s.AcquireLease(ctx, "source:x", "r2", time.Minute); !ok {
		t.Fatal("expired lease still refused another owner")
	}
	// claim a, fingerprint f, seen a expired; the lease was just retaken by r2.
	if n, err := s.sweep(); err != nil || n != 3 {
		t.Fatalf("sweep = %d, %v; want 3 expired records", n, err)
	}
	counts := map[string]int{}
	err := s.db.View(func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{bClaims, bFPs, bSeen, bLeases} {
			counts[string(b)] = tx.Bucket(b).Stats().KeyN
		}
		return nil
	})
	if err != nil || counts["claims"] != 1 || counts["fps"] != 0 || counts["seen"] != 0 || counts["leases"] != 1 {
		t.Fatalf("records left after sweep = %v, %v; want 1 claim and 1 lease", counts, err)
	}
}

// TestReopen checks state survives a restart: a read-but-unacknowledged entry is reclaimable, not re-read.
func TestReopen(t *testing.T) {
	s, path := openTemp(t)
	ctx := context.Background()
	if _, err := s.Enqueue(ctx, store.Job{Channel: "tg", ArticleID: "a", Payload: []byte{0, 1, 2}}); err != nil {
		t.Fatal(err)
	}
	if es, err := s.Read(ctx, "tg", "c1", 10, 0); err != nil || len(es) != 1 {
		t.Fatalf("Read = %v, %v", es, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	if es, err := s2.Read(ctx, "tg", "c2", 10, 0); err != nil || len(es) != 0 {
		t.Fatalf("Read after reopen = %v, %v; want nothing new", es, err)
	}
	es, err := s2.Reclaim(ctx, "tg", "c2", 0, 10)
	if err != nil || len(es) != 1 || es[0].ArticleID != "a" || string(es[0].Payload) != "\x00\x01\x02" {
		t.Fatalf("Reclaim after reopen = %v, %v; want [a]", es, err)
	}
	if ok, err := s2.Enqueue(ctx, store.Job{Channel: "tg", ArticleID: "a"}); err != nil || ok {
		t.Fatalf("Enqueue after reopen = %v, %v; want the claim kept", ok, err)
	}
}

// TestReopenDropsLeases: the file lock admits one process, so leases a killed process left in the
// file are dropped at open and the next process delivers at once; pauses survive.
func TestReopenDropsLeases(t *testing.T) {
	s, path := openTemp(t)
	ctx := context.Background()
	if ok, err := s.AcquireLease(ctx, "deliver:telegram:x", "old#1", time.Hour); err != nil || !ok {
		t.Fatalf("AcquireLease = %v, %v", ok, err)
	}
	if err := s.PauseBecause(ctx, "channel", "tg", "token refused"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	if l, held, err := s2.PeekLease(ctx, "deliver:telegram:x"); err != nil || held {
		t.Fatalf("lease after reopen = %+v, %v, %v; want free", l, held, err)
	}
	if ok, err := s2.AcquireLease(ctx, "deliver:telegram:x", "new#2", time.Hour); err != nil || !ok {
		t.Fatalf("AcquireLease by the next process = %v, %v; want at once", ok, err)
	}
	if p, paused, err := s2.PauseInfo(ctx, "channel", "tg"); err != nil || !paused || p.Reason != "token refused" {
		t.Fatalf("pause after reopen = %+v, %v, %v; want kept", p, paused, err)
	}
}

func TestBadInput(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.Enqueue(ctx, store.Job{Channel: "a\x00b", ArticleID: "x"}); err == nil {
		t.Error("Enqueue on a channel with NUL: want an error")
	}
	if err := s.Ack(ctx, store.Entry{Channel: "tg", ID: "not-a-number"}, "m"); err == nil {
		t.Error("Ack with a foreign entry id: want an error")
	}
	if _, err := Open(filepath.Join(t.TempDir(), "f", "x\x00.db")); err == nil {
		t.Error("Open of an impossible path: want an error")
	}
}

// TestCatalogChangeRightAfterWatch: a change written as soon as WatchCatalog returns, and one
// written while the watcher passes on the previous signal, both wake the reader. The wait was
// taken in the watcher's goroutine, after the change, and the change was lost until the hourly
// reload.
func TestCatalogChangeRightAfterWatch(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	heard := func(w <-chan struct{}) bool {
		select {
		case <-w:
			return true
		case <-time.After(2 * time.Second):
			return false
		}
	}
	for i := range 200 {
		wctx, cancel := context.WithCancel(ctx)
		w := s.WatchCatalog(wctx)
		if _, err := s.PutObject(ctx, store.Object{Kind: "source", Name: "x", Data: []byte{byte(i)}}); err != nil {
			t.Fatal(err)
		}
		if !heard(w) {
			t.Fatalf("round %d: the change right after the watch began was not announced", i)
		}
		if _, err := s.PutObject(ctx, store.Object{Kind: "source", Name: "x", Data: []byte{byte(i), 1}}); err != nil {
			t.Fatal(err)
		}
		if !heard(w) {
			t.Fatalf("round %d: the change after the first signal was not announced", i)
		}
		cancel()
	}
}
