package source

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"hash"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// maxNotification caps a pushed body: a fat ping carries a feed, never more than a few hundred
// KB (the pipeline's HTTP server caps every request body at 1 MiB too).
const maxNotification = 1 << 20

// ServeHTTP is the subscriber callback: GET answers the hub's verification of intent, POST
// takes a content notification and hands its items to Push before returning.
func (w *WebSub) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.verify(rw, r)
	case http.MethodPost:
		w.notify(rw, r)
	default:
		rw.Header().Set("Allow", "GET, POST")
		http.Error(rw, "method not allowed", http.StatusMethodNotAllowed)
	}
}

// maxLease bounds the lease a hub may grant (and so how long a record is kept).
const maxLease = 30 * 24 * time.Hour

// verify answers the hub's verification of intent (GET with hub.challenge) and its denial
// (hub.mode=denied). Only a request we have pending — same mode and topic, not yet answered,
// as any replica stored it — is confirmed: echoing any challenge would let anyone subscribe
// our callback to anything, or unsubscribe us; a forged denial would stop a subscription.
func (w *WebSub) verify(rw http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	mode, topic, challenge := q.Get("hub.mode"), q.Get("hub.topic"), q.Get("hub.challenge")
	now := w.o.Now()
	p, err := w.load(ctx, w.pendingKey(), now)
	if err != nil {
		w.log.Error("websub: verification not answered: store unavailable", "err", err)
		http.Error(rw, "try again", http.StatusServiceUnavailable)
		return
	}
	pending := p != nil && p.Outcome == "" && p.Topic == topic
	if mode == "denied" {
		if !pending || p.Mode != "subscribe" {
			w.refused.refuse(ctx, now, RefusedVerification, "websub: denial of a subscription we did not ask for: refused",
				slog.String("topic", topic), slog.String("remote", r.RemoteAddr))
			http.NotFound(rw, r)
			return
		}
		w.log.Warn("websub: hub denied the subscription", "topic", topic, "reason", q.Get("hub.reason"))
		p.Outcome = outcomeDenied
		if err := w.save(ctx, w.pendingKey(), p, now); err != nil {
			w.log.Error("websub: record denial", "err", err)
		}
		w.signal(mode, topic, -1)
		rw.WriteHeader(http.StatusOK)
		return
	}
	if challenge == "" || !pending || p.Mode != mode {
		w.refused.refuse(ctx, now, RefusedVerification, "websub: unexpected verification request refused",
			slog.String("mode", mode), slog.String("topic", topic), slog.String("remote", r.RemoteAddr))
		http.NotFound(rw, r)
		return
	}
	lease := w.o.Lease
	if s, err := strconv.ParseInt(q.Get("hub.lease_seconds"), 10, 64); err == nil && s > 0 {
		lease = time.Duration(min(s, int64(maxLease/time.Second))) * time.Second
	}
	if err := w.confirm(ctx, p, lease, now); err != nil {
		w.log.Error("websub: verification not answered: store unavailable", "err", err)
		http.Error(rw, "try again", http.StatusServiceUnavailable)
		return
	}
	w.signal(mode, topic, lease)
	rw.Header().Set("Content-Type", "text/plain")
	rw.WriteHeader(http.StatusOK)
	_, _ = io.WriteString(rw, challenge)
}

// confirm records a verified request: a subscription becomes the active one (its secret now
// signs notifications), an unsubscription removes it; the pending record keeps the outcome
// for the replica that asked.
func (w *WebSub) confirm(ctx context.Context, p *subscription, lease time.Duration, now time.Time) error {
	if p.Mode == "subscribe" {
		act := &subscription{Mode: p.Mode, Hub: p.Hub, Topic: p.Topic, Secret: p.Secret, Configured: p.Configured, Lease: lease, Until: now.Add(lease)}
		if err := w.save(ctx, w.activeKey(), act, now); err != nil {
			return err
		}
	} else if err := w.o.Store.DeleteValue(ctx, w.activeKey()); err != nil {
		return fmt.Errorf("source %s: websub state: %w", w.o.Name, err)
	}
	p.Outcome, p.Lease = outcomeVerified, lease
	return w.save(ctx, w.pendingKey(), p, now)
}

// signal wakes this replica's subscribe call when the answer concerns its request.
func (w *WebSub) signal(mode, topic string, lease time.Duration) {
	w.mu.Lock()
	p := w.waiting
	w.mu.Unlock()
	if p == nil || p.topic != topic || (mode != "denied" && p.mode != mode) {
		return
	}
	select {
	case p.done <- lease:
	default:
	}
}

// notify takes a content notification. It is refused (403, counted, logged at most once a
// minute, never queued) unless a subscription is active and the body carries that
// subscription's valid X-Hub-Signature.
func (w *WebSub) notify(rw http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	now := w.o.Now()
	body, err := io.ReadAll(io.LimitReader(r.Body, maxNotification+1))
	if err != nil {
		http.Error(rw, "read error", http.StatusBadRequest)
		return
	}
	if len(body) > maxNotification {
		w.refused.refuse(ctx, now, RefusedTooLarge, "websub: notification too large: refused",
			slog.Int("max_bytes", maxNotification), slog.String("remote", r.RemoteAddr))
		http.Error(rw, "too large", http.StatusRequestEntityTooLarge)
		return
	}
	sub, err := w.active(ctx, now)
	if err != nil {
		w.log.Error("websub: notification not checked: store unavailable (the hub will retry)", "err", err)
		http.Error(rw, "try again", http.StatusServiceUnavailable)
		return
	}
	if sub == nil {
		w.refused.refuse(ctx, now, RefusedNoSubscription, "websub: notification without an active subscription: refused",
			slog.String("remote", r.RemoteAddr))
		http.Error(rw, "no active subscription", http.StatusForbidden)
		return
	}
	if err := CheckSignature(r.Header.Get("X-Hub-Signature"), body, w.secretOf(sub)); err != nil {
		w.refused.refuse(ctx, now, RefusedSignature, "websub: notification with a missing or bad signature: refused",
			slog.String("remote", r.RemoteAddr))
		http.Error(rw, "bad signature", http.StatusForbidden)
		return
	}
	w.mu.Lock()
	base := w.topic
	w.mu.Unlock()
	res, err := ParseFeed(body, base, w.o.Loc)
	if err != nil {
		w.log.Warn("websub: notification body is not a feed: ignored", "err", err)
		rw.WriteHeader(http.StatusAccepted)
		return
	}
	items := Newest(res.Items, w.o.MaxItems)
	rw.WriteHeader(http.StatusAccepted)
	if f, ok := rw.(http.Flusher); ok {
		f.Flush() // the hub has its answer; ingesting must not hold it
	}
	if w.o.Push == nil || len(items) == 0 {
		return
	}
	// The request context ends when the hub hangs up; ingestion must finish regardless.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	w.o.Push(ctx, &Result{Title: res.Title, Items: items})
}

// ErrBadSignature means a notification's X-Hub-Signature is missing, unknown or wrong.
var ErrBadSignature = errors.New("source: bad hub signature")

// CheckSignature verifies an X-Hub-Signature header ("sha256=<hex>"; sha1, sha384 and sha512
// too, as the WebSub spec lists) over body with secret, in constant time. An empty secret
// verifies nothing.
func CheckSignature(header string, body []byte, secret string) error {
	algo, sig, ok := strings.Cut(strings.TrimSpace(header), "=")
	if !ok || secret == "" {
		return ErrBadSignature
	}
	var h func() hash.Hash
	switch strings.ToLower(algo) {
	case "sha1":
		h = sha1.New
	case "sha256":
		h = sha256.New
	case "sha384":
		h = sha512.New384
	case "sha512":
		h = sha512.New
	default:
		return ErrBadSignature
	}
	want, err := hex.DecodeString(sig)
	if err != nil {
		return ErrBadSignature
	}
	m := hmac.New(h, []byte(secret))
	m.Write(body)
	if !hmac.Equal(m.Sum(nil), want) {
		return ErrBadSignature
	}
	return nil
}

// DiscoverHub finds the hub and self URLs in a feed's Link headers or its <link rel="hub">
// / <atom:link rel="hub"> elements (headers win, as the spec says).
func DiscoverHub(h http.Header, body []byte, base string) (hub, self string) {
	baseURL, _ := url.Parse(base)
	for _, v := range h.Values("Link") {
		for _, part := range strings.Split(v, ",") {
			target, params, ok := strings.Cut(part, ";")
			target = strings.Trim(strings.TrimSpace(target), "<>")
			if !ok || target == "" {
				continue
			}
			for _, rel := range linkRels(params) {
				if rel == "hub" && hub == "" {
					hub = resolve(baseURL, target)
				}
				if rel == "self" && self == "" {
					self = resolve(baseURL, target)
				}
			}
		}
	}
	if hub != "" {
		return hub, self
	}
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	for {
		tok, err := d.Token()
		if err != nil {
			return hub, self
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local == "item" || se.Name.Local == "entry" {
			return hub, self // channel-level links come before the first item
		}
		if se.Name.Local != "link" {
			continue
		}
		var rel, href string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "rel":
				rel = a.Value
			case "href":
				href = a.Value
			}
		}
		for _, r := range strings.Fields(rel) {
			if r == "hub" && hub == "" {
				hub = resolve(baseURL, href)
			}
			if r == "self" && self == "" {
				self = resolve(baseURL, href)
			}
		}
	}
}

func linkRels(params string) []string {
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "rel") {
			return strings.Fields(strings.Trim(strings.TrimSpace(v), `"`))
		}
	}
	return nil
}
