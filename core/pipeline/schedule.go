package pipeline

import (
	"context"
	"sync"
	"time"

	"paperboy/core/shard"
	"paperboy/core/source"
)

// runSources polls this replica's share of the sources until ctx ends: a scheduler (timer heap
// and a bounded pool of fetch workers) holds the sources the shard tracker assigns to this
// replica, and takes in the new split whenever a replica joins or leaves.
func (s *Service) runSources(ctx context.Context, wg *sync.WaitGroup) {
	ms, _ := s.st.(shard.Membership)
	tracker := shard.NewTracker(ms, s.replica, s.shardPeriod, s.log)
	s.sched = source.NewScheduler(s.cfg.Fetch.Workers, s.cfg.Fetch.PerHost, s.pollDue)
	s.tracker = tracker
	if _, err := tracker.Beat(ctx); err != nil && ctx.Err() == nil {
		s.log.Warn("replica heartbeat failed: polling as the only replica until it works", "err", err)
	}
	s.reshard()
	wg.Add(3)
	go func() {
		defer wg.Done()
		tracker.Run(ctx)
	}()
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tracker.Changed():
				s.reshard()
				if s.wake != nil {
					// A replica came or went: delivery leases may be free to take now.
					s.wake.All()
				}
			}
		}
	}()
	go func() {
		defer wg.Done()
		s.sched.Run(ctx)
	}()
}

// reshard gives the scheduler exactly the sources this replica owns now. A source new to it is
// first due after a spread (20 ms per source, at most a tenth of its interval), so thousands of
// sources don't fire together; pollDue then finds the real due time in the store. The cap keeps
// a source whose stored next poll comes sooner within the ± 10 % on-time tolerance (capped at
// the whole interval, bench/scale saw first polls after a start or a takeover up to one
// interval late); the catch-up after a long outage is bounded by the worker pool and per-host
// limits, not by this spread.
func (s *Service) reshard() {
	if s.sched == nil || s.tracker == nil {
		return // Run has not started the scheduler: it reshards once it has
	}
	s.reshardMu.Lock()
	defer s.reshardMu.Unlock()
	all := s.allSources()
	want := map[string]string{}
	for _, src := range all {
		if s.tracker.Mine(src.cfg.Name) {
			want[src.cfg.Name] = hostOf(src.cfg.URL)
		}
	}
	spread := time.Duration(len(want)) * 20 * time.Millisecond
	now := s.now()
	added, removed := s.sched.Set(want, func(name string) time.Time {
		interval := spread
		if src := s.lookup(name); src != nil {
			interval = min(src.cfg.Interval/10, spread)
		}
		return now.Add(jitter(interval))
	})
	if added > 0 || removed > 0 {
		s.log.Info("sources assigned to this replica", "sources", len(want), "of", len(all), "added", added, "removed", removed, "replicas", len(s.tracker.Members()))
	}
}

// pollDue is the scheduler's poll: it polls src when the store agrees it is due, under the
// per-source lease (the fence: one replica polls a source at a time, even while replicas
// disagree about the split), and returns when it is due next.
func (s *Service) pollDue(ctx context.Context, name string) time.Time {
	src := s.lookup(name)
	if src == nil {
		return s.now().Add(time.Minute) // removed from the catalog: the next reshard unschedules it
	}
	interval := src.cfg.Interval
	log := s.log.With("source", name)
	st, err := s.st.SourceState(ctx, name)
	if err != nil {
		if ctx.Err() == nil {
			log.Error("read source state", "err", err)
		}
		return s.now().Add(jitter(interval / 4))
	}
	if st.NextPoll.After(s.now()) {
		return st.NextPoll // polled by another replica (or before a restart)
	}
	if paused, _ := s.st.Paused(ctx, "source", name); paused {
		return s.now().Add(interval)
	}
	lease := "source:" + name
	if ok, err := s.leases.Acquire(ctx, lease, interval, 0); err != nil || !ok {
		// Another replica polls it (or the store is away): look again later.
		return s.now().Add(jitter(interval / 4))
	}
	defer s.releaseSourceLease(lease)
	// One that finished just before we took the lease has moved the next poll on.
	if cur, err := s.st.SourceState(ctx, name); err == nil && cur.NextPoll.After(s.now()) {
		return cur.NextPoll
	}
	_, next, _ := s.pollSource(ctx, src)
	if !next.After(s.now()) {
		next = s.now().Add(jitter(interval / 4))
	}
	return next
}
