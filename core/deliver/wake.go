package deliver

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"
)

// Signals is the part of a store that pushes wake-ups (the Redis store: one Pub/Sub
// subscription per replica). A store without it leaves the workers polling their outbox.
type Signals interface {
	// Listen calls fn with the name of every channel that has something new (entries, a pause
	// set or lifted), and with "" when wake-ups may have been missed, until ctx ends.
	Listen(ctx context.Context, fn func(channel string)) error
}

// IdleTick is how long an idle worker waits for a wake-up before it looks at its outbox
// anyway: the backstop for a lost wake-up. It is what an idle channel costs — about ten store
// calls per tick, 0.03 per second.
const IdleTick = 5 * time.Minute

// Wakeups hands the store's wake-ups to this process's idle workers: one listener for all
// channels instead of a blocking read per channel, and pause changes pushed instead of polled.
type Wakeups struct {
	mu   sync.Mutex
	subs map[string][]chan struct{} // channel → its workers' signals (cap 1)
}

// NewWakeups returns an empty set of waiting workers.
func NewWakeups() *Wakeups { return &Wakeups{subs: map[string][]chan struct{}{}} }

// Run listens to sig until ctx ends, restarting the listener when it fails.
func (k *Wakeups) Run(ctx context.Context, sig Signals, log *slog.Logger) {
	log = logger(log)
	for ctx.Err() == nil {
		err := sig.Listen(ctx, func(channel string) {
			if channel == "" {
				k.All()
				return
			}
			k.Wake(channel)
		})
		if err != nil && ctx.Err() == nil {
			log.Warn("delivery wake-ups lost: listening again", "err", err)
			k.All()
			Sleep(ctx, time.Second)
		}
	}
}

// Wake tells channel's workers to look at their outbox.
func (k *Wakeups) Wake(channel string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, c := range k.subs[channel] {
		poke(c)
	}
}

// All tells every worker to look (wake-ups were lost, or a replica came or went and the
// delivery leases may have changed hands).
func (k *Wakeups) All() {
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, cs := range k.subs {
		for _, c := range cs {
			poke(c)
		}
	}
}

func poke(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

func (k *Wakeups) watch(channel string) chan struct{} {
	c := make(chan struct{}, 1)
	k.mu.Lock()
	k.subs[channel] = append(k.subs[channel], c)
	k.mu.Unlock()
	return c
}

func (k *Wakeups) unwatch(channel string, c chan struct{}) {
	k.mu.Lock()
	defer k.mu.Unlock()
	cs := k.subs[channel]
	for i, x := range cs {
		if x == c {
			cs = append(cs[:i], cs[i+1:]...)
			break
		}
	}
	if len(cs) == 0 {
		delete(k.subs, channel)
	} else {
		k.subs[channel] = cs
	}
}

// runWoken is Run's loop when wake-ups are pushed: the worker drains its outbox without
// blocking reads and, once idle (or paused, or standing by while another replica delivers),
// waits in memory for a wake-up, its next retry, its digest's due time or IdleTick; in quiet
// hours (Settings.Hold) it waits for their end without looking.
func (w *Worker) runWoken(ctx, sendCtx context.Context) {
	name := w.ch.Name()
	sig := w.set.Wake.watch(name)
	defer w.set.Wake.unwatch(name, sig)
	lastReclaim := time.Time{}
	for ctx.Err() == nil {
		select { // a wake-up from before this look is answered by it
		case <-sig:
		default:
		}
		if q := w.quietUntil(); !q.IsZero() {
			// Quiet hours: no store call until they end (or a wake-up asks again).
			w.idle(ctx, sig, q.Sub(w.now()))
			continue
		}
		if paused, err := w.st.Paused(ctx, "channel", name); err == nil && paused {
			w.setPaused(true)
			w.idle(ctx, sig, IdleTick)
			continue
		}
		reclaim := w.now().Sub(lastReclaim) >= w.set.Lease/2
		if reclaim {
			lastReclaim = w.now()
		}
		n, err := w.Step(ctx, sendCtx, 0, reclaim)
		if err != nil {
			if ctx.Err() == nil {
				w.logger().Error("delivery step failed", "err", err)
				Sleep(ctx, time.Second)
			}
			continue
		}
		if n > 0 {
			continue
		}
		// Spread the backstop looks, so thousands of channels idle since the same start don't look together.
		wait := IdleTick - time.Duration(rand.Int64N(int64(IdleTick/5)))
		if n, err := w.st.Pending(ctx, name); err != nil || n > 0 {
			// Entries read and not acknowledged (a store failover cut a send short) or retries
			// waiting: look again when the reclaim is due, as the polling loop would.
			wait = w.set.Lease / 2
		}
		if next, err := w.st.NextDue(ctx, name); err == nil && !next.IsZero() {
			wait = min(wait, max(next.Sub(w.now()), time.Millisecond))
		}
		if due, ok := w.dig.due(); ok {
			wait = min(wait, max(due.Sub(w.now()), time.Millisecond))
		}
		w.idle(ctx, sig, wait)
	}
}

// idle waits for a wake-up, d or the end of ctx.
func (w *Worker) idle(ctx context.Context, sig <-chan struct{}, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-sig:
	case <-t.C:
	}
}
