package source

import (
	"sync"
	"time"
)

// Schedule adapts one source's poll interval to how often it publishes: a poll that found new
// items halves the interval (down to Min), a poll that found nothing stretches it by a quarter
// (up to Max). The feed's own <ttl>/sy:updatePeriod is a floor above both: a publisher that asks
// to be polled hourly is polled hourly. With Min = Max the interval is fixed.
type Schedule struct {
	min, max time.Duration

	mu  sync.Mutex
	cur time.Duration
}

// NewSchedule starts at base, kept within [minI, maxI]; a zero bound means base.
func NewSchedule(base, minI, maxI time.Duration) *Schedule {
	if minI <= 0 {
		minI = base
	}
	if maxI <= 0 {
		maxI = base
	}
	maxI = max(maxI, minI)
	return &Schedule{min: minI, max: maxI, cur: min(max(base, minI), maxI)}
}

// Next records a poll's outcome and returns the interval until the next poll, before jitter.
// fresh reports whether the poll found items not seen before; floor is the feed's own minimum.
func (s *Schedule) Next(fresh bool, floor time.Duration) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	if fresh {
		s.cur = max(s.min, s.cur/2)
	} else {
		s.cur = min(s.max, s.cur+s.cur/4)
	}
	return max(s.cur, floor)
}

// Current is the interval the schedule stands at.
func (s *Schedule) Current() time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur
}
