package deliver

import (
	"context"
	"time"

	"github.com/sony/gobreaker/v2"
	"golang.org/x/time/rate"

	"paperboy/core/store"
)

// ack records a post the platform accepted. The post is out: if the store is away (a Redis
// restart) the worker keeps trying, because an unrecorded post would be resent after the
// lease and appear twice on a platform without idempotency.
func (w *Worker) ack(ctx context.Context, e store.Entry, remoteID string) error {
	return w.persist(ctx, "could not record a delivered post: trying again", e, func() error { return w.st.Ack(ctx, e, remoteID) })
}

// persist runs a store write that must land because the platform already acted, trying again
// (backing off to 1 s) until it does or ctx ends.
func (w *Worker) persist(ctx context.Context, msg string, e store.Entry, write func() error) error {
	delay := 50 * time.Millisecond
	for {
		err := write()
		if err == nil {
			return nil
		}
		w.logger().Warn(msg, "article_id", e.ArticleID, "err", err)
		if !Sleep(ctx, delay) {
			return err
		}
		delay = min(2*delay, time.Second)
	}
}

// wait blocks until the channel's and the credential's retry-after gates have passed, the
// breaker allows a probe, and the channel's limiter then the credential's grant a token (a
// low-priority worker's only when the credential's channels leave it spare, see priority),
// keeping the delivery lease meanwhile. The channel's token comes first: a bot token taken while
// a chat waits out its own pace would be spent idle, and would hold the bot's other chats back.
func (w *Worker) wait(ctx context.Context) error {
	for {
		if d := w.gated().Sub(w.now()); d > 0 {
			if err := w.pause(ctx, d); err != nil {
				return err
			}
			continue
		}
		if err := w.reserve(ctx, w.rateLimiter()); err != nil {
			return err
		}
		if w.cred != nil {
			if err := w.credToken(ctx); err != nil {
				return err
			}
		}
		// Another channel of the credential may have met a global 429 while we waited.
		if !w.gated().After(w.now()) {
			return nil
		}
	}
}

// credToken waits for a token of the shared credential: in line behind the normal-priority
// workers for a low-priority one, counted among those waiting for a normal one.
func (w *Worker) credToken(ctx context.Context) error {
	if w.set.Low {
		return w.lowToken(ctx)
	}
	done := w.cred.prio.waitNormal()
	defer done()
	return w.reserve(ctx, w.cred.Limiter)
}

// reserve takes l's next token and waits until it is due, keeping the lease; a wait cut short
// gives the token back.
func (w *Worker) reserve(ctx context.Context, l *rate.Limiter) error {
	r := l.Reserve()
	if err := w.pause(ctx, r.Delay()); err != nil {
		r.Cancel()
		return err
	}
	return nil
}

// gated is the time before which nothing may be sent: retry_after gates and an open breaker.
func (w *Worker) gated() time.Time {
	until := w.gate.Until()
	if w.cred != nil {
		if u := w.cred.Gate.Until(); u.After(until) {
			until = u
		}
	}
	if w.breakerState() == gobreaker.StateOpen {
		w.mu.Lock()
		if probe := w.openedAt.Add(w.set.BreakerTimeout); probe.After(until) {
			until = probe
		}
		w.mu.Unlock()
	}
	return until
}
