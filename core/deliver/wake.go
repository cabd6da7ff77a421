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
	mu     sync.Mutex
	subs   map[string][]chan struct{} // channel → its workers' signals (cap 1)
	pacing bool                       // an All is waking its workers a batch at a time
	again  bool                       // another All came meanwhile: wake everyone once more
	sleep  func(time.Duration)        // between two batches of All (time.Sleep; tests hold it)
}

// NewWakeups returns an empty set of waiting workers.
func NewWakeups() *Wakeups { return &Wakeups{subs: map[string][]chan struct{}{}, sleep: time.Sleep} }

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
// delivery leases may have changed hands). Up to allBatch are woken at once; beyond that (a
// worker per reader's or community's chat: 20,000 of them) the rest are woken allBatch every
// allEvery in the background, so their first looks do not all hit the store at once.
func (k *Wakeups) All() {
	k.mu.Lock()
	if k.pacing {
		k.again = true
		k.mu.Unlock()
		return
	}
	cs := k.signals()
	if len(cs) <= allBatch {
		k.mu.Unlock()
		for _, c := range cs {
			poke(c)
		}
		return
	}
	k.pacing = true
	k.mu.Unlock()
	go k.pace(cs)
}

// Pacing of All: at most allBatch workers woken per allEvery (5,000 a second).
const (
	allBatch = 500
	allEvery = 100 * time.Millisecond
)

// signals are every waiting worker's signal; call with mu held.
func (k *Wakeups) signals() []chan struct{} {
	var out []chan struct{}
	for _, cs := range k.subs {
		out = append(out, cs...)
	}
	return out
}

// pace wakes cs a batch at a time, then once more everyone if All was called meanwhile.
func (k *Wakeups) pace(cs []chan struct{}) {
	for {
		for i := 0; i < len(cs); i += allBatch {
			if i > 0 {
				if k.sleep != nil {
					k.sleep(allEvery)
				} else {
					time.Sleep(allEvery)
				}
			}
			for _, c := range cs[i:min(i+allBatch, len(cs))] {
				poke(c)
			}
		}
		k.mu.Lock()
		if !k.again {
			k.pacing = false
			k.mu.Unlock()
			return
		}
		k.again = false
		cs = k.signals()
		k.mu.Unlock()
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
	failures := 0 // consecutive failed steps (the store unreachable): backed off with jitter
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
				failures++
				w.logger().Error("delivery step failed", "err", err, "failures", failures)
				Sleep(ctx, stepBackoff(failures))
			}
			continue
		}
		failures = 0
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

// stepBackoff is the wait after the nth consecutive failed step (the store unreachable or
// overloaded): 1 s doubling to 30 s, each with up to a third more at random, so thousands of
// workers (a worker per chat) do not retry in step and keep the store down.
func stepBackoff(n int) time.Duration {
	d := time.Second
	for i := 1; i < n && d < 30*time.Second; i++ {
		d *= 2
	}
	d = min(d, 30*time.Second)
	return d + time.Duration(rand.Int64N(int64(d/3)+1))
}
