package source

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"paperboy/core/source/websubtest"
	"paperboy/core/store"
)

func atomFeed(hub, self string, ids ...int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Push Daily</title>`)
	if hub != "" {
		fmt.Fprintf(&b, `<link rel="hub" href="%s"/>`, hub)
	}
	fmt.Fprintf(&b, `<link rel="self" href="%s"/>`, self)
	for _, id := range ids {
		fmt.Fprintf(&b, `<entry><id>urn:n:%d</id><title>Story %d</title><link href="https://push.example.com/n/%d"/><updated>2026-11-26T10:00:00Z</updated></entry>`, id, id, id)
	}
	return b.String() + `</feed>`
}

// pushRig is a publisher (feed + hub) and a subscriber (callback server + watcher).
type pushRig struct {
	hub    *websubtest.Hub
	feed   *httptest.Server
	topic  string
	ws     *WebSub
	pushed chan *Result
	at     chan time.Time // when each push arrived
	logs   *logBuf
}

func newPushRig(t *testing.T, secret string, tweak func(*WebSubOptions)) *pushRig {
	t.Helper()
	r := &pushRig{hub: websubtest.New(), pushed: make(chan *Result, 2048), at: make(chan time.Time, 2048)}
	t.Cleanup(r.hub.Close)
	r.feed = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		_, _ = w.Write([]byte(atomFeed(r.hub.URL(), r.topic, 1)))
	}))
	t.Cleanup(r.feed.Close)
	r.topic = r.feed.URL + "/feed.atom"
	mux := http.NewServeMux()
	cb := httptest.NewServer(mux)
	t.Cleanup(cb.Close)
	log, logs := testLogger()
	r.logs = logs
	o := WebSubOptions{
		Name: "push", Topic: r.topic, Callback: cb.URL + CallbackPath("push"), Secret: secret,
		AllowPrivate: true, Fetcher: testFetcher(), Log: log, VerifyTimeout: 10 * time.Second, Store: boltStore(t),
		Push: func(_ context.Context, res *Result) { r.at <- time.Now(); r.pushed <- res },
	}
	if tweak != nil {
		tweak(&o)
	}
	ws, err := NewWebSub(o)
	if err != nil {
		t.Fatal(err)
	}
	r.ws = ws
	mux.Handle(ws.Path(), ws)
	return r
}

// start polls once (discovering the hub), runs the subscriber and waits for the hub's verification.
func (r *pushRig) start(t *testing.T) websubtest.Subscription {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = r.ws.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	if _, err := r.ws.Poll(ctx, store.SourceState{}); err != nil {
		t.Fatal(err)
	}
	return r.verified(t)
}

func (r *pushRig) verified(t *testing.T) websubtest.Subscription {
	t.Helper()
	select {
	case sub := <-r.hub.Verified():
		return sub
	case <-time.After(10 * time.Second):
		t.Fatalf("hub never verified the subscription; log:\n%s", r.logs)
		return websubtest.Subscription{}
	}
}

func TestWebSubDiscoverSubscribePush(t *testing.T) {
	for _, algo := range []string{"sha256", "sha1"} {
		t.Run(algo, func(t *testing.T) {
			r := newPushRig(t, "s3cret", nil)
			r.hub.SetAlgo(algo)
			sub := r.start(t)
			if sub.Topic != r.topic || sub.Secret != "s3cret" || !strings.HasSuffix(sub.Callback, "/websub/push") {
				t.Fatalf("subscription %+v", sub)
			}
			if !r.ws.Active(context.Background()) {
				t.Fatal("verified subscription not active")
			}
			res, err := r.ws.Poll(context.Background(), store.SourceState{})
			if err != nil || res.MinInterval < 30*time.Minute {
				t.Errorf("while subscribed polling slows to the fallback: %+v %v", res, err)
			}
			n, err := r.hub.Publish(context.Background(), r.topic, "application/atom+xml", []byte(atomFeed("", r.topic, 7, 8)))
			if err != nil || n != 1 {
				t.Fatalf("publish: %d %v", n, err)
			}
			got := <-r.pushed
			if got.Title != "Push Daily" || len(got.Items) != 2 || got.Items[0].URL != "https://push.example.com/n/7" {
				t.Fatalf("pushed %+v", got)
			}

			r.hub.SetForged(true)
			if n, err := r.hub.Publish(context.Background(), r.topic, "application/atom+xml", []byte(atomFeed("", r.topic, 9))); err != nil || n != 0 {
				t.Fatalf("a forged notification is refused: %d %v", n, err)
			}
			select {
			case res := <-r.pushed:
				t.Fatalf("forged notification ingested: %+v", res)
			default:
			}
			if r.logs.count("missing or bad signature: refused") != 1 {
				t.Errorf("no log line for the forged notification:\n%s", r.logs)
			}
		})
	}
}

func TestWebSubRenewsBeforeLeaseEnds(t *testing.T) {
	r := newPushRig(t, "", nil)
	r.hub.SetLease(time.Second)
	first := r.start(t)
	second := r.verified(t) // renewal comes at 80% of the one-second lease
	if first.Topic != second.Topic || r.hub.Requests() < 2 {
		t.Fatalf("renewal %+v after %+v, %d requests", second, first, r.hub.Requests())
	}
	// The generated secret is renewed with the lease, not replaced: notifications the hub
	// signs while the renewal is under way still verify.
	if len(first.Secret) != 64 || second.Secret != first.Secret {
		t.Fatalf("secret %q renewed as %q", first.Secret, second.Secret)
	}
}

func TestWebSubHubNeverConfirms(t *testing.T) {
	r := newPushRig(t, "", func(o *WebSubOptions) { o.VerifyTimeout = 50 * time.Millisecond })
	r.hub.SetSilent(true)
	_, err := r.ws.subscribe(context.Background(), r.hub.URL(), r.topic, nil)
	if err == nil || !strings.Contains(err.Error(), "did not verify intent") {
		t.Fatalf("err %v", err)
	}
	if r.ws.Active(context.Background()) {
		t.Error("unverified subscription counted as active")
	}
	// Polling goes on at the normal pace.
	res, err := r.ws.Poll(context.Background(), store.SourceState{})
	if err != nil || len(res.Items) != 1 || res.MinInterval != 0 {
		t.Fatalf("fallback poll: %+v %v", res, err)
	}
}

func TestWebSubRefusedDeniedAndForgedVerification(t *testing.T) {
	r := newPushRig(t, "", nil)
	refuse := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		http.Error(w, "topic not allowed", http.StatusBadRequest)
	}))
	defer refuse.Close()
	if _, err := r.ws.subscribe(context.Background(), refuse.URL, r.topic, nil); err == nil || !strings.Contains(err.Error(), "status 400: topic not allowed") {
		t.Fatalf("refused: %v", err)
	}
	deny := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		_ = req.ParseForm()
		cb := req.PostForm.Get("hub.callback") + "?" + url.Values{"hub.mode": {"denied"}, "hub.topic": {r.topic}, "hub.reason": {"quota"}}.Encode()
		w.WriteHeader(http.StatusAccepted)
		go func() {
			if resp, err := http.Get(cb); err == nil {
				resp.Body.Close()
			}
		}()
	}))
	defer deny.Close()
	if _, err := r.ws.subscribe(context.Background(), deny.URL, r.topic, nil); err == nil || !strings.Contains(err.Error(), "denied") {
		t.Fatalf("denied: %v", err)
	}
	// A verification nobody asked for must not be echoed.
	rec := httptest.NewRecorder()
	r.ws.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/websub/push?hub.mode=subscribe&hub.topic=https://evil.example/&hub.challenge=x", nil))
	if rec.Code != http.StatusNotFound || strings.Contains(rec.Body.String(), "x\n") || r.logs.count("unexpected verification request refused") != 1 {
		t.Errorf("forged verification answered %d %q", rec.Code, rec.Body)
	}
}

func TestCheckSignature(t *testing.T) {
	body := []byte("<feed/>")
	for _, tc := range []struct {
		header string
		ok     bool
	}{
		{"sha256=" + websubtest.Sign("sha256", "k", body), true},
		{"sha1=" + websubtest.Sign("sha1", "k", body), true},
		{"sha384=" + websubtest.Sign("sha384", "k", body), true},
		{"sha512=" + websubtest.Sign("sha512", "k", body), true},
		{"SHA256=" + websubtest.Sign("sha256", "k", body), true},
		{"sha256=" + websubtest.Sign("sha256", "other", body), false},
		{"md5=abcd", false},
		{"sha256=zz", false},
		{"", false},
	} {
		if err := CheckSignature(tc.header, body, "k"); (err == nil) != tc.ok {
			t.Errorf("%q: %v", tc.header, err)
		}
	}
}

func TestDiscoverHub(t *testing.T) {
	rss := `<rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link rel="hub" href="https://pubsubhubbub.appspot.com/"/><atom:link rel="self" href="/rss.xml"/><item><link rel="hub" href="https://wrong/"/></item></channel></rss>`
	for _, tc := range []struct {
		name, body, link, hub, self string
	}{
		{"rss atom:link", rss, "", "https://pubsubhubbub.appspot.com/", "https://site.example/rss.xml"},
		{"header wins", rss, `<https://hub.example/>; rel="hub", </feed>; rel="self"`, "https://hub.example/", "https://site.example/feed"},
		{"atom", atomFeed("https://h.example/", "https://site.example/a.atom"), "", "https://h.example/", "https://site.example/a.atom"},
		{"none", `<rss><channel><item><link>x</link></item></channel></rss>`, "", "", ""},
	} {
		h := http.Header{}
		if tc.link != "" {
			h.Set("Link", tc.link)
		}
		hub, self := DiscoverHub(h, []byte(tc.body), "https://site.example/rss")
		if hub != tc.hub || self != tc.self {
			t.Errorf("%s: hub %q self %q, want %q %q", tc.name, hub, self, tc.hub, tc.self)
		}
	}
}

// TestWebSubNotificationLatency measures the time from the hub sending a notification to the
// push callback receiving its items, over 1,000 notifications on loopback. It reports p50/p99
// (run with -v); the assertion is that every notification arrived, with the right item.
func TestWebSubNotificationLatency(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	r := newPushRig(t, "s3cret", nil)
	r.start(t)
	const n = 1000
	lat := make([]time.Duration, 0, n)
	for i := range n {
		body := []byte(atomFeed("", r.topic, 10000+i))
		start := time.Now()
		if _, err := r.hub.Publish(context.Background(), r.topic, "application/atom+xml", body); err != nil {
			t.Fatal(err)
		}
		lat = append(lat, (<-r.at).Sub(start))
		res := <-r.pushed
		if want := fmt.Sprintf("https://push.example.com/n/%d", 10000+i); len(res.Items) != 1 || res.Items[0].URL != want {
			t.Fatalf("notification %d delivered %+v", i, res.Items)
		}
	}
	slices.Sort(lat)
	t.Logf("websub notification → push callback over %d notifications: p50 %s, p99 %s, max %s",
		n, lat[n/2], lat[n*99/100], lat[n-1])
}
