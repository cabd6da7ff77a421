package storetest

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"paperboy/core/store"
)

func testSeen(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	if got, err := s.Seen(ctx, nil); err != nil || len(got) != 0 {
		t.Fatalf("Seen(nil) = %v, %v; want empty", got, err)
	}
	if err := s.MarkSeen(ctx, nil, time.Hour); err != nil {
		t.Fatalf("MarkSeen(nil): %v", err)
	}
	ids := []string{"a", "b", "c"}
	if got, err := s.Seen(ctx, ids); err != nil || len(got) != 3 || got[0] || got[1] || got[2] {
		t.Fatalf("Seen before MarkSeen = %v, %v; want all false", got, err)
	}
	if err := s.MarkSeen(ctx, []string{"a", "c"}, time.Hour); err != nil {
		t.Fatalf("MarkSeen: %v", err)
	}
	if got, err := s.Seen(ctx, ids); err != nil || len(got) != 3 || !got[0] || got[1] || !got[2] {
		t.Fatalf("Seen = %v, %v; want [true false true]", got, err)
	}
	if err := s.MarkSeen(ctx, []string{"short"}, 50*time.Millisecond); err != nil {
		t.Fatalf("MarkSeen: %v", err)
	}
	eventually(t, "seen id with a 50ms ttl is forgotten", func() (bool, error) {
		got, err := s.Seen(ctx, []string{"short", "a"})
		if err != nil || !got[1] {
			return false, err
		}
		return !got[0], nil
	})
}

func testSourceState(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	if got, err := s.SourceState(ctx, "never"); err != nil || got != (store.SourceState{}) {
		t.Fatalf("SourceState(unknown) = %+v, %v; want the zero state", got, err)
	}
	now := time.Now()
	full := store.SourceState{
		ETag:         `W/"abc"`,
		LastModified: "Mon, 02 Jan 2006 15:04:05 GMT",
		LastPoll:     now,
		NextPoll:     now.Add(5 * time.Minute),
		Failures:     3,
		LastError:    "fetch: 503",
		Seeded:       true,
	}
	if err := s.SaveSourceState(ctx, "feed", full); err != nil {
		t.Fatalf("SaveSourceState: %v", err)
	}
	got, err := s.SourceState(ctx, "feed")
	if err != nil {
		t.Fatalf("SourceState: %v", err)
	}
	if got.ETag != full.ETag || got.LastModified != full.LastModified || got.Failures != 3 ||
		got.LastError != full.LastError || !got.Seeded ||
		!got.LastPoll.Equal(full.LastPoll) || !got.NextPoll.Equal(full.NextPoll) {
		t.Fatalf("SourceState round trip = %+v, want %+v", got, full)
	}
	// A later save replaces every field, including clearing ones now empty.
	if err := s.SaveSourceState(ctx, "feed", store.SourceState{NextPoll: now}); err != nil {
		t.Fatalf("SaveSourceState: %v", err)
	}
	got, err = s.SourceState(ctx, "feed")
	if err != nil || got.ETag != "" || got.Failures != 0 || got.Seeded || !got.LastPoll.IsZero() || !got.NextPoll.Equal(now) {
		t.Fatalf("SourceState after overwrite = %+v, %v; want only NextPoll set", got, err)
	}
	if other, err := s.SourceState(ctx, "other"); err != nil || other != (store.SourceState{}) {
		t.Fatalf("SourceState(other) = %+v, %v; want the zero state", other, err)
	}
}

func testLease(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	steps := []struct {
		what    string
		owner   string
		release bool
		ttl     time.Duration
		want    bool
	}{
		{what: "first owner takes it", owner: "r1", ttl: time.Hour, want: true},
		{what: "second owner refused", owner: "r2", ttl: time.Hour, want: false},
		{what: "same owner extends", owner: "r1", ttl: time.Hour, want: true},
		{what: "non-owner release ignored", owner: "r2", release: true},
		{what: "still refused after a non-owner release", owner: "r2", ttl: time.Hour, want: false},
		{what: "owner releases", owner: "r1", release: true},
		{what: "second owner takes the released lease", owner: "r2", ttl: time.Hour, want: true},
		{what: "first owner now refused", owner: "r1", ttl: time.Hour, want: false},
	}
	for _, st := range steps {
		if st.release {
			if err := s.ReleaseLease(ctx, "source:feed", st.owner); err != nil {
				t.Fatalf("%s: ReleaseLease: %v", st.what, err)
			}
			continue
		}
		got, err := s.AcquireLease(ctx, "source:feed", st.owner, st.ttl)
		if err != nil || got != st.want {
			t.Fatalf("%s: AcquireLease(%s) = %v, %v; want %v", st.what, st.owner, got, err, st.want)
		}
	}
	if ok, err := s.AcquireLease(ctx, "source:other", "r1", time.Hour); err != nil || !ok {
		t.Fatalf("AcquireLease of another name = %v, %v; want true", ok, err)
	}
}

func testLeaseExpiry(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	if ok, err := s.AcquireLease(ctx, "short", "r1", 50*time.Millisecond); err != nil || !ok {
		t.Fatalf("AcquireLease = %v, %v; want true", ok, err)
	}
	eventually(t, "a 50ms lease expires and another owner takes it", func() (bool, error) {
		return s.AcquireLease(ctx, "short", "r2", time.Hour)
	})
	// Extending must really push the expiry out: r3 takes a 50ms lease, extends it to an hour,
	// and r4 is still refused well after the first 50ms are over.
	if ok, err := s.AcquireLease(ctx, "ext", "r3", 50*time.Millisecond); err != nil || !ok {
		t.Fatalf("AcquireLease = %v, %v; want true", ok, err)
	}
	if ok, err := s.AcquireLease(ctx, "ext", "r3", time.Hour); err != nil || !ok {
		t.Fatalf("extending AcquireLease = %v, %v; want true", ok, err)
	}
	time.Sleep(150 * time.Millisecond) // outlive the original 50ms ttl (not synchronisation)
	if ok, err := s.AcquireLease(ctx, "ext", "r4", time.Hour); err != nil || ok {
		t.Fatalf("AcquireLease by another owner after an extension = %v, %v; want false", ok, err)
	}
}

func testPause(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	paused := func(kind, name string) bool {
		t.Helper()
		p, err := s.Paused(ctx, kind, name)
		if err != nil {
			t.Fatalf("Paused(%s, %s): %v", kind, name, err)
		}
		return p
	}
	if paused("channel", "tg") {
		t.Fatal("channel tg paused before SetPaused")
	}
	if err := s.SetPaused(ctx, "channel", "tg", true); err != nil {
		t.Fatalf("SetPaused: %v", err)
	}
	if !paused("channel", "tg") || paused("source", "tg") || paused("channel", "dc") {
		t.Fatal("SetPaused(channel, tg) did not pause exactly channel tg")
	}
	if err := s.SetPaused(ctx, "channel", "tg", true); err != nil {
		t.Fatalf("SetPaused twice: %v", err)
	}
	if err := s.SetPaused(ctx, "channel", "tg", false); err != nil {
		t.Fatalf("SetPaused(false): %v", err)
	}
	if paused("channel", "tg") {
		t.Fatal("channel tg still paused after resume")
	}
	if err := s.SetPaused(ctx, "source", "feed", false); err != nil {
		t.Fatalf("resuming a source never paused: %v", err)
	}
	if err := s.SetPaused(ctx, "bogus", "x", true); err == nil {
		t.Fatal("SetPaused with kind bogus: want an error")
	}
	if _, err := s.Paused(ctx, "bogus", "x"); err == nil {
		t.Fatal("Paused with kind bogus: want an error")
	}
}

func testClaimTTL(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	j := job("tg", "a")
	j.TTL = 100 * time.Millisecond
	mustEnqueue(t, s, j)
	story := job("tg", "b")
	story.Fingerprint = j.Fingerprint
	if ok, err := s.Enqueue(ctx, story); err != nil || ok {
		t.Fatalf("same-story Enqueue while claimed = %v, %v; want false", ok, err)
	}
	eventually(t, "claim with a 100ms ttl expires", func() (bool, error) {
		c, err := s.Claim(ctx, "tg", "a")
		return c.State == store.StateNone, err
	})
	// Both the claim and the fingerprint are forgotten: the same story may be claimed by
	// another article, after which the first article (same fingerprint) is refused again.
	if ok, err := s.Enqueue(ctx, story); err != nil || !ok {
		t.Fatalf("same-story Enqueue after expiry = %v, %v; want true", ok, err)
	}
	j.TTL = 0
	if ok, err := s.Enqueue(ctx, j); err != nil || ok {
		t.Fatalf("re-Enqueue of the first article with the now re-claimed fingerprint = %v, %v; want false", ok, err)
	}
	j.Fingerprint = "fp-new"
	if ok, err := s.Enqueue(ctx, j); err != nil || !ok {
		t.Fatalf("re-Enqueue after expiry = %v, %v; want true", ok, err)
	}
	wantPending(t, s, "tg", 3) // the expired claim's entry stays queued; expiry only forgets the claim
}

// testFingerprintTTL checks a short fingerprint window: after it, another URL with the same
// title is a new story (a daily column), while the first article's own claim still holds.
func testFingerprintTTL(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	j := job("tg", "monday")
	j.Fingerprint = "fp-daily-column"
	j.FingerprintTTL = 100 * time.Millisecond
	mustEnqueue(t, s, j)
	tuesday := job("tg", "tuesday")
	tuesday.Fingerprint = j.Fingerprint
	if ok, err := s.Enqueue(ctx, tuesday); err != nil || ok {
		t.Fatalf("same title inside the window = %v, %v; want false", ok, err)
	}
	eventually(t, "fingerprint with a 100ms window expires", func() (bool, error) {
		ok, err := s.Enqueue(ctx, tuesday)
		return ok, err
	})
	if ok, err := s.Enqueue(ctx, job("tg", "monday")); err != nil || ok {
		t.Fatalf("the first article's claim must outlive its fingerprint: %v, %v", ok, err)
	}
}

// testSentClaimKeepsTTL checks MarkSending and Ack keep the claim's expiry instead of making it permanent.
func testSentClaimKeepsTTL(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	j := job("tg", "a")
	j.TTL = 300 * time.Millisecond
	mustEnqueue(t, s, j)
	e := mustReadOne(t, s, "tg", "c1")
	if err := s.MarkSending(ctx, e); err != nil {
		t.Fatalf("MarkSending: %v", err)
	}
	if err := s.Ack(ctx, e, "m1"); err != nil {
		t.Fatalf("Ack: %v", err)
	}
	eventually(t, "sent claim with a 300ms ttl expires", func() (bool, error) {
		c, err := s.Claim(ctx, "tg", "a")
		return c.State == store.StateNone, err
	})
}

func testPing(t *testing.T, s store.Store) {
	if err := s.Ping(ctxT(t)); err != nil {
		t.Fatalf("Ping: %v", err)
	}
}

// testClosed checks a closed store answers with errors rather than panicking or pretending to work.
func testClosed(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	mustEnqueue(t, s, job("tg", "a"))
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if ok, err := s.Enqueue(ctx, job("tg", "b")); err == nil || ok {
		t.Errorf("Enqueue after Close = %v, %v; want an error", ok, err)
	}
	if _, err := s.Read(ctx, "tg", "c1", 10, 0); err == nil {
		t.Error("Read after Close: want an error")
	}
	if _, err := s.Claim(ctx, "tg", "a"); err == nil {
		t.Error("Claim after Close: want an error")
	}
	if err := s.Ping(ctx); err == nil {
		t.Error("Ping after Close: want an error")
	}
	if _, err := s.DeadList(ctx, 10); err == nil {
		t.Error("DeadList after Close: want an error")
	}
}

// testValues checks the key-value space: round trip (binary-safe), overwrite, delete, expiry.
func testValues(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	if _, err := s.GetValue(ctx, "session:none"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("GetValue of an unknown key: %v, want ErrNotFound", err)
	}
	v := payloadOf("session")
	if err := s.PutValue(ctx, "session:a", v, time.Hour); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetValue(ctx, "session:a")
	if err != nil || !bytes.Equal(got, v) {
		t.Fatalf("GetValue = %q, %v; want %q", got, err, v)
	}
	if err := s.PutValue(ctx, "session:a", []byte("second"), time.Hour); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetValue(ctx, "session:a"); string(got) != "second" {
		t.Fatalf("overwrite: %q", got)
	}
	if err := s.DeleteValue(ctx, "session:a"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetValue(ctx, "session:a"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("after delete: %v", err)
	}
	if err := s.DeleteValue(ctx, "session:a"); err != nil {
		t.Fatalf("deleting an absent value: %v", err)
	}
	if err := s.PutValue(ctx, "session:short", []byte("x"), 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	eventually(t, "a value with a 100ms ttl expires", func() (bool, error) {
		_, err := s.GetValue(ctx, "session:short")
		if errors.Is(err, store.ErrNotFound) {
			return true, nil
		}
		return false, err
	})
	if err := s.PutValue(ctx, "k", []byte("x"), 0); err == nil {
		t.Fatal("PutValue without a ttl must fail: values are never kept forever")
	}
}
