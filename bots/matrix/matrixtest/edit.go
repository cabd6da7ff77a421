package matrixtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// relatesTo is the part of a content the fake reads to recognise an edit.
type relatesTo struct {
	RelatesTo *struct {
		RelType string `json:"rel_type"`
		EventID string `json:"event_id"`
	} `json:"m.relates_to"`
	NewContent json.RawMessage `json:"m.new_content"`
}

// AddForeignEvent stores a message another user sent to room and returns its event id: the
// bot's redaction of it is refused (no power), and its edits of it are ignored by clients.
func (s *Server) AddForeignEvent(room, sender, body string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := fmt.Sprintf("$event%d_%s", len(s.events)+1, strings.TrimPrefix(room, "!"))
	raw, _ := json.Marshal(map[string]string{"msgtype": "m.text", "body": body})
	s.events = append(s.events, Event{ID: id, RoomID: room, Sender: sender, Body: raw, Current: raw})
	return id
}

// replace applies an m.replace edit to its original event, with s.mu held. It answers like
// Synapse: an unknown original is refused (400 "Can't send relation to unknown event"); an
// edit by anyone but the original sender is stored but ignored, as the spec tells clients.
func (s *Server) replace(room, user string, body []byte) (status int, code, msg string) {
	var rel relatesTo
	if json.Unmarshal(body, &rel) != nil || rel.RelatesTo == nil || rel.RelatesTo.RelType != "m.replace" {
		return 0, "", ""
	}
	orig := s.event(room, rel.RelatesTo.EventID)
	if orig == nil {
		return http.StatusBadRequest, "M_UNKNOWN", "Can't send relation to unknown event"
	}
	if len(rel.NewContent) == 0 {
		return http.StatusBadRequest, "M_BAD_JSON", "m.replace without m.new_content"
	}
	if err := validateMessage(rel.NewContent, s.uploaded); err != nil {
		return http.StatusBadRequest, "M_BAD_JSON", "m.new_content: " + err.Error()
	}
	if orig.Sender != user || orig.Redacted {
		orig.IgnoredEdits++
		return 0, "", ""
	}
	orig.Current = append(json.RawMessage(nil), rel.NewContent...)
	orig.Edits++
	return 0, "", ""
}

// event finds an event of room by id, with s.mu held.
func (s *Server) event(room, id string) *Event {
	for i := range s.events {
		if s.events[i].RoomID == room && s.events[i].ID == id {
			return &s.events[i]
		}
	}
	return nil
}

// redact serves PUT /rooms/{room}/redact/{event}/{txn}: the sender may redact its own events;
// another's needs a power level the bot does not have (403 M_FORBIDDEN). An unknown or already
// redacted event is accepted, as Synapse does; the txn de-duplicates a retry.
func (s *Server) redact(w http.ResponseWriter, r *http.Request) {
	user := s.auth(w, r)
	if user == "" {
		return
	}
	room, id, txn := r.PathValue("room"), r.PathValue("event"), r.PathValue("txn")
	body, _ := io.ReadAll(io.LimitReader(r.Body, maxEvent))
	var in struct {
		Reason string `json:"reason"`
	}
	if len(body) > 0 && json.Unmarshal(body, &in) != nil {
		writeError(w, http.StatusBadRequest, "M_NOT_JSON", "Content not JSON.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.members[room][user] {
		writeError(w, http.StatusForbidden, "M_FORBIDDEN", "User "+user+" not in room "+room)
		return
	}
	tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	key := txnKey{tok, room, "redact/" + txn}
	if prev, seen := s.txns[key]; seen {
		writeJSON(w, http.StatusOK, map[string]string{"event_id": prev})
		return
	}
	ev := s.event(room, id)
	if ev != nil && ev.Sender != user {
		writeError(w, http.StatusForbidden, "M_FORBIDDEN", "You don't have permission to redact events")
		return
	}
	if ev != nil {
		ev.Redacted, ev.RedactReason = true, in.Reason
		ev.Redactions++
	}
	rid := fmt.Sprintf("$redaction%d_%s", len(s.txns)+1, strings.TrimPrefix(room, "!"))
	s.txns[key] = rid
	writeJSON(w, http.StatusOK, map[string]string{"event_id": rid})
}
