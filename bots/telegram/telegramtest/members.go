package telegramtest

import (
	"encoding/json"
	"strconv"
)

// GroupAnonymousBot is the user Telegram puts in "from" of an anonymous group admin's message
// (sender_chat is then the group itself).
const GroupAnonymousBot = 1087968824

// SetMember sets userID's status in chatID as getChatMember reports it: "creator",
// "administrator", "member", "restricted", "left" or "kicked". Users never set are "left" in
// groups and channels, and "member" of their own private chat.
func (s *Server) SetMember(chatID, userID int64, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.members[chatID] == nil {
		s.members[chatID] = map[int64]string{}
	}
	s.members[chatID][userID] = status
}

// getChatMember answers a user's status in a chat, asked of the fake's member table now.
func (s *Server) getChatMember(c *Chat, _ string, p params, _ []Upload) (int, any) {
	uid, err := strconv.ParseInt(p["user_id"], 10, 64)
	if err != nil || uid <= 0 {
		return badRequest("invalid user_id specified")
	}
	status, set := s.members[c.ID][uid]
	if !set {
		status = "left"
		if c.Type == "private" && c.ID == uid {
			status = "member"
		}
	}
	out := map[string]any{"status": status, "user": map[string]any{"id": uid, "is_bot": false, "first_name": "User " + strconv.FormatInt(uid, 10)}}
	switch status {
	case "creator":
		out["is_anonymous"] = false
	case "administrator":
		out["can_be_edited"], out["is_anonymous"], out["can_manage_chat"] = false, false, true
	case "kicked":
		out["until_date"] = 0
	}
	return ok(out)
}

// Incoming is a message a test makes arrive at the bot (PushIncoming).
type Incoming struct {
	ChatID   int64
	ChatType string // "private", "group", "supergroup", "channel"; default from the id
	Title    string // the chat's title (groups, channels)
	// FromID is the sender; 0 = none: a channel post, or an anonymous admin when SenderChat
	// is the chat itself (from is then GroupAnonymousBot, as on Telegram).
	FromID     int64
	SenderChat int64  // sender_chat's id, 0 = none
	Text       string // the text, or the caption when the message carries a document
	FileID     string // a document stored with AddFile
	ReplyTo    *Incoming
	// ChannelPost delivers it as a channel_post update (a post in a channel the bot administers).
	ChannelPost bool
}

// PushIncoming queues in as a message (or channel_post) update and returns its update_id.
func (s *Server) PushIncoming(in Incoming) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	kind := "message"
	if in.ChannelPost {
		kind = "channel_post"
	}
	raw, _ := json.Marshal(map[string]any{"update_id": s.nextUpdate, kind: s.incomingJSON(in)})
	return s.queue(raw)
}

// incomingJSON is the Message object of in; with s.mu held.
func (s *Server) incomingJSON(in Incoming) map[string]any {
	chat := s.incomingChat(in.ChatID, in.ChatType, in.Title)
	s.nextMsgID[in.ChatID]++
	msg := map[string]any{"message_id": s.nextMsgID[in.ChatID], "date": s.now().Unix(), "chat": chat}
	switch {
	case in.FromID != 0:
		msg["from"] = map[string]any{"id": in.FromID, "is_bot": false, "first_name": "User " + strconv.FormatInt(in.FromID, 10)}
	case in.SenderChat == in.ChatID && chat["type"] != "channel":
		msg["from"] = map[string]any{"id": GroupAnonymousBot, "is_bot": true, "first_name": "Group", "username": "GroupAnonymousBot"}
	}
	if in.SenderChat != 0 {
		msg["sender_chat"] = s.incomingChat(in.SenderChat, "", "")
	}
	field := "text"
	if f, ok := s.files[in.FileID]; ok {
		msg["document"] = f.documentJSON()
		field = "caption"
	}
	if in.Text != "" {
		msg[field] = in.Text
	}
	if in.ReplyTo != nil {
		r := *in.ReplyTo
		r.ChatID, r.ChatType, r.Title = in.ChatID, in.ChatType, in.Title
		msg["reply_to_message"] = s.incomingJSON(r)
	}
	return msg
}

// incomingChat is the Chat object of id: the registered chat, else one of the given type.
func (s *Server) incomingChat(id int64, typ, title string) map[string]any {
	if c, ok := s.chats[id]; ok {
		return c.chatJSON()
	}
	if typ == "" {
		typ = defaultType(id)
	}
	if title == "" {
		title = "chat " + strconv.FormatInt(id, 10)
	}
	c := Chat{ID: id, Type: typ, Title: title}
	return c.chatJSON()
}

// PushMyChatMember queues a my_chat_member update: user byUserID changed the bot's status in
// chatID from oldStatus to newStatus ("member", "administrator", "left", "kicked"); in a
// private chat, "kicked" is the user blocking the bot.
func (s *Server) PushMyChatMember(chatID, byUserID int64, oldStatus, newStatus string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	bot := map[string]any{"id": s.botID(), "is_bot": true, "first_name": "Paperboy Test", "username": s.botName}
	member := func(status string) map[string]any {
		m := map[string]any{"status": status, "user": bot}
		if status == "kicked" || status == "restricted" {
			m["until_date"] = 0
		}
		return m
	}
	raw, _ := json.Marshal(map[string]any{"update_id": s.nextUpdate, "my_chat_member": map[string]any{
		"chat":            s.incomingChat(chatID, "", ""),
		"from":            map[string]any{"id": byUserID, "is_bot": false, "first_name": "User " + strconv.FormatInt(byUserID, 10)},
		"date":            s.now().Unix(),
		"old_chat_member": member(oldStatus),
		"new_chat_member": member(newStatus),
	}})
	return s.queue(raw)
}
