package pipeline

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"

	"paperboy/core/article"
	"paperboy/core/fetch"
	"paperboy/core/source"
)

// PollStats counts what one poll found. Every listing is counted once in Articles and lands
// in exactly one of New, Duplicates, Recorded or Unrouted (or is logged as unencodable).
type PollStats struct {
	Articles   int // listings with a usable link (a story listed twice counts twice); none after a 304
	New        int // articles claimed for at least one channel
	Enqueued   int // deliveries queued (an article routed to two channels is two)
	Duplicates int // listings skipped as already known: posted or queued before, listed twice, or the same story under another URL
	Recorded   int // articles only recorded as seen: a new source's first poll, outside its backfill
	Unrouted   int // articles no channel takes: every route filter kept them out
	Filtered   int // (article, channel) pairs kept out by a route filter
}

func (s *Service) releaseSourceLease(name string) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := s.leases.Release(ctx, name); err != nil {
		s.log.Warn("could not release a source lease: it expires by itself", "lease", name, "err", err)
	}
}

// PollSource polls one source now, enqueues what is new and saves the source's state with its
// next poll time (backing off after failures).
func (s *Service) PollSource(ctx context.Context, src *watched) (PollStats, error) {
	stats, _, err := s.pollSource(ctx, src)
	return stats, err
}

// pollSource is PollSource that also says when the source is due next.
func (s *Service) pollSource(ctx context.Context, src *watched) (PollStats, time.Time, error) {
	name := src.cfg.Name
	log := s.log.With("source", name)
	st, err := s.st.SourceState(ctx, name)
	if err != nil {
		return PollStats{}, s.now().Add(jitter(src.cfg.Interval / 4)), err
	}
	start := s.now()
	res, err := src.w.Poll(ctx, st)
	s.m.PollSeconds.WithLabelValues(s.m.Source(name)).Observe(time.Since(start).Seconds())
	st.LastPoll = start
	if err != nil && ctx.Err() != nil {
		return PollStats{}, st.NextPoll, err // stopped (a signal, the end of run --once): not the source's failure
	}
	if err != nil {
		st.Failures++
		st.LastError = err.Error()
		st.NextPoll = start.Add(backoff(src.cfg.Interval, st.Failures, retryAfter(err)))
		s.m.Polls.WithLabelValues(s.m.Source(name), "error").Inc()
		s.m.SetSourceFailures(name, st.Failures)
		log.Warn("poll failed: backing off", "err", err, "failures", st.Failures, "next_poll", st.NextPoll.Format(time.RFC3339))
		if serr := s.st.SaveSourceState(ctx, name, st); serr != nil {
			log.Error("save source state", "err", serr)
		}
		s.noteFailure(ctx, src, st, start)
		return PollStats{}, st.NextPoll, err
	}
	if st.Failures > 0 {
		s.noteRecovered(ctx, name)
	}
	st.Failures, st.LastError = 0, ""
	st.ETag, st.LastModified = res.ETag, res.LastModified
	s.m.SetSourceFailures(name, 0)
	var stats PollStats
	if res.NotModified {
		s.m.Polls.WithLabelValues(s.m.Source(name), "not_modified").Inc()
	} else {
		s.m.Polls.WithLabelValues(s.m.Source(name), "ok").Inc()
		stats, err = s.absorb(ctx, src, firstOf(src.cfg.Title, res.Title), res.Items, !st.Seeded)
		if err != nil {
			// Store trouble: keep the validators from before so the next poll sees these items again.
			log.Error("enqueue failed: items will be seen again next poll", "err", err)
			return stats, start.Add(src.cfg.Interval/4 + jitter(src.cfg.Interval/4)), err
		}
		st.Seeded = true
	}
	// Adaptive: new items shorten the interval, quiet polls stretch it; the feed's own
	// <ttl>/updatePeriod (or WebSub's slow fallback) is a floor.
	interval := src.sched.Next(stats.New > 0, res.MinInterval)
	st.NextPoll = start.Add(interval + jitter(interval/10))
	if err := s.st.SaveSourceState(ctx, name, st); err != nil {
		log.Error("save source state", "err", err)
		return stats, st.NextPoll, err
	}
	log.Debug("polled", "articles", stats.Articles, "new", stats.New, "duplicates", stats.Duplicates, "not_modified", res.NotModified)
	return stats, st.NextPoll, nil
}

// absorb ingests a poll's (or a push's) items. On a source's first sight backfill decides:
// none (the default) records every item as seen and posts nothing, so adding a source never
// floods a channel with its archive; all posts everything; a window posts items newer than it.
func (s *Service) absorb(ctx context.Context, src *watched, title string, items []source.Item, firstSight bool) (PollStats, error) {
	if firstSight && !src.cfg.BackfillAll && src.cfg.Backfill <= 0 {
		return s.recordOnly(ctx, src, items)
	}
	return s.ingest(ctx, src, title, items, firstSight && !src.cfg.BackfillAll)
}

// recordOnly marks items as seen without posting them.
func (s *Service) recordOnly(ctx context.Context, src *watched, items []source.Item) (PollStats, error) {
	var stats PollStats
	byID := map[string]bool{}
	var ids []string
	for _, it := range items {
		c, err := article.Canonical(it.URL)
		if it.URL == "" || err != nil {
			continue
		}
		stats.Articles++
		if id := article.ID(c); !byID[id] {
			byID[id] = true
			ids = append(ids, id)
		} else {
			stats.Duplicates++
		}
	}
	stats.Recorded = len(ids)
	if err := s.st.MarkSeen(ctx, ids, s.cfg.Store.ClaimTTL); err != nil {
		return stats, err
	}
	s.log.Info("first sight: items recorded as seen, none posted (backfill: none)", "source", src.cfg.Name, "items", len(ids))
	return stats, nil
}

// pushed ingests what a WebSub hub pushed, at once and outside the poll schedule.
func (s *Service) pushed(ctx context.Context, src *watched, res *source.Result) {
	name := src.cfg.Name
	st, err := s.st.SourceState(ctx, name)
	if err != nil {
		s.log.Error("pushed items dropped: read source state", "source", name, "err", err)
		return
	}
	stats, err := s.absorb(ctx, src, firstOf(src.cfg.Title, res.Title), res.Items, !st.Seeded)
	if err != nil {
		s.log.Error("pushed items not enqueued: the next poll will see them", "source", name, "err", err)
		return
	}
	if !st.Seeded {
		st.Seeded = true
		if err := s.st.SaveSourceState(ctx, name, st); err != nil {
			s.log.Error("save source state", "source", name, "err", err)
		}
	}
	s.log.Debug("pushed", "source", name, "articles", stats.Articles, "new", stats.New, "duplicates", stats.Duplicates)
}

// backoff doubles the interval per consecutive failure (capped at 1h, or the server's Retry-After).
func backoff(interval time.Duration, failures int, after time.Duration) time.Duration {
	d := interval
	for i := 1; i < failures && d < time.Hour; i++ {
		d *= 2
	}
	d = min(d, time.Hour)
	if after > d {
		d = after
	}
	return d + jitter(d/10)
}

func retryAfter(err error) time.Duration {
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.RetryAfter
	}
	return 0
}

// jitter spreads polls so that thousands of sources don't fire at the same instant.
func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return time.Duration(rand.Int64N(int64(d)))
}
