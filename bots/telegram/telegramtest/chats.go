package telegramtest

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Chat is a chat the fake knows. Unknown chats are created on first use unless SetStrictChats.
type Chat struct {
	ID       int64  // e.g. -1001234567890 for a channel or supergroup, a user id for a private chat
	Type     string // "channel", "supergroup", "group" or "private"
	Title    string // shown in results
	Username string // public @username without the "@", if any
	IsForum  bool   // a supergroup with topics: message_thread_id is accepted only here (for known chats)

	auto bool // created on first use: accepts any topic
}

// AddChat registers c (replacing a chat with the same id).
func (s *Server) AddChat(c Chat) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.Type == "" {
		c.Type = defaultType(c.ID)
	}
	s.chats[c.ID] = &c
}

// SetStrictChats makes unknown chats answer 400 "Bad Request: chat not found", as for a chat
// the bot was never added to.
func (s *Server) SetStrictChats(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.strict = on
}

// SetChatError makes every message to chat (a numeric id or @username) fail with f until
// cleared with a zero Failure; e.g. {Status: 403, Description: "Forbidden: bot was kicked from
// the channel chat"}.
func (s *Server) SetChatError(chat string, f Failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, fe := s.chatFor(chat)
	if fe != nil {
		return
	}
	if f.Status == 0 {
		delete(s.chatErrors, c.ID)
		return
	}
	s.chatErrors[c.ID] = f
}

// Flood is a per-chat flood control rule: more than Max messages to one chat within Per
// answers 429 with retry_after RetryAfter seconds, and the chat's window stays open for that long.
type Flood struct {
	Max        int
	Per        time.Duration
	RetryAfter int
}

// SetFlood turns per-chat flood control on (a zero Flood turns it off). Windows also open on
// injected 429s, so a client ignoring retry_after is caught either way (see Violations).
func (s *Server) SetFlood(f Flood) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.flood = f
}

// chatFor resolves a chat_id parameter (numeric or @username); with s.mu held.
func (s *Server) chatFor(ref string) (*Chat, *Failure) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, &Failure{Status: http.StatusBadRequest, Description: "Bad Request: chat_id is empty"}
	}
	notFound := &Failure{Status: http.StatusBadRequest, Description: "Bad Request: chat not found"}
	if name, isName := strings.CutPrefix(ref, "@"); isName {
		for _, c := range s.chats {
			if c.Username != "" && strings.EqualFold(c.Username, name) {
				return c, nil
			}
		}
		if s.strict || name == "" {
			return nil, notFound
		}
		c := &Chat{ID: s.nextChatID, Type: "channel", Title: name, Username: name, auto: true}
		s.nextChatID--
		s.chats[c.ID] = c
		return c, nil
	}
	id, err := strconv.ParseInt(ref, 10, 64)
	if err != nil || id == 0 {
		return nil, notFound
	}
	if c, ok := s.chats[id]; ok {
		return c, nil
	}
	if s.strict {
		return nil, notFound
	}
	c := &Chat{ID: id, Type: defaultType(id), Title: "chat " + ref, auto: true}
	s.chats[id] = c
	return c, nil
}

// resolvedChat is the chat a logged request addressed, if it names a known chat.
func (s *Server) resolvedChat(p params) (int64, bool) {
	ref := strings.TrimSpace(p["chat_id"])
	if ref == "" {
		return 0, false
	}
	if name, isName := strings.CutPrefix(ref, "@"); isName {
		for _, c := range s.chats {
			if strings.EqualFold(c.Username, name) && c.Username != "" {
				return c.ID, true
			}
		}
		return 0, false
	}
	id, err := strconv.ParseInt(ref, 10, 64)
	return id, err == nil && s.chats[id] != nil
}

func defaultType(id int64) string {
	switch {
	case id > 0:
		return "private"
	case id <= -1000000000000:
		return "supergroup"
	}
	return "group"
}

// floodCheck applies the Flood rule to chat at now; with s.mu held.
func (s *Server) floodCheck(chat int64, now time.Time) (Failure, bool) {
	if s.flood.Max <= 0 || s.flood.Per <= 0 {
		return Failure{}, false
	}
	recent := s.sentAt[chat][:0]
	for _, t := range s.sentAt[chat] {
		if now.Sub(t) < s.flood.Per {
			recent = append(recent, t)
		}
	}
	s.sentAt[chat] = recent
	if len(recent) < s.flood.Max {
		return Failure{}, false
	}
	f := Failure{Status: http.StatusTooManyRequests, RetryAfter: max(s.flood.RetryAfter, 1)}
	s.openWindow(chat, f)
	return f, true
}

// openWindow starts chat's retry_after window when f is a 429.
func (s *Server) openWindow(chat int64, f Failure) {
	if f.Status == http.StatusTooManyRequests && f.RetryAfter > 0 {
		s.floodUntil[chat] = s.now().Add(time.Duration(f.RetryAfter) * time.Second)
	}
}

// chatJSON is the Chat object results carry.
func (c *Chat) chatJSON() map[string]any {
	m := map[string]any{"id": c.ID, "type": c.Type}
	if c.Type == "private" {
		m["first_name"] = c.Title
	} else {
		m["title"] = c.Title
	}
	if c.Username != "" {
		m["username"] = c.Username
	}
	if c.IsForum {
		m["is_forum"] = true
	}
	return m
}
