package lease

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"paperboy/core/store"
	"paperboy/core/store/bolt"
)

func openStore(t *testing.T) store.Store {
	t.Helper()
	st, err := bolt.Open(filepath.Join(t.TempDir(), "pb.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// logs is a concurrency-safe log buffer.
type logs struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logs) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logs) count(s string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Count(l.buf.String(), s)
}

func (l *logs) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

const renew = 100 * time.Millisecond

// A process killed while holding a lease: the next process of the same replica takes it back
// as soon as the dead one's renewal is overdue (renew+Slack), long before the lease expires;
// another replica still waits for the expiry.
func TestRestartTakesBackItsLease(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	var out logs
	dead := NewTaker(st, Owner{Replica: "web-1", Token: "dead"}, out.logger())
	if ok, err := dead.Acquire(ctx, "deliver:telegram:abc", time.Hour, renew); err != nil || !ok {
		t.Fatalf("first Acquire = %v, %v", ok, err)
	}
	other := NewTaker(st, Owner{Replica: "web-2", Token: "x"}, out.logger())
	next := NewTaker(st, Owner{Replica: "web-1", Token: "next"}, out.logger())
	start := time.Now()
	for {
		ok, err := next.Acquire(ctx, "deliver:telegram:abc", time.Hour, renew)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			break
		}
		if time.Since(start) > 10*time.Second {
			t.Fatal("the restarted replica never took its lease back")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if waited := time.Since(start); waited < renew+Slack-200*time.Millisecond {
		t.Fatalf("took the lease back after %s: before the dead process's fence (%s) could have passed", waited, renew+Slack)
	}
	if l, _, _ := st.PeekLease(ctx, "deliver:telegram:abc"); l.Owner != "web-1#next" {
		t.Fatalf("lease held by %q, want web-1#next", l.Owner)
	}
	if out.count("took back a lease") != 1 {
		t.Fatalf("want one line about the takeover:\n%s", out.buf.String())
	}
	// The dead process's owner can no longer renew it (if it was only paused, it stops here).
	if ok, _ := dead.Acquire(ctx, "deliver:telegram:abc", time.Hour, renew); ok {
		t.Fatal("the previous process renewed a lease taken from it")
	}
	// Another replica never takes it early.
	time.Sleep(renew + Slack + 100*time.Millisecond)
	if ok, _ := other.Acquire(ctx, "deliver:telegram:abc", time.Hour, renew); ok {
		t.Fatal("another replica took a held lease before it expired")
	}
}

// Two live processes configured with the same identity: the one that keeps renewing keeps the
// lease, the other reports the twin once and never takes it.
func TestLiveTwinIsNotTakenOver(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out logs
	live := NewTaker(st, Owner{Replica: "web-1", Token: "live"}, out.logger())
	if ok, err := live.Acquire(ctx, "deliver:telegram:abc", time.Hour, renew); err != nil || !ok {
		t.Fatalf("Acquire = %v, %v", ok, err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			time.Sleep(renew)
			_, _ = live.Acquire(ctx, "deliver:telegram:abc", time.Hour, renew)
		}
	}()
	twin := NewTaker(st, Owner{Replica: "web-1", Token: "twin"}, out.logger())
	for end := time.Now().Add(2*(renew+Slack) + time.Second); time.Now().Before(end); time.Sleep(150 * time.Millisecond) {
		if ok, err := twin.Acquire(ctx, "deliver:telegram:abc", time.Hour, renew); err != nil || ok {
			t.Fatalf("the twin's Acquire = %v, %v; want refused while the holder renews", ok, err)
		}
	}
	cancel()
	<-done
	if n := out.count("another running process uses this replica's identity"); n != 1 {
		t.Fatalf("%d twin reports, want 1:\n%s", n, out.buf.String())
	}
}

// Waiting for another replica is said once per holder, with who and for how long at most.
func TestWaitingIsLoggedOnce(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	var out logs
	holder := NewTaker(st, Owner{Replica: "web-1", Token: "a"}, out.logger())
	if ok, _ := holder.Acquire(ctx, "deliver:telegram:abc", 40*time.Second, renew); !ok {
		t.Fatal("Acquire refused")
	}
	other := NewTaker(st, Owner{Replica: "web-2", Token: "b"}, out.logger())
	for range 5 {
		if ok, _ := other.Acquire(ctx, "deliver:telegram:abc", 40*time.Second, renew); ok {
			t.Fatal("took a held lease")
		}
	}
	if n := out.count("waiting for replica web-1's delivery lease on telegram:abc, up to 40s"); n != 1 {
		t.Fatalf("%d waiting lines, want 1:\n%s", n, out.buf.String())
	}
	// Released: the other takes it at once; a later wait is reported again.
	if err := holder.Release(ctx, "deliver:telegram:abc"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := other.Acquire(ctx, "deliver:telegram:abc", 40*time.Second, renew); !ok {
		t.Fatal("a released lease was not taken")
	}
	if ok, _ := holder.Acquire(ctx, "deliver:telegram:abc", 40*time.Second, renew); ok {
		t.Fatal("took a held lease")
	}
	if n := out.count("waiting for replica web-2's delivery lease"); n != 1 {
		t.Fatalf("the new holder's wait was not reported:\n%s", out.buf.String())
	}
}

func TestOwnerAndNames(t *testing.T) {
	o := NewOwner("web-1")
	if len(o.Token) != 8 || ParseOwner(o.String()) != o {
		t.Fatalf("owner %q does not round-trip", o.String())
	}
	if NewOwner("web-1").Token == o.Token {
		t.Fatal("two processes drew the same token")
	}
	if p := ParseOwner("host-1234"); p.Replica != "host-1234" || p.Token != "" {
		t.Fatalf("an older version's owner parsed as %+v", p)
	}
	if got := Identity("  news-1 "); got != "news-1" {
		t.Fatalf("Identity(configured) = %q", got)
	}
	if got := Identity(""); got == "" || strings.ContainsAny(got, "# \n") {
		t.Fatalf("Identity from the hostname = %q", got)
	}
	for name, want := range map[string]string{
		"deliver:telegram:5f1c":  "delivery lease on telegram:5f1c",
		"deliver:channel:hook":   "delivery lease on channel hook",
		"source:fntimes":         "polling lease on source fntimes",
		"editor:telegram":        "telegram editor bot lease",
		"something":              "lease something",
		"deliver:discord:app:99": "delivery lease on discord:app:99",
	} {
		if got := Describe(name); got != want {
			t.Errorf("Describe(%q) = %q, want %q", name, got, want)
		}
	}
	if Renewal(15*time.Second) != MaxRenewal || Renewal(3*time.Second) != time.Second {
		t.Fatalf("Renewal = %s, %s", Renewal(15*time.Second), Renewal(3*time.Second))
	}
}
