package telegramtest

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestEditCaptionAndText(t *testing.T) {
	s := New()
	defer s.Close()
	kb := `{"inline_keyboard":[[{"text":"Publish","callback_data":"pub:1"}]]}`
	call(t, s, "sendPhoto", map[string]any{"chat_id": 42, "photo": "https://img.example/a.jpg", "caption": "<b>제목</b>", "parse_mode": "HTML", "reply_markup": json.RawMessage(kb)})
	call(t, s, "sendMessage", map[string]any{"chat_id": 42, "text": "plain"})
	photo, text := s.Messages()[0], s.Messages()[1]

	tests := []struct {
		name, method string
		fields       map[string]any
		code         int
		desc         string
	}{
		{"text of a photo", "editMessageText", map[string]any{"chat_id": 42, "message_id": photo.ID, "text": "x"}, 400, "there is no text in the message to edit"},
		{"caption of a text", "editMessageCaption", map[string]any{"chat_id": 42, "message_id": text.ID, "caption": "x"}, 400, "there is no caption in the message to edit"},
		{"missing message", "editMessageCaption", map[string]any{"chat_id": 42, "message_id": 99, "caption": "x"}, 400, "message to edit not found"},
		{"caption too long", "editMessageCaption", map[string]any{"chat_id": 42, "message_id": photo.ID, "caption": strings.Repeat("가", CaptionMax+1)}, 400, "message caption is too long"},
		{"bad markup", "editMessageCaption", map[string]any{"chat_id": 42, "message_id": photo.ID, "caption": "<b>x", "parse_mode": "HTML"}, 400, "can't parse entities"},
		{"caption edited", "editMessageCaption", map[string]any{"chat_id": 42, "message_id": photo.ID, "caption": "게시 &amp; 완료", "parse_mode": "HTML"}, 200, ""},
		{"unchanged", "editMessageCaption", map[string]any{"chat_id": 42, "message_id": photo.ID, "caption": "게시 &amp; 완료", "parse_mode": "HTML"}, 400, "message is not modified"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, a := call(t, s, tc.method, tc.fields)
			if code != tc.code || !strings.Contains(a.Description, tc.desc) {
				t.Errorf("%s: %d %q, want %d %q", tc.method, code, a.Description, tc.code, tc.desc)
			}
		})
	}
	if m := s.Messages()[0]; m.Text != "게시 & 완료" || m.ReplyMarkup != "" || m.Edits != 1 {
		t.Errorf("edited photo %+v: caption replaced, keyboard removed, one edit", m)
	}
}

func TestCallbackCarriesMessage(t *testing.T) {
	s := New()
	defer s.Close()
	kb := `{"inline_keyboard":[[{"text":"Publish","callback_data":"pub:1"}]]}`
	call(t, s, "sendPhoto", map[string]any{"chat_id": 42, "photo": "https://img.example/a.jpg", "caption": "제목", "reply_markup": json.RawMessage(kb)})
	s.PushCallback(42, 42, s.Messages()[0].ID, "pub:1")
	s.PushCallback(42, 42, 77, "pub:2") // a message the fake never sent
	_, a := call(t, s, "getUpdates", nil)
	us := updates(t, a)
	if len(us) != 2 {
		t.Fatalf("updates %+v", us)
	}
	m := us[0].CallbackQuery.Message.Message
	if m == nil || len(m.Photo) == 0 || m.Caption != "제목" || m.ReplyMarkup == nil || m.ReplyMarkup.InlineKeyboard[0][0].CallbackData != "pub:1" {
		t.Errorf("callback message %+v: want the photo, caption and keyboard", m)
	}
	if m := us[1].CallbackQuery.Message.Message; m == nil || m.ID != 77 || m.Chat.ID != 42 {
		t.Errorf("unknown message %+v: want id and chat only", m)
	}
}
