package editorbot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"paperboy/bots/telegram/botapi"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/channel"
)

func optsNoop() channel.Options { return channel.Options{Logger: slog.New(slog.DiscardHandler)} }

const testSecret = "s3cret_token-1"

func TestEditorWebhook(t *testing.T) {
	h := newHarness(t, func(c *Config) {
		c.Mode, c.SecretToken, c.PublicURL = "webhook", testSecret, "https://bot.example.com/"
	})
	srv := httptest.NewServer(h.bot.Handler())
	defer srv.Close()
	early, _ := http.Post(srv.URL, "application/json", strings.NewReader(`{"update_id":1}`))
	early.Body.Close()
	if early.StatusCode != http.StatusUnauthorized {
		t.Errorf("no secret before start: %d, want 401", early.StatusCode)
	}
	req, _ := http.NewRequest("POST", srv.URL, strings.NewReader(`{"update_id":1}`))
	req.Header.Set(SecretTokenHeader, testSecret)
	if early, err := http.DefaultClient.Do(req); err != nil || early.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("an update before getMe: %v %v, want 503 (the bot's name is not known yet)", early.StatusCode, err)
	} else {
		early.Body.Close()
	}
	stop := h.run(t)
	waitFor(t, "setWebhook", func() bool { return h.fake.Webhook() != "" })
	if !regexp.MustCompile(`^/telegram/[0-9a-f]{16}$`).MatchString(h.bot.Path()) || h.fake.Webhook() != "https://bot.example.com"+h.bot.Path() {
		t.Fatalf("webhook %q, path %q", h.fake.Webhook(), h.bot.Path())
	}
	for _, r := range h.fake.Requests() {
		if r.Method == "setWebhook" && (r.Params["secret_token"] != testSecret || r.Params["allowed_updates"] != `["message","channel_post","callback_query","my_chat_member"]`) {
			t.Errorf("setWebhook params %v", r.Params)
		}
	}

	update := func(id int64, m *models.Message) string {
		raw, _ := json.Marshal(models.Update{ID: id, Message: m})
		return string(raw)
	}
	from := &models.User{ID: editorID, FirstName: "Ed"}
	private := models.Chat{ID: editorID, Type: "private"}
	status := update(10, &models.Message{ID: 1, Date: 1, Chat: private, From: from, Text: "/status"})
	// A forward from a kind of origin the library does not know: acknowledged and skipped.
	future := `{"update_id":11,"message":{"message_id":2,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"Ed"},"text":"/status","forward_origin":{"type":"future"}}}`

	post := func(method, secret, body string) int {
		req, _ := http.NewRequest(method, srv.URL+h.bot.Path(), strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if secret != "" {
			req.Header.Set(SecretTokenHeader, secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	tests := []struct {
		name, method, secret, body string
		want                       int
	}{
		{"no secret", "POST", "", status, 401},
		{"wrong secret", "POST", "s3cret_token-2", status, 401},
		{"secret prefix", "POST", testSecret[:5], status, 401},
		{"secret plus", "POST", testSecret + "x", status, 401},
		{"GET", "GET", testSecret, "", 405},
		{"not JSON", "POST", testSecret, "<html>", 400},
		{"too large", "POST", testSecret, `{"update_id":1,"x":"` + strings.Repeat("a", maxUpdateBody) + `"}`, 413},
		{"unknown update shape", "POST", testSecret, future, 200},
		{"status", "POST", testSecret, status, 200},
	}
	for _, tc := range tests {
		if got := post(tc.method, tc.secret, tc.body); got != tc.want {
			t.Errorf("%s: status %d, want %d", tc.name, got, tc.want)
		}
	}
	// Run returns only after the updates in flight are handled.
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	got := replies(h.fake, editorID)
	if len(got) != 1 || !strings.HasPrefix(got[0].Text, "Sources:") {
		t.Errorf("replies %+v: want exactly the /status answer", got)
	}
	for _, r := range h.fake.Requests() {
		if r.Method == "getUpdates" || r.Method == "deleteWebhook" {
			t.Errorf("webhook mode called %s", r.Method)
		}
	}
	if code := post("POST", testSecret, status); code != http.StatusServiceUnavailable {
		t.Errorf("after shutdown: %d, want 503 so Telegram redelivers", code)
	}
	if logs := h.logs.String(); strings.Contains(logs, testSecret) || !strings.Contains(logs, "wrong secret token") {
		t.Errorf("logs must note refused webhooks without the secret:\n%s", logs)
	}
}

func TestWebhookPath(t *testing.T) {
	p := webhookPath(telegramtest.DefaultToken, testSecret)
	if p != webhookPath(telegramtest.DefaultToken, testSecret) {
		t.Error("replicas with the same config must serve the same path")
	}
	if p == webhookPath(telegramtest.DefaultToken, testSecret+"2") || p == webhookPath("1:other", testSecret) {
		t.Error("the path must change with the secret and the token")
	}
	if strings.Contains(p, testSecret) || strings.Contains(p, "123456789") {
		t.Errorf("path %q reveals the token or the secret", p)
	}
}

func TestPollBackoffAndRetryAfter(t *testing.T) {
	h := newHarness(t, nil)
	var mu sync.Mutex
	var waits []time.Duration
	h.bot.wait = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		defer mu.Unlock()
		waits = append(waits, d)
		return ctx.Err()
	}
	h.bot.botName = "paperboy_test_bot"
	h.fake.FailNext(1, telegramtest.Failure{Status: 429, RetryAfter: 7}) // taken by deleteWebhook
	// The first getUpdates calls fail the ways the real API and its proxies do.
	var failMu sync.Mutex
	var failed int
	failures := []func(w http.ResponseWriter){
		func(w http.ResponseWriter) { http.Error(w, "<html>502 Bad Gateway</html>", http.StatusBadGateway) },
		apiFailure(500, "Internal Server Error", 0),
		apiFailure(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", 0),
		apiFailure(429, "Too Many Requests: retry after 3", 3),
	}
	api := telegramtest.Interpose(t, h.fake, func(w http.ResponseWriter, method string) bool {
		failMu.Lock()
		defer failMu.Unlock()
		if method != "getUpdates" || failed >= len(failures) {
			return false
		}
		failed++
		failures[failed-1](w)
		return true
	})
	h.bot.client, h.bot.poller = botapi.NewClient(api, telegramtest.DefaultToken, nil), botapi.NewClient(api, telegramtest.DefaultToken, nil)
	id := h.fake.PushMessage(editorID, editorID, "/status")

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.bot.poll(ctx) }()
	waitFor(t, "the answer", func() bool { return len(replies(h.fake, editorID)) == 1 })
	waitFor(t, "the update confirmed", func() bool { return h.fake.PendingUpdates() == 0 })
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("poll after cancel: %v", err)
	}
	mu.Lock()
	got := fmt.Sprint(waits)
	mu.Unlock()
	if want := "[7s 1s 2s 4s 3s]"; got != want {
		t.Errorf("waits %s, want %s (retry_after exactly, else doubling backoff)", got, want)
	}
	// The fake logs a long poll when it ends; the one confirming the update ended with the cancel.
	want := strconv.FormatInt(id+1, 10)
	waitFor(t, "getUpdates with offset "+want, func() bool {
		for _, r := range h.fake.Requests() {
			if r.Method == "getUpdates" && r.Params["offset"] == want && r.Params["timeout"] == "30" {
				return true
			}
		}
		return false
	})
}

// apiFailure writes a Bot API error answer.
func apiFailure(code int, desc string, retryAfter int) func(w http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		body := map[string]any{"ok": false, "error_code": code, "description": desc}
		if retryAfter > 0 {
			body["parameters"] = map[string]any{"retry_after": retryAfter}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(body)
	}
}

func TestRunStopsOnRejectedToken(t *testing.T) {
	const revoked = "987654321:AArevoked-token"
	h := newHarness(t, func(c *Config) { c.Token = revoked })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := h.bot.Run(ctx)
	if channel.Classify(err).Reason != channel.Unauthorized || strings.Contains(err.Error(), revoked) {
		t.Fatalf("Run: %v, want an Unauthorized error without the token", err)
	}
	if ctx.Err() != nil {
		t.Error("Run kept retrying a rejected token")
	}
}

func TestNextDelay(t *testing.T) {
	tests := []struct {
		name  string
		err   error
		prev  time.Duration
		want  time.Duration
		fatal bool
	}{
		{"retry_after", &channel.Error{Reason: channel.RateLimited, RetryAfter: 5 * time.Second}, 8 * time.Second, 5 * time.Second, false},
		{"5xx with retry_after", &channel.Error{Reason: channel.Transient, RetryAfter: 2 * time.Second}, 0, 2 * time.Second, false},
		{"first failure", &channel.Error{Reason: channel.Transient, Err: errors.New("eof")}, 0, time.Second, false},
		{"doubling", errors.New("unclassified"), 4 * time.Second, 8 * time.Second, false},
		{"capped", &channel.Error{Reason: channel.Transient}, 50 * time.Second, maxBackoff, false},
		{"conflict", &channel.Error{Reason: channel.Permanent, Status: 409, Err: errors.New("telegram: getUpdates: 409 Conflict")}, time.Second, 2 * time.Second, false},
		{"unauthorized", &channel.Error{Reason: channel.Unauthorized}, 0, 0, true},
		{"bad webhook", &channel.Error{Reason: channel.Permanent, Status: 400, Err: errors.New("telegram: setWebhook: 400 Bad Request: bad webhook")}, 0, 0, true},
	}
	for _, tc := range tests {
		d, _, fatal := nextDelay(tc.err, tc.prev)
		if fatal != tc.fatal || (!fatal && d != tc.want) {
			t.Errorf("%s: %v %v, want %v %v", tc.name, d, fatal, tc.want, tc.fatal)
		}
	}
}
