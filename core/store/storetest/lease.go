package storetest

import (
	"testing"
	"time"

	"paperboy/core/store"
)

// testLeasePeekAndTake: PeekLease tells who holds a lease and how long ago it was renewed;
// TakeLease hands it over only from the named holder, and only once that holder has stopped
// renewing for the idle time asked for.
func testLeasePeekAndTake(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	if _, ok, err := s.PeekLease(ctx, "deliver:x"); err != nil || ok {
		t.Fatalf("PeekLease of a free lease = %v, %v; want free", ok, err)
	}
	if ok, err := s.AcquireLease(ctx, "deliver:x", "web-1#aaa", time.Hour); err != nil || !ok {
		t.Fatalf("AcquireLease = %v, %v", ok, err)
	}
	l, ok, err := s.PeekLease(ctx, "deliver:x")
	if err != nil || !ok || l.Owner != "web-1#aaa" || l.Age < 0 || l.Age > 5*time.Second || l.Left <= 50*time.Minute || l.Left > time.Hour {
		t.Fatalf("PeekLease = %+v, %v, %v; want web-1#aaa, renewed just now, about an hour left", l, ok, err)
	}
	// Renewed a moment ago: not idle long enough for a takeover.
	if ok, err := s.TakeLease(ctx, "deliver:x", "web-1#bbb", "web-1#aaa", time.Hour, time.Hour); err != nil || ok {
		t.Fatalf("TakeLease from a fresh holder = %v, %v; want refused", ok, err)
	}
	// Idle long enough, but the caller names another holder: refused.
	time.Sleep(120 * time.Millisecond) // let the holder's renewal age (not synchronisation)
	if ok, err := s.TakeLease(ctx, "deliver:x", "web-1#bbb", "web-2#ccc", 100*time.Millisecond, time.Hour); err != nil || ok {
		t.Fatalf("TakeLease naming the wrong holder = %v, %v; want refused", ok, err)
	}
	if l, _, _ := s.PeekLease(ctx, "deliver:x"); l.Age < 100*time.Millisecond {
		t.Fatalf("lease age %s after 120ms without renewal", l.Age)
	}
	// The holder renews: its age starts again, so the same takeover is refused.
	if ok, err := s.AcquireLease(ctx, "deliver:x", "web-1#aaa", time.Hour); err != nil || !ok {
		t.Fatalf("renewal = %v, %v", ok, err)
	}
	if ok, err := s.TakeLease(ctx, "deliver:x", "web-1#bbb", "web-1#aaa", 100*time.Millisecond, time.Hour); err != nil || ok {
		t.Fatalf("TakeLease right after a renewal = %v, %v; want refused", ok, err)
	}
	time.Sleep(120 * time.Millisecond)
	if ok, err := s.TakeLease(ctx, "deliver:x", "web-1#bbb", "web-1#aaa", 100*time.Millisecond, time.Minute); err != nil || !ok {
		t.Fatalf("TakeLease from an idle holder = %v, %v; want taken", ok, err)
	}
	if l, ok, _ := s.PeekLease(ctx, "deliver:x"); !ok || l.Owner != "web-1#bbb" || l.Left > time.Minute {
		t.Fatalf("after the takeover PeekLease = %+v, %v; want web-1#bbb with the new ttl", l, ok)
	}
	// The old holder can neither renew nor release it now.
	if ok, err := s.AcquireLease(ctx, "deliver:x", "web-1#aaa", time.Hour); err != nil || ok {
		t.Fatalf("old holder renewing after a takeover = %v, %v; want refused", ok, err)
	}
	if err := s.ReleaseLease(ctx, "deliver:x", "web-1#aaa"); err != nil {
		t.Fatal(err)
	}
	if l, ok, _ := s.PeekLease(ctx, "deliver:x"); !ok || l.Owner != "web-1#bbb" {
		t.Fatalf("old holder's release removed the new holder's lease: %+v, %v", l, ok)
	}
	// TakeLease is also a plain acquisition of a free lease, and a renewal of one's own.
	if ok, err := s.TakeLease(ctx, "deliver:free", "web-1#bbb", "nobody", time.Hour, time.Minute); err != nil || !ok {
		t.Fatalf("TakeLease of a free lease = %v, %v; want taken", ok, err)
	}
	if ok, err := s.TakeLease(ctx, "deliver:free", "web-1#bbb", "nobody", time.Hour, time.Minute); err != nil || !ok {
		t.Fatalf("TakeLease of one's own lease = %v, %v; want renewed", ok, err)
	}
	if err := s.ReleaseLease(ctx, "deliver:x", "web-1#bbb"); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.PeekLease(ctx, "deliver:x"); err != nil || ok {
		t.Fatalf("PeekLease after release = %v, %v; want free", ok, err)
	}
}

// testPauseInfo: a pause records since when and why; pausing again keeps the first record; a
// resume forgets it.
func testPauseInfo(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	if _, paused, err := s.PauseInfo(ctx, "channel", "tg"); err != nil || paused {
		t.Fatalf("PauseInfo before any pause = %v, %v", paused, err)
	}
	before := time.Now().Add(-time.Second)
	if err := s.PauseBecause(ctx, "channel", "tg", "telegram refused the token: 401 Unauthorized"); err != nil {
		t.Fatal(err)
	}
	p, paused, err := s.PauseInfo(ctx, "channel", "tg")
	if err != nil || !paused || p.Reason != "telegram refused the token: 401 Unauthorized" || p.Since.Before(before) || p.Since.After(time.Now().Add(time.Second)) {
		t.Fatalf("PauseInfo = %+v, %v, %v", p, paused, err)
	}
	if ok, _ := s.Paused(ctx, "channel", "tg"); !ok {
		t.Fatal("Paused disagrees with PauseInfo")
	}
	// A second pause (an editor's /pause, say) keeps when and why it was first paused.
	if err := s.PauseBecause(ctx, "channel", "tg", "paused by an editor"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetPaused(ctx, "channel", "tg", true); err != nil {
		t.Fatal(err)
	}
	if p2, _, _ := s.PauseInfo(ctx, "channel", "tg"); p2.Reason != p.Reason || !p2.Since.Equal(p.Since) {
		t.Fatalf("a second pause replaced the first: %+v, want %+v", p2, p)
	}
	if _, paused, _ := s.PauseInfo(ctx, "source", "tg"); paused {
		t.Fatal("pausing channel tg paused source tg")
	}
	if err := s.SetPaused(ctx, "channel", "tg", false); err != nil {
		t.Fatal(err)
	}
	if _, paused, _ := s.PauseInfo(ctx, "channel", "tg"); paused {
		t.Fatal("still paused after resume")
	}
	if err := s.SetPaused(ctx, "source", "feed", true); err != nil {
		t.Fatal(err)
	}
	if p, paused, _ := s.PauseInfo(ctx, "source", "feed"); !paused || p.Reason != "" || p.Since.IsZero() {
		t.Fatalf("SetPaused without a reason: %+v, %v; want paused now, no reason", p, paused)
	}
	if err := s.PauseBecause(ctx, "bogus", "x", "why"); err == nil {
		t.Fatal("PauseBecause with kind bogus: want an error")
	}
}
