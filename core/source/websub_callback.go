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
	"hash"
	"io"
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

func (w *WebSub) verify(rw http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	mode, topic, challenge := q.Get("hub.mode"), q.Get("hub.topic"), q.Get("hub.challenge")
	w.mu.Lock()
	p := w.pending
	current := w.topic
	w.mu.Unlock()
	if mode == "denied" {
		w.log.Warn("websub: hub denied the subscription", "topic", topic, "reason", q.Get("hub.reason"))
		if p != nil {
			signal(p.done, -1)
		}
		rw.WriteHeader(http.StatusOK)
		return
	}
	// A verification we did not ask for (a forged or stale one) must fail: echoing any challenge
	// would let anyone subscribe our callback to anything.
	expected := (p != nil && p.mode == mode && p.topic == topic) || (mode == "subscribe" && topic == current && w.Active(time.Now()))
	if challenge == "" || !expected {
		w.log.Warn("websub: unexpected verification request refused", "mode", mode, "topic", topic)
		http.NotFound(rw, r)
		return
	}
	lease := w.o.Lease
	if s, err := strconv.Atoi(q.Get("hub.lease_seconds")); err == nil && s > 0 {
		lease = time.Duration(s) * time.Second
	}
	w.mu.Lock()
	w.active, w.leaseUntil = true, time.Now().Add(lease)
	w.mu.Unlock()
	if p != nil {
		signal(p.done, lease)
	}
	rw.Header().Set("Content-Type", "text/plain")
	rw.WriteHeader(http.StatusOK)
	_, _ = io.WriteString(rw, challenge)
}

func signal(c chan time.Duration, v time.Duration) {
	select {
	case c <- v:
	default:
	}
}

func (w *WebSub) notify(rw http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxNotification+1))
	if err != nil {
		http.Error(rw, "read error", http.StatusBadRequest)
		return
	}
	if len(body) > maxNotification {
		w.log.Warn("websub: notification too large: ignored", "max_bytes", maxNotification)
		http.Error(rw, "too large", http.StatusRequestEntityTooLarge)
		return
	}
	if w.o.Secret != "" {
		if err := CheckSignature(r.Header.Get("X-Hub-Signature"), body, w.o.Secret); err != nil {
			// Acknowledge anyway (the spec allows it) so a forger learns nothing; the body is dropped.
			w.log.Warn("websub: notification with a bad signature ignored", "err", err)
			rw.WriteHeader(http.StatusAccepted)
			return
		}
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
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), time.Minute)
	defer cancel()
	w.o.Push(ctx, &Result{Title: res.Title, Items: items})
}

// ErrBadSignature means a notification's X-Hub-Signature is missing, unknown or wrong.
var ErrBadSignature = errors.New("source: bad hub signature")

// CheckSignature verifies an X-Hub-Signature header ("sha256=<hex>"; sha1, sha384 and sha512
// too) over body with secret, in constant time.
func CheckSignature(header string, body []byte, secret string) error {
	algo, sig, ok := strings.Cut(strings.TrimSpace(header), "=")
	if !ok {
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
