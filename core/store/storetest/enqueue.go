package storetest

import (
	"sync"
	"testing"

	"paperboy/core/store"
)

func testEnqueueClaims(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	a := job("tg", "a1")
	sameStory := job("tg", "a2")
	sameStory.Fingerprint = a.Fingerprint
	noFP1, noFP2 := job("tg", "n1"), job("tg", "n2")
	noFP1.Fingerprint, noFP2.Fingerprint = "", ""
	steps := []struct {
		what string
		j    store.Job
		want bool
	}{
		{"first enqueue", a, true},
		{"same channel and article", a, false},
		{"same channel and article, other payload", store.Job{Channel: "tg", ArticleID: "a1", Key: "k", Payload: []byte("x")}, false},
		{"same fingerprint, other article, same channel", sameStory, false},
		{"same article, other channel", job("dc", "a1"), true},
		{"same fingerprint, other channel", func() store.Job { j := job("dc", "a2"); j.Fingerprint = a.Fingerprint; return j }(), false},
		{"no fingerprint", noFP1, true},
		{"another article, no fingerprint", noFP2, true},
	}
	for _, st := range steps {
		got, err := s.Enqueue(ctx, st.j)
		if err != nil {
			t.Fatalf("%s: Enqueue: %v", st.what, err)
		}
		if got != st.want {
			t.Fatalf("%s: Enqueue(%s/%s fp=%q) = %v, want %v", st.what, st.j.Channel, st.j.ArticleID, st.j.Fingerprint, got, st.want)
		}
	}
	wantClaim(t, s, "tg", "a1", store.StateQueued, "")
	wantClaim(t, s, "dc", "a1", store.StateQueued, "")
	wantClaim(t, s, "tg", "a2", store.StateNone, "")
	wantClaim(t, s, "dc", "a2", store.StateNone, "")
	wantClaim(t, s, "tg", "never", store.StateNone, "")
	wantPending(t, s, "tg", 3)
	wantPending(t, s, "dc", 1)
	wantPending(t, s, "empty", 0)
}

// testEnqueueRefusedWritesNothing checks a refused Enqueue leaves the first job's entry untouched
// and adds no entry of its own.
func testEnqueueRefusedWritesNothing(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	first := job("tg", "a1")
	mustEnqueue(t, s, first)
	dup := first
	dup.Payload, dup.Key = []byte("second payload"), "other-key"
	if ok, err := s.Enqueue(ctx, dup); err != nil || ok {
		t.Fatalf("duplicate Enqueue = %v, %v; want false, nil", ok, err)
	}
	story := job("tg", "a9")
	story.Fingerprint = first.Fingerprint
	if ok, err := s.Enqueue(ctx, story); err != nil || ok {
		t.Fatalf("same-story Enqueue = %v, %v; want false, nil", ok, err)
	}
	e := mustReadOne(t, s, "tg", "c1")
	checkEntry(t, e, first, 0, "")
	// The refused same-story job must not have claimed its own article either.
	wantClaim(t, s, "tg", "a9", store.StateNone, "")
	other := job("tg", "a9")
	other.Fingerprint = "fp-unrelated"
	mustEnqueue(t, s, other)
}

func testEnqueueMany(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	if got, err := s.EnqueueMany(ctx, nil); err != nil || len(got) != 0 {
		t.Fatalf("EnqueueMany(nil) = %v, %v; want empty, nil", got, err)
	}
	mustEnqueue(t, s, job("tg", "old"))
	sameStory := job("tg", "b")
	sameStory.Fingerprint = "fp-a"
	jobs := []store.Job{
		job("tg", "a"),
		job("tg", "a"),   // duplicate inside the batch: the first one wins
		sameStory,        // same story as the first job
		job("tg", "old"), // claimed before the batch
		job("dc", "a"),   // same article, other channel
		job("tg", "c"),
	}
	want := []bool{true, false, false, false, true, true}
	got, err := s.EnqueueMany(ctx, jobs)
	if err != nil {
		t.Fatalf("EnqueueMany: %v", err)
	}
	if len(got) != len(want) {
		t.Fatalf("EnqueueMany returned %d results for %d jobs", len(got), len(jobs))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("EnqueueMany result %d (%s/%s) = %v, want %v", i, jobs[i].Channel, jobs[i].ArticleID, got[i], want[i])
		}
	}
	es := mustRead(t, s, "tg", "c1", 10)
	if g := articles(es); len(g) != 3 || g[0] != "old" || g[1] != "a" || g[2] != "c" {
		t.Fatalf("tg outbox = %v, want [old a c]", g)
	}
	checkEntry(t, es[1], jobs[0], 0, "")
	checkEntry(t, mustReadOne(t, s, "dc", "c1"), jobs[4], 0, "")
}

// testEnqueueInvalid checks bad input is refused with an error rather than stored or panicking.
func testEnqueueInvalid(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	for _, j := range []store.Job{
		{Channel: "", ArticleID: "a", Key: "k"},
		{Channel: "tg", ArticleID: "", Key: "k"},
	} {
		if ok, err := s.Enqueue(ctx, j); err == nil || ok {
			t.Errorf("Enqueue(%q/%q) = %v, %v; want false and an error", j.Channel, j.ArticleID, ok, err)
		}
		if _, err := s.EnqueueMany(ctx, []store.Job{job("tg", "fine"), j}); err == nil {
			t.Errorf("EnqueueMany with %q/%q: want an error", j.Channel, j.ArticleID)
		}
	}
	wantPending(t, s, "tg", 0)
}

func testConcurrentEnqueue(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	const n = 50
	j := job("tg", "hot")
	var (
		wg    sync.WaitGroup
		start = make(chan struct{})
		wins  = make(chan bool, n)
		errs  = make(chan error, n)
	)
	for range n {
		wg.Go(func() {
			<-start
			ok, err := s.Enqueue(ctx, j)
			if err != nil {
				errs <- err
				return
			}
			wins <- ok
		})
	}
	close(start)
	wg.Wait()
	close(wins)
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent Enqueue: %v", err)
	}
	won := 0
	for ok := range wins {
		if ok {
			won++
		}
	}
	if won != 1 {
		t.Fatalf("%d of %d concurrent Enqueues of one job won, want exactly 1", won, n)
	}
	wantPending(t, s, "tg", 1)
	checkEntry(t, mustReadOne(t, s, "tg", "c1"), j, 0, "")
}

// testConcurrentFingerprint races different articles of one story (one fingerprint) through
// EnqueueMany: exactly one may win.
func testConcurrentFingerprint(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	const n = 50
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		won   []string
		start = make(chan struct{})
	)
	for i := range n {
		wg.Go(func() {
			j := job("tg", name("story", i))
			j.Fingerprint = "fp-shared"
			<-start
			res, err := s.EnqueueMany(ctx, []store.Job{j})
			if err != nil {
				t.Errorf("EnqueueMany: %v", err)
				return
			}
			if len(res) == 1 && res[0] {
				mu.Lock()
				won = append(won, j.ArticleID)
				mu.Unlock()
			}
		})
	}
	close(start)
	wg.Wait()
	if len(won) != 1 {
		t.Fatalf("articles that won one fingerprint: %v, want exactly 1", won)
	}
	wantPending(t, s, "tg", 1)
	if e := mustReadOne(t, s, "tg", "c1"); e.ArticleID != won[0] {
		t.Fatalf("outbox holds %s, want the winner %s", e.ArticleID, won[0])
	}
}
