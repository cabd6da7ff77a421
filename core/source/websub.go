package source

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"paperboy/core/fetch"
	"paperboy/core/store"
)

// PushFunc receives what a hub pushed (the feed's title and its newest items); the pipeline
// ingests them at once.
type PushFunc func(ctx context.Context, res *Result)

// WebSubOptions configure a WebSub subscriber.
type WebSubOptions struct {
	Name          string         // source name
	Topic         string         // the feed URL (polled, and the topic unless the feed names its rel=self)
	Hub           string         // hub URL; "" = discover it from the feed's <link rel="hub"> or Link header
	Callback      string         // the absolute URL the hub calls: the service's public base + Path()
	Secret        string         // HMAC secret sent as hub.secret; "" = a random one per subscription
	Lease         time.Duration  // lease to ask for (default 24h; the hub decides)
	Fallback      time.Duration  // poll interval while the subscription is active (default 30m)
	VerifyTimeout time.Duration  // how long the hub may take to verify intent (default 2m)
	AllowPrivate  bool           // allow a hub on a private address (fetch.allow_private)
	Fetcher       Fetcher        // fetches the feed
	Client        *http.Client   // sends subscription requests (default: 15s timeout)
	Loc           *time.Location // zone for dates without an offset
	MaxItems      int            // newest items per poll or notification (default 50)
	Push          PushFunc       // receives pushed items; nil = notifications are only acknowledged
	Log           *slog.Logger   // nil = slog.Default()
	// Store keeps the pending and active subscription (with its secret) where every replica's
	// callback can check it, and the lease that lets one replica at a time subscribe. Required.
	Store   SubscriptionStore
	Replica string              // this replica's lease owner name ("" = a random one)
	Refused func(reason string) // counts each refused callback request (the metric); may be nil
	Now     func() time.Time    // nil = time.Now
}

// WebSub watches a feed that announces updates through a WebSub hub. It polls the feed like
// Feed (slowly while subscribed), serves the hub's callbacks (ServeHTTP at Path) and keeps the
// subscription alive in Run.
type WebSub struct {
	o   WebSubOptions
	log *slog.Logger

	wake chan struct{} // a hub was discovered: Run may subscribe

	refused *refusals

	mu         sync.Mutex
	hub, topic string      // discovered (or configured) hub and topic
	waiting    *pendingSub // this replica's request awaiting verification (a fast path; the store decides)
}

// pendingSub wakes the subscribing goroutine when the verification reaches this replica.
type pendingSub struct {
	mode, topic string
	done        chan time.Duration // the granted lease; negative = denied
}

// NewWebSub returns a subscriber; it needs a callback URL and a topic.
func NewWebSub(o WebSubOptions) (*WebSub, error) {
	if _, err := url.ParseRequestURI(o.Callback); err != nil || !strings.HasPrefix(o.Callback, "http") {
		return nil, fmt.Errorf("source %s: websub needs an absolute callback URL (got %q)", o.Name, o.Callback)
	}
	if o.Topic == "" || o.Fetcher == nil || o.Store == nil {
		return nil, fmt.Errorf("source %s: websub needs a topic, a fetcher and a store", o.Name)
	}
	if o.Lease <= 0 {
		o.Lease = 24 * time.Hour
	}
	if o.Fallback <= 0 {
		o.Fallback = 30 * time.Minute
	}
	if o.VerifyTimeout <= 0 {
		o.VerifyTimeout = 2 * time.Minute
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: 15 * time.Second}
	}
	if o.Loc == nil {
		o.Loc = time.UTC
	}
	if o.MaxItems <= 0 {
		o.MaxItems = 50
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Replica == "" {
		o.Replica = rand.Text()
	}
	w := &WebSub{o: o, log: o.Log.With("source", o.Name), wake: make(chan struct{}, 1), hub: o.Hub, topic: o.Topic}
	w.refused = &refusals{every: time.Minute, log: w.log, count: o.Refused}
	return w, nil
}

// Name implements Watcher.
func (w *WebSub) Name() string { return w.o.Name }

// Path is where the pipeline mounts the callback handler on its HTTP server.
func (w *WebSub) Path() string { return CallbackPath(w.o.Name) }

// CallbackPath is the callback path for the WebSub source name.
func CallbackPath(name string) string { return "/websub/" + url.PathEscape(name) }

// Active reports whether the hub has verified a subscription that has not lapsed (as any
// replica recorded it in the store).
func (w *WebSub) Active(ctx context.Context) bool {
	s, err := w.active(ctx, w.o.Now())
	return err == nil && s != nil
}

// Poll implements Watcher: a conditional poll of the feed that also discovers the hub. While
// the subscription is active, MinInterval asks for the slow fallback interval.
func (w *WebSub) Poll(ctx context.Context, st store.SourceState) (*Result, error) {
	resp, err := w.o.Fetcher.Get(ctx, fetch.Request{URL: w.o.Topic, ETag: st.ETag, LastModified: st.LastModified,
		Accept: "application/atom+xml, application/rss+xml, application/xml;q=0.8, */*;q=0.5"})
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", w.o.Name, err)
	}
	res := &Result{ETag: resp.ETag, LastModified: resp.LastModified}
	if !resp.NotModified {
		base := firstNonEmpty(resp.URL, w.o.Topic)
		hub, self := DiscoverHub(resp.Header, resp.Body, base)
		w.learn(hub, self)
		parsed, err := ParseFeed(resp.Body, base, w.o.Loc)
		if err != nil {
			return nil, fmt.Errorf("source %s: %w", w.o.Name, err)
		}
		parsed.ETag, parsed.LastModified = res.ETag, res.LastModified
		parsed.Items = Newest(parsed.Items, w.o.MaxItems)
		res = parsed
	} else {
		res.NotModified = true
	}
	if w.Active(ctx) {
		res.MinInterval = max(res.MinInterval, w.o.Fallback)
	}
	return res, nil
}

// learn records a discovered hub and topic (a configured hub wins) and wakes Run.
func (w *WebSub) learn(hub, self string) {
	w.mu.Lock()
	changed := false
	if w.o.Hub == "" && hub != "" && hub != w.hub {
		w.hub, changed = hub, true
	}
	if self != "" && self != w.topic {
		w.topic, changed = self, true
	}
	w.mu.Unlock()
	if changed {
		w.log.Info("websub: hub discovered", "hub", hub, "topic", self)
		select {
		case w.wake <- struct{}{}:
		default:
		}
	}
}

// Run subscribes once a hub is known, renews before the lease ends and retries with backoff
// when the hub refuses or never verifies; polling goes on meanwhile. Replicas share the work
// through the store: a subscription any replica made is renewed when due, and a lease lets one
// replica at a time talk to the hub (held through a failure's backoff, so N replicas do not
// retry N times as often). It returns when ctx ends.
func (w *WebSub) Run(ctx context.Context) error {
	failures := 0
	w.mu.Lock()
	known := w.hub != ""
	w.mu.Unlock()
	if !known {
		w.discover(ctx) // don't wait for the first scheduled poll, which may be an interval away
	}
	for {
		w.mu.Lock()
		hub, topic := w.hub, w.topic
		w.mu.Unlock()
		if hub == "" {
			select {
			case <-ctx.Done():
				return nil
			case <-w.wake:
				continue
			}
		}
		now := w.o.Now()
		cur, err := w.active(ctx, now)
		if err != nil {
			w.log.Warn("websub: cannot read the subscription: trying again", "err", err)
			if !w.sleep(ctx, w.busyWait()) {
				return nil
			}
			continue
		}
		if wait := w.renewIn(cur, hub, topic, now); wait > 0 {
			// Subscribed (by this replica or another): nothing to do until renewal is due.
			if !w.sleep(ctx, wait) {
				return nil
			}
			continue
		}
		ok, err := w.o.Store.AcquireLease(ctx, w.leaseName(), w.o.Replica, w.o.VerifyTimeout+time.Minute)
		if err != nil || !ok {
			// Another replica is subscribing or backing off (or the store is away).
			if !w.sleep(ctx, w.busyWait()) {
				return nil
			}
			continue
		}
		// Another replica may have subscribed between the look above and taking the lease.
		if cur, err = w.active(ctx, w.o.Now()); err != nil || w.renewIn(cur, hub, topic, w.o.Now()) > 0 {
			_ = w.o.Store.ReleaseLease(context.WithoutCancel(ctx), w.leaseName(), w.o.Replica)
			continue
		}
		lease, err := w.subscribe(ctx, hub, topic, cur)
		if err != nil {
			if ctx.Err() != nil {
				_ = w.o.Store.ReleaseLease(context.WithoutCancel(ctx), w.leaseName(), w.o.Replica)
				return nil
			}
			failures++
			wait := min(time.Minute<<min(failures-1, 6), time.Hour)
			// Keep the lease through the backoff: the other replicas wait too.
			_, _ = w.o.Store.AcquireLease(ctx, w.leaseName(), w.o.Replica, wait)
			w.log.Warn("websub: not subscribed: polling continues", "hub", hub, "err", err,
				"failures", failures, "retry_in", wait)
			if !w.sleep(ctx, wait) {
				return nil
			}
			continue
		}
		failures = 0
		// Released even when shutting down, so another replica may renew at once.
		_ = w.o.Store.ReleaseLease(context.WithoutCancel(ctx), w.leaseName(), w.o.Replica)
		w.log.Info("websub: subscribed", "hub", hub, "topic", topic, "lease", lease, "renew_in", lease*8/10)
	}
}

// renewIn is how long until cur, if it is the subscription wanted, is due for renewal (a
// fifth of its lease before it lapses); 0 when a subscription request is due now.
func (w *WebSub) renewIn(cur *subscription, hub, topic string, now time.Time) time.Duration {
	if !w.current(cur, hub, topic) {
		return 0
	}
	return max(cur.Until.Add(-cur.Lease/5).Sub(now), 0)
}

// busyWait is how long Run waits while another replica holds the subscription lease.
func (w *WebSub) busyWait() time.Duration {
	return min(max(w.o.VerifyTimeout/4, time.Second), 30*time.Second)
}

// sleep waits d; a new hub or topic ends it early. It reports false when ctx ended.
func (w *WebSub) sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-w.wake:
		return true
	case <-t.C:
		return true
	}
}

// discover fetches the feed once only to find its hub; the items are left to Poll.
func (w *WebSub) discover(ctx context.Context) {
	resp, err := w.o.Fetcher.Get(ctx, fetch.Request{URL: w.o.Topic, Accept: "application/atom+xml, application/rss+xml, application/xml;q=0.8, */*;q=0.5"})
	if err != nil {
		w.log.Warn("websub: hub discovery failed: the next poll tries again", "err", err)
		return
	}
	hub, self := DiscoverHub(resp.Header, resp.Body, firstNonEmpty(resp.URL, w.o.Topic))
	if hub == "" {
		w.log.Warn("websub: the feed names no hub: polling only", "topic", w.o.Topic)
	}
	w.learn(hub, self)
}

var (
	_ Watcher      = (*WebSub)(nil)
	_ http.Handler = (*WebSub)(nil)
)
