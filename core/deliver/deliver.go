// Package deliver runs the delivery workers: one per channel, each with its own rate limiter,
// retry-after gate and circuit breaker, so one platform's outage never slows another channel.
package deliver

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
	"paperboy/core/lease"
	"paperboy/core/store"
)

// Settings tune a worker; config.Deliver supplies them, zero fields take DefaultSettings.
type Settings struct {
	MaxAttempts    int           // transient failures before the delivery is dead-lettered
	BackoffBase    time.Duration // first retry delay
	BackoffMax     time.Duration // longest retry delay
	Lease          time.Duration // unacknowledged entries older than this are taken over
	InDoubt        string        // resend | skip, for channels without idempotency
	BreakerAfter   int           // consecutive transient failures that open the breaker
	BreakerTimeout time.Duration // how long the breaker stays open before a probe
	Batch          int           // entries read at once
	Consumer       string        // this replica's consumer name in the outbox group
	// Leases takes the delivery leases as this process (nil = a Taker for Consumer, no token).
	Leases *lease.Taker
	// Wake pushes wake-ups to idle workers (nil = they poll their outbox: a blocking read a second).
	Wake *Wakeups
	// Low makes the worker low-priority on its shared credential: it takes a token only when
	// the credential's normal-priority workers leave one spare (a reader's or community's chat
	// behind the bot's configured channels; see priority.go).
	Low bool
	// Hold, when set, is asked before each look at the outbox: a time after now holds the
	// channel until then (a reader's quiet hours). Nothing is read or sent meanwhile, entries
	// stay queued without spending an attempt, and the worker waits in memory, woken at that
	// time, on shutdown or by a wake-up (so a changed setting counts at the next Wakeups.Wake).
	Hold func(now time.Time) time.Time
}

// DefaultSettings are the delivery settings a configuration leaves out: the one place they
// are set (config.Deliver's comments document the same values; a test keeps them equal).
func DefaultSettings() Settings {
	return Settings{
		MaxAttempts: 20, BackoffBase: 2 * time.Second, BackoffMax: 10 * time.Minute, Lease: DefaultLease,
		InDoubt: "resend", BreakerAfter: 5, BreakerTimeout: 30 * time.Second, Batch: 16, Consumer: "paperboy",
	}
}

// withDefaults fills every unset (zero or negative) field from DefaultSettings.
func (s Settings) withDefaults() Settings {
	d := DefaultSettings()
	if s.MaxAttempts <= 0 {
		s.MaxAttempts = d.MaxAttempts
	}
	if s.BackoffBase <= 0 {
		s.BackoffBase = d.BackoffBase
	}
	if s.BackoffMax <= 0 {
		s.BackoffMax = d.BackoffMax
	}
	if s.Lease <= 0 {
		s.Lease = d.Lease
	}
	if s.InDoubt == "" {
		s.InDoubt = d.InDoubt
	}
	if s.BreakerAfter <= 0 {
		s.BreakerAfter = d.BreakerAfter
	}
	if s.BreakerTimeout <= 0 {
		s.BreakerTimeout = d.BreakerTimeout
	}
	if s.Batch <= 0 {
		s.Batch = d.Batch
	}
	if s.Consumer == "" {
		s.Consumer = d.Consumer
	}
	return s
}

// DefaultLease is how long a delivery lease lasts without renewal. Holders renew it every
// lease.Renewal (2 s) and in the background during a send, so 15 s survives several missed
// renewals (a slow store, a GC pause, a Redis fork) while a replica that died without a word
// hands its channels over within 15 s.
const DefaultLease = 15 * time.Second

// Gate holds back sends until a platform's retry_after has passed. Channels that share a
// credential share its global gate and limiter.
type Gate struct {
	mu    sync.Mutex
	until time.Time
}

// Hold extends the gate to t (never shortens it).
func (g *Gate) Hold(t time.Time) {
	g.mu.Lock()
	if t.After(g.until) {
		g.until = t
	}
	g.mu.Unlock()
}

// Until returns the time before which nothing may be sent.
func (g *Gate) Until() time.Time {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.until
}

// Credential is the budget shared by every channel using one token.
type Credential struct {
	Limiter *rate.Limiter
	Gate    Gate

	mu      sync.Mutex
	running int      // workers of this process delivering with it (the last one out releases the lease)
	prio    priority // low-priority workers waiting for a spare token
}

// Credentials hands out one Credential per key, so all chats of a bot share its ~30 msg/s.
type Credentials struct {
	mu sync.Mutex
	m  map[string]*Credential
}

// Get returns the shared credential for key, creating it with limit and burst on first use.
func (c *Credentials) Get(key string, limit rate.Limit, burst int) *Credential {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*Credential{}
	}
	if cr, ok := c.m[key]; ok {
		return cr
	}
	if burst < 1 {
		burst = 1
	}
	cr := &Credential{Limiter: rate.NewLimiter(limit, burst)}
	c.m[key] = cr
	return cr
}

// InDoubtActions are the values of the in_doubt_total action label: what was done with a post
// found mid-send after a crash.
var InDoubtActions = []string{"resent", "resent_idempotent", "skipped", "settled"}

// Outcome is what happened to one entry, reported to an observer (run --once counts them).
type Outcome int

// Outcomes of handling one entry.
const (
	Delivered    Outcome = iota // the platform accepted it
	Retrying                    // scheduled again
	DeadLettered                // moved to the dead-letter list
	Skipped                     // already sent (a duplicate read) or skipped by the in-doubt policy
)

// Event is one handled entry.
type Event struct {
	Channel string
	Entry   store.Entry
	Outcome Outcome
	Receipt channel.Receipt // set when Delivered
	Err     error           // the failure, when not Delivered
}

// Observer is told about every handled entry.
type Observer func(ev Event)

// Sleep waits for d or until ctx ends; false when ctx ended. Workers and pollers use it so
// shutdown never waits out a backoff.
func Sleep(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return ctx.Err() == nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

func logger(l *slog.Logger) *slog.Logger {
	if l == nil {
		return slog.Default()
	}
	return l
}
