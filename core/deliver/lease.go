package deliver

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// errNotLeader stops a send: another replica now delivers this channel. The entry stays
// pending in the outbox and the new leader reclaims it.
var errNotLeader = errors.New("deliver: another replica delivers this channel now")

// Why a delivery lease: rate limiters, retry_after gates and the circuit breaker live in one
// process. With every replica sending to the same destination, N replicas would send at N times
// the platform's rate, a 429 learned by one would be ignored by the others (requests inside the
// announced window), and a channel's posts would interleave out of order. So one replica at a
// time delivers the channels of one credential (a token; a channel of its own when it has none);
// the others stand by and take over within the lease when it dies. The outbox consumer group
// still hands a dead leader's entries to the next one.

// lead confirms or takes the delivery lease. It renews at most every Lease/3, so a send always
// starts with at least two thirds of the lease left. fresh reports that the lease was not held
// a moment ago: entries the previous holder read are ours to reclaim now.
func (w *Worker) lead(ctx context.Context) (held, fresh bool, err error) {
	now := w.now()
	w.mu.Lock()
	at, force := w.leaseAt, w.renewNow
	w.renewNow = false
	w.mu.Unlock()
	if !force && !at.IsZero() && now.Sub(at) < w.set.Lease/3 {
		return true, false, nil
	}
	// While a retry_after window (or an open breaker) holds the channel, the lease outlives it:
	// a leader killed inside the window must not hand the channel to a replica that never heard
	// of the window and would send into it.
	ttl := w.set.Lease
	if g := w.gated().Sub(now) + w.set.Lease/3; g > ttl {
		ttl = g
	}
	ok, err := w.st.AcquireLease(ctx, w.lease, w.set.Consumer, ttl)
	if err != nil || !ok {
		w.setLeader(time.Time{})
		if err != nil {
			return false, false, fmt.Errorf("deliver: lease: %w", err)
		}
		return false, false, nil
	}
	fresh = at.IsZero() || now.Sub(at) >= w.set.Lease
	if fresh {
		w.log.Info("delivering this channel from this replica", "lease", w.lease)
	}
	w.setLeader(now)
	return true, fresh, nil
}

func (w *Worker) setLeader(at time.Time) {
	w.mu.Lock()
	w.leaseAt = at
	w.mu.Unlock()
	if w.m != nil {
		v := 0.0
		if !at.IsZero() {
			v = 1
		} else {
			// Only the leader reports the channel's queue, so a sum over replicas stays right.
			w.m.QueueDepth.DeleteLabelValues(w.ch.Name())
		}
		w.m.DeliverLeader.WithLabelValues(w.ch.Name()).Set(v)
	}
}

// holdLease stretches the lease over a retry_after window the platform just announced.
func (w *Worker) holdLease(ctx context.Context) {
	w.mu.Lock()
	w.renewNow = true
	w.mu.Unlock()
	if _, _, err := w.lead(ctx); err != nil {
		w.log.Warn("could not stretch the delivery lease over the retry_after window", "err", err)
	}
}

// pause waits d (or until ctx ends) while keeping the lease; errNotLeader when it was lost.
func (w *Worker) pause(ctx context.Context, d time.Duration) error {
	slice := max(w.set.Lease/3, time.Millisecond)
	for d > 0 {
		step := min(d, slice)
		if !Sleep(ctx, step) {
			return ctx.Err()
		}
		d -= step
		held, _, err := w.lead(ctx)
		if err != nil {
			return err
		}
		if !held {
			return errNotLeader
		}
	}
	return nil
}

// resign gives the lease up when the last worker of this process using it stops, so a replica
// on its way out hands its channels over at once instead of after the lease.
func (w *Worker) resign() {
	if w.cred != nil && !w.cred.leave() {
		return // another channel of the credential is still delivering from this process
	}
	if w.gated().After(w.now()) {
		// A retry_after window is open: the lease already lasts past it, and releasing it now
		// would let a replica that never heard of the window send into it.
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := w.st.ReleaseLease(ctx, w.lease, w.set.Consumer); err != nil {
		w.log.Warn("could not release the delivery lease: the other replicas wait for it to expire", "err", err)
	}
	w.setLeader(time.Time{})
}

// enter counts a running worker of the credential.
func (c *Credential) enter() {
	c.mu.Lock()
	c.running++
	c.mu.Unlock()
}

// leave uncounts one; true when it was the last.
func (c *Credential) leave() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.running--
	return c.running <= 0
}
