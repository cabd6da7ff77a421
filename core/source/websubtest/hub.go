// Package websubtest is a tiny WebSub hub for tests: it takes subscriptions, verifies the
// subscriber's intent with a challenge, and publishes signed content notifications.
package websubtest

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"sync"
	"time"
)

// Subscription is one verified subscriber.
type Subscription struct {
	Topic    string
	Callback string
	Secret   string
	Lease    time.Duration
}

// Hub is a running test hub.
type Hub struct {
	srv    *httptest.Server
	client *http.Client
	events chan Subscription

	mu       sync.Mutex
	subs     map[string]map[string]Subscription // topic → callback → subscription
	requests int
	lease    time.Duration // granted to every subscriber, whatever it asked for
	silent   bool          // accept subscription requests, never verify them
	algo     string        // signature algorithm for notifications
	forge    bool          // sign notifications with a wrong key
}

// SetLease sets the lease granted to every subscriber (default 10m), whatever it asked for.
func (h *Hub) SetLease(d time.Duration) { h.set(func() { h.lease = d }) }

// SetSilent makes the hub accept subscription requests and never verify them.
func (h *Hub) SetSilent(v bool) { h.set(func() { h.silent = v }) }

// SetAlgo picks the notification signature: "sha256" (default), "sha1", "sha384" or "sha512".
func (h *Hub) SetAlgo(a string) { h.set(func() { h.algo = a }) }

// SetForged signs notifications with a wrong key, as a forger would.
func (h *Hub) SetForged(v bool) { h.set(func() { h.forge = v }) }

func (h *Hub) set(f func()) {
	h.mu.Lock()
	defer h.mu.Unlock()
	f()
}

// New starts a hub on loopback; Close stops it.
func New() *Hub {
	h := &Hub{
		subs:   map[string]map[string]Subscription{},
		events: make(chan Subscription, 1024),
		client: &http.Client{Timeout: 10 * time.Second},
	}
	h.srv = httptest.NewServer(http.HandlerFunc(h.serve))
	return h
}

// URL is the hub's endpoint.
func (h *Hub) URL() string { return h.srv.URL }

// Close stops the hub.
func (h *Hub) Close() { h.srv.Close() }

// Verified delivers each subscription once the subscriber has answered its challenge.
func (h *Hub) Verified() <-chan Subscription { return h.events }

// Requests counts subscription requests received (verified or not).
func (h *Hub) Requests() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.requests
}

func (h *Hub) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "websubtest: POST only", http.StatusMethodNotAllowed)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, "websubtest: bad form", http.StatusBadRequest)
		return
	}
	mode, topic, callback := r.PostForm.Get("hub.mode"), r.PostForm.Get("hub.topic"), r.PostForm.Get("hub.callback")
	if (mode != "subscribe" && mode != "unsubscribe") || topic == "" || callback == "" {
		http.Error(w, "websubtest: hub.mode, hub.topic and hub.callback are required", http.StatusBadRequest)
		return
	}
	h.mu.Lock()
	h.requests++
	lease, silent := h.lease, h.silent
	h.mu.Unlock()
	if lease <= 0 {
		lease = 10 * time.Minute
	}
	w.WriteHeader(http.StatusAccepted)
	if silent {
		return
	}
	sub := Subscription{Topic: topic, Callback: callback, Secret: r.PostForm.Get("hub.secret"), Lease: lease}
	go h.verify(mode, sub)
}

// verify asks the subscriber to confirm, as a hub does after answering 202.
func (h *Hub) verify(mode string, sub Subscription) {
	challenge := rand.Text()
	u, err := url.Parse(sub.Callback)
	if err != nil {
		return
	}
	q := u.Query()
	q.Set("hub.mode", mode)
	q.Set("hub.topic", sub.Topic)
	q.Set("hub.challenge", challenge)
	q.Set("hub.lease_seconds", strconv.Itoa(int(sub.Lease/time.Second)))
	u.RawQuery = q.Encode()
	resp, err := h.client.Get(u.String())
	if err != nil {
		return
	}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	resp.Body.Close()
	if resp.StatusCode/100 != 2 || string(body) != challenge {
		return
	}
	h.mu.Lock()
	if mode == "unsubscribe" {
		delete(h.subs[sub.Topic], sub.Callback)
	} else {
		if h.subs[sub.Topic] == nil {
			h.subs[sub.Topic] = map[string]Subscription{}
		}
		h.subs[sub.Topic][sub.Callback] = sub
	}
	h.mu.Unlock()
	if mode == "subscribe" {
		select {
		case h.events <- sub:
		default:
		}
	}
}

// Publish sends body to every verified subscriber of topic, signed with each one's secret,
// and returns how many acknowledged it with a 2xx.
func (h *Hub) Publish(ctx context.Context, topic, contentType string, body []byte) (int, error) {
	h.mu.Lock()
	var subs []Subscription
	for _, s := range h.subs[topic] {
		subs = append(subs, s)
	}
	algo, bad := h.algo, h.forge
	h.mu.Unlock()
	if algo == "" {
		algo = "sha256"
	}
	ok := 0
	for _, s := range subs {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.Callback, bytes.NewReader(body))
		if err != nil {
			return ok, fmt.Errorf("websubtest: %w", err)
		}
		req.Header.Set("Content-Type", contentType)
		req.Header.Add("Link", fmt.Sprintf("<%s>; rel=\"hub\", <%s>; rel=\"self\"", h.srv.URL, topic))
		if s.Secret != "" {
			key := s.Secret
			if bad {
				key = "not-" + key
			}
			req.Header.Set("X-Hub-Signature", algo+"="+Sign(algo, key, body))
		}
		resp, err := h.client.Do(req)
		if err != nil {
			return ok, fmt.Errorf("websubtest: notify: %w", err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode/100 == 2 {
			ok++
		}
	}
	return ok, nil
}

// Sign is the hex HMAC of body with key using algo: "sha1", "sha384", "sha512", else sha256.
func Sign(algo, key string, body []byte) string {
	var f func() hash.Hash = sha256.New
	switch algo {
	case "sha1":
		f = sha1.New
	case "sha384":
		f = sha512.New384
	case "sha512":
		f = sha512.New
	}
	m := hmac.New(f, []byte(key))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}
