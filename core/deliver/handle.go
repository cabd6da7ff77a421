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
	return w.attempt(ctx, sendCtx, message{es: []store.Entry{e}, ps: []outbox.Payload{p}})
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
		if done, err := w.settled(ctx, e); done || err != nil {
			return p, false, err
		}
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
	return w.amend(ctx, e, p)
}

// attempt sends m as one platform call and records the one outcome for all its entries. It is
// a sequence, repeated while a failure is retried in place (holding the channel, in order):
// gate (retry_after windows, the limiters) → fence (this replica still delivers the channel) →
// mark (every entry sending) → send (through the breaker) → record (acknowledged, retried in
// place, or handed to fail). An error means the store failed: entries not yet recorded stay
// pending.
func (w *Worker) attempt(ctx, sendCtx context.Context, m message) error {
	logs := make([]*slog.Logger, len(m.es))
	for i, e := range m.es {
		logs[i] = w.entryLog(e, 1)
	}
	for tries := 0; ; tries++ {
		if err := w.clear(ctx); err != nil {
			if tries > 0 {
				return w.handBack(m.es, err)
			}
			return err
		}
		// From here on the outcome must be recorded even if we are asked to stop.
		if err := w.markSending(sendCtx, m.es); err != nil {
			return err
		}
		closed := w.breakerState() == gobreaker.StateClosed
		rc, err := w.call(sendCtx, m)
		switch {
		case err == nil:
			return w.delivered(sendCtx, m, rc, logs)
		case errors.Is(err, gobreaker.ErrOpenState) || errors.Is(err, gobreaker.ErrTooManyRequests):
			continue // nothing was sent; wait for the probe
		case sendCtx.Err() != nil:
			return w.interrupted(sendCtx, m.es)
		}
		ce := channel.Classify(err)
		if !w.inPlace(m.es, ce, tries, closed) {
			return w.fail(sendCtx, m.es, ce)
		}
		if err := w.requeue(sendCtx, m.es, closed); err != nil {
			return err
		}
		if err := w.again(ctx, m.es, ce); err != nil {
			return w.handBack(m.es, err)
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
		if !closed || w.breakerState() != gobreaker.StateClosed {
			return true // the breaker is (now) open: this post is the one that probes
		}
		return tries+1 < inPlaceTries && mostAttempts(es)+1 < w.set.MaxAttempts
	}
	return false
}

// again records a failure that is retried in place and waits its backoff (a 429's wait is the
// gate, which wait honours).
func (w *Worker) again(ctx context.Context, es []store.Entry, ce *channel.Error) error {
	log := w.batchLog(es, 0).With("reason", ce.Reason.String())
	for _, e := range es {
		if w.m != nil {
			w.m.Failed.WithLabelValues(w.label, ce.Reason.String()).Inc()
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
	log.Warn("send failed: will retry", "err", ce, "in", wait, "breaker", w.breakerState().String())
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
		w.m.RateLimited.WithLabelValues(w.label).Inc()
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
