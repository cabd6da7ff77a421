package deliver

import (
	"context"
	"errors"
	"fmt"
	"time"

	"paperboy/core/store"
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
//
// The fence: a send starts only within one renewal interval (w.renew, lease.Renewal) of a
// confirmed renewal, and while a send is in flight the lease is renewed in the background, so a
// slow platform call never outlives the lease. The lease itself (deliver.lease, default 15s)
// only has to outlast a few missed renewals: it is how long the other replicas wait after a
// holder dies without a word. A restarted process of the same replica takes its lease back
// after renew+lease.Slack (see core/lease), and a clean exit releases it at once.

// lead confirms or takes the delivery lease. It renews when the last confirmation is w.renew
// old, so a send always starts within w.renew of one. fresh reports that the lease was not held
// a moment ago: entries the previous holder read are ours to reclaim now.
func (w *Worker) lead(ctx context.Context) (held, fresh bool, err error) {
	now := w.now()
	w.mu.Lock()
	at, force := w.leaseAt, w.renewNow
	w.renewNow = false
	w.mu.Unlock()
	if !force && !at.IsZero() && now.Sub(at) < w.renew {
		return true, false, nil
	}
	ok, err := w.leases.Acquire(ctx, w.lease, w.leaseTTL(now), w.renew)
	if err != nil || !ok {
		w.setLeader(time.Time{})
		if err != nil {
			return false, false, fmt.Errorf("deliver: lease: %w", err)
		}
		return false, false, nil
	}
	fresh = at.IsZero() || now.Sub(at) >= w.set.Lease
	if fresh {
		if at.IsZero() {
			w.logger().Info("delivering this channel from this replica", "lease", w.lease)
		} else {
			// Ours before: it lapsed while the channel was idle (wake-ups) and is taken again.
			w.logger().Debug("delivering this channel from this replica again", "lease", w.lease)
		}
		// A 429 window the previous holder met (in this process or another) still holds.
		w.loadGates(ctx)
	}
	w.setLeader(now)
	return true, fresh, nil
}

// leaseTTL is the lease length to ask for: the configured lease, stretched while a
// retry_after window (or an open breaker) holds the channel, so that a holder killed inside the
// window does not hand the channel to a replica of an older version that knows nothing of it.
func (w *Worker) leaseTTL(now time.Time) time.Duration {
	ttl := w.set.Lease
	if g := w.gated().Sub(now) + w.renew; g > ttl {
		ttl = g
	}
	return ttl
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
			// Only the leader reports the channel's queue (the others show 0), so a sum over
			// replicas stays right and the series never disappears.
			w.setGauge(w.m.QueueDepth, 0)
		}
		w.setGauge(w.m.DeliverLeader, v)
	}
}

// holdLease stretches the lease over a retry_after window the platform just announced.
func (w *Worker) holdLease(ctx context.Context) {
	w.mu.Lock()
	w.renewNow = true
	w.mu.Unlock()
	if _, _, err := w.lead(ctx); err != nil {
		w.logger().Warn("could not stretch the delivery lease over the retry_after window", "err", err)
	}
}

// maxSendHold bounds how long a single send keeps the lease: a call hung past every client
// timeout must not hold its channels on this replica for ever.
const maxSendHold = 2 * time.Minute

// keepDuring renews the lease every w.renew until the returned stop is called (for at most
// maxSendHold): a platform call can take longer than the lease (a 30 s timeout against a 15 s
// lease), and a lease that ran out mid-send would let another replica resend the post in flight.
func (w *Worker) keepDuring() (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(w.renew)
		defer t.Stop()
		limit := time.NewTimer(maxSendHold)
		defer limit.Stop()
		for {
			select {
			case <-done:
				return
			case <-limit.C:
				w.logger().Warn("a send has been in flight too long: no longer holding the delivery lease for it", "after", maxSendHold)
				return
			case <-t.C:
				ctx, cancel := context.WithTimeout(context.Background(), w.renew)
				ok, err := w.leases.Acquire(ctx, w.lease, w.leaseTTL(w.now()), w.renew)
				cancel()
				if err == nil && ok {
					w.setLeader(w.now())
				} else if err == nil {
					// The send in flight cannot be recalled; the next one is fenced off.
					w.setLeader(time.Time{})
					return
				}
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// ErrPastDeadline says a worker stopped waiting because what it waited for (a retry_after
// window, a backoff, the breaker's next probe) ends after its context's deadline: nothing more
// can be sent in time. The posts stay queued.
var ErrPastDeadline = errors.New("deliver: the channel cannot send again before the deadline")

// pause waits d (or until ctx ends) while keeping the lease; errNotLeader when it was lost,
// ErrPastDeadline at once when d outlasts ctx's deadline.
func (w *Worker) pause(ctx context.Context, d time.Duration) error {
	if dl, ok := ctx.Deadline(); ok && d > 0 && time.Now().Add(d).After(dl) {
		return ErrPastDeadline
	}
	for d > 0 {
		step := min(d, w.renew)
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
// on its way out (SIGTERM, SIGHUP, the end of run --once) hands its channels over at once
// instead of after the lease. An open retry_after window is kept in the store (saveGate), so
// the next holder honours it.
func (w *Worker) resign() {
	if w.cred != nil && !w.cred.leave() {
		return // another channel of the credential is still delivering from this process
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := w.leases.Release(ctx, w.lease); err != nil {
		w.logger().Warn("could not release the delivery lease: the other replicas wait for it to expire", "err", err)
	}
	w.setLeader(time.Time{})
}

// gateKeys are where a channel's and its credential's retry_after windows are kept.
func (w *Worker) gateKeys() (channel, credential string) {
	channel = "deliver-gate:channel:" + w.ch.Name()
	if w.cred != nil {
		credential = "deliver-gate:" + w.lease
	}
	return channel, credential
}

// saveGate keeps a retry_after window in the store until it ends, so whichever process
// delivers the channel next — another replica, or this one restarted — does not send into it.
func (w *Worker) saveGate(ctx context.Context, until time.Time, global bool) {
	wait := until.Sub(w.now())
	if wait <= 0 {
		return
	}
	key, cred := w.gateKeys()
	if global && cred != "" {
		key = cred
	}
	if err := w.st.PutValue(ctx, key, []byte(until.UTC().Format(time.RFC3339Nano)), wait+time.Second); err != nil {
		w.logger().Warn("could not record the retry_after window in the store", "err", err)
	}
}

// loadGates closes the gates over windows an earlier holder recorded.
func (w *Worker) loadGates(ctx context.Context) {
	key, cred := w.gateKeys()
	for _, k := range []string{key, cred} {
		if k == "" {
			continue
		}
		v, err := w.st.GetValue(ctx, k)
		if err != nil {
			if !errors.Is(err, store.ErrNotFound) {
				w.logger().Warn("could not read a recorded retry_after window", "err", err)
			}
			continue
		}
		until, err := time.Parse(time.RFC3339Nano, string(v))
		if err != nil || !until.After(w.now()) {
			continue
		}
		if k == cred {
			w.cred.Gate.Hold(until)
		} else {
			w.gate.Hold(until)
		}
		w.logger().Info("honouring a retry_after window recorded by the previous holder", "until", until.Format(time.RFC3339))
	}
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
