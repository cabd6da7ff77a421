package deliver

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// ready decides whether an update or retraction can be made now, before any platform call:
// with nothing posted on the channel it is settled at once (not_sent); while the original is
// still queued or in flight it waits in the retry schedule; a post that already shows the
// revision (or is withdrawn) needs no call (unchanged).
func (w *Worker) ready(ctx context.Context, e store.Entry, p outbox.Payload) (bool, error) {
	name := w.ch.Name()
	log := w.entryLog(e, 1).With("op", string(p.Op), "of", p.Article)
	rec, err := w.st.Receipt(ctx, p.Article, name)
	if errors.Is(err, store.ErrNotFound) {
		// No receipt yet: the claim tells "never posted here" (settle now) from "posted soon"
		// (wait), so an edit made while the original is queued is not lost.
		cl, err := w.st.Claim(ctx, name, p.Article)
		if err != nil {
			return false, err
		}
		if cl.State == store.StateQueued || cl.State == store.StateSending {
			// Backed off like a failure, so a post stuck behind a long outage is not polled for
			// every second of it.
			due := w.now().Add(outbox.Backoff(e.Attempt+1, w.set.BackoffBase, w.set.BackoffMax))
			log.Info("waiting for the original post to go out", "until", due)
			return false, w.st.Retry(ctx, e, due, "waiting for the original post to go out")
		}
		log.Info("nothing to change: the article was not posted on this channel")
		w.opCount(p.Op, "not_sent")
		w.report(e, Skipped, channel.Receipt{}, nil)
		return false, w.ack(ctx, e, "")
	}
	if err != nil {
		return false, err
	}
	if rec.Retracted || (p.Op == outbox.OpUpdate && rec.Revision == p.Revision) {
		log.Info("nothing to change: the post already shows it", "revision", rec.Revision, "retracted", rec.Retracted)
		w.opCount(p.Op, "unchanged")
		w.report(e, Skipped, channel.Receipt{}, nil)
		return false, w.ack(ctx, e, "")
	}
	return true, nil
}

// operate makes the one platform call of an update or a retraction and keeps the receipt as
// it now stands. Its failures are *channel.Error like a send's, so attempt retries, holds
// for a 429, trips the breaker or dead-letters exactly as for a send.
func (w *Worker) operate(ctx context.Context, d channel.Delivery, p outbox.Payload) (channel.Receipt, error) {
	name := w.ch.Name()
	rec, err := w.st.Receipt(ctx, p.Article, name)
	if err != nil {
		return channel.Receipt{}, channel.Errorf(channel.Transient, "deliver: %s: read receipt: %w", p.Op, err)
	}
	var rc channel.Receipt
	if err := json.Unmarshal(rec.Data, &rc); err != nil {
		return channel.Receipt{}, channel.Errorf(channel.Permanent, "deliver: %s: unreadable receipt: %w", p.Op, err)
	}
	if rec.Retracted || (p.Op == outbox.OpUpdate && rec.Revision == p.Revision) {
		return rc, nil // another worker got here first (ready saw it otherwise)
	}
	// shown is the post as readers see it now: a withdrawal notice quotes that title, not the
	// revision that was asked for. A receipt from before posts were stored falls back to the
	// payload's.
	var shown article.Post
	if json.Unmarshal(rec.Post, &shown) != nil {
		shown = p.Post
	}
	action := "updated"
	switch p.Op {
	case outbox.OpUpdate:
		up, ok := w.ch.(channel.Updater)
		if !ok {
			w.opCount(p.Op, "failed")
			return channel.Receipt{}, channel.Errorf(channel.Permanent, "deliver: %s cannot edit its posts", name)
		}
		nrc, err := up.Update(ctx, channel.Update{Key: d.Key, Receipt: rc, Post: p.Post, Revision: p.Revision, Attempt: d.Attempt, Reason: p.Reason})
		if err != nil {
			w.opCount(p.Op, "failed")
			return channel.Receipt{}, err
		}
		// A platform that edits in place may answer without message list: the messages of the
		// original receipt are still the ones to reach next time.
		if len(nrc.AllMessages()) == 0 {
			nrc = rc
		}
		nrc.Revision, nrc.SentAt = p.Revision, rc.SentAt
		rc = nrc
		shown = p.Post
		rec.Revision = p.Revision
		rec.Updates++
	case outbox.OpRetract:
		rt, ok := w.ch.(channel.Retracter)
		if !ok {
			w.opCount(p.Op, "failed")
			return channel.Receipt{}, channel.Errorf(channel.Permanent, "deliver: %s cannot withdraw its posts", name)
		}
		err := rt.Retract(ctx, channel.Retraction{Key: d.Key, Receipt: rc, Post: shown, Attempt: d.Attempt, Reason: p.Reason, Now: w.now()})
		if err != nil {
			w.opCount(p.Op, "failed")
			return channel.Receipt{}, err
		}
		rec.Retracted = true
		action = "retracted"
	default:
		return channel.Receipt{}, channel.Errorf(channel.Permanent, "deliver: unknown outbox operation %q", p.Op)
	}
	if err := w.keep(ctx, rec, shown, rc, action); err != nil {
		// The platform changed the post: the retry's call finds it unchanged or gone, which counts as done.
		return channel.Receipt{}, channel.Errorf(channel.Transient, "deliver: %s: keep receipt: %w", p.Op, err)
	}
	w.opCount(p.Op, "done")
	w.logger().Info("post "+action, "article_id", p.Article, "revision", rec.Revision, "by", p.By, "reason", p.Reason)
	a := store.Audit{At: w.now().UTC(), Who: p.By, Action: action, Channel: name, Revision: p.Revision, Reason: p.Reason, Outcome: "done"}
	// The audit trail is a record, not part of the operation: losing an entry must not make
	// the worker repeat an edit the platform already made.
	if err := w.st.AppendAudit(ctx, p.Article, a); err != nil {
		w.logger().Warn("could not add to the audit trail", "article_id", p.Article, "err", err)
	}
	return rc, nil
}

// keep writes the receipt after an update or a retraction. TTL 0 asks the store for its
// default (at least the claim TTL), so the receipt lives as long as the claim that guards
// the article and a later correction still finds the post.
func (w *Worker) keep(ctx context.Context, rec store.Receipt, shown article.Post, rc channel.Receipt, action string) error {
	nr, err := newReceipt(rec.ArticleID, rec.Channel, shown, rc)
	if err != nil {
		return err
	}
	rec.Data, rec.Post = nr.Data, nr.Post
	rec.UpdatedAt, rec.LastOutcome = w.now(), action
	return w.st.SaveReceipt(ctx, rec, time.Duration(0))
}
