package deliver

import (
	"context"
	"time"

	"github.com/sony/gobreaker/v2"
	"golang.org/x/time/rate"

	"paperboy/core/store"
)

// ack records a post the platform accepted. The post is out: if the store is away (a Redis
// restart) the worker keeps trying, because an unrecorded post would be resent after the
// lease and appear twice on a platform without idempotency.
func (w *Worker) ack(ctx context.Context, e store.Entry, remoteID string) error {
	return w.persist(ctx, "could not record a delivered post: trying again", e, func() error { return w.st.Ack(ctx, e, remoteID) })
}

// persist runs a store write that must land because the platform already acted, trying again
// (backing off to 1 s) until it does or ctx ends.
func (w *Worker) persist(ctx context.Context, msg string, e store.Entry, write func() error) error {
	delay := 50 * time.Millisecond
	for {
		err := write()
		if err == nil {
			return nil
		}
		w.log.Warn(msg, "article_id", e.ArticleID, "err", err)
		if !Sleep(ctx, delay) {
			return err
		}
		delay = min(2*delay, time.Second)
	}
}

// wait blocks until the channel's and the credential's retry-after gates have passed, the
// breaker allows a probe, and both rate limiters grant a token, keeping the delivery lease
// meanwhile.
func (w *Worker) wait(ctx context.Context) error {
	for {
		if d := w.gated().Sub(w.now()); d > 0 {
			if err := w.pause(ctx, d); err != nil {
				return err
			}
			continue
		}
		var d time.Duration
		var rs []*rate.Reservation
		for _, l := range w.limiters() {
			r := l.Reserve()
			rs = append(rs, r)
			d = max(d, r.Delay())
		}
		if err := w.pause(ctx, d); err != nil {
			for _, r := range rs {
				r.Cancel()
			}
			return err
		}
		// Another channel of the credential may have met a global 429 while we waited.
		if !w.gated().After(w.now()) {
			return nil
		}
	}
}

// gated is the time before which nothing may be sent: retry_after gates and an open breaker.
func (w *Worker) gated() time.Time {
	until := w.gate.Until()
	if w.cred != nil {
		if u := w.cred.Gate.Until(); u.After(until) {
			until = u
		}
	}
	if w.breaker.State() == gobreaker.StateOpen {
		w.mu.Lock()
		if probe := w.openedAt.Add(w.set.BreakerTimeout); probe.After(until) {
			until = probe
		}
		w.mu.Unlock()
	}
	return until
}

func (w *Worker) limiters() []*rate.Limiter {
	if w.cred != nil {
		return []*rate.Limiter{w.cred.Limiter, w.limiter}
	}
	return []*rate.Limiter{w.limiter}
}
