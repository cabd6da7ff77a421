package webhook

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"paperboy/bots/webhook/webhooktest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

const (
	testSecret   = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	testAuth     = "Bearer receiver-api-key-0123456789"
	testURLToken = "url-token-abcdef0123456789"
)

// clock is a settable test clock shared by the channel and the receiver.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func mustNew(t testing.TB, cfg Config, now func() time.Time) *Channel {
	t.Helper()
	ch, err := New(cfg, channel.Options{Name: "wh-test", Now: now})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return ch
}

// cases are the answers the spec and common receivers give, and how Send classifies them.
var cases = []channeltest.Case{
	{Name: "429 retry-after", Status: 429, Header: http.Header{"Retry-After": {"30"}}, Body: `{"error":"too many requests"}`,
		Want: channel.RateLimited, RetryAfter: 30 * time.Second},
	{Name: "503 retry-after", Status: 503, Header: http.Header{"Retry-After": {"120"}}, Body: `Service Unavailable`,
		Want: channel.Transient, RetryAfter: 2 * time.Minute},
	{Name: "500", Status: 500, Body: `{"error":"internal"}`, Want: channel.Transient},
	{Name: "502 html", Status: 502, Header: http.Header{"Content-Type": {"text/html"}}, Body: `<html>Bad Gateway</html>`, Want: channel.Transient},
	{Name: "401 bad signature", Status: 401, Body: `{"error":"signature"}`, Want: channel.Unauthorized},
	{Name: "403 forbidden", Status: 403, Body: `forbidden`, Want: channel.Unauthorized},
	{Name: "410 gone disables endpoint", Status: 410, Body: ``, Want: channel.Unauthorized},
	{Name: "400 bad request", Status: 400, Body: `{"error":"timestamp"}`, Want: channel.Permanent},
	{Name: "404 not found", Status: 404, Body: `404 page not found`, Want: channel.Permanent},
	{Name: "422 unprocessable", Status: 422, Body: `{"error":"unknown type"}`, Want: channel.Permanent},
	{Name: "413 too large", Status: 413, Body: `payload too large`, Want: channel.TooLong},
}

func TestConformance(t *testing.T) {
	channeltest.Run(t, channeltest.Suite{
		New: func(t *testing.T, baseURL string) channel.Channel {
			return mustNew(t, Config{URL: baseURL + "/hooks/" + testURLToken + "?token=" + testURLToken, Secret: testSecret,
				Headers: map[string]string{"Authorization": testAuth}}, nil)
		},
		Success: func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) },
		Cases:   cases,
		Secrets: []string{testSecret, strings.TrimPrefix(testSecret, "whsec_"), testAuth, testURLToken},
		KeyOf:   func(r *http.Request, _ []byte) string { return r.Header.Get("webhook-id") },
	})
}

func TestRetryStoresOneEvent(t *testing.T) {
	clk := newClock()
	rcv := webhooktest.NewReceiver(testSecret, clk.Now)
	defer rcv.Close()
	ch := mustNew(t, Config{URL: rcv.URL + "/in", Secret: testSecret}, clk.Now)
	ctx := context.Background()
	d := channel.Delivery{Key: "article-1:wh-test", Post: channeltest.SamplePost(), Attempt: 1}

	// The first attempt fails with a 503; the retry (an hour later, as the outbox schedules it)
	// carries the same webhook-id with a fresh timestamp and signature.
	rcv.FailNext(webhooktest.Failure{Status: 503, Header: http.Header{"Retry-After": {"60"}}})
	_, err := ch.Send(ctx, d)
	if ce := channel.Classify(err); ce.Reason != channel.Transient || ce.RetryAfter != time.Minute {
		t.Fatalf("first attempt: %v, want transient after 1m", err)
	}
	for attempt := 2; attempt <= 3; attempt++ {
		clk.Advance(time.Hour)
		d.Attempt = attempt
		rc, err := ch.Send(ctx, d)
		if err != nil {
			t.Fatalf("attempt %d: %v", attempt, err)
		}
		if rc.RemoteID != d.Key {
			t.Errorf("receipt id %q", rc.RemoteID)
		}
	}
	ev := rcv.Events()
	if len(ev) != 1 || ev[0].ID != d.Key || ev[0].Attempts != 2 {
		t.Fatalf("events %+v, want one event for %q seen twice", ev, d.Key)
	}
	var body Event
	if err := json.Unmarshal(ev[0].Body, &body); err != nil || body.Data.Key != d.Key || body.Data.Title != d.Post.Title {
		t.Errorf("body %s (%v)", ev[0].Body, err)
	}
	if _, err := ch.Send(ctx, channel.Delivery{Key: "article-2:wh-test", Post: d.Post}); err != nil {
		t.Fatal(err)
	}
	if n := len(rcv.Events()); n != 2 {
		t.Errorf("%d events after a second article, want 2", n)
	}
}

func TestReceiverRefusals(t *testing.T) {
	clk := newClock()
	rcv := webhooktest.NewReceiver(testSecret, clk.Now)
	defer rcv.Close()
	d := channel.Delivery{Key: "k1", Post: channeltest.SamplePost()}
	ctx := context.Background()

	wrong := mustNew(t, Config{URL: rcv.URL, Secret: "whsec_" + strings.Repeat("QUJD", 8)}, clk.Now)
	_, err := wrong.Send(ctx, d)
	if r := channel.Classify(err).Reason; r != channel.Unauthorized {
		t.Errorf("bad secret: %v, want unauthorized", err)
	}
	// A sender whose clock is six minutes slow is refused as a replay.
	slow := mustNew(t, Config{URL: rcv.URL, Secret: testSecret}, func() time.Time { return clk.Now().Add(-6 * time.Minute) })
	if _, err := slow.Send(ctx, d); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("stale timestamp: %v, want permanent", err)
	}
	if got := rcv.Refused(); len(got) != 2 || got[0] != "signature" || got[1] != "timestamp" {
		t.Errorf("refused %q", got)
	}
	if n := len(rcv.Events()); n != 0 {
		t.Errorf("%d events stored from refused requests", n)
	}
}

func TestHeadersAndSignature(t *testing.T) {
	clk := newClock()
	rcv := webhooktest.NewReceiver(testSecret, clk.Now)
	defer rcv.Close()
	ch := mustNew(t, Config{URL: rcv.URL, Secret: testSecret, Headers: map[string]string{"authorization": testAuth, "X-Env": "prod"}}, clk.Now)
	if _, err := ch.Send(context.Background(), channel.Delivery{Key: "k", Post: channeltest.SamplePost()}); err != nil {
		t.Fatal(err)
	}
	e := rcv.Events()[0]
	key, _ := decodeSecret(testSecret)
	h := e.Header
	if h.Get("Authorization") != testAuth || h.Get("X-Env") != "prod" || h.Get("Content-Type") != "application/json" {
		t.Errorf("headers %v", h)
	}
	if h.Get("webhook-timestamp") != "1714564800" || h.Get("webhook-signature") != Sign(key, "k", 1714564800, e.Body) {
		t.Errorf("timestamp %q signature %q", h.Get("webhook-timestamp"), h.Get("webhook-signature"))
	}
}

// TestSignKnownVector checks Sign against the Standard Webhooks specification's example, which
// openssl reproduces: printf 'msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{"test": 2432232314}' |
// openssl dgst -sha256 -mac HMAC -macopt hexkey:<hex of the decoded secret> -binary | base64.
func TestSignKnownVector(t *testing.T) {
	key, err := decodeSecret(testSecret)
	if err != nil {
		t.Fatal(err)
	}
	got := Sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, []byte(`{"test": 2432232314}`))
	if got != "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=" {
		t.Errorf("signature %s", got)
	}
}

func TestGoldenBody(t *testing.T) {
	clk := newClock()
	rcv := webhooktest.NewReceiver(testSecret, clk.Now)
	defer rcv.Close()
	ch := mustNew(t, Config{URL: rcv.URL, Secret: testSecret}, clk.Now)
	if _, err := ch.Send(context.Background(), channel.Delivery{Key: "golden-key", Post: channeltest.SamplePost()}); err != nil {
		t.Fatal(err)
	}
	channeltest.GoldenJSON(t, "event.json", rcv.Events()[0].Body)
}

func TestPreview(t *testing.T) {
	clk := newClock()
	ch := mustNew(t, Config{URL: "https://hooks.example.com/catch/" + testURLToken + "?k=" + testURLToken, Secret: testSecret,
		Headers: map[string]string{"Authorization": testAuth}}, clk.Now)
	req, err := ch.Preview(channel.Delivery{Key: "k", Post: channeltest.SamplePost()})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(req)
	for _, s := range []string{testURLToken, testAuth, testSecret} {
		if strings.Contains(string(b), s) {
			t.Errorf("preview leaks %q: %s", s, b)
		}
	}
	if req.URL != "https://hooks.example.com/<redacted>" || req.Fields["type"] != "article.published" {
		t.Errorf("preview %s", b)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string // substring of the error; "" = valid
	}{
		{"ok", Config{URL: "https://x.example/h", Secret: testSecret}, ""},
		{"no url", Config{Secret: testSecret}, "webhook: url:"},
		{"ftp url", Config{URL: "ftp://x.example/h", Secret: testSecret}, "webhook: url:"},
		{"no secret", Config{URL: "https://x.example"}, "webhook: secret: is required"},
		{"no prefix", Config{URL: "https://x.example", Secret: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}, "must start with whsec_"},
		{"not base64", Config{URL: "https://x.example", Secret: "whsec_!!!"}, "not standard base64"},
		{"short key", Config{URL: "https://x.example", Secret: "whsec_QUJD"}, "decodes to 3 bytes"},
		{"reserved header", Config{URL: "https://x.example", Secret: testSecret, Headers: map[string]string{"webhook-id": "x"}}, "cannot be overridden"},
		{"header newline", Config{URL: "https://x.example", Secret: testSecret, Headers: map[string]string{"X-A": "a\r\nb"}}, "line break"},
		{"format", Config{URL: "https://x.example", Secret: testSecret, Format: "xml"}, "format:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				if tt.cfg.Format != "json" || tt.cfg.EventType != "article.published" {
					t.Errorf("defaults not filled: %+v", tt.cfg)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") {
				t.Errorf("error leaks the secret: %v", err)
			}
		})
	}
}

func FuzzSendAccepted(f *testing.F) {
	f.Add("카톡·카카오T 먹통에…", "15일 카카오톡 장애. <b>&amp;</b> @everyone", "한국금융신문")
	f.Add(strings.Repeat("👨‍👩‍👧‍👦", 300), strings.Repeat("다.", 5000), strings.Repeat("🇰🇷", 200))
	f.Add("", "", "")
	f.Add("\x00\xff\xfe bad utf8", "line\nbreak\r\n\ttab \u2028", "src\u200b")
	clk := newClock()
	rcv := webhooktest.NewReceiver(testSecret, clk.Now)
	defer rcv.Close()
	ch := mustNew(f, Config{URL: rcv.URL, Secret: testSecret}, clk.Now)
	n := 0
	f.Fuzz(func(t *testing.T, title, summary, source string) {
		p := channeltest.SamplePost()
		p.Title, p.Summary, p.Source = title, summary, source
		n++
		key := "fuzz-" + strconv.Itoa(n)
		if _, err := ch.Send(context.Background(), channel.Delivery{Key: key, Post: p}); err != nil {
			t.Fatalf("the receiver refused the event: %v", err)
		}
		ev := rcv.Events()
		var got Event
		if err := json.Unmarshal(ev[len(ev)-1].Body, &got); err != nil || got.Data.Key != key {
			t.Fatalf("stored body %s (%v)", ev[len(ev)-1].Body, err)
		}
	})
}
