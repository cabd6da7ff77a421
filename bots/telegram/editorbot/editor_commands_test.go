package editorbot

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/go-telegram/bot/models"

	"paperboy/core/editor"
)

func TestEditorAddressingAndOddUpdates(t *testing.T) {
	const group = -1001234567890
	h := newHarness(t, nil)
	h.run(t)
	editorUser := models.User{ID: editorID, FirstName: "Ed"}
	chat := models.Chat{ID: group, Type: "supergroup"}
	// None of these is an editor command this bot runs; each must be ignored without a reply
	// or a panic, but for the channel's post and the anonymous admin: both are the chat's
	// admins (reader and community commands), nobody on the editors list, so they are refused.
	h.fake.PushMessage(group, editorID, "/push@OtherBot https://news.example/a")
	h.fake.PushMessage(group, editorID, "hello /push https://news.example/a")
	h.fake.PushUpdate(models.Update{EditedMessage: &models.Message{ID: 90, Chat: chat, From: &editorUser, Text: "/push https://news.example/a"}})
	h.fake.PushUpdate(models.Update{ChannelPost: &models.Message{ID: 91, Chat: models.Chat{ID: -1009, Type: "channel"}, Text: "/status"}})
	h.fake.PushUpdate(models.Update{Message: &models.Message{ID: 92, Chat: chat, SenderChat: &chat, Text: "/status"}}) // anonymous admin, no from
	h.fake.PushUpdate(models.Update{Message: &models.Message{ID: 93, Chat: chat, From: &models.User{ID: 555, IsBot: true}, Text: "/status"}})
	h.fake.PushUpdate(models.Update{Message: &models.Message{ID: 94, Chat: chat, From: &editorUser, Caption: "/status", Photo: []models.PhotoSize{{FileID: "x"}}}})
	h.fake.PushUpdate(models.Update{Message: &models.Message{ID: 95, Chat: chat, From: &editorUser, Text: "/status",
		ForwardOrigin: &models.MessageOrigin{Type: models.MessageOriginTypeUser, MessageOriginUser: &models.MessageOriginUser{Type: "user", SenderUser: editorUser}}}})
	h.fake.PushUpdate(models.Update{CallbackQuery: &models.CallbackQuery{ID: "", From: editorUser, Data: "pub:x"}})
	h.fake.PushUpdate(models.Update{MessageReaction: &models.MessageReactionUpdated{Chat: chat}})
	// Updates are handled in order: once this is answered, everything above was handled.
	h.fake.PushMessage(group, editorID, "/status@Paperboy_Test_Bot")
	waitFor(t, "the /status answer", func() bool {
		got := replies(h.fake, group)
		return len(got) > 0 && strings.HasPrefix(got[len(got)-1].Text, "Sources:")
	})
	got := replies(h.fake, group)
	if len(got) != 2 || !strings.Contains(got[0].Text, "not allowed") || !strings.HasPrefix(got[1].Text, "Sources:") {
		t.Fatalf("replies %+v: want the anonymous admin refused, then only the /status answer", got)
	}
	if got := replies(h.fake, -1009); len(got) != 1 || !strings.Contains(got[0].Text, "not allowed") {
		t.Fatalf("channel replies %+v: want the channel post's /status refused", got)
	}
	if previews, _ := h.fb.counts(); previews != 0 {
		t.Errorf("%d previews fetched for commands that were not ours", previews)
	}
	if strings.Contains(h.logs.String(), "update handler failed") {
		t.Errorf("a handler panicked:\n%s", h.logs.String())
	}
}

func TestEditorCommandsRegistered(t *testing.T) {
	h := newHarness(t, nil)
	h.run(t)
	// /help from a user whose Telegram is in Korean is answered in Korean.
	h.fake.PushUpdate(models.Update{Message: &models.Message{ID: 1, Chat: models.Chat{ID: editorID, Type: "private"},
		From: &models.User{ID: editorID, FirstName: "편집자", LanguageCode: "ko"}, Text: "/help"}})
	waitFor(t, "the help", func() bool { return len(replies(h.fake, editorID)) == 1 })
	if got := replies(h.fake, editorID)[0].Text; !strings.HasPrefix(got, "paperboy 편집자 명령:") || !strings.Contains(got, "/push — 기사를") {
		t.Errorf("korean help %q", got)
	}

	var regs []map[string]string
	var order []string
	for _, r := range h.fake.Requests() {
		order = append(order, r.Method)
		if r.Method == "setMyCommands" {
			regs = append(regs, r.Params)
		}
	}
	if len(regs) != 2 {
		t.Fatalf("setMyCommands called %d times, want 2 (en default, ko)", len(regs))
	}
	for i, lang := range []string{"", "ko"} {
		if regs[i]["language_code"] != lang {
			t.Errorf("registration %d language_code %q, want %q", i, regs[i]["language_code"], lang)
		}
		var cmds []struct{ Command, Description string }
		if err := json.Unmarshal([]byte(regs[i]["commands"]), &cmds); err != nil {
			t.Fatal(err)
		}
		want := editor.Commands(lang)
		if len(cmds) != len(want) {
			t.Fatalf("%d commands for %q, want %d", len(cmds), lang, len(want))
		}
		for j, c := range cmds {
			if c.Command != want[j].Name || c.Description != want[j].Description {
				t.Errorf("%q command %d = %+v, want %+v", lang, j, c, want[j])
			}
		}
	}
	// getMe first (for the bot's name), and the webhook removed before polling starts.
	if strings.Join(order[:5], " ") != "getMe setMyCommands setMyCommands deleteWebhook getUpdates" {
		t.Errorf("request order %v", order)
	}
}

func TestEditorRepliesAreEscapedText(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Lang = "en" })
	h.fb.statusErr = errors.New("store: redis <down> & out")
	h.run(t)
	h.fake.PushMessage(editorID, editorID, "/status")
	h.fake.PushMessage(editorID, editorID, "/preview https://127.0.0.1/x")
	h.fake.PushMessage(editorID, editorID, "/preview https://news.example/a")
	waitFor(t, "three answers", func() bool { return len(replies(h.fake, editorID)) == 3 })
	got := replies(h.fake, editorID)
	for i, want := range []string{"Failed: store: redis <down> & out", "Failed: fetch: refusing to connect to private address 127.0.0.1 <&>"} {
		if got[i].Method != "sendMessage" || got[i].ParseMode != "HTML" || got[i].Text != want {
			t.Errorf("answer %d: %s %q, want the text %q", i, got[i].Method, got[i].Text, want)
		}
	}
	// /preview shows the post without buttons.
	if got[2].Method != "sendPhoto" || got[2].ReplyMarkup != "" || !strings.HasPrefix(got[2].Text, "카카오 <서비스> 장애 & 복구") {
		t.Errorf("preview %s %q markup %q", got[2].Method, got[2].Text, got[2].ReplyMarkup)
	}
}

func TestEditorConfig(t *testing.T) {
	ok := Config{Token: "1:AA", Mode: "webhook", SecretToken: "s_1-x", PublicURL: "https://bot.example.com/"}
	tests := []struct {
		name string
		mod  func(*Config)
		want string // "" = valid
	}{
		{"webhook", func(*Config) {}, ""},
		{"polling needs no secret", func(c *Config) { c.Mode, c.SecretToken, c.PublicURL = "", "", "" }, ""},
		{"bad token", func(c *Config) { c.Token = "nope" }, "token must look like"},
		{"bad mode", func(c *Config) { c.Mode = "push" }, `mode "push"`},
		{"no secret", func(c *Config) { c.SecretToken = "" }, "secret_token"},
		{"secret with spaces", func(c *Config) { c.SecretToken = "a b" }, "secret_token"},
		{"no public url", func(c *Config) { c.PublicURL = "" }, "public_url"},
		{"bad lang", func(c *Config) { c.Lang = "jp" }, `lang "jp"`},
		{"bad api url", func(c *Config) { c.APIURL = "ftp://x" }, "api_url"},
	}
	svc := editor.New(&fakeBackend{}, nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := ok
			tc.mod(&cfg)
			_, err := New(cfg, svc, optsNoop())
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want it to mention %q", err, tc.want)
			}
			if err != nil && strings.Contains(err.Error(), cfg.SecretToken) && cfg.SecretToken != "" {
				t.Errorf("error echoes the secret: %v", err)
			}
		})
	}
	if _, err := New(ok, nil, optsNoop()); err == nil {
		t.Error("a bot without an editor service was built")
	}
}
