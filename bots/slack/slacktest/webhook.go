package slacktest

import (
	"encoding/json"
	"io"
	"net/http"
)

// webhook answers an incoming-webhook post the way hooks.slack.com does: 200 "ok", or a
// plain-text error code with a 4xx status (mu held).
func (s *Server) webhook(w http.ResponseWriter, r *http.Request, body []byte) {
	fail := func(code string) {
		status := map[string]int{"invalid_payload": 400, "no_text": 400, "too_many_attachments": 400,
			"channel_not_found": 404, "no_service": 404, "no_team": 404, "channel_is_archived": 410,
			"action_prohibited": 403, "invalid_token": 403, "posting_to_general_channel_denied": 403, "rollup_error": 500}[code]
		if status == 0 {
			status = 400
		}
		http.Error(w, code, status)
	}
	if len(s.failNext) > 0 {
		code := s.failNext[0]
		s.failNext = s.failNext[1:]
		fail(code)
		return
	}
	var req payload
	if err := json.Unmarshal(body, &req); err != nil {
		fail("invalid_payload")
		return
	}
	ch := s.channels[s.webhooks[r.URL.Path]]
	switch {
	case ch == nil:
		fail("channel_not_found")
		return
	case ch.archived:
		fail("channel_is_archived")
		return
	}
	if code, _ := validate(req); code != "" {
		fail(map[bool]string{true: "no_text", false: "invalid_payload"}[code == "no_text"])
		return
	}
	s.store(ch.id, req, body, true)
	w.Header().Set("Content-Type", "text/html")
	_, _ = io.WriteString(w, "ok")
}
