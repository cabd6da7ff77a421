package discordtest

import (
	"sync"
	"time"
)

// Clock is a settable test clock a channel and the fake can share.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a clock at 2024-05-01 12:00 UTC.
func NewClock() *Clock { return &Clock{t: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)} }

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}
