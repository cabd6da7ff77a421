package telegramtest

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

func updates(t *testing.T, a answer) []models.Update {
	t.Helper()
	var us []models.Update
	if err := json.Unmarshal(a.Result, &us); err != nil {
		t.Fatalf("result %s: %v", a.Result, err)
	}
	return us
}

func TestGetUpdates(t *testing.T) {
	s := New()
	defer s.Close()
	id1 := s.PushMessage(42, 42, "/push https://example.com/a")
	id2 := s.PushCallback(42, 42, 7, "publish:abc")
	_, a := call(t, s, "getUpdates", map[string]any{"offset": 0})
	us := updates(t, a)
	if len(us) != 2 || us[0].ID != id1 || us[1].ID != id2 {
		t.Fatalf("updates %+v", us)
	}
	if m := us[0].Message; m == nil || m.Text != "/push https://example.com/a" || m.From.ID != 42 || m.Chat.Type != "private" ||
		len(m.Entities) != 1 || m.Entities[0].Type != models.MessageEntityTypeBotCommand || m.Entities[0].Length != 5 {
		t.Errorf("message update %+v", us[0].Message)
	}
	if cq := us[1].CallbackQuery; cq == nil || cq.Data != "publish:abc" || cq.From.ID != 42 {
		t.Errorf("callback update %+v", us[1].CallbackQuery)
	}
	// Asking from id2 confirms id1: it is gone for good.
	_, a = call(t, s, "getUpdates", map[string]any{"offset": id2})
	if us := updates(t, a); len(us) != 1 || us[0].ID != id2 {
		t.Errorf("after offset: %+v", us)
	}
	_, a = call(t, s, "getUpdates", map[string]any{"offset": id2 + 1})
	if us := updates(t, a); len(us) != 0 || s.PendingUpdates() != 0 {
		t.Errorf("after confirming all: %+v pending %d", us, s.PendingUpdates())
	}
}

func TestGetUpdatesLongPoll(t *testing.T) {
	s := New()
	defer s.Close()
	got := make(chan []models.Update, 1)
	go func() {
		// No t.Fatal off the test goroutine: a failed poll shows up as an empty result.
		var us []models.Update
		resp, err := http.Post(s.URL+"/bot"+DefaultToken+"/getUpdates", "application/json", strings.NewReader(`{"timeout":30}`))
		if err == nil {
			var a answer
			_ = json.NewDecoder(resp.Body).Decode(&a)
			resp.Body.Close()
			_ = json.Unmarshal(a.Result, &us)
		}
		got <- us
	}()
	// Whether the poll arrives before or after the push, it must return the update.
	id := s.PushUpdate(models.Update{Message: &models.Message{ID: 1, Text: "/status", Chat: models.Chat{ID: 5, Type: "private"}}})
	us := <-got
	if len(us) != 1 || us[0].ID != id || us[0].Message.Text != "/status" {
		t.Errorf("long poll returned %+v", us)
	}
}

func TestWebhookConflictsWithPolling(t *testing.T) {
	s := New()
	defer s.Close()
	if code, _ := call(t, s, "setWebhook", map[string]any{"url": "https://bot.example.com/tg/x1", "secret_token": "s"}); code != 200 || s.Webhook() == "" {
		t.Fatalf("setWebhook: %d", code)
	}
	if code, a := call(t, s, "getUpdates", nil); code != 409 || a.ErrorCode != 409 {
		t.Errorf("getUpdates with a webhook: %d %q", code, a.Description)
	}
	call(t, s, "deleteWebhook", nil)
	if code, _ := call(t, s, "getUpdates", nil); code != 200 {
		t.Errorf("getUpdates after deleteWebhook: %d", code)
	}
}

func TestEditorMethods(t *testing.T) {
	s := New()
	defer s.Close()
	b, err := bot.New(DefaultToken, bot.WithServerURL(s.URL), bot.WithSkipGetMe())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := b.SetMyCommands(ctx, &bot.SetMyCommandsParams{Commands: []models.BotCommand{
		{Command: "push", Description: "기사 URL을 게시합니다"}, {Command: "status", Description: "상태"},
	}}); err != nil {
		t.Fatalf("setMyCommands: %v", err)
	}
	if c := s.Commands(); len(c) != 2 || c[0].Command != "push" || c[0].Description != "기사 URL을 게시합니다" {
		t.Errorf("commands %+v", c)
	}
	if _, err := b.SetMyCommands(ctx, &bot.SetMyCommandsParams{Commands: []models.BotCommand{{Command: "Push!", Description: "x"}}}); err == nil {
		t.Error("an invalid command name was accepted")
	}
	kb := &models.InlineKeyboardMarkup{InlineKeyboard: [][]models.InlineKeyboardButton{{{Text: "Publish", CallbackData: "pub:1"}, {Text: "Cancel", CallbackData: "cancel:1"}}}}
	m, err := b.SendMessage(ctx, &bot.SendMessageParams{ChatID: 42, Text: "<b>미리보기</b>", ParseMode: models.ParseModeHTML, ReplyMarkup: kb})
	if err != nil {
		t.Fatalf("sendMessage: %v", err)
	}
	if got := s.Messages()[0].ReplyMarkup; got == "" || !json.Valid([]byte(got)) {
		t.Errorf("reply_markup not recorded: %q", got)
	}
	if _, err := b.AnswerCallbackQuery(ctx, &bot.AnswerCallbackQueryParams{CallbackQueryID: "cb9", Text: "게시했습니다"}); err != nil {
		t.Fatalf("answerCallbackQuery: %v", err)
	}
	if a := s.CallbackAnswers(); len(a) != 1 || a[0].ID != "cb9" || a[0].Text != "게시했습니다" {
		t.Errorf("answers %+v", a)
	}
	if _, err := b.EditMessageText(ctx, &bot.EditMessageTextParams{ChatID: 42, MessageID: m.ID, Text: "게시됨", ParseMode: models.ParseModeHTML}); err != nil {
		t.Fatalf("editMessageText: %v", err)
	}
	if got := s.Messages()[0]; got.Text != "게시됨" || got.Edits != 1 || got.ReplyMarkup != "" {
		t.Errorf("edited message %+v", got)
	}
	if _, err := b.EditMessageText(ctx, &bot.EditMessageTextParams{ChatID: 42, MessageID: m.ID, Text: "게시됨", ParseMode: models.ParseModeHTML}); err == nil {
		t.Error("an unchanged edit was accepted (Telegram answers 'message is not modified')")
	}
	if _, err := b.EditMessageText(ctx, &bot.EditMessageTextParams{ChatID: 42, MessageID: 999, Text: "x"}); err == nil {
		t.Error("editing a missing message was accepted")
	}
}
