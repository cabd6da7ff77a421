package telegramtest

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot/models"
)

// Command is one bot command as setMyCommands registered it.
type Command struct {
	Command     string `json:"command"`
	Description string `json:"description"`
}

// CallbackAnswer is one answerCallbackQuery call.
type CallbackAnswer struct {
	ID        string // callback_query_id
	Text      string
	ShowAlert bool
}

// PushUpdate queues u for getUpdates, assigning its update_id (returned).
func (s *Server) PushUpdate(u models.Update) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	u.ID = s.nextUpdate
	raw, err := json.Marshal(u)
	if err != nil {
		return 0
	}
	return s.queue(raw)
}

// PushMessage queues a text message from user fromID in chat chatID (a private chat when they
// are equal), e.g. "/push https://…", and returns its update_id.
func (s *Server) PushMessage(chatID, fromID int64, text string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	chatType := "private"
	if chatID != fromID {
		chatType = defaultType(chatID)
	}
	s.nextMsgID[chatID]++
	msg := map[string]any{
		"message_id": s.nextMsgID[chatID],
		"date":       s.now().Unix(),
		"chat":       map[string]any{"id": chatID, "type": chatType},
		"from":       map[string]any{"id": fromID, "is_bot": false, "first_name": "User " + strconv.FormatInt(fromID, 10)},
		"text":       text,
	}
	if cmd, _, _ := strings.Cut(text, " "); strings.HasPrefix(cmd, "/") {
		msg["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": Length(cmd)}}
	}
	raw, _ := json.Marshal(map[string]any{"update_id": s.nextUpdate, "message": msg})
	return s.queue(raw)
}

// PushCallback queues an inline-button press by user fromID on message messageID of chatID
// with the button's callback data, and returns its update_id.
func (s *Server) PushCallback(chatID, fromID int64, messageID int, data string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.nextUpdate
	msg := map[string]any{
		"message_id": messageID, "date": s.now().Unix(),
		"chat": map[string]any{"id": chatID, "type": defaultType(chatID)},
	}
	if m := s.findMessage(chatID, strconv.Itoa(messageID)); m != nil {
		// As on Telegram, the update carries the message the button is under, as it stands.
		if c := s.chats[chatID]; c != nil {
			msg = s.messageJSON(c, m)
		}
		if m.ReplyMarkup != "" && json.Valid([]byte(m.ReplyMarkup)) {
			msg["reply_markup"] = json.RawMessage(m.ReplyMarkup)
		}
	}
	raw, _ := json.Marshal(map[string]any{"update_id": id, "callback_query": map[string]any{
		"id":            "cb" + strconv.FormatInt(id, 10),
		"from":          map[string]any{"id": fromID, "is_bot": false, "first_name": "User " + strconv.FormatInt(fromID, 10)},
		"chat_instance": strconv.FormatInt(chatID, 10),
		"data":          data,
		"message":       msg,
	}})
	return s.queue(raw)
}

// queue appends an update and wakes long pollers; with s.mu held.
func (s *Server) queue(raw json.RawMessage) int64 {
	id := s.nextUpdate
	s.nextUpdate++
	s.updates = append(s.updates, raw)
	close(s.updateReady)
	s.updateReady = make(chan struct{})
	return id
}

// PendingUpdates is how many queued updates getUpdates has not yet seen confirmed.
func (s *Server) PendingUpdates() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.updates)
}

// getUpdates answers queued updates from offset on; with timeout > 0 it long-polls until an
// update arrives, the timeout passes or the client goes away. Called with s.mu held; it releases
// the lock while waiting.
func (s *Server) getUpdates(r *http.Request, p params) (int, any) {
	if s.webhook != "" {
		return http.StatusConflict, apiError(http.StatusConflict, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", 0)
	}
	offset, _ := strconv.ParseInt(p["offset"], 10, 64)
	limit, _ := strconv.Atoi(p["limit"])
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout, _ := strconv.Atoi(p["timeout"])
	deadline := time.NewTimer(time.Duration(max(timeout, 0)) * time.Second)
	defer deadline.Stop()
	for {
		// Updates below offset are confirmed and forgotten, as on Telegram.
		kept := s.updates[:0]
		for _, u := range s.updates {
			if updateID(u) >= offset {
				kept = append(kept, u)
			}
		}
		s.updates = kept
		if len(s.updates) > 0 || timeout <= 0 {
			out := append([]json.RawMessage{}, s.updates[:min(limit, len(s.updates))]...)
			return ok(out)
		}
		ready := s.updateReady
		s.mu.Unlock()
		select {
		case <-ready:
			s.mu.Lock()
		case <-deadline.C:
			s.mu.Lock()
			timeout = 0
		case <-r.Context().Done():
			s.mu.Lock()
			return ok([]json.RawMessage{})
		}
	}
}

func updateID(raw json.RawMessage) int64 {
	var u struct {
		ID int64 `json:"update_id"`
	}
	_ = json.Unmarshal(raw, &u)
	return u.ID
}

var commandName = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func (s *Server) setMyCommands(_ *http.Request, p params) (int, any) {
	var cmds []Command
	if err := json.Unmarshal([]byte(p["commands"]), &cmds); err != nil {
		return badRequest("can't parse commands JSON object")
	}
	if len(cmds) > 100 {
		return badRequest("too many commands specified")
	}
	for _, c := range cmds {
		if !commandName.MatchString(c.Command) {
			return badRequest("BOT_COMMAND_INVALID")
		}
		if n := Length(c.Description); n < 1 || n > 256 {
			return badRequest("BOT_COMMAND_DESCRIPTION_INVALID")
		}
	}
	key, desc := commandKey(p)
	if desc != "" {
		return badRequest(desc)
	}
	s.commands[key] = cmds
	return ok(true)
}

// commandKey names the menu a setMyCommands-family call addresses: the scope ("default",
// "all_private_chats", "chat:42"…), then "/" and the language_code when one is given.
func commandKey(p params) (string, string) {
	scope := "default"
	if raw := p["scope"]; raw != "" {
		var sc struct {
			Type   string          `json:"type"`
			ChatID json.RawMessage `json:"chat_id"`
			UserID int64           `json:"user_id"`
		}
		if err := json.Unmarshal([]byte(raw), &sc); err != nil {
			return "", "can't parse BotCommandScope"
		}
		switch sc.Type {
		case "default", "all_private_chats", "all_group_chats", "all_chat_administrators":
			scope = sc.Type
		case "chat", "chat_administrators", "chat_member":
			id := strings.Trim(string(sc.ChatID), `"`)
			if id == "" || id == "0" {
				return "", "chat_id is empty"
			}
			scope = sc.Type + ":" + id
			if sc.Type == "chat_member" {
				scope += ":" + strconv.FormatInt(sc.UserID, 10)
			}
		default:
			return "", "wrong BotCommandScope type specified"
		}
	}
	if lang := p["language_code"]; lang != "" {
		scope += "/" + lang
	}
	return scope, ""
}

func (s *Server) getMyCommands(_ *http.Request, p params) (int, any) {
	key, desc := commandKey(p)
	if desc != "" {
		return badRequest(desc)
	}
	return ok(append([]Command{}, s.commands[key]...))
}

func (s *Server) deleteMyCommands(_ *http.Request, p params) (int, any) {
	key, desc := commandKey(p)
	if desc != "" {
		return badRequest(desc)
	}
	delete(s.commands, key)
	return ok(true)
}

// Commands returns the default menu: the commands registered without scope or language.
func (s *Server) Commands() []Command {
	return s.CommandsFor("default", "")
}

// CommandsFor returns the commands registered for scope ("default", "all_private_chats",
// "all_chat_administrators", "chat:<id>"…) and language_code lang ("" for none).
func (s *Server) CommandsFor(scope, lang string) []Command {
	s.mu.Lock()
	defer s.mu.Unlock()
	if lang != "" {
		scope += "/" + lang
	}
	return append([]Command(nil), s.commands[scope]...)
}

func (s *Server) answerCallbackQuery(_ *http.Request, p params) (int, any) {
	if p["callback_query_id"] == "" {
		return badRequest("query is too old and response timeout expired or query ID is invalid")
	}
	s.answers = append(s.answers, CallbackAnswer{ID: p["callback_query_id"], Text: p["text"], ShowAlert: p.flag("show_alert")})
	return ok(true)
}

// CallbackAnswers returns every answerCallbackQuery call in order.
func (s *Server) CallbackAnswers() []CallbackAnswer {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]CallbackAnswer(nil), s.answers...)
}

func (s *Server) setWebhook(_ *http.Request, p params) (int, any) {
	u := p["url"]
	if u != "" && !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return badRequest("bad webhook: An HTTPS URL must be provided for webhook")
	}
	s.webhook = u
	return ok(true)
}

func (s *Server) deleteWebhook(_ *http.Request, _ params) (int, any) {
	s.webhook = ""
	return ok(true)
}

func (s *Server) getWebhookInfo(_ *http.Request, _ params) (int, any) {
	return ok(map[string]any{"url": s.webhook, "has_custom_certificate": false, "pending_update_count": len(s.updates)})
}

// Webhook returns the URL last set with setWebhook ("" when none).
func (s *Server) Webhook() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhook
}
