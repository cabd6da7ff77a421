package pipeline

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"paperboy/core/deliver"
)

// Summary is what `run --once` and the demo report.
type Summary struct {
	Articles   int // distinct articles found by the sources
	New        int // articles queued for at least one channel
	Delivered  int // posts accepted by platforms during this run
	Duplicates int // items skipped as already known
	Failed     int // deliveries dead-lettered, or still undelivered when the drain ended
	PollErrors int // sources that could not be polled
}

// RunOnce polls every source once, then delivers everything due, waiting for retries up to
// drain. It is `paperboy run --once` and the demo.
func (s *Service) RunOnce(ctx context.Context, drain time.Duration) (Summary, error) {
	var sum Summary
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for _, src := range s.sources {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			if paused, _ := s.st.Paused(ctx, "source", src.cfg.Name); paused {
				s.log.Info("source paused: not polled", "source", src.cfg.Name)
				return
			}
			st, err := s.PollSource(ctx, src)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				sum.PollErrors++
			}
			sum.Articles += st.Articles
			sum.New += st.New
			sum.Duplicates += st.Duplicates
		}()
	}
	wg.Wait()
	d, f := s.Drain(ctx, drain)
	sum.Delivered, sum.Failed = d, f
	return sum, ctx.Err()
}

// Drain delivers what is queued until every channel's queue is empty (or the channel is
// paused, or its next retry falls after the deadline). It returns the posts delivered and the
// deliveries that failed or are still waiting.
func (s *Service) Drain(ctx context.Context, drain time.Duration) (delivered, failed int) {
	var nDelivered, nDead atomic.Int64
	s.mu.Lock()
	prev := s.observer
	s.observer = func(ev deliver.Event) {
		switch ev.Outcome {
		case deliver.Delivered:
			nDelivered.Add(1)
		case deliver.DeadLettered:
			nDead.Add(1)
		}
		if prev != nil {
			prev(ev)
		}
	}
	s.mu.Unlock()
	deadline := s.now().Add(drain)
	var wg sync.WaitGroup
	for _, w := range s.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.drainWorker(ctx, w, deadline)
		}()
	}
	wg.Wait()
	s.mu.Lock()
	s.observer = prev
	s.mu.Unlock()
	left := 0
	for _, name := range s.order {
		if n, err := s.st.Pending(context.WithoutCancel(ctx), name); err == nil {
			left += int(n)
		}
	}
	return int(nDelivered.Load()), int(nDead.Load()) + left
}

func (s *Service) drainWorker(ctx context.Context, w *deliver.Worker, deadline time.Time) {
	name := w.Channel().Name()
	reclaim := true
	for ctx.Err() == nil {
		n, err := w.Step(ctx, ctx, 100*time.Millisecond, reclaim)
		reclaim = false
		if err != nil {
			s.log.Error("drain step failed", "channel", name, "err", err)
		}
		if n > 0 {
			continue
		}
		pending, err := s.st.Pending(ctx, name)
		if err != nil || pending == 0 || !s.now().Before(deadline) {
			return
		}
		// A run that polls once will bring no more articles: a digest still short of its size
		// (or its period) goes out now rather than waiting out the drain.
		if held := w.Holding(); held > 0 && pending == int64(held) {
			if _, err := w.Flush(ctx); err != nil {
				s.log.Error("drain: sending the held digest failed", "channel", name, "err", err)
			}
			continue
		}
		if paused, _ := s.st.Paused(ctx, "channel", name); paused {
			return
		}
		if next, err := s.st.NextDue(ctx, name); err == nil && !next.IsZero() && next.After(deadline) {
			return
		}
	}
}
