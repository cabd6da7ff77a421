package deliver

import (
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// digest is a batching worker's collection: due entries it has read and holds, in order, until
// it has size of them or the oldest has waited period. Held entries stay pending in the store
// (read by this consumer, not acknowledged), so a crash loses none: they are reclaimed.
type digest struct {
	b      channel.Batcher
	size   int
	period time.Duration // 0 = no time bound: wait for size entries

	mu   sync.Mutex
	held []heldEntry
}

type heldEntry struct {
	e     store.Entry
	p     outbox.Payload
	since time.Time // when it was queued: the period runs from there, across restarts
}

// newDigest returns the digest state for a channel that batches, or nil.
func newDigest(ch channel.Channel) *digest {
	b, ok := ch.(channel.Batcher)
	if !ok {
		return nil
	}
	n, period := b.Digest()
	if n <= 1 && period <= 0 {
		return nil
	}
	if n <= 1 || n > channel.MaxBatch {
		n = channel.MaxBatch // a period-only digest, or one configured larger than a message may hold
	}
	return &digest{b: b, size: n, period: max(period, 0)}
}

func (d *digest) add(h heldEntry) {
	d.mu.Lock()
	d.held = append(d.held, h)
	d.mu.Unlock()
}

func (d *digest) len() int {
	if d == nil {
		return 0
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.held)
}

// drop forgets every held entry (they stay pending in the store for whoever reclaims them).
func (d *digest) drop() {
	if d == nil {
		return
	}
	d.mu.Lock()
	d.held = nil
	d.mu.Unlock()
}

// unheld filters out entries already held: a reclaim also hands back our own entries once they
// have waited longer than the lease.
func (d *digest) unheld(es []store.Entry) []store.Entry {
	if d == nil {
		return es
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.DeleteFunc(es, func(e store.Entry) bool {
		return slices.ContainsFunc(d.held, func(h heldEntry) bool { return h.e.ID == e.ID })
	})
}

// due is when the held digest must go out whatever its size: the oldest entry's queue time
// plus the period. ok is false when nothing is held or there is no period.
func (d *digest) due() (t time.Time, ok bool) {
	if d == nil || d.period <= 0 {
		return time.Time{}, false
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for i, h := range d.held {
		if i == 0 || h.since.Before(t) {
			t = h.since
		}
	}
	return t.Add(d.period), len(d.held) > 0
}

// ready returns the next message to send, if one is ready: the first size entries when that
// many are held, else all held once the period of the oldest is over (or when all is set).
func (d *digest) ready(now time.Time, all bool) []heldEntry {
	due, timed := d.due()
	d.mu.Lock()
	defer d.mu.Unlock()
	n := len(d.held)
	switch {
	case n >= d.size:
		n = d.size
	case n > 0 && (all || timed && !now.Before(due)):
	default:
		return nil
	}
	return slices.Clone(d.held[:n])
}

// remove forgets the entries of a message once its outcome is recorded (or left to the store).
func (d *digest) remove(batch []heldEntry) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.held = slices.DeleteFunc(d.held, func(h heldEntry) bool {
		return slices.ContainsFunc(batch, func(b heldEntry) bool { return b.e.ID == h.e.ID })
	})
}

// collect checks the entries just read (sent ones skipped, in-doubt ones per the policy), holds
// the rest and sends every digest that is ready. It returns how many entries it took in plus
// how many it sent, so a drain sees progress while a digest goes out.
func (w *Worker) collect(ctx, sendCtx context.Context, entries []store.Entry) (int, error) {
	n := 0
	for _, e := range entries {
		if ctx.Err() != nil {
			return n, nil // stopping: the rest stay pending and are reclaimed after the lease
		}
		p, ok, err := w.admit(ctx, e)
		if err != nil {
			return n, err
		}
		n++
		if ok && p.Op != outbox.OpSend {
			// An update or retraction is one call of its own, never part of a digest.
			if err := w.attempt(ctx, sendCtx, message{es: []store.Entry{e}, ps: []outbox.Payload{p}}); err != nil {
				return n, err
			}
		} else if ok {
			w.dig.add(heldEntry{e: e, p: p, since: w.queuedAt(e)})
		}
	}
	sent, err := w.sendReady(ctx, sendCtx, false)
	w.gauge(ctx)
	return n + sent, err
}

// sendReady sends ready digests one after the other, each as one message through attempt
// (marked sending, one call, one outcome for all). With all set it sends what is held now
// whatever its age. It returns how many entries it sent or settled.
func (w *Worker) sendReady(ctx, sendCtx context.Context, all bool) (int, error) {
	sent := 0
	for ctx.Err() == nil {
		if w.stopped() {
			// The platform refused our credentials: nothing more goes out; what we hold waits in
			// the retry schedule until an editor resumes the channel.
			return sent, w.park(ctx, "channel paused: credentials refused")
		}
		batch := w.dig.ready(w.now(), all)
		if len(batch) == 0 {
			return sent, nil
		}
		es := make([]store.Entry, len(batch))
		ps := make([]outbox.Payload, len(batch))
		for i, h := range batch {
			es[i], ps[i] = h.e, h.p
		}
		err := w.attempt(ctx, sendCtx, message{es: es, ps: ps})
		if err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			// Stopped while waiting for a go (gate, limiter, lease): nothing was recorded, so the
			// digest stays held for the shutdown flush.
			return sent, nil
		}
		// Recorded, or left pending in the store (a store failure) to be reclaimed after the lease.
		w.dig.remove(batch)
		if errors.Is(err, errNotLeader) {
			w.logger().Info("another replica took the channel over: handing back the digest", "left", w.dig.len())
			w.dig.drop()
			return sent, nil
		}
		if err != nil {
			return sent, err
		}
		sent += len(batch)
	}
	return sent, nil
}

// park moves every held entry to the retry schedule, due now, with reason.
func (w *Worker) park(ctx context.Context, reason string) error {
	w.dig.mu.Lock()
	held := w.dig.held
	w.dig.held = nil
	w.dig.mu.Unlock()
	for _, h := range held {
		if err := w.st.Retry(ctx, h.e, w.now(), reason); err != nil {
			return err
		}
	}
	return nil
}

// queuedAt is when e was first queued, or now when the store does not say (or says later).
func (w *Worker) queuedAt(e store.Entry) time.Time {
	now := w.now()
	if e.Enqueued.Unix() <= 0 || e.Enqueued.After(now) {
		return now
	}
	return e.Enqueued
}

// Flush sends every digest entry the worker holds now, in messages of at most the digest size,
// without waiting for the period. ctx bounds the waits and the sends: what it cannot send stays
// pending in the store. Run calls it when it stops (with the send context, so only within the
// grace period); a one-shot drain can call it once nothing else is left. A worker that does not
// batch holds nothing. Flush must not run at the same time as Step.
func (w *Worker) Flush(ctx context.Context) (int, error) {
	if w.dig.len() == 0 {
		return 0, nil
	}
	if paused, err := w.st.Paused(ctx, "channel", w.ch.Name()); err != nil || paused {
		return 0, err
	}
	return w.sendReady(ctx, ctx, true)
}

// Holding reports how many entries a batching worker holds for its next digest (they count as
// pending in the store). A worker that does not batch holds none.
func (w *Worker) Holding() int { return w.dig.len() }
