package discord

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"paperboy/bots/discord/discordtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

const (
	testWebhookToken = "wEbH00k_T0ken-abcdefghijklmnopqrstuvwxyz0123456789"
	testWebhook      = "https://discord.com/api/webhooks/1234567890123456789/" + testWebhookToken
	testBotToken     = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.bot-token-secret_value"
)

// clock is a settable test clock shared by a channel and the fake.
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

func opts(now func() time.Time) channel.Options {
	return channel.Options{Name: "dc-test", Now: now, Location: time.FixedZone("KST", 9*3600)}
}

func mustNew(t testing.TB, cfg Config, o channel.Options) *Channel {
	t.Helper()
	ch, err := New(cfg, o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return ch
}

// cases are Discord's documented failures with their real bodies.
var cases = []channeltest.Case{
	{Name: "429 bucket", Status: 429, Header: http.Header{"Retry-After": {"2"}, "X-RateLimit-Scope": {"user"}},
		Body: `{"message": "You are being rate limited.", "retry_after": 1.234, "global": false}`,
		Want: channel.RateLimited, RetryAfter: 1234 * time.Millisecond},
	{Name: "429 global", Status: 429, Header: http.Header{"Retry-After": {"1"}, "X-RateLimit-Global": {"true"}},
		Body: `{"message": "You are being rate limited.", "retry_after": 0.061, "global": true}`,
		Want: channel.RateLimited, RetryAfter: 61 * time.Millisecond},
	{Name: "429 cloudflare header only", Status: 429, Header: http.Header{"Retry-After": {"3"}, "Content-Type": {"text/html"}},
		Body: `<html><body>error code: 1015</body></html>`, Want: channel.RateLimited, RetryAfter: 3 * time.Second},
	{Name: "401 bad token", Status: 401, Body: `{"message": "401: Unauthorized", "code": 0}`, Want: channel.Unauthorized},
	{Name: "401 invalid webhook token", Status: 401, Body: `{"message": "Invalid Webhook Token", "code": 50027}`, Want: channel.Unauthorized},
	{Name: "403 missing permissions", Status: 403, Body: `{"message": "Missing Permissions", "code": 50013}`, Want: channel.Unauthorized},
	{Name: "404 unknown webhook", Status: 404, Body: `{"message": "Unknown Webhook", "code": 10015}`, Want: channel.Unauthorized},
	{Name: "404 unknown channel", Status: 404, Body: `{"message": "Unknown Channel", "code": 10003}`, Want: channel.Unauthorized},
	{Name: "400 invalid form body", Status: 400, Want: channel.Permanent,
		Body: `{"code": 50035, "errors": {"embeds": {"0": {"title": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 256 or fewer in length."}]}}}}, "message": "Invalid Form Body"}`},
	{Name: "400 empty message", Status: 400, Body: `{"message": "Cannot send an empty message", "code": 50006}`, Want: channel.Permanent},
	{Name: "500", Status: 500, Body: `{"message": "500: Internal Server Error", "code": 0}`, Want: channel.Transient},
	{Name: "502 html", Status: 502, Header: http.Header{"Content-Type": {"text/html"}}, Body: `<html>Bad Gateway</html>`, Want: channel.Transient},
}

func success(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write([]byte(`{"id": "1240000000000000001", "type": 0, "channel_id": "1230000000000000001", "content": ""}`))
}

func TestConformanceWebhook(t *testing.T) {
	channeltest.Run(t, channeltest.Suite{
		New: func(t *testing.T, baseURL string) channel.Channel {
			return mustNew(t, Config{Webhook: testWebhook, ThreadID: "1111", APIURL: baseURL}, opts(nil))
		},
		Success: success,
		Cases:   cases,
		Secrets: []string{testWebhookToken, testWebhook},
	})
}

func TestConformanceBot(t *testing.T) {
	channeltest.Run(t, channeltest.Suite{
		New: func(t *testing.T, baseURL string) channel.Channel {
			return mustNew(t, Config{Token: testBotToken, ChannelID: "1230000000000000001", APIURL: baseURL}, opts(nil))
		},
		Success: func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bot "+testBotToken {
				http.Error(w, `{"message": "401: Unauthorized", "code": 0}`, http.StatusUnauthorized)
				return
			}
			success(w, r)
		},
		Cases:   cases,
		Secrets: []string{testBotToken},
		KeyOf: func(r *http.Request, body []byte) string {
			var m struct {
				Nonce        string `json:"nonce"`
				EnforceNonce bool   `json:"enforce_nonce"`
			}
			if json.Unmarshal(body, &m) != nil || !m.EnforceNonce {
				return ""
			}
			return m.Nonce
		},
	})
}

func TestClassifyDetails(t *testing.T) {
	tests := []struct {
		name, body string
		status     int
		header     http.Header
		wantText   string
		wantGlobal bool
		wantAfter  time.Duration
	}{
		{name: "nested 50035", status: 400,
			body:     `{"code": 50035, "errors": {"embeds": {"0": {"description": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 4096 or fewer in length."}]}}}}, "message": "Invalid Form Body"}`,
			wantText: "Invalid Form Body (code 50035): embeds.0.description: Must be 4096 or fewer in length. (BASE_TYPE_MAX_LENGTH)"},
		{name: "global from body", status: 429, body: `{"message": "You are being rate limited.", "retry_after": 64.57, "global": true}`,
			wantGlobal: true, wantAfter: 64570 * time.Millisecond, wantText: "You are being rate limited."},
		{name: "global from scope header", status: 429, header: http.Header{"X-Ratelimit-Scope": {"global"}},
			body: `{"message": "You are being rate limited.", "retry_after": 0.5}`, wantGlobal: true, wantAfter: 500 * time.Millisecond},
		{name: "body beats header", status: 429, header: http.Header{"Retry-After": {"2"}},
			body: `{"message": "You are being rate limited.", "retry_after": 1.000000001, "global": false}`, wantAfter: time.Second + 1},
		{name: "exponent retry_after", status: 429, body: `{"retry_after": 1.5e-3, "global": false}`, wantAfter: 1500 * time.Microsecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := tt.header
			if h == nil {
				h = http.Header{}
			}
			ce := classify(tt.status, h, []byte(tt.body))
			if !strings.Contains(ce.Error(), tt.wantText) {
				t.Errorf("error %q does not contain %q", ce.Error(), tt.wantText)
			}
			if ce.Global != tt.wantGlobal || ce.RetryAfter != tt.wantAfter {
				t.Errorf("global %v after %v, want %v %v", ce.Global, ce.RetryAfter, tt.wantGlobal, tt.wantAfter)
			}
		})
	}
}

// fakeWebhook returns a webhook channel posting to a fresh fake that shares clk.
func fakeWebhook(t *testing.T, clk *clock, fo discordtest.Options, cfg Config) (*Channel, *discordtest.Server, discordtest.Webhook) {
	t.Helper()
	fo.Now = clk.Now
	srv := discordtest.NewServer(fo)
	t.Cleanup(srv.Close)
	wh := srv.AddWebhook()
	cfg.Webhook = srv.WebhookURL(wh)
	return mustNew(t, cfg, opts(clk.Now)), srv, wh
}

func TestRateLimitAgainstFake(t *testing.T) {
	clk := newClock()
	ch, srv, _ := fakeWebhook(t, clk, discordtest.Options{}, Config{})
	d := channel.Delivery{Key: "k1", Post: channeltest.SamplePost(), Attempt: 1}
	ctx := context.Background()

	srv.RateLimitNext(1234*time.Millisecond, false)
	_, err := ch.Send(ctx, d)
	ce := channel.Classify(err)
	if ce.Reason != channel.RateLimited || ce.RetryAfter != 1234*time.Millisecond || ce.Global {
		t.Fatalf("got %v after %v global %v, want rate_limited after exactly 1.234s", ce.Reason, ce.RetryAfter, ce.Global)
	}
	// Coming back early is a violation the fake records; waiting exactly retry_after is not.
	clk.Advance(time.Second)
	if _, err := ch.Send(ctx, d); channel.Classify(err).Reason != channel.RateLimited {
		t.Fatalf("early resend: %v, want rate_limited", err)
	}
	if v := srv.Violations(); len(v) != 1 || v[0].Early != 234*time.Millisecond {
		t.Fatalf("violations %+v, want one 234ms early", v)
	}
	clk.Advance(234 * time.Millisecond)
	if _, err := ch.Send(ctx, d); err != nil {
		t.Fatalf("resend after retry_after: %v", err)
	}
	if n := len(srv.Violations()); n != 1 {
		t.Errorf("%d violations after an on-time resend, want 1", n)
	}

	srv.RateLimitNext(2500*time.Millisecond, true)
	ce = channel.Classify(func() error { _, err := ch.Send(ctx, d); return err }())
	if ce.Reason != channel.RateLimited || ce.RetryAfter != 2500*time.Millisecond || !ce.Global {
		t.Errorf("global 429: got %v after %v global %v", ce.Reason, ce.RetryAfter, ce.Global)
	}
}

func TestBucketExhaustion(t *testing.T) {
	clk := newClock()
	ch, srv, _ := fakeWebhook(t, clk, discordtest.Options{}, Config{})
	ctx := context.Background()
	lim := ch.Limits()
	// A burst of exactly Limits().Burst fits Discord's bucket; one more is refused with the bucket's reset.
	for i := range lim.Burst {
		if _, err := ch.Send(ctx, channel.Delivery{Key: string(rune('a' + i)), Post: channeltest.SamplePost()}); err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
	}
	_, err := ch.Send(ctx, channel.Delivery{Key: "over", Post: channeltest.SamplePost()})
	if ce := channel.Classify(err); ce.Reason != channel.RateLimited || ce.RetryAfter != 2*time.Second {
		t.Fatalf("6th send: %v, want rate_limited after 2s", err)
	}
	// The sustained rate refills the bucket: 2 s later the next send goes through.
	clk.Advance(time.Duration(float64(lim.Burst) / float64(lim.Rate) * float64(time.Second)))
	if _, err := ch.Send(ctx, channel.Delivery{Key: "later", Post: channeltest.SamplePost()}); err != nil {
		t.Fatalf("send after refill: %v", err)
	}
	if n := len(srv.Messages()); n != lim.Burst+1 {
		t.Errorf("%d messages, want %d", n, lim.Burst+1)
	}
}

func TestBotNonceDeduplicates(t *testing.T) {
	clk := newClock()
	srv := discordtest.NewServer(discordtest.Options{Now: clk.Now})
	defer srv.Close()
	srv.AddBot(testBotToken)
	chID := srv.AddChannel()
	ch := mustNew(t, Config{Token: testBotToken, ChannelID: chID, APIURL: srv.URL}, opts(clk.Now))
	ctx := context.Background()
	d := channel.Delivery{Key: "article-1:dc-test", Post: channeltest.SamplePost(), Attempt: 1}

	r1, err := ch.Send(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	d.Attempt = 2 // the outbox retries an in-doubt delivery with the same key
	r2, err := ch.Send(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if r1.RemoteID != r2.RemoteID {
		t.Errorf("retry got message %s, first %s: nonce did not de-duplicate", r2.RemoteID, r1.RemoteID)
	}
	if _, err := ch.Send(ctx, channel.Delivery{Key: "article-2:dc-test", Post: channeltest.SamplePost()}); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if len(msgs) != 2 {
		t.Fatalf("%d messages in the fake, want 2", len(msgs))
	}
	if msgs[0].Nonce != nonce(d.Key) || !msgs[0].EnforceNonce || len(msgs[0].Nonce) > 25 {
		t.Errorf("nonce %q enforce %v", msgs[0].Nonce, msgs[0].EnforceNonce)
	}
	if r1.URL == "" || !strings.HasSuffix(r1.URL, "/"+chID+"/"+r1.RemoteID) {
		t.Errorf("receipt url %q", r1.URL)
	}
}

func TestBadCredentialsStop(t *testing.T) {
	srv := discordtest.NewServer(discordtest.Options{})
	defer srv.Close()
	srv.AddBot("the-good-token")
	chID := srv.AddChannel()
	wh := srv.AddWebhook()
	srv.DeleteWebhook(wh.ID)
	bad := mustNew(t, Config{Token: "revoked-token", ChannelID: chID, APIURL: srv.URL}, opts(nil))
	gone := mustNew(t, Config{Webhook: srv.WebhookURL(wh)}, opts(nil))
	ctx := context.Background()
	d := channel.Delivery{Key: "k", Post: channeltest.SamplePost()}
	for _, tc := range []struct {
		name string
		ch   *Channel
	}{{"revoked bot token", bad}, {"deleted webhook", gone}} {
		_, err := tc.ch.Send(ctx, d)
		if r := channel.Classify(err).Reason; r != channel.Unauthorized {
			t.Errorf("%s: send %v, want unauthorized", tc.name, err)
		}
		if err := tc.ch.Check(ctx); channel.Classify(err).Reason != channel.Unauthorized {
			t.Errorf("%s: check %v, want unauthorized", tc.name, err)
		}
		if err != nil && (strings.Contains(err.Error(), wh.Token) || strings.Contains(err.Error(), "revoked-token")) {
			t.Errorf("%s: error leaks a secret: %v", tc.name, err)
		}
	}
	// One 401 per call, no retries: the bot's send and check. A deleted webhook answers 404,
	// which Cloudflare does not count.
	if n := srv.InvalidRequests(); n != 2 {
		t.Errorf("%d invalid requests, want 2", n)
	}
}

func TestCheckSucceeds(t *testing.T) {
	clk := newClock()
	ch, srv, _ := fakeWebhook(t, clk, discordtest.Options{}, Config{})
	if err := ch.Check(context.Background()); err != nil {
		t.Errorf("webhook check: %v", err)
	}
	srv.AddBot(testBotToken)
	bot := mustNew(t, Config{Token: testBotToken, ChannelID: srv.AddChannel(), APIURL: srv.URL}, opts(clk.Now))
	if err := bot.Check(context.Background()); err != nil {
		t.Errorf("bot check: %v", err)
	}
}

func TestCredentialKey(t *testing.T) {
	a := mustNew(t, Config{Token: testBotToken, ChannelID: "1"}, opts(nil))
	b := mustNew(t, Config{Token: testBotToken, ChannelID: "2"}, opts(nil))
	w := mustNew(t, Config{Webhook: testWebhook}, opts(nil))
	ka, lim, burst := a.CredentialKey()
	kb, _, _ := b.CredentialKey()
	kw, wlim, _ := w.CredentialKey()
	if ka != kb || ka == kw || lim != 50 || burst != 50 || wlim != 2.5 {
		t.Errorf("keys %q %q %q, limits %v/%d %v", ka, kb, kw, lim, burst, wlim)
	}
	if strings.Contains(ka, testBotToken) || strings.Contains(kw, testWebhookToken) {
		t.Errorf("credential key reveals the secret")
	}
	if a.Limits().Idempotent == w.Limits().Idempotent || !a.Limits().Idempotent {
		t.Errorf("only bot mode is idempotent")
	}
}

func TestNetworkErrorIsRedactedAndTransient(t *testing.T) {
	ch := mustNew(t, Config{Webhook: testWebhook, APIURL: "http://127.0.0.1:1/api/v10"}, opts(nil))
	_, err := ch.Send(context.Background(), channel.Delivery{Key: "k", Post: channeltest.SamplePost()})
	var ce *channel.Error
	if !errors.As(err, &ce) || ce.Reason != channel.Transient {
		t.Fatalf("got %v, want transient", err)
	}
	if strings.Contains(err.Error(), testWebhookToken) || !strings.Contains(err.Error(), "webhooks/<redacted>") {
		t.Errorf("error %q", err)
	}
}
