package editorbot

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/time/rate"

	"paperboy/bots/telegram"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

// chatConfig is a configuration whose editor bot talks to apiURL.
func chatConfig(t *testing.T, editors string) *config.Config {
	t.Helper()
	cfg, err := config.Parse("c.yaml", []byte(`
sources: [{ name: s, url: "https://example.com/rss" }]
channels: [{ name: c, type: console }]
`+editors), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestChatChannelPostsWithTheEditorBot(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	cfg := chatConfig(t, `editors: { telegram: { token: "`+telegramtest.DefaultToken+`", users: [42], api_url: "`+fake.URL+`" } }`)

	ch, err := ChatChannel(cfg, "-1001234567890", optsNoop())
	if err != nil {
		t.Fatal(err)
	}
	if ch.Name() != "telegram:-1001234567890" {
		t.Errorf("name %q", ch.Name())
	}
	if _, err := ch.Send(context.Background(), channel.Delivery{Key: "k1", Post: channeltest.SamplePost(), Attempt: 1}); err != nil {
		t.Fatal(err)
	}
	msgs := fake.Messages()
	if len(msgs) != 1 || msgs[0].ChatID != -1001234567890 {
		t.Fatalf("messages %+v, want one in the group", msgs)
	}

	// The bot-wide budget is the one a configured channel with the same token uses.
	configured, err := telegram.New(telegram.Config{Token: telegramtest.DefaultToken, Chat: "@news", APIURL: fake.URL}, optsNoop())
	if err != nil {
		t.Fatal(err)
	}
	wantKey, wantRate, wantBurst := configured.CredentialKey()
	key, r, burst := ch.(channel.Keyed).CredentialKey()
	if key != wantKey || r != wantRate || burst != wantBurst || strings.Contains(key, telegramtest.DefaultToken) {
		t.Errorf("credential key %q %v %d, want %q %v %d", key, r, burst, wantKey, wantRate, wantBurst)
	}

	// Telegram's per-chat limits: 20/min in a group or channel, 1/s in a private chat.
	if l := ch.Limits(); l.Rate != rate.Limit(20.0/60.0) {
		t.Errorf("group limit %v, want 20/min", l.Rate)
	}
	dm, err := ChatChannel(cfg, "777", channel.Options{Name: "reader-777", Logger: optsNoop().Logger})
	if err != nil {
		t.Fatal(err)
	}
	if l := dm.Limits(); l.Rate != 1 || l.Burst != 1 || dm.Name() != "reader-777" {
		t.Errorf("private chat %q: limit %v/%d, want 1/s", dm.Name(), l.Rate, l.Burst)
	}
	if _, err := dm.Send(context.Background(), channel.Delivery{Key: "k2", Post: channeltest.SamplePost(), Attempt: 1}); err != nil {
		t.Fatal(err)
	}
	if msgs := fake.Messages(); len(msgs) != 2 || msgs[1].ChatID != 777 {
		t.Fatalf("messages %+v, want the second in the private chat", msgs)
	}
}

func TestChatChannelRefusals(t *testing.T) {
	off := chatConfig(t, "")
	if _, err := ChatChannel(off, "777", optsNoop()); err == nil || !strings.Contains(err.Error(), "editors.telegram") {
		t.Errorf("without the editor bot: %v", err)
	}
	on := chatConfig(t, `editors: { telegram: { token: "`+telegramtest.DefaultToken+`", users: [42] } }`)
	for _, id := range []string{"", "0", "@news", "12x"} {
		if _, err := ChatChannel(on, id, optsNoop()); err == nil {
			t.Errorf("chat %q accepted", id)
		}
	}
}
