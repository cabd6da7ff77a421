package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"paperboy/core/fetch"
)

// subscribe asks the hub for a subscription and waits for its verification of intent, which
// may reach any replica: the pending request is in the store, and this replica watches it. A
// renewal of cur (same hub and topic) keeps its secret; a new subscription gets a new one.
func (w *WebSub) subscribe(ctx context.Context, hub, topic string, cur *subscription) (time.Duration, error) {
	// The hub comes from the feed, i.e. from content: without the guard a feed could make this
	// replica POST to an internal address.
	if !w.o.AllowPrivate {
		if err := fetch.CheckPublicURL(ctx, hub); err != nil {
			return 0, fmt.Errorf("websub: hub refused by the address guard: %w", err)
		}
	}
	secret := w.o.Secret
	p := &subscription{Mode: "subscribe", Hub: hub, Topic: topic, Configured: w.configured(), Until: w.o.Now().Add(w.o.VerifyTimeout)}
	if w.o.Secret == "" {
		if w.current(cur, hub, topic) {
			p.Secret = cur.Secret
		} else {
			var err error
			if p.Secret, err = newSecret(); err != nil {
				return 0, err
			}
		}
		secret = p.Secret
	}
	// done is buffered: the callback hands over the outcome without blocking, even when this
	// request has already timed out and nobody reads it.
	wake := &pendingSub{mode: p.Mode, topic: topic, done: make(chan time.Duration, 1)}
	w.mu.Lock()
	w.waiting = wake
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		// Only clear our own wait: a newer subscribe may have replaced it meanwhile.
		if w.waiting == wake {
			w.waiting = nil
		}
		w.mu.Unlock()
	}()
	// Stored before asking: some hubs verify before they answer the request.
	if err := w.save(ctx, w.pendingKey(), p, w.o.Now()); err != nil {
		return 0, err
	}
	lease, err := w.request(ctx, hub, topic, secret, wake)
	if err != nil {
		// A verification arriving late must find nothing to confirm.
		_ = w.o.Store.DeleteValue(context.WithoutCancel(ctx), w.pendingKey())
	}
	return lease, err
}

// request sends the subscription request and waits for the outcome: this replica's callback
// signals it directly; another replica's is seen in the store.
func (w *WebSub) request(ctx context.Context, hub, topic, secret string, wake *pendingSub) (time.Duration, error) {
	form := url.Values{
		"hub.mode": {"subscribe"}, "hub.topic": {topic}, "hub.callback": {w.o.Callback},
		"hub.lease_seconds": {strconv.Itoa(int(w.o.Lease / time.Second))}, "hub.secret": {secret},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, hub, strings.NewReader(form.Encode()))
	if err != nil {
		return 0, fmt.Errorf("websub: build subscription request: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := w.o.Client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // *url.Error prints the hub URL with any token in its query
		}
		return 0, fmt.Errorf("websub: subscription request: %w", err)
	}
	// Only the start of the answer is kept: it goes into an error message, and a hub's error
	// page must not fill the logs.
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return 0, fmt.Errorf("websub: hub refused the subscription: status %d: %s", resp.StatusCode, strings.TrimSpace(string(body)))
	}
	t := time.NewTimer(w.o.VerifyTimeout)
	defer t.Stop()
	// The store is polled because the hub may call back another replica (behind a load
	// balancer), which can only leave the outcome in the store; a quarter second keeps the
	// wait short without loading the store.
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-t.C:
			return 0, fmt.Errorf("websub: hub accepted the request but did not verify intent within %s", w.o.VerifyTimeout)
		case lease := <-wake.done:
			return outcome(lease)
		case <-tick.C:
			p, err := w.load(ctx, w.pendingKey(), w.o.Now())
			if err == nil && p != nil && p.Topic == topic && p.Outcome != "" {
				if p.Outcome == outcomeDenied {
					return outcome(-1)
				}
				return outcome(p.Lease)
			}
		}
	}
}

// outcome turns a verified lease into the result of subscribe; a negative lease is how a
// denial travels through the channel.
func outcome(lease time.Duration) (time.Duration, error) {
	if lease < 0 {
		return 0, errors.New("websub: hub denied the subscription")
	}
	return lease, nil
}
