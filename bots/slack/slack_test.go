package slack

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"paperboy/bots/slack/slacktest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

const (
	testToken   = "xoxb-1234567890-0987654321-SeCrEtToKeNvAlUe"
	hookSecret  = "hooksecretXYZ0123456789abc"
	testWebhook = "/services/T0001/B0001/" + hookSecret
)

func opts(now func() time.Time) channel.Options {
	return channel.Options{Name: "sl-test", Now: now, Location: time.FixedZone("KST", 9*3600)}
}

func fixedNow() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC) }

func mustNew(t testing.TB, cfg Config) *Channel {
	t.Helper()
	ch, err := New(cfg, opts(fixedNow))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return ch
}

// apiCases are chat.postMessage's documented failures: most come as HTTP 200 with ok:false.
var apiCases = []channeltest.Case{
	{Name: "429 ratelimited", Status: 429, Header: http.Header{"Retry-After": {"30"}}, Body: `{"ok":false,"error":"ratelimited"}`,
		Want: channel.RateLimited, RetryAfter: 30 * time.Second},
	{Name: "200 ratelimited with header", Status: 200, Header: http.Header{"Retry-After": {"3"}}, Body: `{"ok":false,"error":"ratelimited"}`,
		Want: channel.RateLimited, RetryAfter: 3 * time.Second},
	{Name: "invalid_auth", Status: 200, Body: `{"ok":false,"error":"invalid_auth"}`, Want: channel.Unauthorized},
	{Name: "not_authed", Status: 200, Body: `{"ok":false,"error":"not_authed"}`, Want: channel.Unauthorized},
	{Name: "account_inactive", Status: 200, Body: `{"ok":false,"error":"account_inactive"}`, Want: channel.Unauthorized},
	{Name: "token_revoked", Status: 200, Body: `{"ok":false,"error":"token_revoked"}`, Want: channel.Unauthorized},
	{Name: "missing_scope", Status: 200, Body: `{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"users:read"}`, Want: channel.Unauthorized},
	{Name: "channel_not_found", Status: 200, Body: `{"ok":false,"error":"channel_not_found"}`, Want: channel.Permanent},
	{Name: "not_in_channel", Status: 200, Body: `{"ok":false,"error":"not_in_channel"}`, Want: channel.Permanent},
	{Name: "is_archived", Status: 200, Body: `{"ok":false,"error":"is_archived"}`, Want: channel.Permanent},
	{Name: "invalid_blocks", Status: 200, Body: `{"ok":false,"error":"invalid_blocks","errors":["must be less than 151 characters [json-pointer:/blocks/0/text]"]}`, Want: channel.Permanent},
	{Name: "unknown code", Status: 200, Body: `{"ok":false,"error":"some_new_error"}`, Want: channel.Permanent},
	{Name: "msg_too_long", Status: 200, Body: `{"ok":false,"error":"msg_too_long"}`, Want: channel.TooLong},
	{Name: "200 internal_error", Status: 200, Body: `{"ok":false,"error":"internal_error"}`, Want: channel.Transient},
	{Name: "500", Status: 500, Body: `{"ok":false,"error":"fatal_error"}`, Want: channel.Transient},
	{Name: "503 html", Status: 503, Header: http.Header{"Retry-After": {"10"}, "Content-Type": {"text/html"}}, Body: `<html>down</html>`,
		Want: channel.Transient, RetryAfter: 10 * time.Second},
	{Name: "200 not json", Status: 200, Header: http.Header{"Content-Type": {"text/html"}}, Body: `<html>captive portal</html>`, Want: channel.Transient},
}

// webhookCases are the incoming-webhook failures: plain-text codes with 4xx statuses.
var webhookCases = []channeltest.Case{
	{Name: "429", Status: 429, Header: http.Header{"Retry-After": {"5"}}, Body: `rate_limited`, Want: channel.RateLimited, RetryAfter: 5 * time.Second},
	{Name: "403 invalid_token", Status: 403, Body: `invalid_token`, Want: channel.Unauthorized},
	{Name: "404 no_service", Status: 404, Body: `no_service`, Want: channel.Unauthorized},
	{Name: "404 no_team", Status: 404, Body: `no_team`, Want: channel.Unauthorized},
	{Name: "403 action_prohibited", Status: 403, Body: `action_prohibited`, Want: channel.Unauthorized},
	{Name: "404 channel_not_found", Status: 404, Body: `channel_not_found`, Want: channel.Permanent},
	{Name: "410 channel_is_archived", Status: 410, Body: `channel_is_archived`, Want: channel.Permanent},
	{Name: "400 invalid_payload", Status: 400, Body: `invalid_payload`, Want: channel.Permanent},
	{Name: "500 rollup_error", Status: 500, Body: `rollup_error`, Want: channel.Transient},
}

func TestConformanceAPI(t *testing.T) {
	channeltest.Run(t, channeltest.Suite{
		New: func(t *testing.T, baseURL string) channel.Channel {
			return mustNew(t, Config{Token: testToken, Channel: "C0123ABCDE", APIURL: baseURL})
		},
		Success: func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer "+testToken || r.URL.Path != "/chat.postMessage" {
				w.Write([]byte(`{"ok":false,"error":"invalid_auth"}`))
				return
			}
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"ok":true,"channel":"C0123ABCDE","ts":"1714564800.000100","message":{"type":"message"}}`))
		},
		Cases:   apiCases,
		Secrets: []string{testToken},
	})
}

func TestConformanceWebhook(t *testing.T) {
	channeltest.Run(t, channeltest.Suite{
		New: func(t *testing.T, baseURL string) channel.Channel {
			return mustNew(t, Config{Webhook: baseURL + testWebhook})
		},
		Success: func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) },
		Cases:   webhookCases,
		Secrets: []string{hookSecret},
	})
}

func TestAgainstFake(t *testing.T) {
	srv := slacktest.NewServer(slacktest.Options{Now: fixedNow})
	defer srv.Close()
	srv.AddToken(testToken)
	news := srv.AddChannel("news", true, false)
	outside := srv.AddChannel("elsewhere", false, false)
	old := srv.AddChannel("old", true, true)
	ctx := context.Background()
	d := channel.Delivery{Key: "k1", Post: channeltest.SamplePost()}

	tests := []struct {
		name    string
		cfg     Config
		prepare func()
		want    channel.Reason
		after   time.Duration
		ok      bool
	}{
		{name: "by id", cfg: Config{Token: testToken, Channel: news}, ok: true},
		{name: "by name", cfg: Config{Token: testToken, Channel: "#news"}, ok: true},
		{name: "webhook", cfg: Config{Webhook: srv.AddWebhook(news)}, ok: true},
		{name: "bot not invited", cfg: Config{Token: testToken, Channel: outside}, want: channel.Permanent},
		{name: "archived", cfg: Config{Token: testToken, Channel: old}, want: channel.Permanent},
		{name: "archived via webhook", cfg: Config{Webhook: srv.AddWebhook(old)}, want: channel.Permanent},
		{name: "unknown channel", cfg: Config{Token: testToken, Channel: "C99999999"}, want: channel.Permanent},
		{name: "wrong token", cfg: Config{Token: "xoxb-wrong", Channel: news}, want: channel.Unauthorized},
		{name: "rate limited", cfg: Config{Token: testToken, Channel: news}, prepare: func() { srv.RateLimitNext(7) },
			want: channel.RateLimited, after: 7 * time.Second},
		{name: "webhook rate limited", cfg: Config{Webhook: srv.AddWebhook(news)}, prepare: func() { srv.RateLimitNext(2) },
			want: channel.RateLimited, after: 2 * time.Second},
		{name: "webhook revoked", cfg: Config{Webhook: srv.AddWebhook(news)}, prepare: func() { srv.FailNext("invalid_token") },
			want: channel.Unauthorized},
		{name: "too long per slack", cfg: Config{Token: testToken, Channel: news}, prepare: func() { srv.FailNext("msg_too_long") },
			want: channel.TooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.APIURL = srv.APIURL()
			ch := mustNew(t, tt.cfg)
			if tt.prepare != nil {
				tt.prepare()
			}
			before := srv.Requests()
			rc, err := ch.Send(ctx, d)
			if n := srv.Requests() - before; n != 1 {
				t.Errorf("%d requests, want exactly one attempt", n)
			}
			if tt.ok {
				if err != nil || rc.RemoteID == "" {
					t.Fatalf("Send: %v (receipt %+v)", err, rc)
				}
				return
			}
			ce := channel.Classify(err)
			if err == nil || ce.Reason != tt.want || ce.RetryAfter != tt.after {
				t.Fatalf("got %v, want %v after %v", err, tt.want, tt.after)
			}
			if strings.Contains(err.Error(), testToken) || strings.Contains(err.Error(), "hooksecret") {
				t.Errorf("error leaks a secret: %v", err)
			}
		})
	}
	if n := len(srv.Messages()); n != 3 {
		t.Errorf("%d messages stored, want 3", n)
	}
}

func TestCheck(t *testing.T) {
	srv := slacktest.NewServer(slacktest.Options{Now: fixedNow})
	defer srv.Close()
	srv.AddToken(testToken)
	srv.AddToken("xoxb-revoked")
	srv.RevokeToken("xoxb-revoked")
	ctx := context.Background()
	if err := mustNew(t, Config{Token: testToken, Channel: "#news", APIURL: srv.APIURL()}).Check(ctx); err != nil {
		t.Errorf("check: %v", err)
	}
	err := mustNew(t, Config{Token: "xoxb-revoked", Channel: "#news", APIURL: srv.APIURL()}).Check(ctx)
	if channel.Classify(err).Reason != channel.Unauthorized || strings.Contains(err.Error(), "xoxb-revoked") {
		t.Errorf("revoked token check: %v", err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"api", Config{Token: testToken, Channel: "C0123ABCD"}, ""},
		{"api by name", Config{Token: testToken, Channel: "#뉴스-속보"}, ""},
		{"webhook", Config{Webhook: "https://hooks.slack.com" + testWebhook}, ""},
		{"nothing", Config{}, "slack: token: set token and channel"},
		{"both", Config{Token: testToken, Channel: "C0123ABCD", Webhook: "https://hooks.slack.com" + testWebhook}, "not both"},
		{"no channel", Config{Token: testToken}, "slack: channel: is required"},
		{"bad channel", Config{Token: testToken, Channel: "has space"}, "not a channel id"},
		{"bad webhook", Config{Webhook: "hooks.slack.com/x"}, "slack: webhook:"},
		{"bad api_url", Config{Token: testToken, Channel: "C0123ABCD", APIURL: "ftp://x"}, "slack: api_url:"},
		{"long link text", Config{Token: testToken, Channel: "C0123ABCD", LinkText: strings.Repeat("가", 76)}, "link_text"},
		{"bad zone", Config{Token: testToken, Channel: "C0123ABCD", Timezone: "Mars/Base"}, "slack: timezone:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if tt.cfg.APIURL != DefaultAPIURL {
					t.Errorf("api_url default %q", tt.cfg.APIURL)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
			if strings.Contains(err.Error(), testToken) || strings.Contains(err.Error(), hookSecret) {
				t.Errorf("error leaks a secret: %v", err)
			}
		})
	}
}
