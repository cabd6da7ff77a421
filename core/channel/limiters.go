package channel

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limiters holds rate limiters shared by key among the channels built together (bots.Build
// gives one set to all of them): a budget the platform counts per account rather than per
// destination, for one kind of request — Mastodon's 30 deletions per 30 minutes per account —
// that deliver's per-credential limiter (Keyed) does not separate from sends. Safe for
// concurrent use.
type Limiters struct {
	mu sync.Mutex
	m  map[string]*rate.Limiter
}

// NewLimiters returns an empty set.
func NewLimiters() *Limiters { return &Limiters{m: map[string]*rate.Limiter{}} }

// Get returns the limiter of key, made with limit and burst by its first caller.
func (l *Limiters) Get(key string, limit rate.Limit, burst int) *rate.Limiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.m[key]
	if !ok {
		lim = rate.NewLimiter(limit, burst)
		l.m[key] = lim
	}
	return lim
}

// Admit takes one event from lim at now without waiting: it returns 0 when the event may
// happen, else how long until it may (nothing is taken then). A channel that gets a wait
// answers RateLimited with that RetryAfter, as Send never sleeps.
func Admit(lim *rate.Limiter, now time.Time) time.Duration {
	r := lim.ReserveN(now, 1)
	if !r.OK() {
		return time.Hour
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return d
	}
	return 0
}
