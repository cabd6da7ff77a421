package storetest

import (
	"testing"
	"time"

	"paperboy/core/store"
)

// testStaleWorkerKeepsSent: a worker whose entry was reclaimed and delivered by another must not
// turn the recorded "sent" back into dead or queued when it reports late.
func testStaleWorkerKeepsSent(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	mustEnqueue(t, s, job("tg", "a"))
	stale := mustReadOne(t, s, "tg", "slow")
	es, err := s.Reclaim(ctx, "tg", "fast", 0, 10)
	if err != nil || len(es) != 1 {
		t.Fatalf("Reclaim = %v, %v; want [a]", articles(es), err)
	}
	if err := s.Ack(ctx, es[0], "m1"); err != nil {
		t.Fatalf("Ack: %v", err)
	}
	if err := s.Dead(ctx, stale, "late failure"); err != nil {
		t.Fatalf("late Dead: %v", err)
	}
	if err := s.Retry(ctx, stale, time.Now(), "late failure"); err != nil {
		t.Fatalf("late Retry: %v", err)
	}
	if err := s.MarkSending(ctx, stale); err != nil {
		t.Fatalf("late MarkSending: %v", err)
	}
	wantClaim(t, s, "tg", "a", store.StateSent, "m1")
	mustDeadList(t, s, 10, 0)
	wantPending(t, s, "tg", 0)
}

// testStaleWorkerAfterRetry: once another worker reclaimed the entry and scheduled its retry, a
// late Retry or Dead from the first worker must not schedule a second copy or kill the delivery.
func testStaleWorkerAfterRetry(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	mustEnqueue(t, s, job("tg", "a"))
	stale := mustReadOne(t, s, "tg", "slow")
	es, err := s.Reclaim(ctx, "tg", "fast", 0, 10)
	if err != nil || len(es) != 1 {
		t.Fatalf("Reclaim = %v, %v; want [a]", articles(es), err)
	}
	due := time.Now().Add(-time.Second)
	if err := s.Retry(ctx, es[0], due, "first"); err != nil {
		t.Fatalf("Retry: %v", err)
	}
	if err := s.Retry(ctx, stale, due, "late"); err != nil {
		t.Fatalf("late Retry: %v", err)
	}
	if err := s.Dead(ctx, stale, "late"); err != nil {
		t.Fatalf("late Dead: %v", err)
	}
	wantClaim(t, s, "tg", "a", store.StateQueued, "")
	mustDeadList(t, s, 10, 0)
	wantPending(t, s, "tg", 1)
	if n, err := s.PromoteDue(ctx, "tg", time.Now(), 10); err != nil || n != 1 {
		t.Fatalf("PromoteDue = %d, %v; want exactly the one scheduled retry", n, err)
	}
	if e := mustReadOne(t, s, "tg", "fast"); e.LastError != "first" || e.Attempt != 1 {
		t.Fatalf("promoted entry = attempt %d %q, want attempt 1 \"first\"", e.Attempt, e.LastError)
	}
}
