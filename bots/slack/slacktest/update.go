package slacktest

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// AddForeignMessage records a message a user wrote in channelID and returns its ts: the bot
// may neither update (cant_update_message) nor delete it (cant_delete_message).
func (s *Server) AddForeignMessage(channelID, text string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	m := Message{Channel: channelID, TS: fmt.Sprintf("%d.%06d", s.now().Unix(), s.seq), Text: text, Foreign: true}
	s.messages = append(s.messages, m)
	return m.TS
}

// changeRequest is the body of chat.update and chat.delete.
type changeRequest struct {
	payload
	TS string `json:"ts"`
}

// change serves chat.update and chat.delete with Slack's checks and error codes.
func (s *Server) change(w http.ResponseWriter, r *http.Request, body []byte, del bool) {
	if !s.admit(w, r) {
		return
	}
	var req changeRequest
	if err := json.Unmarshal(body, &req); err != nil {
		apiFail(w, "invalid_json")
		return
	}
	ch := s.writable(w, req.Channel)
	if ch == nil {
		return
	}
	var m *Message
	for i := range s.messages {
		if s.messages[i].Channel == ch.id && s.messages[i].TS == req.TS && !s.messages[i].Deleted {
			m = &s.messages[i]
		}
	}
	switch {
	case m == nil:
		apiFail(w, "message_not_found")
		return
	case m.Foreign && del:
		apiFail(w, "cant_delete_message")
		return
	case m.Foreign:
		apiFail(w, "cant_update_message")
		return
	}
	if del {
		m.Deleted = true
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "channel": ch.id, "ts": m.TS})
		return
	}
	if req.Text == "" && len(req.Blocks) == 0 {
		apiFail(w, "no_text")
		return
	}
	if code, detail := validate(req.payload); code != "" {
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": code, "errors": []string{detail}})
		return
	}
	// Slack accepts an update that changes nothing; it still counts as an edit here.
	m.Text, m.Blocks, m.Body, m.Edits = req.Text, req.Blocks, append(json.RawMessage(nil), body...), m.Edits+1
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "channel": ch.id, "ts": m.TS, "text": req.Text})
}
