package telegramtest

import (
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Text limits of the Bot API, in UTF-16 code units after entity parsing.
const (
	TextMax    = 4096
	CaptionMax = 1024
)

// Message is one message the fake accepted.
type Message struct {
	ID           int       // message_id, counted per chat from 1
	ChatID       int64     // resolved chat id
	Chat         string    // chat_id exactly as the client sent it
	ThreadID     int       // message_thread_id (forum topic), 0 if none
	Method       string    // "sendMessage", "sendPhoto"…
	Text         string    // what a reader sees: text or caption with markup removed
	HTML         string    // text or caption exactly as sent
	ParseMode    string    // parse_mode as sent
	Photo        string    // sendPhoto: the URL, file_id or "upload:<filename>"
	Silent       bool      // disable_notification
	LinkPreview  string    // link_preview_options as JSON text, "" if absent
	ReplyMarkup  string    // reply_markup as JSON text, "" if absent
	Edits        int       // how many times editMessageText changed it
	Time         time.Time // server clock when accepted
	Deleted      bool      // removed by deleteMessage: no longer found by edits or deletes
	Foreign      bool      // written by someone else (AddForeignMessage): the bot may not edit it
	Document     string    // sendDocument: the file name
	DocumentData []byte    // sendDocument: the file's bytes

	file string // sendDocument: the stored file's id
}

// Messages returns the accepted messages in order (edits are applied in place).
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// method is one Bot API method the fake implements; chat methods go through chat resolution,
// flood control and injected failures first.
type method struct {
	chat   bool
	chatFn func(s *Server, c *Chat, name string, p params, ups []Upload) (int, any)
	fn     func(s *Server, r *http.Request, p params) (int, any)
}

// lookup finds a method by name; the API treats method names case-insensitively.
func lookup(name string) (method, bool) {
	switch strings.ToLower(name) {
	case "getme":
		return method{fn: (*Server).getMe}, true
	case "sendmessage", "sendphoto":
		return method{chat: true, chatFn: (*Server).sendMessage}, true
	case "editmessagetext":
		return method{chat: true, chatFn: (*Server).editMessageText}, true
	case "editmessagecaption":
		return method{chat: true, chatFn: (*Server).editMessageCaption}, true
	case "editmessagemedia":
		return method{chat: true, chatFn: (*Server).editMessageMedia}, true
	case "deletemessage":
		return method{chat: true, chatFn: (*Server).deleteMessage}, true
	case "senddocument":
		return method{chat: true, chatFn: (*Server).sendDocument}, true
	case "getchatmember":
		return method{chat: true, chatFn: (*Server).getChatMember}, true
	case "getfile":
		return method{fn: (*Server).getFile}, true
	case "getupdates":
		return method{fn: (*Server).getUpdates}, true
	case "setmycommands":
		return method{fn: (*Server).setMyCommands}, true
	case "getmycommands":
		return method{fn: (*Server).getMyCommands}, true
	case "deletemycommands":
		return method{fn: (*Server).deleteMyCommands}, true
	case "answercallbackquery":
		return method{fn: (*Server).answerCallbackQuery}, true
	case "setwebhook":
		return method{fn: (*Server).setWebhook}, true
	case "deletewebhook":
		return method{fn: (*Server).deleteWebhook}, true
	case "getwebhookinfo":
		return method{fn: (*Server).getWebhookInfo}, true
	}
	return method{}, false
}

func (s *Server) getMe(_ *http.Request, _ params) (int, any) {
	return ok(map[string]any{
		"id": s.botID(), "is_bot": true, "first_name": "Paperboy Test", "username": s.botName,
		"can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
	})
}

// botID is the numeric prefix of the first accepted token, as on Telegram.
func (s *Server) botID() int64 {
	for t := range s.tokens {
		if id, err := strconv.ParseInt(strings.SplitN(t, ":", 2)[0], 10, 64); err == nil {
			return id
		}
	}
	return 1
}

// render validates text per parse_mode and limit, returning the plain text or a 400 description.
func render(text, parseMode string, limit int, what string) (string, string) {
	if !utf8.ValidString(text) {
		return "", "strings must be encoded in UTF-8"
	}
	plain := text
	switch strings.ToLower(parseMode) {
	case "html":
		var err error
		if plain, err = ParseHTML(text); err != nil {
			return "", "can't parse entities: " + err.Error()
		}
	case "", "markdown", "markdownv2":
		// Markdown is not modelled: the text counts as sent.
	default:
		return "", "unsupported parse_mode"
	}
	if Length(plain) > limit {
		if what == "caption" {
			return "", "message caption is too long"
		}
		return "", "message is too long"
	}
	return plain, ""
}

// Length counts s in UTF-16 code units, as Telegram measures text after entity parsing.
func Length(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// sendMessage serves sendMessage and sendPhoto.
func (s *Server) sendMessage(c *Chat, name string, p params, _ []Upload) (int, any) {
	m := Message{Chat: p["chat_id"], ChatID: c.ID, Method: name, ParseMode: p["parse_mode"],
		Silent: p.flag("disable_notification"), LinkPreview: p["link_preview_options"], ReplyMarkup: p["reply_markup"]}
	if v := p["message_thread_id"]; v != "" {
		tid, err := strconv.Atoi(v)
		if err != nil || tid <= 0 {
			return badRequest("message thread not found")
		}
		if !c.auto && !(c.Type == "supergroup" && c.IsForum) {
			// Registered chats have topics only when they are forums; auto-created ones accept any.
			return badRequest("message thread not found")
		}
		m.ThreadID = tid
	}
	if strings.EqualFold(name, "sendPhoto") {
		m.Photo = p["photo"]
		if m.Photo == "" {
			return badRequest("there is no photo in the request")
		}
		m.HTML = p["caption"]
		plain, desc := render(m.HTML, m.ParseMode, CaptionMax, "caption")
		if desc != "" {
			return badRequest(desc)
		}
		m.Text = plain
	} else {
		m.HTML = p["text"]
		plain, desc := render(m.HTML, m.ParseMode, TextMax, "text")
		if desc != "" {
			return badRequest(desc)
		}
		if strings.TrimSpace(plain) == "" {
			return badRequest("message text is empty")
		}
		m.Text = plain
	}
	return s.accept(c, m)
}

// accept numbers m in its chat, keeps it and answers the sent Message; with s.mu held.
func (s *Server) accept(c *Chat, m Message) (int, any) {
	s.nextMsgID[c.ID]++
	m.ID = s.nextMsgID[c.ID]
	m.Time = s.now()
	s.messages = append(s.messages, m)
	s.sentAt[c.ID] = append(s.sentAt[c.ID], m.Time)
	return ok(s.messageJSON(c, &m))
}

// editMessageText changes the text (and markup) of a message the bot sent.
func (s *Server) editMessageText(c *Chat, _ string, p params, _ []Upload) (int, any) {
	m := s.findMessage(c.ID, p["message_id"])
	if m == nil {
		return badRequest("message to edit not found")
	}
	if m.Foreign {
		return badRequest("message can't be edited")
	}
	if m.Photo != "" {
		// A photo message has a caption, not text: Telegram wants editMessageCaption.
		return badRequest("there is no text in the message to edit")
	}
	plain, desc := render(p["text"], p["parse_mode"], TextMax, "text")
	if desc != "" {
		return badRequest(desc)
	}
	if strings.TrimSpace(plain) == "" {
		return badRequest("message text is empty")
	}
	if p["text"] == m.HTML && p["reply_markup"] == m.ReplyMarkup {
		return badRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
	}
	m.HTML, m.Text, m.ParseMode, m.ReplyMarkup = p["text"], plain, p["parse_mode"], p["reply_markup"]
	m.Edits++
	out := s.messageJSON(c, m)
	out["edit_date"] = s.now().Unix()
	return ok(out)
}

// editMessageCaption changes the caption (and markup) of a photo message the bot sent.
func (s *Server) editMessageCaption(c *Chat, _ string, p params, _ []Upload) (int, any) {
	m := s.findMessage(c.ID, p["message_id"])
	if m == nil {
		return badRequest("message to edit not found")
	}
	if m.Foreign {
		return badRequest("message can't be edited")
	}
	if m.Photo == "" {
		return badRequest("there is no caption in the message to edit")
	}
	plain, desc := render(p["caption"], p["parse_mode"], CaptionMax, "caption")
	if desc != "" {
		return badRequest(desc)
	}
	if p["caption"] == m.HTML && p["reply_markup"] == m.ReplyMarkup {
		return badRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
	}
	m.HTML, m.Text, m.ParseMode, m.ReplyMarkup = p["caption"], plain, p["parse_mode"], p["reply_markup"]
	m.Edits++
	out := s.messageJSON(c, m)
	out["edit_date"] = s.now().Unix()
	return ok(out)
}

// findMessage is the accepted message id (as a parameter) in chat, or nil; with s.mu held.
func (s *Server) findMessage(chat int64, id string) *Message {
	n, err := strconv.Atoi(id)
	if err != nil {
		return nil
	}
	for i := range s.messages {
		if s.messages[i].ChatID == chat && s.messages[i].ID == n && !s.messages[i].Deleted {
			return &s.messages[i]
		}
	}
	return nil
}

// messageJSON is the Message object the API returns for m.
func (s *Server) messageJSON(c *Chat, m *Message) map[string]any {
	out := map[string]any{"message_id": m.ID, "date": m.Time.Unix(), "chat": c.chatJSON()}
	if c.Type == "channel" {
		out["sender_chat"] = c.chatJSON()
	} else {
		out["from"] = map[string]any{"id": s.botID(), "is_bot": true, "first_name": "Paperboy Test", "username": s.botName}
	}
	if m.ThreadID != 0 {
		out["message_thread_id"] = m.ThreadID
		out["is_topic_message"] = true
	}
	if f, ok := s.files[m.file]; ok {
		out["document"] = f.documentJSON()
		if m.Text != "" {
			out["caption"] = m.Text
		}
		return out
	}
	if m.Photo != "" {
		out["photo"] = []map[string]any{{"file_id": "photo-" + strconv.Itoa(m.ID), "file_unique_id": "u" + strconv.Itoa(m.ID), "width": 800, "height": 450}}
		if m.Text != "" {
			out["caption"] = m.Text
		}
	} else {
		out["text"] = m.Text
	}
	return out
}
