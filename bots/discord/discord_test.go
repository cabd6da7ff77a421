package discord

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
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
type clock = discordtest.Clock

func newClock() *clock { return discordtest.NewClock() }

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
	{Name: "404 unknown channel", Status: 404, Body: `{"message": "Unknown Channel", "code": 10003}`, Want: channel.Gone},
	{Name: "404 unknown guild", Status: 404, Body: `{"message": "Unknown Guild", "code": 10004}`, Want: channel.Gone},
	{Name: "403 missing access", Status: 403, Body: `{"message": "Missing Access", "code": 50001}`, Want: channel.Gone},
	{Name: "403 cannot message this user", Status: 403, Body: `{"message": "Cannot send messages to this user", "code": 50007}`, Want: channel.Gone},
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

func TestCredentialKey(t *testing.T) {
	a := mustNew(t, Config{Token: testBotToken, ChannelID: "1"}, opts(nil))
	b := mustNew(t, Config{Token: testBotToken, ChannelID: "2"}, opts(nil))
	w := mustNew(t, Config{Webhook: testWebhook}, opts(nil))
	ka, lim, burst := a.CredentialKey()
	kb, _, _ := b.CredentialKey()
	kw, wlim, _ := w.CredentialKey()
	w2 := mustNew(t, Config{Webhook: "https://discord.com/api/webhooks/999/other-token"}, opts(nil))
	kw2, _, _ := w2.CredentialKey()
	if ka != kb || ka == kw || kw != kw2 || lim != globalRate || burst != globalBurst || wlim != globalRate {
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
