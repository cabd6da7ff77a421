package deliver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/sony/gobreaker/v2"
	"golang.org/x/time/rate"

	"paperboy/core/channel"
	"paperboy/core/lease"
	"paperboy/core/metrics"
	"paperboy/core/store"
)

// Worker delivers one channel's outbox.
type Worker struct {
	ch       channel.Channel
	st       store.Store
	set      Settings
	limiter  *rate.Limiter // the channel's own pace, made at its first send (see rateLimiter)
	gate     Gate
	cred     *Credential                                               // nil when the channel has no shared credential
	breaker  atomic.Pointer[gobreaker.CircuitBreaker[channel.Receipt]] // made at the first send (see brk)
	m        *metrics.Metrics
	label    string       // the channel label of its metrics (metrics.ChannelLabel)
	logBase  *slog.Logger // the service's logger; logger() adds the channel
	observe  Observer
	now      func() time.Time
	lease    string // the delivery lease: one replica at a time delivers a credential's channels
	leases   *lease.Taker
	renew    time.Duration // lease renewal interval, and the fence: sends start within it of a renewal
	mu       sync.Mutex
	openedAt time.Time
	leaseAt  time.Time     // when the lease was last confirmed (before the call); zero = not held
	renewNow bool          // renew at the next lead, whatever the time (a retry_after window opened)
	authStop bool          // credentials refused: no more sends until the channel is resumed
	own      bool          // whether it keeps gauges of its own (a chat does not)
	dig      *digest       // nil unless the channel batches (an e-mail digest)
	rest     []store.Entry // entries read and not yet handled when quiet hours began: first after them
}

// NewWorker builds the worker for ch. creds may be shared between workers; m and observe may be nil.
func NewWorker(ch channel.Channel, st store.Store, set Settings, creds *Credentials, m *metrics.Metrics, log *slog.Logger, observe Observer) *Worker {
	set = set.withDefaults()
	w := &Worker{
		ch: ch, st: st, set: set, m: m, logBase: logger(log), observe: observe,
		now: time.Now,
	}
	w.label, w.own = metrics.ChannelLabel(ch.Name())
	w.renew = lease.Renewal(set.Lease)
	w.leases = set.Leases
	if w.leases == nil {
		w.leases = lease.NewTaker(st, lease.Owner{Replica: set.Consumer}, w.logger())
	}
	w.lease = "deliver:channel:" + ch.Name()
	if k, ok := ch.(channel.Keyed); ok && creds != nil {
		key, l, b := k.CredentialKey()
		w.cred = creds.Get(key, l, b)
		// Every channel of one token is delivered by the same replica, so the token's limiter
		// and its global retry_after gate, which live in this process, see all of its traffic.
		w.lease = "deliver:" + key
	}
	w.dig = newDigest(ch)
	if m != nil {
		w.setGauge(m.BreakerState, float64(gobreaker.StateClosed))
		w.setGauge(m.DeliverLeader, 0)
	}
	return w
}

// What an idle worker keeps is what 20,000 chats cost on each replica (BENCHMARKS.md), so the
// parts a worker needs only once it sends — its breaker, its limiter — are made on first use, and
// its logger with the channel's name when it logs.

// brk is the channel's circuit breaker, made at the first send.
func (w *Worker) brk() *gobreaker.CircuitBreaker[channel.Receipt] {
	if b := w.breaker.Load(); b != nil {
		return b
	}
	set := w.set
	b := gobreaker.NewCircuitBreaker[channel.Receipt](gobreaker.Settings{
		Name:        w.ch.Name(),
		Timeout:     set.BreakerTimeout,
		ReadyToTrip: func(c gobreaker.Counts) bool { return int(c.ConsecutiveFailures) >= set.BreakerAfter },
		// Only a platform that is failing counts against it: 429s, rejected messages and bad
		// tokens say the platform is up and answering.
		IsSuccessful: func(err error) bool {
			return err == nil || channel.Classify(err).Reason != channel.Transient || errors.Is(err, context.Canceled)
		},
		OnStateChange: func(_ string, from, to gobreaker.State) {
			w.mu.Lock()
			if to == gobreaker.StateOpen {
				w.openedAt = w.now()
			}
			w.mu.Unlock()
			w.logger().Warn("circuit breaker changed state", "from", from.String(), "to", to.String())
			if w.m != nil {
				w.setGauge(w.m.BreakerState, float64(to))
			}
		},
	})
	w.breaker.CompareAndSwap(nil, b)
	return w.breaker.Load()
}

// breakerState is the breaker's state; a breaker not made yet is closed.
func (w *Worker) breakerState() gobreaker.State {
	if b := w.breaker.Load(); b != nil {
		return b.State()
	}
	return gobreaker.StateClosed
}

// logger is the worker's logger, naming the channel. It is made for each use, not kept: a worker
// logs seldom (a line per post at most), and an idle one then keeps no logger of its own.
func (w *Worker) logger() *slog.Logger {
	return w.logBase.With("channel", w.ch.Name())
}

// setGauge sets the channel's series of g (one of w.m's) to v, when the channel keeps gauges of
// its own (metrics.ChannelLabel).
func (w *Worker) setGauge(g *prometheus.GaugeVec, v float64) {
	if w.own {
		g.WithLabelValues(w.label).Set(v)
	}
}

// rateLimiter is the channel's own limiter, made on first use: an idle chat's worker (there may
// be tens of thousands) need not carry one. Only the goroutine stepping the worker calls it.
func (w *Worker) rateLimiter() *rate.Limiter {
	if w.limiter == nil {
		lim := w.ch.Limits()
		r, burst := lim.Rate, lim.Burst
		if r <= 0 {
			r = rate.Inf
		}
		w.limiter = rate.NewLimiter(r, max(burst, 1))
	}
	return w.limiter
}

// quietUntil is the end of the hold Settings.Hold puts on the channel now, or the zero time.
func (w *Worker) quietUntil() time.Time {
	if w.set.Hold == nil {
		return time.Time{}
	}
	now := w.now()
	if u := w.set.Hold(now); u.After(now) {
		return u
	}
	return time.Time{}
}

// Join counts the worker among those delivering its credential's channels from this process;
// call it before stepping the worker by hand (Run does), and Leave when done.
func (w *Worker) Join() {
	if w.cred != nil {
		w.cred.enter()
	}
}

// Leave uncounts the worker; the last one of a credential releases the delivery lease, so the
// channels move to another replica (or the next run) at once rather than after the lease.
func (w *Worker) Leave() { w.resign() }

// HeldUntil is when the channel may send next: the end of a retry_after window or of quiet
// hours (Settings.Hold), or the next probe of an open breaker (the zero time or a past one when
// it may send now).
func (w *Worker) HeldUntil() time.Time {
	g := w.gated()
	if q := w.quietUntil(); q.After(g) {
		return q
	}
	return g
}

// Channel returns the channel this worker delivers to.
func (w *Worker) Channel() channel.Channel { return w.ch }

// Run delivers until ctx ends. Sends use sendCtx, so on shutdown the send in hand can finish
// (within the caller's grace period) instead of being cut off and left in doubt.
func (w *Worker) Run(ctx, sendCtx context.Context) {
	w.Join()
	defer w.Leave()
	if w.set.Wake != nil {
		w.runWoken(ctx, sendCtx)
	}
	lastReclaim := time.Time{}
	failures := 0 // consecutive failed steps: backed off with jitter (stepBackoff)
	for ctx.Err() == nil {
		if q := w.quietUntil(); !q.IsZero() {
			// Quiet hours: nothing to do before their end; a minute at most, so a setting turned
			// off counts soon without wake-ups.
			Sleep(ctx, min(q.Sub(w.now()), time.Minute))
			continue
		}
		if paused, err := w.st.Paused(ctx, "channel", w.ch.Name()); err == nil && paused {
			w.setPaused(true)
			if !Sleep(ctx, 2*time.Second) {
				return
			}
			continue
		}
		w.setPaused(false)
		reclaim := w.now().Sub(lastReclaim) >= w.set.Lease/2
		if reclaim {
			lastReclaim = w.now()
		}
		if _, err := w.Step(ctx, sendCtx, time.Second, reclaim); err != nil && ctx.Err() == nil {
			failures++
			w.logger().Error("delivery step failed", "err", err, "failures", failures)
			Sleep(ctx, stepBackoff(failures))
		} else {
			failures = 0
		}
	}
	if w.dig != nil {
		// A digest still collecting goes out now if the grace period allows; else it stays pending.
		if _, err := w.Flush(sendCtx); err != nil && sendCtx.Err() == nil {
			w.logger().Error("could not send the held digest at shutdown: it stays queued", "err", err)
		}
	}
}

// Step promotes due retries, optionally reclaims entries whose worker died (idle longer than the
// lease), reads up to a batch (waiting up to block), and handles each. It returns how many
// entries it handled. Reads and waits follow ctx; the platform call follows sendCtx.
// A worker whose channel batches (channel.Batcher with a digest) holds what it reads instead
// and sends a digest once it holds the digest size or the oldest entry has waited the period
// (see collect); its block is shortened to that moment.
func (w *Worker) Step(ctx, sendCtx context.Context, block time.Duration, reclaim bool) (int, error) {
	name := w.ch.Name()
	if paused, err := w.st.Paused(ctx, "channel", name); err != nil {
		return 0, fmt.Errorf("deliver: paused: %w", err)
	} else if paused {
		return 0, nil
	}
	w.setPaused(false) // resumed (or never paused): an earlier credentials stop is over
	if q := w.quietUntil(); !q.IsZero() {
		Sleep(ctx, min(block, q.Sub(w.now())))
		return 0, nil
	}
	held, fresh, err := w.lead(ctx)
	if err != nil {
		return 0, err
	}
	if !held || fresh {
		// Entries kept over quiet hours are the new leader's (or, taken back, the reclaim's).
		w.rest = nil
	}
	if !held {
		// Another replica delivers this channel; look again well within its lease. A digest we
		// were collecting is its to send now: the entries stay pending and it reclaims them.
		w.dig.drop()
		Sleep(ctx, min(block, w.renew))
		return 0, nil
	}
	if len(w.rest) > 0 {
		// The rest of a batch quiet hours interrupted goes before anything read later.
		entries := w.rest
		w.rest = nil
		return w.handleAll(ctx, sendCtx, entries)
	}
	if _, err := w.st.PromoteDue(ctx, name, w.now(), 100); err != nil {
		return 0, fmt.Errorf("deliver: promote retries: %w", err)
	}
	var entries []store.Entry
	minIdle := w.set.Lease
	if fresh {
		// Just took the channel over: whatever the previous leader read and did not finish is
		// ours now, first, so the channel keeps its order. It can start no send past its fence,
		// and it renewed the lease all through a send in flight, so the lease lapsing (or being
		// taken back from a dead process of this replica) means none is in flight; an entry it
		// left marked sending is in doubt and follows the in_doubt policy.
		reclaim, minIdle = true, 0
	}
	if reclaim {
		got, err := w.st.Reclaim(ctx, name, w.set.Consumer, minIdle, w.set.Batch)
		if err != nil {
			return 0, fmt.Errorf("deliver: reclaim: %w", err)
		}
		entries = w.dig.unheld(got)
	}
	if len(entries) == 0 {
		if next, err := w.st.NextDue(ctx, name); err == nil && !next.IsZero() {
			if d := next.Sub(w.now()); d < block {
				block = max(d, time.Millisecond)
			}
		}
		if due, ok := w.dig.due(); ok {
			if d := due.Sub(w.now()); d < block {
				block = max(d, time.Millisecond)
			}
		}
		got, err := w.st.Read(ctx, name, w.set.Consumer, w.set.Batch, block)
		if err != nil {
			return 0, fmt.Errorf("deliver: read: %w", err)
		}
		entries = got
	}
	if w.dig != nil {
		return w.collect(ctx, sendCtx, entries)
	}
	return w.handleAll(ctx, sendCtx, entries)
}

// handleAll handles entries in order. Quiet hours beginning meanwhile stop it: the rest stay
// pending in the store, and in w.rest to go first once they end.
func (w *Worker) handleAll(ctx, sendCtx context.Context, entries []store.Entry) (int, error) {
	if w.cred != nil && !w.set.Low && len(entries) > 0 {
		// A channel with posts in hand counts as waiting for the bot's tokens for the whole
		// batch, not only while it sleeps on the limiter: the moments between its sends (the
		// store's ack, the next render) are no spare tokens for the bot's chats.
		defer w.cred.prio.waitNormal()()
	}
	for i, e := range entries {
		if ctx.Err() != nil {
			return i, nil // stopping: the rest stay pending and are reclaimed after the lease
		}
		if !w.quietUntil().IsZero() {
			w.rest = entries[i:]
			return i, nil
		}
		if w.stopped() {
			// The platform refused our credentials on an earlier entry of this batch: send nothing
			// more; the rest wait in the retry schedule until an editor resumes the channel.
			if err := w.st.Retry(ctx, e, w.now(), "channel paused: credentials refused"); err != nil {
				return i, err
			}
			continue
		}
		if err := w.handle(ctx, sendCtx, e); err != nil {
			// Entries not handled stay pending and are reclaimed after the lease: nothing is lost.
			if errors.Is(err, errNotLeader) {
				w.logger().Info("another replica took the channel over: handing back the batch", "left", len(entries)-i)
				return i, nil
			}
			return i, err
		}
	}
	w.gauge(ctx)
	return len(entries), nil
}

// gauge reports the channel's queue depth.
func (w *Worker) gauge(ctx context.Context) {
	if w.m != nil && w.own {
		if n, err := w.st.Pending(ctx, w.ch.Name()); err == nil {
			w.setGauge(w.m.QueueDepth, float64(n))
		}
	}
}

func (w *Worker) stopped() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.authStop
}

func (w *Worker) setPaused(p bool) {
	w.mu.Lock()
	if !p {
		w.authStop = false
	}
	w.mu.Unlock()
	if w.m != nil && w.own {
		v := 0.0
		if p {
			v = 1
		}
		w.setGauge(w.m.ChannelPaused, v)
	}
}

func (w *Worker) report(e store.Entry, o Outcome, rc channel.Receipt, err error) {
	if w.observe != nil {
		w.observe(Event{Channel: w.ch.Name(), Entry: e, Outcome: o, Receipt: rc, Err: err})
	}
}

// BreakerState is the channel's circuit breaker state: closed, half-open or open.
func (w *Worker) BreakerState() string {
	return w.breakerState().String()
}
