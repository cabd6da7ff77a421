package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

// newChannel builds a channel against apiURL with the fake's token.
func newChannel(t *testing.T, apiURL string, mod func(*Config)) *Channel {
	t.Helper()
	cfg := Config{Token: telegramtest.DefaultToken, Chat: "@paperboy_news", APIURL: apiURL}
	if mod != nil {
		mod(&cfg)
	}
	var logs bytes.Buffer
	ch, err := New(cfg, channel.Options{Name: "tg-test", Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if strings.Contains(logs.String(), telegramtest.DefaultToken) {
			t.Errorf("a log line contains the token: %s", logs.String())
		}
	})
	return ch
}

func delivery() channel.Delivery {
	return channel.Delivery{Key: "pb-key-1", Post: channeltest.SamplePost(), Attempt: 1}
}

func TestConformance(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	body := func(code int, desc string, extra string) string {
		return `{"ok":false,"error_code":` + itoa(code) + `,"description":"` + desc + `"` + extra + `}`
	}
	channeltest.Run(t, channeltest.Suite{
		New:     func(t *testing.T, baseURL string) channel.Channel { return newChannel(t, baseURL, nil) },
		Success: fake.Handler().ServeHTTP,
		Secrets: []string{telegramtest.DefaultToken},
		Cases: []channeltest.Case{
			{Name: "chat not found", Status: 400, Body: body(400, "Bad Request: chat not found", ""), Want: channel.Gone},
			{Name: "cannot parse entities", Status: 400, Body: body(400, `Bad Request: can't parse entities: Unsupported start tag \"br\" at byte offset 5`, ""), Want: channel.Permanent},
			{Name: "message too long", Status: 400, Body: body(400, "Bad Request: message is too long", ""), Want: channel.TooLong},
			{Name: "caption too long", Status: 400, Body: body(400, "Bad Request: message caption is too long", ""), Want: channel.TooLong},
			{Name: "group migrated", Status: 400, Body: body(400, "Bad Request: group chat was upgraded to a supergroup chat", `,"parameters":{"migrate_to_chat_id":-1001234567890}`), Want: channel.Permanent},
			{Name: "unauthorized", Status: 401, Body: body(401, "Unauthorized", ""), Want: channel.Unauthorized},
			{Name: "malformed token path", Status: 404, Body: body(404, "Not Found", ""), Want: channel.Unauthorized},
			{Name: "kicked", Status: 403, Body: body(403, "Forbidden: bot was kicked from the channel chat", ""), Want: channel.Gone},
			{Name: "not a member", Status: 403, Body: body(403, "Forbidden: bot is not a member of the channel chat", ""), Want: channel.Gone},
			{Name: "user deactivated", Status: 403, Body: body(403, "Forbidden: user is deactivated", ""), Want: channel.Gone},
			{Name: "group deactivated", Status: 403, Body: body(403, "Forbidden: the group chat was deactivated", ""), Want: channel.Gone},
			{Name: "group deactivated 400", Status: 400, Body: body(400, "Bad Request: group chat was deactivated", ""), Want: channel.Gone},
			{Name: "cannot initiate", Status: 403, Body: body(403, "Forbidden: bot can't initiate conversation with a user", ""), Want: channel.Permanent},
			{Name: "not enough rights", Status: 400, Body: body(400, "Bad Request: not enough rights to send text messages to the chat", ""), Want: channel.Permanent},
			{Name: "blocked", Status: 403, Body: body(403, "Forbidden: bot was blocked by the user", ""), Want: channel.Gone},
			{Name: "flood", Status: 429, Body: body(429, "Too Many Requests: retry after 7", `,"parameters":{"retry_after":7}`), Want: channel.RateLimited, RetryAfter: 7 * time.Second},
			{Name: "server error", Status: 500, Body: body(500, "Internal Server Error", ""), Want: channel.Transient},
			{Name: "proxy 502 page", Status: 502, Header: http.Header{"Content-Type": {"text/html"}}, Body: "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", Want: channel.Transient},
			{Name: "gateway timeout", Status: 504, Body: body(504, "Gateway Timeout", ""), Want: channel.Transient},
		},
	})
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestRetryAfterIsExact(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	fake.FailNext(1, telegramtest.Failure{Status: 429, RetryAfter: 37})
	ch := newChannel(t, fake.URL, nil)
	_, err := ch.Send(context.Background(), delivery())
	ce := channel.Classify(err)
	if ce.Reason != channel.RateLimited || ce.RetryAfter != 37*time.Second {
		t.Fatalf("got %v (%v), want rate_limited with RetryAfter 37s", ce.Reason, ce.RetryAfter)
	}
	if strings.Contains(err.Error(), telegramtest.DefaultToken) {
		t.Errorf("error leaks the token: %v", err)
	}
}

func TestGolden(t *testing.T) {
	long := delivery()
	long.Post.Summary = strings.Repeat("카카오의 주요 서비스들이 접속 장애를 일으키고 있다. ", 60)
	noImage := delivery()
	noImage.Post.ImageURL = ""
	tests := []struct {
		name string
		mod  func(*Config)
		d    channel.Delivery
	}{
		{"photo_caption", nil, delivery()},
		{"text_silent_topic", func(c *Config) { c.Chat, c.Topic, c.Silent, c.Image = "-1001234567890", 42, true, ImageNone }, delivery()},
		{"text_preview_above", func(c *Config) { c.LinkPreview = PreviewAbove }, noImage},
		{"text_preview_off_private", func(c *Config) { c.Chat, c.LinkPreview = "987654321", PreviewOff }, noImage},
		{"image_as_preview", func(c *Config) { c.Image = ImagePreview }, delivery()},
		{"long_text_preview", nil, long},
		{"long_text_split", func(c *Config) { c.LongText = LongTextSplit }, long},
		{"template", func(c *Config) { c.Template = "{{.Source}} ({{.Author}}) {{.Time}}\n{{.Summary}}" }, noImage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := newChannel(t, DefaultAPIURL, tt.mod)
			calls, err := ch.plan(tt.d)
			if err != nil {
				t.Fatal(err)
			}
			// Each request as sent: the method line, then its exact JSON body (indented for reading).
			var got bytes.Buffer
			for _, k := range calls {
				body, err := channel.JSON(k.fields)
				if err != nil {
					t.Fatal(err)
				}
				got.WriteString("POST " + ch.client.MethodURL(k.method) + "\n")
				if err := json.Indent(&got, body, "", "  "); err != nil {
					t.Fatal(err)
				}
				got.WriteString("\n")
			}
			path := filepath.Join("testdata", tt.name+".golden")
			if channeltest.Updating() {
				if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("request differs from %s:\n%s", path, got.String())
			}
			pv, err := ch.Preview(tt.d)
			if err != nil || pv.Method != calls[0].method || !strings.Contains(pv.URL, "/bot<redacted>/") {
				t.Errorf("Preview = %+v, %v", pv, err)
			}
		})
	}
}
