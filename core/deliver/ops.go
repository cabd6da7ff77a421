package deliver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// Corrections and retractions run through the same attempt as sends (limiters, lease fence,
// breaker, in-place retries, retry schedule, dead letters): dispatch chooses the one platform
// call by the entry's Op, record keeps a send's receipt before it is acknowledged, settled
// closes an in-doubt entry whose effect the receipt already shows, and amend applies a
// correction or retraction that arrived while the send was still queued.

// dispatch makes the one platform call for ds: an update or a retraction through operate, a
// send (or digest) through send.
func (w *Worker) dispatch(ctx context.Context, ds []channel.Delivery, ps []outbox.Payload) (channel.Receipt, error) {
	if len(ps) == 1 && ps[0].Op != outbox.OpSend {
		return w.operate(ctx, ds[0], ps[0])
	}
	return w.send(ctx, ds)
}

// record keeps a send's receipt — every remote message, the revision shown, the time — for
// at least the claim TTL, so the post can be corrected or withdrawn later. It runs before
// the ack: a receipt found for an entry still marked sending proves the post went out (see
// settled). The post is out, so a store that is away is waited for, as ack does.
func (w *Worker) record(ctx context.Context, e store.Entry, p outbox.Payload, rc channel.Receipt) error {
	if p.Op != outbox.OpSend {
		return nil // operate kept the receipt
	}
	rc.Revision = p.Post.Revision()
	if rc.SentAt.IsZero() {
		rc.SentAt = w.now()
	}
	rec, err := newReceipt(e.ArticleID, w.ch.Name(), p.Post, rc)
	if err != nil {
		return err
	}
	rec.LastOutcome = "sent"
	return w.persist(ctx, "could not keep the receipt of a delivered post: trying again", e, func() error { return w.st.SaveReceipt(ctx, rec, 0) })
}

func newReceipt(articleID, ch string, post article.Post, rc channel.Receipt) (store.Receipt, error) {
	data, err := json.Marshal(rc)
	if err != nil {
		return store.Receipt{}, fmt.Errorf("deliver: encode receipt: %w", err)
	}
	shown, err := json.Marshal(post)
	if err != nil {
		return store.Receipt{}, fmt.Errorf("deliver: encode post: %w", err)
	}
	return store.Receipt{ArticleID: articleID, Channel: ch, Revision: rc.Revision, SentAt: rc.SentAt,
		UpdatedAt: rc.SentAt, Data: data, Post: shown}, nil
}

// settled looks at an entry found in doubt (marked sending by a worker that died): when the
// receipt shows its effect — the send recorded, the revision shown, the post withdrawn — it
// is acknowledged without another platform call, whatever the in_doubt policy.
func (w *Worker) settled(ctx context.Context, e store.Entry) (bool, error) {
	p, err := outbox.Decode(e)
	if err != nil {
		return false, nil // admit dead-letters it
	}
	article := e.ArticleID
	if p.Op != outbox.OpSend {
		article = p.Article
	}
	rec, err := w.st.Receipt(ctx, article, w.ch.Name())
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	done := false
	switch p.Op {
	case outbox.OpSend:
		done = true
	case outbox.OpUpdate:
		done = rec.Revision == p.Revision || rec.Retracted
	case outbox.OpRetract:
		done = rec.Retracted
	}
	if !done {
		return false, nil
	}
	w.count("in_doubt", "settled")
	w.entryLog(e, 0).Info("in-doubt entry already took effect: recorded without another call", "op", string(p.Op))
	w.report(e, Skipped, channel.Receipt{}, nil)
	return true, w.ack(ctx, e, "")
}

// amend applies what an editor or source asked for while the send of e was still queued:
// a retraction cancels it (acknowledged, never posted), a correction replaces its post.
func (w *Worker) amend(ctx context.Context, e store.Entry, p outbox.Payload) (outbox.Payload, bool, error) {
	if p.Op != outbox.OpSend {
		ok, err := w.ready(ctx, e, p)
		return p, ok, err
	}
	name := w.ch.Name()
	if _, err := w.st.GetValue(ctx, outbox.CancelKey(name, e.ArticleID)); err == nil {
		rec, err := newReceipt(e.ArticleID, name, p.Post, channel.Receipt{SentAt: w.now(), Revision: p.Post.Revision()})
		if err != nil {
			return p, false, err
		}
		rec.Retracted, rec.LastOutcome = true, "cancelled"
		if err := w.st.SaveReceipt(ctx, rec, 0); err != nil {
			return p, false, err
		}
		w.opCount(outbox.OpRetract, "cancelled")
		w.entryLog(e, 1).Info("send cancelled: the article was retracted before it went out")
		w.report(e, Skipped, channel.Receipt{}, nil)
		return p, false, w.ack(ctx, e, "")
	} else if !errors.Is(err, store.ErrNotFound) {
		return p, false, err
	}
	raw, err := w.st.GetValue(ctx, outbox.NextKey(name, e.ArticleID))
	if errors.Is(err, store.ErrNotFound) {
		return p, true, nil
	}
	if err != nil {
		return p, false, err
	}
	var next article.Post
	if err := json.Unmarshal(raw, &next); err != nil {
		w.entryLog(e, 1).Warn("unreadable replacement post: sending the original", "err", err)
		return p, true, nil
	}
	p.Post = next
	return p, true, nil
}

// opCount counts one update or retraction outcome.
func (w *Worker) opCount(op outbox.Op, outcome string) {
	if w.m == nil {
		return
	}
	if op == outbox.OpRetract {
		w.m.Retractions.WithLabelValues(w.label, outcome).Inc()
	} else {
		w.m.Updates.WithLabelValues(w.label, outcome).Inc()
	}
}
