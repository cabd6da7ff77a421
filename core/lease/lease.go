// Package lease names this process in the store's leases and takes them. An owner is a stable
// replica identity (`replica:` in the configuration, else the hostname, which a container keeps
// across restarts) plus a random token drawn at each process start. The identity lets a
// restarted replica take back at once what its killed predecessor held; the token keeps two
// live processes apart even when they were given the same identity by mistake.
//
// When may a process take a lease held by another process of its own replica? Only when the
// holder has not renewed it for its renewal interval plus Slack. A holder acts (sends a post,
// polls) only within one renewal interval of its last confirmed renewal and renews in the
// background while a send is in flight, so past that point it can no longer start anything
// without renewing first — and a renewal fails once the lease is taken. A crash-looping
// container therefore gets its leases back within about two seconds of the crash, never while
// the old process could still post. A holder seen renewing after it was first seen is alive: a
// twin with the same identity. It is reported once and treated like any other replica (waited
// out), so two live processes never deliver the same channel at once.
package lease

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"paperboy/core/store"
)

// Slack is added to a holder's renewal interval before a same-replica takeover: timer
// lateness and store latency between the holder's renewals.
const Slack = 1500 * time.Millisecond

// MaxRenewal caps how long a holder goes between renewals, so a restarted replica waits at
// most MaxRenewal+Slack for its predecessor's leases, whatever the lease length.
const MaxRenewal = 2 * time.Second

// Renewal is how often a holder renews a lease of length ttl, and how long after a confirmed
// renewal it may still act without renewing again (its fence): ttl/3, at most MaxRenewal.
func Renewal(ttl time.Duration) time.Duration {
	return max(min(ttl/3, MaxRenewal), time.Millisecond)
}

// Owner is one process of one replica.
type Owner struct {
	Replica string // stable identity: the configured replica name, else the hostname
	Token   string // random per process start; "" for owners written by older versions
}

// NewOwner draws a fresh token for this process of replica.
func NewOwner(replica string) Owner {
	b := make([]byte, 4)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	return Owner{Replica: replica, Token: hex.EncodeToString(b)}
}

// String is the owner as stored in a lease: "replica#token".
func (o Owner) String() string {
	if o.Token == "" {
		return o.Replica
	}
	return o.Replica + "#" + o.Token
}

// ParseOwner reads a stored owner; one without '#' (an older version's host-pid) is a replica
// without a token.
func ParseOwner(s string) Owner {
	if i := strings.LastIndexByte(s, '#'); i >= 0 {
		return Owner{Replica: s[:i], Token: s[i+1:]}
	}
	return Owner{Replica: s}
}

// Identity is this replica's stable name: configured when set, else the hostname (stable for a
// container across restarts), else "paperboy".
func Identity(configured string) string {
	if id := strings.TrimSpace(configured); id != "" {
		return id
	}
	host, err := os.Hostname()
	host = strings.Map(func(r rune) rune {
		if r == '#' || r <= ' ' {
			return -1
		}
		return r
	}, host)
	if err != nil || host == "" {
		return "paperboy"
	}
	return host
}

// Taker takes, renews and releases leases for one owner, and says once what it waits for.
type Taker struct {
	st  store.Store
	me  Owner
	log *slog.Logger

	mu      sync.Mutex
	waiting map[string]string   // lease → holder we said we wait for
	seen    map[string]sighting // lease → the same-replica holder last seen
	twins   map[string]bool     // same-identity owners seen renewing: live twins
	now     func() time.Time    // for sightings
}

// sighting is a same-replica holder as we last saw it.
type sighting struct {
	owner string
	age   time.Duration
	at    time.Time
}

// NewTaker returns a Taker for me on st; log may be nil.
func NewTaker(st store.Store, me Owner, log *slog.Logger) *Taker {
	if log == nil {
		log = slog.Default()
	}
	return &Taker{
		st: st, me: me, log: log, now: time.Now,
		waiting: map[string]string{}, seen: map[string]sighting{}, twins: map[string]bool{},
	}
}

// Owner is who this Taker takes leases as.
func (t *Taker) Owner() Owner { return t.me }

// Acquire takes or renews the named lease for ttl; renew is how often its holders renew it
// (Renewal(ttl) for leases renewed while held, 0 for one held only through a single task).
// A lease left by an earlier process of this replica is taken back once that process has not
// renewed it for renew+Slack. When another process holds it, Acquire logs once per holder what
// it waits for and returns false.
func (t *Taker) Acquire(ctx context.Context, name string, ttl, renew time.Duration) (bool, error) {
	me := t.me.String()
	ok, err := t.st.AcquireLease(ctx, name, me, ttl)
	if err != nil || ok {
		if ok {
			t.holding(name)
		}
		return ok, err
	}
	l, held, err := t.st.PeekLease(ctx, name)
	if err != nil {
		return false, err
	}
	if !held { // released between the two calls
		ok, err = t.st.AcquireLease(ctx, name, me, ttl)
		if ok {
			t.holding(name)
		}
		return ok, err
	}
	holder := ParseOwner(l.Owner)
	idle := renew + Slack
	same := holder.Replica == t.me.Replica && holder.Token != t.me.Token && !t.twin(name, l, renew)
	if same && l.Age >= idle {
		ok, err := t.st.TakeLease(ctx, name, me, l.Owner, idle, ttl)
		if err != nil || ok {
			if ok {
				t.log.Info("took back a lease this replica's previous process left behind", "lease", name, "previous", l.Owner, "idle", l.Age.Round(time.Millisecond))
				t.holding(name)
			}
			return ok, err
		}
	}
	upTo := l.Left
	if same {
		upTo = min(upTo, idle-l.Age)
	}
	t.wait(name, holder, upTo, same)
	return false, nil
}

// twin reports whether the same-identity holder of name is a live process: seen renewing
// (its age went down) since we first saw it.
func (t *Taker) twin(name string, l store.Lease, renew time.Duration) bool {
	now := t.now()
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.twins[l.Owner] {
		return true
	}
	prev, ok := t.seen[name]
	t.seen[name] = sighting{owner: l.Owner, age: l.Age, at: now}
	if !ok || prev.owner != l.Owner {
		return false
	}
	// A holder that stopped renewing ages with the clock; one that renewed is younger (by more
	// than the noise of two store round trips).
	noise := min(Slack/3, max(renew/2, 10*time.Millisecond))
	if l.Age+noise < prev.age+now.Sub(prev.at) {
		t.twins[l.Owner] = true
		t.log.Error("another running process uses this replica's identity: give every replica its own `replica:` (or hostname); until then this one waits for its leases like another replica's",
			"replica", t.me.Replica, "other", l.Owner, "lease", name)
		return true
	}
	return false
}

// wait says once per holder that this process waits for the lease.
func (t *Taker) wait(name string, holder Owner, upTo time.Duration, predecessor bool) {
	t.mu.Lock()
	said := t.waiting[name] == holder.String()
	t.waiting[name] = holder.String()
	t.mu.Unlock()
	if said {
		return
	}
	level := slog.LevelInfo
	if strings.HasPrefix(name, "source:") {
		level = slog.LevelDebug // with many sources and replicas, waiting for one is routine
	}
	up := max(upTo, 0).Round(time.Second)
	if up == 0 && upTo > 0 {
		up = time.Second
	}
	whose := fmt.Sprintf("replica %s's", holder.Replica)
	if predecessor {
		whose = "this replica's previous process's"
	}
	t.log.Log(context.Background(), level, fmt.Sprintf("waiting for %s %s, up to %s", whose, Describe(name), up),
		"lease", name, "holder", holder.String(), "up_to", up.String())
}

// holding forgets what we waited for, so a later wait is reported again.
func (t *Taker) holding(name string) {
	t.mu.Lock()
	delete(t.waiting, name)
	delete(t.seen, name)
	t.mu.Unlock()
}

// Release gives the lease up if this process holds it.
func (t *Taker) Release(ctx context.Context, name string) error {
	return t.st.ReleaseLease(ctx, name, t.me.String())
}

// Describe names a lease for people: "delivery lease on telegram:5f1c…".
func Describe(name string) string {
	switch kind, rest, _ := strings.Cut(name, ":"); kind {
	case "deliver":
		if ch, ok := strings.CutPrefix(rest, "channel:"); ok {
			return "delivery lease on channel " + ch
		}
		return "delivery lease on " + rest
	case "source":
		return "polling lease on source " + rest
	case "editor":
		return rest + " editor bot lease"
	}
	return "lease " + name
}
