package pipeline

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"paperboy/core/deliver"
)

// Summary is what `run --once` and the demo report. Every listing a source gave is counted once
// in Articles and lands in exactly one of New, Duplicates, Recorded or Unrouted; posts (an
// article for one channel) are counted in Delivered, Dead and Left. README defines each count.
type Summary struct {
	Articles   int // listings with a usable link the polled sources gave (a story listed twice counts twice; a 304 gives none)
	New        int // articles queued for at least one channel
	Duplicates int // listings skipped as already known: posted or queued before, listed twice, the same story under another URL
	Recorded   int // articles only recorded as seen (a new source's first poll, per backfill)
	Unrouted   int // articles every route filter kept out
	Delivered  int // posts the platforms accepted during this run (queued by this run or an earlier one)
	Dead       int // posts dead-lettered during this run
	Left       int // posts still queued when the run ended: kept for the next run
	Failed     int // Dead + Left: posts this run did not deliver
	// SourcesFailed counts sources whose poll failed (fetch, parse or store error, or cut off by
	// the drain timeout or a signal); FailedSources names them.
	SourcesFailed int
	FailedSources []string
	Paused        []PausedChannel // channels paused when the run ended
	Interrupted   bool            // ctx ended (SIGTERM) before the run was done
	Elapsed       time.Duration
}

// onceSendGrace is how long a send already on the wire may still take when the drain timeout
// is up or a signal arrives; cutting it sooner leaves the post in doubt.
const onceSendGrace = 2 * time.Second

// RunOnce polls every source once and delivers everything due, starting as soon as the first
// articles are queued, and returns within drain whatever the channels do (plus at most
// onceSendGrace for a send in flight): an unreachable platform, a breaker cycling, a 429 whose
// retry_after outlasts the run or a paused channel leave their posts queued for the next run.
// It is `paperboy run --once` and the demo.
func (s *Service) RunOnce(ctx context.Context, drain time.Duration) (Summary, error) {
	begin := time.Now()
	dctx, sendCtx, done := drainContexts(ctx, drain)
	defer done()

	s.announcePaused(ctx)
	if _, _, err := s.refreshCatalog(dctx, true); err != nil {
		s.log.Warn("read the runtime catalog: polling the file's sources only", "err", err)
	}
	var sum Summary
	polled := make(chan struct{})
	go func() {
		defer close(polled)
		s.pollAll(dctx, &sum)
	}()
	d, dead := s.deliverUntil(dctx, sendCtx, polled)
	<-polled
	sum.Delivered, sum.Dead = d, dead
	bg := context.WithoutCancel(ctx)
	for _, name := range append(append([]string(nil), s.order...), s.chatNames()...) {
		if n, err := s.st.Pending(bg, name); err == nil {
			sum.Left += int(n)
		}
	}
	sum.Failed = sum.Dead + sum.Left
	sum.Paused = s.PausedChannels(bg)
	sum.Interrupted = ctx.Err() != nil
	sum.Elapsed = time.Since(begin)
	if sum.Interrupted {
		return sum, ctx.Err()
	}
	return sum, nil
}

// drainContexts bound a one-shot run: work (polls, reads, waits) ends with ctx or after drain;
// a send already on the wire may outlive either by onceSendGrace.
func drainContexts(ctx context.Context, drain time.Duration) (work, sends context.Context, done func()) {
	work, cancel := context.WithTimeout(ctx, drain)
	sends, cancelSends := context.WithCancel(context.WithoutCancel(ctx))
	stop := context.AfterFunc(work, func() { time.AfterFunc(onceSendGrace, cancelSends) })
	return work, sends, func() {
		stop()
		cancel()
		cancelSends()
	}
}

// pollAll polls every source once, eight at a time, adding what each found to sum.
func (s *Service) pollAll(ctx context.Context, sum *Summary) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for _, src := range s.allSources() {
		if paused, _ := s.st.Paused(ctx, "source", src.cfg.Name); paused {
			s.log.Info("source paused: not polled", "source", src.cfg.Name)
			continue
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			// Never polled: the drain timeout or a signal came first.
			mu.Lock()
			sum.SourcesFailed++
			sum.FailedSources = append(sum.FailedSources, src.cfg.Name)
			mu.Unlock()
			continue
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			st, err := s.PollSource(ctx, src)
			if err != nil && ctx.Err() != nil {
				s.log.Warn("poll cut off: the drain timeout was reached or the run was stopped", "source", src.cfg.Name)
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				sum.SourcesFailed++
				sum.FailedSources = append(sum.FailedSources, src.cfg.Name)
			}
			sum.Articles += st.Articles
			sum.New += st.New
			sum.Duplicates += st.Duplicates
			sum.Recorded += st.Recorded
			sum.Unrouted += st.Unrouted
		}()
	}
	wg.Wait()
}

// Drain delivers what is queued until every channel's queue is empty (or the channel is
// paused, or its next retry falls after the deadline), within drain. It returns the posts
// delivered and those that failed or are still waiting.
func (s *Service) Drain(ctx context.Context, drain time.Duration) (delivered, failed int) {
	dctx, sendCtx, done := drainContexts(ctx, drain)
	defer done()
	polled := make(chan struct{})
	close(polled)
	d, dead := s.deliverUntil(dctx, sendCtx, polled)
	left := 0
	for _, name := range append(append([]string(nil), s.order...), s.chatNames()...) {
		if n, err := s.st.Pending(context.WithoutCancel(ctx), name); err == nil {
			left += int(n)
		}
	}
	return d, dead + left
}

// deliverUntil runs every channel's worker until its queue is empty once polled is closed, the
// channel is paused, or nothing can be sent before ctx's deadline; it counts what was delivered
// and dead-lettered meanwhile.
func (s *Service) deliverUntil(ctx, sendCtx context.Context, polled <-chan struct{}) (delivered, dead int) {
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
	var wg sync.WaitGroup
	for _, w := range append(append([]*deliver.Worker(nil), s.workers...), s.chatWorkers()...) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.Join()
			defer w.Leave() // hands the delivery lease over at once: the next run need not wait
			s.drainWorker(ctx, sendCtx, w, polled)
		}()
	}
	wg.Wait()
	s.mu.Lock()
	s.observer = prev
	s.mu.Unlock()
	return int(nDelivered.Load()), int(nDead.Load())
}

func (s *Service) drainWorker(ctx, sendCtx context.Context, w *deliver.Worker, polled <-chan struct{}) {
	name := w.Channel().Name()
	deadline, _ := ctx.Deadline()
	reclaim := true
	for ctx.Err() == nil {
		n, err := w.Step(ctx, sendCtx, 100*time.Millisecond, reclaim)
		reclaim = false
		if errors.Is(err, deliver.ErrPastDeadline) {
			// A retry_after window, a backoff or the breaker's next probe outlasts the run.
			s.log.Info("nothing more can be sent to this channel before the drain timeout: its posts stay queued", "channel", name, "until", w.HeldUntil().Format(time.RFC3339))
			return
		}
		if err != nil && ctx.Err() == nil {
			s.log.Error("drain step failed", "channel", name, "err", err)
		}
		if n > 0 {
			continue
		}
		polling := true
		select {
		case <-polled:
			polling = false
		default:
		}
		if paused, _ := s.st.Paused(ctx, "channel", name); paused {
			if !polling {
				return
			}
			deliver.Sleep(ctx, 200*time.Millisecond) // the polls may still queue posts; they wait
			continue
		}
		pending, err := s.st.Pending(ctx, name)
		if err != nil || polling {
			continue
		}
		if pending == 0 {
			return
		}
		// A run that polls once will bring no more articles: a digest still short of its size
		// (or its period) goes out now rather than waiting out the drain.
		if held := w.Holding(); held > 0 && pending == int64(held) {
			if _, err := w.Flush(sendCtx); err != nil {
				s.log.Error("drain: sending the held digest failed", "channel", name, "err", err)
			}
			continue
		}
		if deadline.IsZero() {
			continue
		}
		// Nothing can go before the deadline: the next retry, a retry_after window or the open
		// breaker's next probe falls after it.
		if next, err := s.st.NextDue(ctx, name); err == nil && !next.IsZero() && next.After(deadline) {
			return
		}
		if w.HeldUntil().After(deadline) {
			return
		}
	}
}
