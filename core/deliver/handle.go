package deliver

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sony/gobreaker/v2"

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
	runCtx := ctx
	for inPlace := 0; ; inPlace++ {
		if err := w.wait(runCtx); err != nil {
			if inPlace > 0 {
				return w.handBack(e, err)
			}
			return err
		}
		// The fence: never send unless this replica still delivers the channel (a lease confirmed
		// less than Lease/3 ago), so a replica that lost it cannot post alongside the new leader.
		if held, _, err := w.lead(runCtx); err != nil || !held {
			if err == nil {
				err = errNotLeader
			}
			if inPlace > 0 {
				return w.handBack(e, err)
			}
			return err
		}
		// From here on the outcome must be recorded even if we are asked to stop.
		if err := w.st.MarkSending(sendCtx, e); err != nil {
			return err
		}
		closed := w.breaker.State() == gobreaker.StateClosed
		d := channel.Delivery{Key: e.Key, Post: p.Post, Attempt: e.Attempt + 1}
		start := w.now()
		rc, err := w.breaker.Execute(func() (channel.Receipt, error) { return w.ch.Send(sendCtx, d) })
		if w.m != nil {
			w.m.SendSeconds.WithLabelValues(name).Observe(time.Since(start).Seconds())
		}
		if err == nil {
			if err := w.ack(sendCtx, e, rc.RemoteID); err != nil {
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
			continue // nothing was sent; wait for the probe
		}
		if sendCtx.Err() != nil {
			// Shutting down mid-send: hand the entry back; it is in doubt only if the request left.
			return w.st.Retry(context.WithoutCancel(sendCtx), e, w.now(), "interrupted by shutdown")
		}
		ce := channel.Classify(err)
		if !w.inPlace(e, ce, inPlace, closed) {
			return w.fail(sendCtx, e, ce)
		}
		if closed {
			e.Attempt++ // failures while the breaker is open are the platform's, not this post's
		}
		if rq, ok := w.st.(requeuer); ok {
			// The platform answered: the post is not in doubt while it waits here (a crash now
			// must not make the next leader count it as in doubt, or skip it under in_doubt: skip).
			if err := rq.MarkQueued(sendCtx, e); err != nil {
				return err
			}
		}
		if err := w.again(runCtx, e, ce); err != nil {
			return w.handBack(e, err)
		}
	}
}

// requeuer is a store that can take a claim back from sending to queued (Redis and bbolt can).
type requeuer interface {
	MarkQueued(ctx context.Context, e store.Entry) error
}

// inPlaceTries is how many transient failures in a row a post is retried in place (holding the
// channel, so it keeps its order) before it goes to the retry schedule and lets later posts by.
const inPlaceTries = 3

// inPlace decides whether a failed post is tried again at once, in front of the later ones: a
// 429 always (the platform said when), a transient failure while the breaker is not closed (the
// platform is down: the post waits for the probe, and the backlog behind it keeps its order)
// or for a few tries. Anything else, or a post out of attempts, takes the retry schedule.
func (w *Worker) inPlace(e store.Entry, ce *channel.Error, tries int, closed bool) bool {
	switch ce.Reason {
	case channel.RateLimited:
		return true
	case channel.Transient:
		if !closed || w.breaker.State() != gobreaker.StateClosed {
			return true // the breaker is (now) open: this post is the one that probes
		}
		return tries+1 < inPlaceTries && e.Attempt+1 < w.set.MaxAttempts
	}
	return false
}

// again records a failure that is retried in place and waits its backoff (a 429's wait is the
// gate, which wait honours).
func (w *Worker) again(ctx context.Context, e store.Entry, ce *channel.Error) error {
	name := w.ch.Name()
	log := w.log.With("article_id", e.ArticleID, "entry", e.ID, "attempt", e.Attempt, "reason", ce.Reason.String())
	if w.m != nil {
		w.m.Failed.WithLabelValues(name, ce.Reason.String()).Inc()
	}
	w.count("retry", ce.Reason.String())
	w.report(e, Retrying, channel.Receipt{}, ce)
	if ce.Reason == channel.RateLimited {
		w.hold(ce)
		w.holdLease(ctx)
		log.Warn("rate limited by the platform", "retry_after", ce.RetryAfter, "global", ce.Global)
		return nil
	}
	wait := max(outbox.Backoff(e.Attempt, w.set.BackoffBase, w.set.BackoffMax), ce.RetryAfter)
	log.Warn("send failed: will retry", "err", ce, "in", wait, "breaker", w.breaker.State().String())
	return w.pause(ctx, wait)
}

// hold closes the channel's (and for a global 429 the credential's) gate for the retry_after.
func (w *Worker) hold(ce *channel.Error) time.Time {
	wait := ce.RetryAfter
	if wait <= 0 {
		wait = w.set.BackoffBase
	}
	until := w.now().Add(wait)
	w.gate.Hold(until)
	if ce.Global && w.cred != nil {
		w.cred.Gate.Hold(until)
	}
	if w.m != nil {
		w.m.RateLimited.WithLabelValues(w.ch.Name()).Inc()
	}
	return until
}

// handBack returns a post that failed and was waiting for another try in place to the retry
// schedule (due now), because the worker stops or lost the channel; its claim goes back to
// queued, so the next leader does not take it for in doubt.
func (w *Worker) handBack(e store.Entry, cause error) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := w.st.Retry(ctx, e, w.now(), "handed back: "+cause.Error()); err != nil {
		return err
	}
	if errors.Is(cause, errNotLeader) {
		return cause
	}
	return nil
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
		until := w.hold(ce)
		w.holdLease(ctx)
		log.Warn("rate limited by the platform", "retry_after", ce.RetryAfter, "global", ce.Global)
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
