package source

// Attacks on the WebSub callback (/websub/<source>) that the subscriber refuses. The path is
// predictable, so anyone can reach it; only the hub we subscribed at, signing with the secret
// of the active subscription, gets items into the pipeline.
//
//   - an unsigned notification, also when the configuration gives no secret → 403, never pushed
//   - a notification signed with a wrong key, an unknown algorithm or garbage → 403
//   - a correctly signed notification while no subscription is active → 403
//   - a flood of forged notifications → each counted, one log line a minute
//   - an oversized body → 413 before any check or parse
//   - a verification of intent nobody asked for (subscribe or unsubscribe) → 404, nothing echoed
//   - a forged hub.mode=denied for another topic, or with nothing pending → ignored
//   - a replayed verification of an answered request → 404
//   - several replicas: the secret lives in the store, so any replica verifies (both backends)

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/source/websubtest"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
	"paperboy/core/store/redis/redistest"
)

func boltStore(t testing.TB) store.Store {
	t.Helper()
	st, err := bolt.Open(filepath.Join(t.TempDir(), "pb.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func redisStore(t testing.TB) store.Store { return redistest.Store(t) }

// notifyReq is a content notification as a forger (or the hub) would POST it.
func notifyReq(body, signature string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, "/websub/push", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/atom+xml")
	if signature != "" {
		req.Header.Set("X-Hub-Signature", signature)
	}
	return req
}

func serve(ws *WebSub, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	ws.ServeHTTP(rec, req)
	return rec
}

// refusedCounts records the Refused hook.
type refusedCounts struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *refusedCounts) add(reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]int{}
	}
	c.m[reason]++
}

func (c *refusedCounts) get(reason string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[reason]
}

func TestSecurityWebSubUnsignedNotificationRefused(t *testing.T) {
	var counts refusedCounts
	r := newPushRig(t, "", func(o *WebSubOptions) { o.Refused = counts.add }) // no secret configured: the default
	sub := r.start(t)
	if len(sub.Secret) != 64 {
		t.Fatalf("the hub got no generated secret: %q", sub.Secret)
	}
	feed := atomFeed("", r.topic, 66)
	for name, sig := range map[string]string{
		"unsigned":      "",
		"wrong key":     "sha256=" + websubtest.Sign("sha256", "guess", []byte(feed)),
		"empty key":     "sha256=" + websubtest.Sign("sha256", "", []byte(feed)),
		"unknown algo":  "md5=" + strings.Repeat("0", 32),
		"not hex":       "sha256=zz",
		"no algorithm":  websubtest.Sign("sha256", sub.Secret, []byte(feed)),
		"other body":    "sha256=" + websubtest.Sign("sha256", sub.Secret, []byte(feed+" ")),
		"truncated mac": "sha256=" + websubtest.Sign("sha256", sub.Secret, []byte(feed))[:40],
	} {
		if rec := serve(r.ws, notifyReq(feed, sig)); rec.Code != http.StatusForbidden {
			t.Errorf("%s: answered %d, want 403", name, rec.Code)
		}
	}
	select {
	case res := <-r.pushed:
		t.Fatalf("forged notification pushed: %+v", res.Items)
	default:
	}
	if got := counts.get(RefusedSignature); got != 8 {
		t.Errorf("refusals counted %d, want 8", got)
	}
	if n := r.logs.count("missing or bad signature: refused"); n != 1 {
		t.Errorf("%d log lines for 8 refusals within a minute, want 1:\n%s", n, r.logs)
	}
	// The hub, signing with the secret it was given, still gets through.
	good := "sha256=" + websubtest.Sign("sha256", sub.Secret, []byte(feed))
	if rec := serve(r.ws, notifyReq(feed, good)); rec.Code != http.StatusAccepted {
		t.Fatalf("signed notification answered %d", rec.Code)
	}
	if res := <-r.pushed; res.Items[0].URL != "https://push.example.com/n/66" {
		t.Fatalf("pushed %+v", res.Items)
	}
}

func TestSecurityWebSubNoActiveSubscriptionRefused(t *testing.T) {
	var counts refusedCounts
	r := newPushRig(t, "configured-secret", func(o *WebSubOptions) { o.Refused = counts.add })
	feed := atomFeed("", r.topic, 5)
	// Signed with the right key, but we never subscribed (or the hub refused us).
	rec := serve(r.ws, notifyReq(feed, "sha256="+websubtest.Sign("sha256", "configured-secret", []byte(feed))))
	if rec.Code != http.StatusForbidden || counts.get(RefusedNoSubscription) != 1 {
		t.Fatalf("answered %d, counted %d", rec.Code, counts.get(RefusedNoSubscription))
	}
	select {
	case <-r.pushed:
		t.Fatal("notification without a subscription pushed")
	default:
	}
}

func TestSecurityWebSubOversizedNotificationRefused(t *testing.T) {
	var counts refusedCounts
	r := newPushRig(t, "", func(o *WebSubOptions) { o.Refused = counts.add })
	r.start(t)
	rec := serve(r.ws, notifyReq(strings.Repeat("x", maxNotification+1), "sha256=00"))
	if rec.Code != http.StatusRequestEntityTooLarge || counts.get(RefusedTooLarge) != 1 {
		t.Fatalf("answered %d", rec.Code)
	}
}

func TestSecurityWebSubUnaskedVerificationRefused(t *testing.T) {
	var counts refusedCounts
	r := newPushRig(t, "", func(o *WebSubOptions) { o.Refused = counts.add })
	sub := r.start(t)
	verify := func(mode, topic string) *httptest.ResponseRecorder {
		q := url.Values{"hub.mode": {mode}, "hub.topic": {topic}, "hub.challenge": {"ch4llenge"}, "hub.lease_seconds": {"60"}}
		return serve(r.ws, httptest.NewRequest(http.MethodGet, "/websub/push?"+q.Encode(), nil))
	}
	for _, tc := range []struct{ mode, topic string }{
		{"subscribe", "https://evil.example/feed"}, // subscribe our callback to another topic
		{"subscribe", r.topic},                     // re-verify the active one: nothing pending
		{"unsubscribe", r.topic},                   // someone asked the hub to unsubscribe us
		{"denied", r.topic},                        // a forged denial of the active subscription
	} {
		rec := verify(tc.mode, tc.topic)
		if rec.Code != http.StatusNotFound || strings.Contains(rec.Body.String(), "ch4llenge") {
			t.Errorf("%s %s: answered %d %q", tc.mode, tc.topic, rec.Code, rec.Body)
		}
	}
	if counts.get(RefusedVerification) != 4 {
		t.Errorf("refused verifications counted %d", counts.get(RefusedVerification))
	}
	// The subscription is untouched: the hub's notifications still arrive.
	feed := atomFeed("", r.topic, 3)
	if rec := serve(r.ws, notifyReq(feed, "sha1="+websubtest.Sign("sha1", sub.Secret, []byte(feed)))); rec.Code != http.StatusAccepted {
		t.Fatalf("after forged verifications the hub's notification answered %d", rec.Code)
	}
}

func TestSecurityWebSubDenialOnlyForPendingTopic(t *testing.T) {
	r := newPushRig(t, "", func(o *WebSubOptions) { o.VerifyTimeout = 3 * time.Second })
	// A hub that verifies late, after a forger's denial for another topic has arrived.
	var forged atomic.Int32
	hub := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		_ = req.ParseForm()
		cb := req.PostForm.Get("hub.callback")
		w.WriteHeader(http.StatusAccepted)
		go func() {
			deny := cb + "?" + url.Values{"hub.mode": {"denied"}, "hub.topic": {"https://evil.example/other"}}.Encode()
			if resp, err := http.Get(deny); err == nil {
				if resp.StatusCode == http.StatusNotFound {
					forged.Add(1)
				}
				resp.Body.Close()
			}
			ok := cb + "?" + url.Values{"hub.mode": {"subscribe"}, "hub.topic": {r.topic}, "hub.challenge": {"c"}, "hub.lease_seconds": {"600"}}.Encode()
			if resp, err := http.Get(ok); err == nil {
				resp.Body.Close()
			}
		}()
	}))
	defer hub.Close()
	lease, err := r.ws.subscribe(context.Background(), hub.URL, r.topic, nil)
	if err != nil || lease != 10*time.Minute || forged.Load() != 1 {
		t.Fatalf("lease %s, err %v, forged denial refused %d", lease, err, forged.Load())
	}
	// Once answered, the same verification replayed finds nothing pending.
	q := url.Values{"hub.mode": {"subscribe"}, "hub.topic": {r.topic}, "hub.challenge": {"again"}}
	if rec := serve(r.ws, httptest.NewRequest(http.MethodGet, "/websub/push?"+q.Encode(), nil)); rec.Code != http.StatusNotFound {
		t.Fatalf("replayed verification answered %d", rec.Code)
	}
}

// Two replicas behind one public callback URL: the hub's verification and its notifications
// land on either, and both check them against the one subscription in the store.
func TestSecurityWebSubReplicasShareTheSecret(t *testing.T) {
	for name, open := range map[string]func(testing.TB) store.Store{"bolt": boltStore, "redis": redisStore} {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			hub := websubtest.New()
			defer hub.Close()
			var topic string
			feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
				_, _ = w.Write([]byte(atomFeed(hub.URL(), topic, 1)))
			}))
			defer feed.Close()
			topic = feed.URL + "/feed"
			var replicas [2]*WebSub
			var hits [2]atomic.Int32
			var next atomic.Int32
			lb := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
				i := next.Add(1) % 2 // round robin, as a load balancer would
				hits[i].Add(1)
				replicas[i].ServeHTTP(w, req)
			}))
			defer lb.Close()
			pushed := make(chan int, 10)
			for i := range replicas {
				log, _ := testLogger()
				ws, err := NewWebSub(WebSubOptions{
					Name: "push", Topic: topic, Callback: lb.URL + CallbackPath("push"), AllowPrivate: true,
					Fetcher: testFetcher(), Log: log, Store: st, Replica: fmt.Sprintf("r%d", i), VerifyTimeout: 10 * time.Second,
					Push: func(context.Context, *Result) { pushed <- i },
				})
				if err != nil {
					t.Fatal(err)
				}
				replicas[i] = ws
			}
			ctx, cancel := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			for _, ws := range replicas {
				wg.Add(1)
				go func() { defer wg.Done(); _ = ws.Run(ctx) }()
			}
			defer func() { cancel(); wg.Wait() }()
			select {
			case <-hub.Verified():
			case <-time.After(15 * time.Second):
				t.Fatal("never verified")
			}
			for i := range 4 {
				n, err := hub.Publish(ctx, topic, "application/atom+xml", []byte(atomFeed("", topic, 100+i)))
				if err != nil || n != 1 {
					t.Fatalf("notification %d: %d %v", i, n, err)
				}
				<-pushed
			}
			if hits[0].Load() == 0 || hits[1].Load() == 0 {
				t.Fatalf("requests did not reach both replicas: %d %d", hits[0].Load(), hits[1].Load())
			}
			if hub.Requests() != 1 {
				t.Errorf("%d subscription requests: replicas should subscribe once between them", hub.Requests())
			}
			hub.SetForged(true)
			if n, _ := hub.Publish(ctx, topic, "application/atom+xml", []byte(atomFeed("", topic, 9))); n != 0 {
				t.Fatal("a forged notification was accepted by a replica")
			}
		})
	}
}

// FuzzWebSubCallback throws arbitrary requests at the callback of a source with an active
// subscription (secret "k") and a pending renewal: it must never panic, a notification is
// accepted only with a valid signature, and a verification is echoed only for the pending
// request's mode and topic.
func FuzzWebSubCallback(f *testing.F) {
	const topic = "https://push.example.com/feed"
	feed := atomFeed("", topic, 1)
	good := "sha256=" + websubtest.Sign("sha256", "k", []byte(feed))
	for _, s := range []struct{ method, query, sig, body string }{
		{"POST", "", good, feed},
		{"POST", "", "", feed},
		{"POST", "", "sha1=00", feed},
		{"POST", "", "sha512=" + websubtest.Sign("sha512", "k", []byte("x")), "x"},
		{"POST", "", good, "<rss><channel><item><link>javascript:alert(1)</link></item></channel></rss>"},
		{"GET", "hub.mode=subscribe&hub.topic=" + url.QueryEscape(topic) + "&hub.challenge=c&hub.lease_seconds=99999999999", "", ""},
		{"GET", "hub.mode=denied&hub.topic=" + url.QueryEscape(topic), "", ""},
		{"GET", "hub.mode=unsubscribe&hub.topic=x&hub.challenge=%00", "", ""},
		{"GET", "%zz&;;==", "", ""},
		{"PUT", "", "", "x"},
	} {
		f.Add(s.method, s.query, s.sig, []byte(s.body))
	}
	st := boltStore(f)
	log, _ := testLogger()
	ws, err := NewWebSub(WebSubOptions{Name: "push", Topic: topic, Callback: "https://paperboy.example/websub/push",
		Fetcher: testFetcher(), Store: st, Log: log, Push: func(context.Context, *Result) {}})
	if err != nil {
		f.Fatal(err)
	}
	ctx := context.Background()
	now := time.Now()
	if err := ws.save(ctx, ws.activeKey(), &subscription{Mode: "subscribe", Topic: topic, Secret: "k", Lease: time.Hour, Until: now.Add(time.Hour)}, now); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, method, query, sig string, body []byte) {
		if method != http.MethodGet && method != http.MethodPost {
			method = http.MethodPut
		}
		// A renewal is pending on every request, so verification paths are reachable.
		_ = ws.save(ctx, ws.pendingKey(), &subscription{Mode: "subscribe", Topic: topic, Secret: "k", Until: time.Now().Add(time.Minute)}, time.Now())
		req := httptest.NewRequest(method, "/websub/push", bytes.NewReader(body))
		req.URL.RawQuery = query
		if sig != "" {
			req.Header["X-Hub-Signature"] = []string{sig}
		}
		rec := serve(ws, req)
		q, _ := url.ParseQuery(query)
		switch {
		case method == http.MethodPost && rec.Code == http.StatusAccepted:
			if CheckSignature(sig, body, "k") != nil {
				t.Fatalf("accepted a notification without a valid signature: %q %q", sig, body)
			}
		case method == http.MethodGet && rec.Code == http.StatusOK:
			if q.Get("hub.topic") != topic || (q.Get("hub.mode") != "subscribe" && q.Get("hub.mode") != "denied") {
				t.Fatalf("answered a verification nobody asked for: %q", query)
			}
		case rec.Code >= 500:
			t.Fatalf("status %d for %s %q", rec.Code, method, query)
		}
	})
}

// A configured secret that changes (a leaked one rotated, then SIGHUP) is given to the hub
// at once, and notifications signed with the old one are refused from then on.
func TestSecurityWebSubRotatedSecretResubscribes(t *testing.T) {
	hub := websubtest.New()
	defer hub.Close()
	var topic string
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		_, _ = w.Write([]byte(atomFeed(hub.URL(), topic, 1)))
	}))
	defer feed.Close()
	topic = feed.URL + "/feed"
	var cur atomic.Pointer[WebSub]
	cb := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) { cur.Load().ServeHTTP(w, req) }))
	defer cb.Close()
	st := boltStore(t)
	pushed := make(chan string, 10)
	var logs *logBuf
	run := func(secret string) func() {
		var log *slog.Logger
		log, logs = testLogger()
		ws, err := NewWebSub(WebSubOptions{Name: "push", Topic: topic, Callback: cb.URL + CallbackPath("push"), Secret: secret,
			AllowPrivate: true, Fetcher: testFetcher(), Log: log, Store: st, VerifyTimeout: 10 * time.Second,
			Push: func(_ context.Context, r *Result) { pushed <- r.Items[0].URL }})
		if err != nil {
			t.Fatal(err)
		}
		cur.Store(ws)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { _ = ws.Run(ctx); close(done) }()
		select {
		case sub := <-hub.Verified():
			if sub.Secret != secret {
				t.Fatalf("hub holds %q, want %q", sub.Secret, secret)
			}
		case <-time.After(15 * time.Second):
			t.Fatalf("no subscription with secret %q:\n%s", secret, logs)
		}
		return func() { cancel(); <-done }
	}
	stop := run("first-secret")
	stop()
	stop = run("rotated-secret") // the active subscription is not current: subscribe again
	defer stop()
	if n, _ := hub.Publish(context.Background(), topic, "application/atom+xml", []byte(atomFeed("", topic, 2))); n != 1 {
		t.Fatal("the hub's notification with the new secret was refused")
	}
	<-pushed
	body := atomFeed("", topic, 3)
	rec := serve(cur.Load(), notifyReq(body, "sha256="+websubtest.Sign("sha256", "first-secret", []byte(body))))
	if rec.Code != http.StatusForbidden {
		t.Fatalf("a notification signed with the old secret answered %d", rec.Code)
	}
}
