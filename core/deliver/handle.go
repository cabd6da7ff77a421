package deliver

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sony/gobreaker/v2"
	"golang.org/x/time/rate"

	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// handle delivers one entry. An error means the store failed: the entry stays pending.
func (w *Worker) handle(ctx, sendCtx context.Context, e store.Entry) error {
	name := w.ch.Name()
	log := w.log.With("article_id", e.ArticleID, "entry", e.ID, "attempt", e.Attempt+1)
	claim, err := w.st.Claim(ctx, name, e.ArticleID)
	if err != nil {
		return err
	}
	switch claim.State {
	case store.StateSent:
		// Already delivered (a replica finished it and this is a stale read): drop the entry.
		w.report(e, Skipped, channel.Receipt{}, nil)
		return w.st.Ack(ctx, e, claim.RemoteID)
	case store.StateSending:
		// In doubt: the worker that marked it died between Send and recording the outcome.
		if !w.ch.Limits().Idempotent && w.set.InDoubt == "skip" {
			w.count("in_doubt", "skipped")
			log.Warn("in-doubt delivery skipped by policy (it may or may not have been posted)")
			w.report(e, Skipped, channel.Receipt{}, nil)
			return w.st.Dead(ctx, e, "in doubt after a crash: skipped by the channel's in_doubt: skip policy")
		}
		action := "resent"
		if w.ch.Limits().Idempotent {
			action = "resent_idempotent"
		}
		w.count("in_doubt", action)
		log.Warn("resending in-doubt delivery", "idempotent", w.ch.Limits().Idempotent)
	}
	p, err := outbox.Decode(e)
	if err != nil {
		w.report(e, DeadLettered, channel.Receipt{}, err)
		w.count("dead", "")
		return w.st.Dead(ctx, e, err.Error())
	}
	if err := w.wait(ctx); err != nil {
		return err
	}
	// The fence: never send unless this replica still delivers the channel (a lease confirmed
	// less than Lease/3 ago), so a replica that lost it cannot post alongside the new leader.
	if held, _, err := w.lead(ctx); err != nil {
		return err
	} else if !held {
		return errNotLeader
	}
	// From here on the outcome must be recorded even if we are asked to stop.
	ctx = sendCtx
	if err := w.st.MarkSending(ctx, e); err != nil {
		return err
	}
	d := channel.Delivery{Key: e.Key, Post: p.Post, Attempt: e.Attempt + 1}
	start := w.now()
	rc, err := w.breaker.Execute(func() (channel.Receipt, error) { return w.ch.Send(ctx, d) })
	if w.m != nil {
		w.m.SendSeconds.WithLabelValues(name).Observe(time.Since(start).Seconds())
	}
	if err == nil {
		if err := w.ack(ctx, e, rc.RemoteID); err != nil {
			return err
		}
		if w.m != nil {
			w.m.Delivered.WithLabelValues(name).Inc()
			if !p.Detected.IsZero() {
				w.m.DetectToPost.WithLabelValues(name).Observe(w.now().Sub(p.Detected).Seconds())
			}
		}
		log.Info("delivered", "remote_id", rc.RemoteID)
		w.report(e, Delivered, rc, nil)
		return nil
	}
	if errors.Is(err, gobreaker.ErrOpenState) || errors.Is(err, gobreaker.ErrTooManyRequests) {
		// Nothing was sent; the entry waits for the probe.
		return w.st.Retry(ctx, e, w.now().Add(w.set.BreakerTimeout), "circuit breaker open")
	}
	if ctx.Err() != nil {
		// Shutting down mid-send: hand the entry back; it is in doubt only if the request left.
		return w.st.Retry(context.WithoutCancel(ctx), e, w.now(), "interrupted by shutdown")
	}
	return w.fail(ctx, e, channel.Classify(err))
}

// fail records a failed attempt per its reason.
func (w *Worker) fail(ctx context.Context, e store.Entry, ce *channel.Error) error {
	name := w.ch.Name()
	log := w.log.With("article_id", e.ArticleID, "entry", e.ID, "attempt", e.Attempt+1, "reason", ce.Reason.String())
	if w.m != nil {
		w.m.Failed.WithLabelValues(name, ce.Reason.String()).Inc()
	}
	now := w.now()
	switch ce.Reason {
	case channel.RateLimited:
		wait := ce.RetryAfter
		if wait <= 0 {
			wait = w.set.BackoffBase
		}
		until := now.Add(wait)
		w.gate.Hold(until)
		if ce.Global && w.cred != nil {
			w.cred.Gate.Hold(until)
		}
		if w.m != nil {
			w.m.RateLimited.WithLabelValues(name).Inc()
		}
		log.Warn("rate limited by the platform", "retry_after", wait, "global", ce.Global)
		w.count("retry", ce.Reason.String())
		w.report(e, Retrying, channel.Receipt{}, ce)
		return w.st.Retry(ctx, e, until, ce.Error())
	case channel.Unauthorized:
		// A refused token must stop the channel: looping on it gets the IP banned (Discord).
		log.Error("platform refused the credentials: channel paused; fix the token, then /resume", "err", ce)
		if err := w.st.SetPaused(ctx, "channel", name, true); err != nil {
			return err
		}
		w.setPaused(true)
		w.mu.Lock()
		w.authStop = true
		w.mu.Unlock()
		w.count("retry", ce.Reason.String())
		w.report(e, Retrying, channel.Receipt{}, ce)
		return w.st.Retry(ctx, e, now, ce.Error())
	case channel.Permanent, channel.TooLong:
		log.Error("platform rejected the message: dead-lettered", "err", ce)
		w.count("dead", "")
		w.report(e, DeadLettered, channel.Receipt{}, ce)
		return w.st.Dead(ctx, e, ce.Error())
	default:
		if e.Attempt+1 >= w.set.MaxAttempts {
			log.Error("giving up after repeated failures: dead-lettered", "err", ce)
			w.count("dead", "")
			w.report(e, DeadLettered, channel.Receipt{}, ce)
			return w.st.Dead(ctx, e, fmt.Sprintf("%d attempts failed; last: %v", e.Attempt+1, ce))
		}
		wait := outbox.Backoff(e.Attempt+1, w.set.BackoffBase, w.set.BackoffMax)
		if ce.RetryAfter > wait {
			wait = ce.RetryAfter
		}
		log.Warn("send failed: will retry", "err", ce, "in", wait)
		w.count("retry", ce.Reason.String())
		w.report(e, Retrying, channel.Receipt{}, ce)
		return w.st.Retry(ctx, e, now.Add(wait), ce.Error())
	}
}

// ack records a post the platform accepted. The post is out: if the store is away (a Redis
// restart) the worker keeps trying, because an unrecorded post would be resent after the
// lease and appear twice on a platform without idempotency.
func (w *Worker) ack(ctx context.Context, e store.Entry, remoteID string) error {
	delay := 50 * time.Millisecond
	for {
		err := w.st.Ack(ctx, e, remoteID)
		if err == nil {
			return nil
		}
		w.log.Warn("could not record a delivered post: trying again", "article_id", e.ArticleID, "err", err)
		if !sleep(ctx, delay) {
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

func (w *Worker) count(kind, reason string) {
	if w.m == nil {
		return
	}
	switch kind {
	case "retry":
		w.m.Retries.WithLabelValues(w.ch.Name(), reason).Inc()
	case "dead":
		w.m.DeadLetters.WithLabelValues(w.ch.Name()).Inc()
	case "in_doubt":
		w.m.InDoubt.WithLabelValues(w.ch.Name(), reason).Inc()
	}
}
