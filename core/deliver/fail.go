package deliver

import (
	"context"
	"fmt"
	"log/slog"

	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// fail records a failed attempt per its reason, for every entry of the message: a 429 or a
// refused credential retries them all, a rejected message dead-letters them all, and other
// failures retry each (at one due time, so a digest stays together) until it runs out of attempts.
func (w *Worker) fail(ctx context.Context, es []store.Entry, ce *channel.Error) error {
	name := w.ch.Name()
	log := w.batchLog(es, 1).With("reason", ce.Reason.String())
	if w.m != nil {
		w.m.Failed.WithLabelValues(w.label, ce.Reason.String()).Add(float64(len(es)))
	}
	now := w.now()
	switch ce.Reason {
	case channel.RateLimited:
		// The window is saved in the store (and held for the whole credential when the limit is
		// global), and the lease is renewed now so it outlasts the window: another replica must
		// not take the token and hit the same limit at once.
		until := w.hold(ctx, ce)
		w.holdLease(ctx)
		log.Warn("rate limited by the platform", "retry_after", ce.RetryAfter, "global", ce.Global)
		return w.each(es, Retrying, ce, func(e store.Entry) error { return w.st.Retry(ctx, e, until, ce.Error()) })
	case channel.Unauthorized, channel.Gone:
		// A refused token must stop the channel: looping on it gets the IP banned (Discord). A
		// destination that is gone (the bot was removed or blocked) stops the same way; the
		// pipeline also suspends a reader's or community's chat on the reported event.
		msg := "channel paused: the platform refused it, and retrying cannot help; fix the cause, then resume it"
		if ce.Reason == channel.Gone {
			msg = "channel paused: the bot is gone from this chat (removed, blocked or deleted); a reader's or community's chat is suspended"
		}
		log.Error(msg, "err", ce, "fix", ce.Remedy(), "resume", "paperboy channels resume "+name+" --config FILE (or /resume "+name+" in chat)")
		if err := w.st.PauseBecause(ctx, "channel", name, ce.Cause()+" — "+ce.Remedy()); err != nil {
			return err
		}
		w.setPaused(true)
		w.mu.Lock()
		w.authStop = true
		w.mu.Unlock()
		// The entries stay due now, not backed off: nothing is sent while the channel is
		// paused, and a resume should deliver them at once.
		return w.each(es, Retrying, ce, func(e store.Entry) error { return w.st.Retry(ctx, e, now, ce.Error()) })
	case channel.Permanent, channel.TooLong:
		// The same request would be refused again: retrying only spends the rate budget.
		log.Error("platform rejected the message: dead-lettered", "err", ce)
		return w.each(es, DeadLettered, ce, func(e store.Entry) error { return w.st.Dead(ctx, e, ce.Error()) })
	default:
		wait := outbox.Backoff(mostAttempts(es)+1, w.set.BackoffBase, w.set.BackoffMax)
		// A platform's own retry hint (a 503's Retry-After) wins over our backoff when longer:
		// retrying sooner would only be refused again.
		if ce.RetryAfter > wait {
			wait = ce.RetryAfter
		}
		for _, e := range es {
			log := w.entryLog(e, 1).With("reason", ce.Reason.String())
			if e.Attempt+1 >= w.set.MaxAttempts {
				log.Error("giving up after repeated failures: dead-lettered", "err", ce)
				w.count("dead", "")
				w.report(e, DeadLettered, channel.Receipt{}, ce)
				if err := w.st.Dead(ctx, e, fmt.Sprintf("%d attempts failed; last: %v", e.Attempt+1, ce)); err != nil {
					return err
				}
				continue
			}
			log.Warn("send failed: will retry", "err", ce, "in", wait)
			w.count("retry", ce.Reason.String())
			w.report(e, Retrying, channel.Receipt{}, ce)
			if err := w.st.Retry(ctx, e, now.Add(wait), ce.Error()); err != nil {
				return err
			}
		}
		return nil
	}
}

// each counts, reports and records outcome o for every entry, stopping at the first store error.
func (w *Worker) each(es []store.Entry, o Outcome, ce *channel.Error, record func(store.Entry) error) error {
	for _, e := range es {
		if o == DeadLettered {
			w.count("dead", "")
		} else {
			w.count("retry", ce.Reason.String())
		}
		w.report(e, o, channel.Receipt{}, ce)
		if err := record(e); err != nil {
			return err
		}
	}
	return nil
}

// count adds one to the metric of kind ("retry", "dead", "in_doubt") for this channel; a
// worker built without metrics (tests, one-shot runs) counts nothing.
func (w *Worker) count(kind, reason string) {
	if w.m == nil {
		return
	}
	switch kind {
	case "retry":
		w.m.Retries.WithLabelValues(w.label, reason).Inc()
	case "dead":
		w.m.DeadLetters.WithLabelValues(w.label).Inc()
	case "in_doubt":
		w.m.InDoubt.WithLabelValues(w.label, reason).Inc()
	}
}

// entryLog is the logger for one entry; the attempt shown is e.Attempt+offset.
func (w *Worker) entryLog(e store.Entry, offset int) *slog.Logger {
	return w.logger().With("article_id", e.ArticleID, "entry", e.ID, "attempt", e.Attempt+offset)
}

// batchLog is entryLog for one entry, and for a digest names its articles.
func (w *Worker) batchLog(es []store.Entry, offset int) *slog.Logger {
	if len(es) == 1 {
		return w.entryLog(es[0], offset)
	}
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ArticleID
	}
	return w.logger().With("articles", len(es), "article_ids", ids, "attempt", mostAttempts(es)+offset)
}

// mostAttempts is the highest Attempt among es: a digest is as close to giving up as its
// most-tried entry.
func mostAttempts(es []store.Entry) int {
	n := 0
	for _, e := range es {
		n = max(n, e.Attempt)
	}
	return n
}
