package telegramtest

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// DeleteWindow is how long after sending a bot may delete its message (Bot API deleteMessage:
// "a message can only be deleted if it was sent less than 48 hours ago").
const DeleteWindow = 48 * time.Hour

// AddForeignMessage records a message someone else wrote in chat (a user, another bot) and
// returns its id: the bot may neither edit it nor, in a channel, delete it.
func (s *Server) AddForeignMessage(chat int64, text string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextMsgID[chat]++
	m := Message{ID: s.nextMsgID[chat], ChatID: chat, Chat: strconv.FormatInt(chat, 10), Method: "foreign",
		Text: text, HTML: text, Time: s.now(), Foreign: true}
	s.messages = append(s.messages, m)
	return m.ID
}

// deleteMessage removes a message the bot sent less than 48 hours ago.
func (s *Server) deleteMessage(c *Chat, _ string, p params, _ []Upload) (int, any) {
	m := s.findMessage(c.ID, p["message_id"])
	if m == nil {
		return badRequest("message to delete not found")
	}
	if m.Foreign && c.Type == "channel" {
		return badRequest("message can't be deleted")
	}
	if s.now().Sub(m.Time) >= DeleteWindow {
		return badRequest("message can't be deleted for everyone")
	}
	m.Deleted = true
	return ok(true)
}

// editMessageMedia replaces the photo (and caption) of a photo message the bot sent.
func (s *Server) editMessageMedia(c *Chat, _ string, p params, _ []Upload) (int, any) {
	m := s.findMessage(c.ID, p["message_id"])
	if m == nil {
		return badRequest("message to edit not found")
	}
	if m.Foreign {
		return badRequest("message can't be edited")
	}
	var media struct {
		Type      string `json:"type"`
		Media     string `json:"media"`
		Caption   string `json:"caption"`
		ParseMode string `json:"parse_mode"`
	}
	if err := json.Unmarshal([]byte(p["media"]), &media); err != nil || media.Media == "" {
		return badRequest("can't parse InputMedia: media not found")
	}
	if !strings.EqualFold(media.Type, "photo") {
		return badRequest("wrong type of the web page content")
	}
	if m.Photo == "" {
		// A text message cannot become a media message.
		return badRequest("there is no media in the message to edit")
	}
	plain, desc := render(media.Caption, media.ParseMode, CaptionMax, "caption")
	if desc != "" {
		return badRequest(desc)
	}
	if media.Media == m.Photo && media.Caption == m.HTML && p["reply_markup"] == m.ReplyMarkup {
		return badRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
	}
	m.Photo, m.HTML, m.Text, m.ParseMode, m.ReplyMarkup = media.Media, media.Caption, plain, media.ParseMode, p["reply_markup"]
	m.Edits++
	out := s.messageJSON(c, m)
	out["edit_date"] = s.now().Unix()
	return ok(out)
}
