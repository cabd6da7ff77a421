package storetest

import (
	"context"
	"errors"
	"sort"
	"sync"
	"testing"
	"time"

	"paperboy/core/store"
)

func testReadFIFO(t *testing.T, s store.Store) {
	before := time.Now().Add(-time.Second)
	var jobs []store.Job
	for i := range 5 {
		j := job("tg", name("a", i))
		j.Fingerprint = ""
		jobs = append(jobs, j)
		mustEnqueue(t, s, j)
	}
	mustEnqueue(t, s, job("other", "x")) // another channel's outbox must not leak in
	after := time.Now().Add(time.Second)

	first := mustRead(t, s, "tg", "c1", 3)
	rest := mustRead(t, s, "tg", "c1", 10)
	got := append(first, rest...)
	if len(first) != 3 || len(got) != 5 {
		t.Fatalf("Read 3 then 10 returned %d then %d entries, want 3 then 2", len(first), len(rest))
	}
	ids := map[string]bool{}
	for i, e := range got {
		checkEntry(t, e, jobs[i], 0, "")
		if e.Enqueued.Before(before) || e.Enqueued.After(after) {
			t.Errorf("entry %d Enqueued = %v, want between %v and %v", i, e.Enqueued, before, after)
		}
		if ids[e.ID] {
			t.Errorf("entry id %q handed out twice", e.ID)
		}
		ids[e.ID] = true
	}
	if es := mustRead(t, s, "tg", "c1", 10); len(es) != 0 {
		t.Fatalf("third Read returned %v, want nothing", articles(es))
	}
	if es := mustRead(t, s, "tg", "c1", 0); len(es) != 0 {
		t.Fatalf("Read with max 0 returned %v", articles(es))
	}
	// Everything read is still pending until acknowledged.
	wantPending(t, s, "tg", 5)
}

func testReadBlockWakes(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	type result struct {
		es  []store.Entry
		err error
	}
	started, done := make(chan struct{}), make(chan result, 1)
	go func() {
		close(started)
		es, err := s.Read(ctx, "tg", "c1", 10, 20*time.Second)
		done <- result{es, err}
	}()
	<-started
	select {
	case r := <-done:
		t.Fatalf("blocking Read returned %v, %v before anything was enqueued", articles(r.es), r.err)
	default:
	}
	j := job("tg", "late")
	mustEnqueue(t, s, j)
	r := <-done
	if r.err != nil {
		t.Fatalf("blocking Read: %v", r.err)
	}
	if len(r.es) != 1 {
		t.Fatalf("blocking Read returned %v, want [late]", articles(r.es))
	}
	checkEntry(t, r.es[0], j, 0, "")
}

func testReadBlockTimeout(t *testing.T, s store.Store) {
	es, err := s.Read(ctxT(t), "tg", "c1", 10, 50*time.Millisecond)
	if err != nil || len(es) != 0 {
		t.Fatalf("Read with a short block on an empty outbox = %v, %v; want nothing, nil", articles(es), err)
	}
	// An outbox whose entries are all handed out is empty for the next reader too.
	mustEnqueue(t, s, job("tg", "a"))
	mustReadOne(t, s, "tg", "c1")
	es, err = s.Read(ctxT(t), "tg", "c2", 10, 50*time.Millisecond)
	if err != nil || len(es) != 0 {
		t.Fatalf("Read after all entries were handed out = %v, %v; want nothing, nil", articles(es), err)
	}
}

// testReadBlockHonoursContext cancels a Read blocked for much longer than the test waits; a store
// that ignores ctx keeps the goroutine past the test's own deadline and fails.
func testReadBlockHonoursContext(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	started := make(chan struct{})
	go func() {
		close(started)
		_, err := s.Read(ctx, "tg", "c1", 10, time.Minute)
		done <- err
	}()
	<-started
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Read after cancel returned %v, want context.Canceled", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Read did not return within 20s of its context being cancelled")
	}
}

func testReadNoDoubleHandout(t *testing.T, s store.Store) {
	mustEnqueue(t, s, job("tg", "a"))
	mustEnqueue(t, s, job("tg", "b"))
	if es := mustRead(t, s, "tg", "c1", 10); len(es) != 2 {
		t.Fatalf("c1 read %v, want [a b]", articles(es))
	}
	if es := mustRead(t, s, "tg", "c2", 10); len(es) != 0 {
		t.Fatalf("c2 read %v, already handed to c1", articles(es))
	}
	if es := mustRead(t, s, "tg", "c1", 10); len(es) != 0 {
		t.Fatalf("c1 read %v again", articles(es))
	}
}

func testReadConcurrentConsumers(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	const n = 30
	var jobs []store.Job
	for i := range n {
		jobs = append(jobs, job("tg", name("a", i)))
	}
	if _, err := s.EnqueueMany(ctx, jobs); err != nil {
		t.Fatalf("EnqueueMany: %v", err)
	}
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got []string
	)
	for c := range 4 {
		wg.Go(func() {
			for {
				es, err := s.Read(ctx, "tg", name("c", c), 3, 0)
				if err != nil {
					t.Errorf("Read: %v", err)
					return
				}
				if len(es) == 0 {
					return
				}
				mu.Lock()
				got = append(got, articles(es)...)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	sort.Strings(got)
	if len(got) != n {
		t.Fatalf("4 consumers read %d entries, want %d: %v", len(got), n, got)
	}
	for i := range got {
		if got[i] != name("a", i) {
			t.Fatalf("consumers read %v, want each of a-00..a-%02d exactly once", got, n-1)
		}
	}
}

func testReclaim(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	jobs := []store.Job{job("tg", "a"), job("tg", "b"), job("tg", "c")}
	for _, j := range jobs {
		mustEnqueue(t, s, j)
	}
	read := mustRead(t, s, "tg", "dead-worker", 10)
	if len(read) != 3 {
		t.Fatalf("Read returned %v, want [a b c]", articles(read))
	}
	if es, err := s.Reclaim(ctx, "tg", "c2", time.Hour, 10); err != nil || len(es) != 0 {
		t.Fatalf("Reclaim(minIdle 1h) = %v, %v; want nothing: the entries were just read", articles(es), err)
	}
	if es, err := s.Reclaim(ctx, "tg", "c2", 0, 2); err != nil || len(es) != 2 {
		t.Fatalf("Reclaim(max 2) = %v, %v; want 2 entries", articles(es), err)
	}
	es, err := s.Reclaim(ctx, "tg", "c3", 0, 10)
	if err != nil || len(es) != 3 {
		t.Fatalf("Reclaim(minIdle 0) = %v, %v; want all three pending entries", articles(es), err)
	}
	sort.Slice(es, func(i, j int) bool { return es[i].ArticleID < es[j].ArticleID })
	for i := range es {
		checkEntry(t, es[i], jobs[i], 0, "")
		if es[i].ID != read[i].ID {
			t.Errorf("reclaimed %s has id %q, was read as %q", es[i].ArticleID, es[i].ID, read[i].ID)
		}
	}
	wantPending(t, s, "tg", 3)
	if es := mustRead(t, s, "tg", "c4", 10); len(es) != 0 {
		t.Fatalf("Read after Reclaim returned %v: reclaimed entries are not new", articles(es))
	}
	if es, err := s.Reclaim(ctx, "tg", "c4", time.Hour, 10); err != nil || len(es) != 0 {
		t.Fatalf("Reclaim(minIdle 1h) right after a reclaim = %v, %v; want nothing", articles(es), err)
	}
	if err := s.Ack(ctx, es[0], "m1"); err != nil {
		t.Fatalf("Ack: %v", err)
	}
	left, err := s.Reclaim(ctx, "tg", "c4", 0, 10)
	if err != nil || len(left) != 2 || left[0].ArticleID != "b" || left[1].ArticleID != "c" {
		t.Fatalf("Reclaim after Ack = %v, %v; want [b c]", articles(left), err)
	}
	if es, err := s.Reclaim(ctx, "empty", "c1", 0, 10); err != nil || len(es) != 0 {
		t.Fatalf("Reclaim on an unused channel = %v, %v; want nothing, nil", articles(es), err)
	}
	if es, err := s.Reclaim(ctx, "tg", "c5", 0, 0); err != nil || len(es) != 0 {
		t.Fatalf("Reclaim(max 0) = %v, %v; want nothing", articles(es), err)
	}
}
