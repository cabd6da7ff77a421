package source

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"paperboy/core/store"
)

// SubscriptionStore is where WebSub subscriptions live, so that whichever replica the hub's
// request reaches can check it: the pending request, the verified (active) subscription with
// its secret, and a lease so that one replica at a time talks to the hub. store.Store is one.
type SubscriptionStore interface {
	store.Values
	AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error)
	ReleaseLease(ctx context.Context, name, owner string) error
}

var _ SubscriptionStore = store.Store(nil)

// subscription is one subscription as stored: pending until the hub verifies our intent,
// then active until its lease ends.
type subscription struct {
	Mode  string        `json:"mode"` // subscribe | unsubscribe
	Hub   string        `json:"hub"`
	Topic string        `json:"topic"`
	Lease time.Duration `json:"lease"` // active: what the hub granted
	Until time.Time     `json:"until"` // pending: when we stop waiting; active: when the lease lapses
	// Secret is the HMAC key the hub signs notifications with: generated for this subscription
	// (crypto/rand) unless the configuration gives one, which is then not copied here.
	Secret string `json:"secret,omitempty"`
	// Configured fingerprints the configured secret the subscription was made with (a
	// truncated SHA-256), so a changed secret is noticed and the hub is given the new one.
	Configured string `json:"configured,omitempty"`
	// Outcome is set on a pending record once the hub answered: verified or denied.
	Outcome string `json:"outcome,omitempty"`
}

const (
	outcomeVerified = "verified"
	outcomeDenied   = "denied"
)

func (w *WebSub) pendingKey() string { return "websub:pending:" + w.o.Name }
func (w *WebSub) activeKey() string  { return "websub:active:" + w.o.Name }
func (w *WebSub) leaseName() string  { return "websub:" + w.o.Name }

// load reads one record; a missing or expired one is nil.
func (w *WebSub) load(ctx context.Context, key string, now time.Time) (*subscription, error) {
	raw, err := w.o.Store.GetValue(ctx, key)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("source %s: websub state: %w", w.o.Name, err)
	}
	var s subscription
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("source %s: websub state: %w", w.o.Name, err)
	}
	if !now.Before(s.Until) {
		return nil, nil
	}
	return &s, nil
}

// save writes one record, kept a little past its Until so a late reader sees it lapsed.
func (w *WebSub) save(ctx context.Context, key string, s *subscription, now time.Time) error {
	raw, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("source %s: websub state: %w", w.o.Name, err)
	}
	if err := w.o.Store.PutValue(ctx, key, raw, s.Until.Sub(now)+time.Minute); err != nil {
		return fmt.Errorf("source %s: websub state: %w", w.o.Name, err)
	}
	return nil
}

// active returns the verified subscription whose lease has not lapsed, or nil.
func (w *WebSub) active(ctx context.Context, now time.Time) (*subscription, error) {
	return w.load(ctx, w.activeKey(), now)
}

// configured fingerprints the configured secret ("" when none is configured).
func (w *WebSub) configured() string {
	if w.o.Secret == "" {
		return ""
	}
	sum := sha256.Sum256([]byte("paperboy websub secret\x00" + w.o.Secret))
	return hex.EncodeToString(sum[:8])
}

// current reports whether s is the subscription this configuration wants: same hub, topic
// and configured secret (or none, for a generated one).
func (w *WebSub) current(s *subscription, hub, topic string) bool {
	return s != nil && s.Hub == hub && s.Topic == topic && s.Configured == w.configured() && (s.Configured != "" || s.Secret != "")
}

// secretOf is the key notifications for s must be signed with.
func (w *WebSub) secretOf(s *subscription) string {
	if s.Secret != "" {
		return s.Secret
	}
	if s.Configured != "" && s.Configured == w.configured() {
		return w.o.Secret
	}
	return "" // the configured secret changed since: nothing verifies until the hub has the new one
}

// newSecret is a fresh per-subscription HMAC key: 32 bytes from crypto/rand, hex (64
// characters; the spec allows up to 200 bytes).
func newSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("source: websub secret: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// Refusal reasons, the reason label of paperboy_websub_refused_total.
const (
	RefusedNoSubscription = "no_subscription" // a notification while no subscription is active
	RefusedSignature      = "bad_signature"   // missing, unknown or wrong X-Hub-Signature
	RefusedTooLarge       = "too_large"       // a body over the notification limit
	RefusedVerification   = "verification"    // a verification or denial nobody asked for
)

// RefusalReasons lists every reason label, so the metric exists at zero.
var RefusalReasons = []string{RefusedNoSubscription, RefusedSignature, RefusedTooLarge, RefusedVerification}

// refusals counts refused requests and logs them at most once per interval, so a flood of
// forged requests costs a log line a minute, not one per request.
type refusals struct {
	every time.Duration
	log   *slog.Logger
	count func(reason string)

	mu         sync.Mutex
	last       time.Time
	suppressed int
}

func (r *refusals) refuse(ctx context.Context, now time.Time, reason, msg string, attrs ...slog.Attr) {
	if r.count != nil {
		r.count(reason)
	}
	r.mu.Lock()
	if !r.last.IsZero() && now.Sub(r.last) < r.every {
		r.suppressed++
		r.mu.Unlock()
		return
	}
	n := r.suppressed
	r.last, r.suppressed = now, 0
	r.mu.Unlock()
	attrs = append(attrs, slog.String("reason", reason), slog.Int("suppressed_since_last", n))
	r.log.LogAttrs(ctx, slog.LevelWarn, msg, attrs...)
}
