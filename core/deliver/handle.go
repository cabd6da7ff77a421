package deliver

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/sony/gobreaker/v2"

	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// handle delivers one entry. An error means the store failed: the entry stays pending.
func (w *Worker) handle(ctx, sendCtx context.Context, e store.Entry) error {
	p, ok, err := w.admit(ctx, e)
	if err != nil || !ok {
		return err
	}
	return w.attempt(ctx, sendCtx, []store.Entry{e}, []outbox.Payload{p})
}

// admit looks at e's claim before e is sent: an entry already sent is acknowledged and
// skipped, one in doubt follows the in_doubt policy, one whose payload cannot be read is
// dead-lettered. ok reports that e is to be sent, with payload p.
func (w *Worker) admit(ctx context.Context, e store.Entry) (p outbox.Payload, ok bool, err error) {
	name := w.ch.Name()
	log := w.entryLog(e, 1)
	claim, err := w.st.Claim(ctx, name, e.ArticleID)
	if err != nil {
		return p, false, err
	}
	switch claim.State {
	case store.StateSent:
		// Already delivered (a replica finished it and this is a stale read): drop the entry.
		w.report(e, Skipped, channel.Receipt{}, nil)
		return p, false, w.st.Ack(ctx, e, claim.RemoteID)
	case store.StateSending:
		// In doubt: the worker that marked it died between Send and recording the outcome.
		if !w.ch.Limits().Idempotent && w.set.InDoubt == "skip" {
			w.count("in_doubt", "skipped")
			log.Warn("in-doubt delivery skipped by policy (it may or may not have been posted)")
			w.report(e, Skipped, channel.Receipt{}, nil)
			return p, false, w.st.Dead(ctx, e, "in doubt after a crash: skipped by the channel's in_doubt: skip policy")
		}
		action := "resent"
		if w.ch.Limits().Idempotent {
			action = "resent_idempotent"
		}
		w.count("in_doubt", action)
		log.Warn("resending in-doubt delivery", "idempotent", w.ch.Limits().Idempotent)
	}
	p, err = outbox.Decode(e)
	if err != nil {
		w.report(e, DeadLettered, channel.Receipt{}, err)
		w.count("dead", "")
		return p, false, w.st.Dead(ctx, e, err.Error())
	}
	return p, true, nil
}

// attempt sends es (one entry through Send, or a digest through SendBatch) as one message and
// records the one outcome for every entry: all are marked sending before the call, then all
// acknowledged, all retried in place (in order, holding the channel) or all handed to fail.
// An error means the store failed: entries not yet recorded stay pending.
func (w *Worker) attempt(ctx, sendCtx context.Context, es []store.Entry, ps []outbox.Payload) error {
	name := w.ch.Name()
	logs := make([]*slog.Logger, len(es))
	for i, e := range es {
		logs[i] = w.entryLog(e, 1)
	}
	runCtx := ctx
	for inPlace := 0; ; inPlace++ {
		if err := w.wait(runCtx); err != nil {
			if inPlace > 0 {
				return w.handBack(es, err)
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
				return w.handBack(es, err)
			}
			return err
		}
		// From here on the outcome must be recorded even if we are asked to stop.
		for _, e := range es {
			if err := w.st.MarkSending(sendCtx, e); err != nil {
				return err
			}
		}
		closed := w.breaker.State() == gobreaker.StateClosed
		ds := make([]channel.Delivery, len(es))
		for i, e := range es {
			ds[i] = channel.Delivery{Key: e.Key, Post: ps[i].Post, Attempt: e.Attempt + 1, Progress: store.NewProgress(w.st, e.Key)}
		}
		start := w.now()
		keep := w.keepDuring()
		rc, err := w.breaker.Execute(func() (channel.Receipt, error) { return w.send(sendCtx, ds) })
		keep()
		if w.m != nil {
			w.m.SendSeconds.WithLabelValues(name).Observe(time.Since(start).Seconds())
		}
		if err == nil {
			for i, e := range es {
				if err := w.ack(sendCtx, e, rc.RemoteID); err != nil {
					return err
				}
				if w.m != nil {
					w.m.Delivered.WithLabelValues(name).Inc()
					if !ps[i].Detected.IsZero() {
						w.m.DetectToPost.WithLabelValues(name).Observe(w.now().Sub(ps[i].Detected).Seconds())
					}
				}
				logs[i].Info("delivered", "remote_id", rc.RemoteID)
				w.report(e, Delivered, rc, nil)
			}
			return nil
		}
		if errors.Is(err, gobreaker.ErrOpenState) || errors.Is(err, gobreaker.ErrTooManyRequests) {
			continue // nothing was sent; wait for the probe
		}
		if sendCtx.Err() != nil {
			// Shutting down mid-send: hand the entries back; they are in doubt only if the request left.
			for _, e := range es {
				if err := w.st.Retry(context.WithoutCancel(sendCtx), e, w.now(), "interrupted by shutdown"); err != nil {
					return err
				}
			}
			return nil
		}
		ce := channel.Classify(err)
		if !w.inPlace(es, ce, inPlace, closed) {
			return w.fail(sendCtx, es, ce)
		}
		if closed {
			for i := range es {
				es[i].Attempt++ // failures while the breaker is open are the platform's, not this post's
			}
		}
		if rq, ok := w.st.(requeuer); ok {
			// The platform answered: the post is not in doubt while it waits here (a crash now
			// must not make the next leader count it as in doubt, or skip it under in_doubt: skip).
			for _, e := range es {
				if err := rq.MarkQueued(sendCtx, e); err != nil {
					return err
				}
			}
		}
		if err := w.again(runCtx, es, ce); err != nil {
			return w.handBack(es, err)
		}
	}
}

// send makes the one platform call for ds: SendBatch when the worker batches, Send otherwise.
func (w *Worker) send(ctx context.Context, ds []channel.Delivery) (channel.Receipt, error) {
	if w.dig != nil {
		return w.dig.b.SendBatch(ctx, ds)
	}
	return w.ch.Send(ctx, ds[0])
}

// requeuer is a store that can take a claim back from sending to queued (Redis and bbolt can).
type requeuer interface {
	MarkQueued(ctx context.Context, e store.Entry) error
}

// inPlaceTries is how many transient failures in a row a post is retried in place (holding the
// channel, so it keeps its order) before it goes to the retry schedule and lets later posts by.
const inPlaceTries = 3

// inPlace decides whether a failed post (or digest) is tried again at once, in front of the
// later ones: a 429 always (the platform said when), a transient failure while the breaker is
// not closed (the platform is down: the post waits for the probe, and the backlog behind it
// keeps its order) or for a few tries. Anything else, or a post out of attempts (in a digest:
// the entry with the most), takes the retry schedule.
func (w *Worker) inPlace(es []store.Entry, ce *channel.Error, tries int, closed bool) bool {
	switch ce.Reason {
	case channel.RateLimited:
		return true
	case channel.Transient:
		if !closed || w.breaker.State() != gobreaker.StateClosed {
			return true // the breaker is (now) open: this post is the one that probes
		}
		return tries+1 < inPlaceTries && mostAttempts(es)+1 < w.set.MaxAttempts
	}
	return false
}

// again records a failure that is retried in place and waits its backoff (a 429's wait is the
// gate, which wait honours).
func (w *Worker) again(ctx context.Context, es []store.Entry, ce *channel.Error) error {
	name := w.ch.Name()
	log := w.batchLog(es, 0).With("reason", ce.Reason.String())
	for _, e := range es {
		if w.m != nil {
			w.m.Failed.WithLabelValues(name, ce.Reason.String()).Inc()
		}
		w.count("retry", ce.Reason.String())
		w.report(e, Retrying, channel.Receipt{}, ce)
	}
	if ce.Reason == channel.RateLimited {
		w.hold(ctx, ce)
		w.holdLease(ctx)
		log.Warn("rate limited by the platform", "retry_after", ce.RetryAfter, "global", ce.Global)
		return nil
	}
	wait := max(outbox.Backoff(mostAttempts(es), w.set.BackoffBase, w.set.BackoffMax), ce.RetryAfter)
	log.Warn("send failed: will retry", "err", ce, "in", wait, "breaker", w.breaker.State().String())
	return w.pause(ctx, wait)
}

// hold closes the channel's (and for a global 429 the credential's) gate for the retry_after,
// here and in the store.
func (w *Worker) hold(ctx context.Context, ce *channel.Error) time.Time {
	wait := ce.RetryAfter
	if wait <= 0 {
		wait = w.set.BackoffBase
	}
	until := w.now().Add(wait)
	w.gate.Hold(until)
	if ce.Global && w.cred != nil {
		w.cred.Gate.Hold(until)
	}
	w.saveGate(context.WithoutCancel(ctx), until, ce.Global)
	if w.m != nil {
		w.m.RateLimited.WithLabelValues(w.ch.Name()).Inc()
	}
	return until
}

// handBack returns posts that failed and were waiting for another try in place to the retry
// schedule (due now), because the worker stops or lost the channel; their claims go back to
// queued, so the next leader does not take them for in doubt.
func (w *Worker) handBack(es []store.Entry, cause error) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	// Due when the channel may send again: after a retry_after window, not inside it.
	due := w.now()
	if g := w.gated(); g.After(due) {
		due = g
	}
	for _, e := range es {
		if err := w.st.Retry(ctx, e, due, "handed back: "+cause.Error()); err != nil {
			return err
		}
	}
	if errors.Is(cause, errNotLeader) || errors.Is(cause, ErrPastDeadline) {
		return cause
	}
	return nil
}
