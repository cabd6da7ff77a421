package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"paperboy/bots/discord/discordtest"
	"paperboy/bots/telegram/telegramtest"
)

// writeConfig writes a config file into a temp dir and returns its path.
func writeConfig(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Issue 4: every new item exactly once per configured chat, every request valid, 429s honored,
// and a second run posts nothing.
func TestTelegramTwoChatsWith429(t *testing.T) {
	site, _ := newsSite(t, 4)
	tg := telegramtest.New()
	defer tg.Close()
	tg.FailNext(1, telegramtest.Failure{Status: 429, RetryAfter: 1})
	path := writeConfig(t, fmt.Sprintf(`store: { path: %s }
fetch: { allow_private: true }
sources:
  - { name: s, url: "%s/rss", backfill: all }
channels:
  - { name: tg-a, type: telegram, token: %q, chat: "@news", api_url: %s }
  - { name: tg-b, type: telegram, token: %q, chat: "-1001234567890", topic: 7, api_url: %s, silent: true }
`, filepath.Join(t.TempDir(), "pb.db"), site.URL, telegramtest.DefaultToken, tg.URL, telegramtest.DefaultToken, tg.URL))
	code, out, errs := runCLI(t, "run", "--config", path, "--once")
	if code != 0 || !strings.Contains(out, "run: 4 articles, 8 delivered, 0 duplicates skipped, 0 failed") {
		t.Fatalf("exit %d %q\n%s", code, out, errs)
	}
	perChat := map[string]int{}
	for _, m := range tg.Messages() {
		perChat[m.Chat]++
		if m.Chat == "-1001234567890" && (m.ThreadID != 7 || !m.Silent) {
			t.Errorf("topic/silent not applied: %+v", m)
		}
	}
	if perChat["@news"] != 4 || perChat["-1001234567890"] != 4 {
		t.Fatalf("messages per chat: %v", perChat)
	}
	if v := tg.Violations(); len(v) != 0 {
		t.Fatalf("requests inside a retry_after window: %+v", v)
	}
	rejected := 0
	for _, r := range tg.Requests() {
		if r.Status == 400 {
			rejected++
		}
	}
	if rejected != 0 {
		t.Fatalf("%d requests rejected as invalid", rejected)
	}
	code, out, _ = runCLI(t, "run", "--config", path, "--once")
	if code != 0 || !strings.Contains(out, " 0 delivered") || len(tg.Messages()) != 8 {
		t.Fatalf("second run: %q, %d messages", out, len(tg.Messages()))
	}
}

// Issue 5: every item once per channel as a valid embed with allowed_mentions, 429s honored, a
// second run posts nothing, and a bad token pauses its channel after one 401 while the others deliver.
func TestDiscordWebhookBotAndBadToken(t *testing.T) {
	site, _ := newsSite(t, 3)
	dc := discordtest.NewServer(discordtest.Options{})
	defer dc.Close()
	hook := dc.AddWebhook()
	dc.AddBot("good-bot-token-123456")
	chanID := dc.AddChannel()
	dc.RateLimitNext(700*time.Millisecond, false)
	db := filepath.Join(t.TempDir(), "pb.db")
	path := writeConfig(t, fmt.Sprintf(`store: { path: %s }
fetch: { allow_private: true }
sources:
  - { name: s, url: "%s/rss", backfill: all }
channels:
  - { name: dc-hook, type: discord, webhook: %q }
  - { name: dc-bot, type: discord, mode: bot, token: "good-bot-token-123456", channel_id: %q, api_url: %q }
  - { name: dc-bad, type: discord, mode: bot, token: "revoked-token-654321", channel_id: %q, api_url: %q }
`, db, site.URL, dc.WebhookURL(hook), chanID, dc.URL, chanID, dc.URL))
	code, out, errs := runCLI(t, "run", "--config", path, "--once", "--drain-timeout", "20s")
	// dc-bad's three deliveries wait while it is paused: they count as not delivered.
	if code != 1 || !strings.Contains(out, "run: 3 articles, 6 delivered, 0 duplicates skipped, 3 failed") {
		t.Fatalf("exit %d %q\n%s", code, out, errs)
	}
	per := map[string]int{}
	for _, m := range dc.Messages() {
		key := "bot"
		if m.WebhookID != "" {
			key = "hook"
		}
		per[key]++
		if m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0 {
			t.Errorf("allowed_mentions missing or not empty: %s", m.Body)
		}
		if len(m.Embeds) != 1 || m.Embeds[0].Title == "" || m.Embeds[0].URL == "" {
			t.Errorf("not one linked embed: %s", m.Body)
		}
	}
	if per["hook"] != 3 || per["bot"] != 3 {
		t.Fatalf("messages: %v", per)
	}
	if n := dc.InvalidRequests(); n != 2 { // the one 429 and the one 401
		t.Errorf("invalid requests = %d, want 2 (one 429, one 401: a bad token must not loop)", n)
	}
	if v := dc.Violations(); len(v) != 0 {
		t.Errorf("requests inside a retry window: %+v", v)
	}
	if !strings.Contains(errs, "channel paused: the platform refused it") || !strings.Contains(errs, `"fix":"check the channel's credentials`) {
		t.Errorf("no pause logged with what to fix:\n%s", errs)
	}
	_, out, _ = runCLI(t, "run", "--config", path, "--once", "--drain-timeout", "2s")
	if !strings.Contains(out, " 0 delivered") || len(dc.Messages()) != 6 || dc.InvalidRequests() != 2 {
		t.Fatalf("second run: %q, %d messages, %d invalid", out, len(dc.Messages()), dc.InvalidRequests())
	}
}
