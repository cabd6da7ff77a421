package deliver

import (
	"context"
	"log/slog"
	"time"

	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// message is what one attempt sends as one platform call: one entry through Send, or a
// digest's entries through SendBatch, with their decoded payloads (ps[i] is es[i]'s).
type message struct {
	es []store.Entry
	ps []outbox.Payload
}

// clear is the gate and the fence before a send: wait out retry_after windows and the
// limiters, then confirm that this replica still delivers the channel (a lease confirmed less
// than Lease/3 ago), so a replica that lost it cannot post alongside the new leader.
func (w *Worker) clear(ctx context.Context) error {
	if err := w.wait(ctx); err != nil {
		return err
	}
	held, _, err := w.lead(ctx)
	if err == nil && !held {
		err = errNotLeader
	}
	return err
}

// markSending marks every entry sending: a crash from here on leaves them in doubt.
func (w *Worker) markSending(ctx context.Context, es []store.Entry) error {
	for _, e := range es {
		if err := w.st.MarkSending(ctx, e); err != nil {
			return err
		}
	}
	return nil
}

// call makes the one platform call for m through the breaker, keeping the lease renewed while
// it is in flight, and times it.
func (w *Worker) call(ctx context.Context, m message) (channel.Receipt, error) {
	ds := make([]channel.Delivery, len(m.es))
	for i, e := range m.es {
		ds[i] = channel.Delivery{Key: e.Key, Post: m.ps[i].Post, Attempt: e.Attempt + 1, Progress: store.NewProgress(w.st, e.Key)}
	}
	start := w.now()
	keep := w.keepDuring()
	rc, err := w.brk().Execute(func() (channel.Receipt, error) { return w.dispatch(ctx, ds, m.ps) })
	keep()
	if w.m != nil {
		w.m.SendSeconds.WithLabelValues(w.label).Observe(time.Since(start).Seconds())
	}
	return rc, err
}

// send makes the one platform call for ds: SendBatch when the worker batches, Send otherwise.
func (w *Worker) send(ctx context.Context, ds []channel.Delivery) (channel.Receipt, error) {
	if w.dig != nil {
		return w.dig.b.SendBatch(ctx, ds)
	}
	return w.ch.Send(ctx, ds[0])
}

// delivered records a send the platform accepted: every entry acknowledged with its remote id.
func (w *Worker) delivered(ctx context.Context, m message, rc channel.Receipt, logs []*slog.Logger) error {
	for i, e := range m.es {
		if err := w.record(ctx, e, m.ps[i], rc); err != nil {
			return err
		}
		if err := w.ack(ctx, e, rc.RemoteID); err != nil {
			return err
		}
		if w.m != nil && m.ps[i].Op == outbox.OpSend {
			w.m.Delivered.WithLabelValues(w.label).Inc()
			if !m.ps[i].Detected.IsZero() {
				w.m.DetectToPost.WithLabelValues(w.label).Observe(w.now().Sub(m.ps[i].Detected).Seconds())
			}
		}
		logs[i].Info("delivered", "remote_id", rc.RemoteID)
		w.report(e, Delivered, rc, nil)
	}
	return nil
}

// interrupted hands the entries back after a shutdown cut a send short; they are in doubt
// only if the request left.
func (w *Worker) interrupted(ctx context.Context, es []store.Entry) error {
	for _, e := range es {
		if err := w.st.Retry(context.WithoutCancel(ctx), e, w.now(), "interrupted by shutdown"); err != nil {
			return err
		}
	}
	return nil
}

// requeue readies entries for another try in place. A failure while the breaker was open is
// the platform's, not the post's, so it does not count as an attempt. The platform answered,
// so the post is not in doubt while it waits: its claim goes back to queued (a crash now must
// not make the next leader count it as in doubt, or skip it under in_doubt: skip).
func (w *Worker) requeue(ctx context.Context, es []store.Entry, closed bool) error {
	if closed {
		for i := range es {
			es[i].Attempt++
		}
	}
	rq, ok := w.st.(requeuer)
	if !ok {
		return nil
	}
	for _, e := range es {
		if err := rq.MarkQueued(ctx, e); err != nil {
			return err
		}
	}
	return nil
}
