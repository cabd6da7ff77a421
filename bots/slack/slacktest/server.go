// Package slacktest is an in-memory fake of Slack's Web API (chat.postMessage, chat.update,
// chat.delete, auth.test) and of incoming webhooks, built from Slack's documentation: HTTP 200 with {"ok":false,"error":…}
// for API failures, plain-text error bodies with 4xx statuses for webhooks, 429 with
// Retry-After, and Block Kit validation with Slack's limits (invalid_blocks, msg_too_long).
package slacktest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options tune the fake; the zero value behaves like Slack.
type Options struct {
	Now func() time.Time // clock for message timestamps; nil = time.Now
}

// Message is one message the fake accepted.
type Message struct {
	Channel string          // channel id it was posted to
	TS      string          // its timestamp id, e.g. "1714564800.000001"
	Webhook bool            // posted through an incoming webhook
	Text    string          // top-level text (mrkdwn as sent)
	Blocks  []Block         // blocks as received
	Body    json.RawMessage // the request body exactly as received
	Unfurl  bool            // unfurl_links or unfurl_media was true (or left to Slack's default)
	Edits   int             // how many chat.update calls changed it
	Deleted bool            // removed by chat.delete
	Foreign bool            // a user's message (AddForeignMessage): the bot may not change it
}

// Block is a Block Kit block as the fake decodes it.
type Block struct {
	Type     string          `json:"type"`
	Text     *Text           `json:"text"`
	ImageURL string          `json:"image_url"`
	AltText  string          `json:"alt_text"`
	Elements json.RawMessage `json:"elements"`
}

// Text is a Block Kit text object.
type Text struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type chanInfo struct {
	id, name         string
	member, archived bool
}

// Server is the fake, listening on a local address. Its Web API base URL is URL + "/api".
type Server struct {
	*httptest.Server
	now func() time.Time

	mu        sync.Mutex
	tokens    map[string]bool // token → still valid
	channels  map[string]*chanInfo
	webhooks  map[string]string // path → channel id
	messages  []Message
	seq       int
	failNext  []string
	limitNext []int
	requests  int
}

// NewServer starts a fake. Close it when done.
func NewServer(o Options) *Server {
	if o.Now == nil {
		o.Now = time.Now
	}
	s := &Server{now: o.Now, tokens: map[string]bool{}, channels: map[string]*chanInfo{}, webhooks: map[string]string{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// APIURL is the base URL to configure as api_url.
func (s *Server) APIURL() string { return s.URL + "/api" }

// AddToken makes token a valid bot token.
func (s *Server) AddToken(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[token] = true
}

// RevokeToken makes token answer token_revoked.
func (s *Server) RevokeToken(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[token] = false
}

// AddChannel creates a channel named name and returns its id; member says whether the bot
// has been invited, archived whether it is archived.
func (s *Server) AddChannel(name string, member, archived bool) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := fmt.Sprintf("C%08d", len(s.channels)+1)
	s.channels[id] = &chanInfo{id: id, name: name, member: member, archived: archived}
	return id
}

// AddWebhook creates an incoming webhook posting to channel id and returns its URL.
func (s *Server) AddWebhook(channelID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	path := fmt.Sprintf("/services/T0FAKE/B%08d/hooksecret%04dXYZ", len(s.webhooks)+1, len(s.webhooks)+1)
	s.webhooks[path] = channelID
	return s.URL + path
}

// FailNext makes the next requests fail with these Slack error codes, in order.
func (s *Server) FailNext(codes ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failNext = append(s.failNext, codes...)
}

// RateLimitNext makes the next request answer 429 with Retry-After: seconds.
func (s *Server) RateLimitNext(seconds int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limitNext = append(s.limitNext, seconds)
}

// Messages returns the accepted messages in order.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// Requests counts every request the fake answered.
func (s *Server) Requests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests++
	_, isHook := s.webhooks[r.URL.Path]
	if len(s.limitNext) > 0 {
		secs := s.limitNext[0]
		s.limitNext = s.limitNext[1:]
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		if isHook {
			http.Error(w, "rate_limited", http.StatusTooManyRequests)
			return
		}
		writeJSON(w, http.StatusTooManyRequests, map[string]any{"ok": false, "error": "ratelimited"})
		return
	}
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if isHook {
		s.webhook(w, r, body)
		return
	}
	switch r.URL.Path {
	case "/api/chat.postMessage":
		s.postMessage(w, r, body)
	case "/api/chat.update":
		s.change(w, r, body, false)
	case "/api/chat.delete":
		s.change(w, r, body, true)
	case "/api/auth.test":
		if code := s.auth(r); code != "" {
			apiFail(w, code)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "url": "https://paperboy-fake.slack.com/",
			"team": "Paperboy Fake", "user": "paperboy", "team_id": "T0FAKE", "user_id": "U0FAKEBOT", "bot_id": "B0FAKEBOT"})
	default:
		// Unknown Web API methods answer 404 with unknown_method; other paths are not Slack.
		if strings.HasPrefix(r.URL.Path, "/api/") {
			writeJSON(w, http.StatusNotFound, map[string]any{"ok": false, "error": "unknown_method"})
			return
		}
		http.Error(w, "no_service", http.StatusNotFound)
	}
}

// auth returns the error code for the request's bearer token, or "" when it is valid.
func (s *Server) auth(r *http.Request) string {
	h := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || tok == "" {
		return "not_authed"
	}
	valid, known := s.tokens[tok]
	switch {
	case !known:
		return "invalid_auth"
	case !valid:
		return "token_revoked"
	}
	return ""
}

// admit checks the token and injected failures of a Web API call, writing the refusal.
func (s *Server) admit(w http.ResponseWriter, r *http.Request) bool {
	if code := s.auth(r); code != "" {
		apiFail(w, code)
		return false
	}
	if len(s.failNext) > 0 {
		code := s.failNext[0]
		s.failNext = s.failNext[1:]
		apiFail(w, code)
		return false
	}
	return true
}

func (s *Server) postMessage(w http.ResponseWriter, r *http.Request, body []byte) {
	if !s.admit(w, r) {
		return
	}
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		apiFail(w, "invalid_arguments")
		return
	}
	var req payload
	if err := json.Unmarshal(body, &req); err != nil {
		apiFail(w, "invalid_json")
		return
	}
	ch := s.writable(w, req.Channel)
	if ch == nil {
		return
	}
	if code, detail := validate(req); code != "" {
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": code, "errors": []string{detail},
			"response_metadata": map[string]any{"messages": []string{"[ERROR] " + detail}}})
		return
	}
	m := s.store(ch.id, req, body, false)
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "channel": ch.id, "ts": m.TS,
		"message": map[string]any{"type": "message", "text": req.Text, "ts": m.TS, "bot_id": "B0FAKEBOT"}})
}

// writable is the channel ref names when the bot may write there, else nil with the refusal
// written: channel_not_found, is_archived, not_in_channel.
func (s *Server) writable(w http.ResponseWriter, ref string) *chanInfo {
	ch := s.lookup(ref)
	switch {
	case ch == nil:
		apiFail(w, "channel_not_found")
	case ch.archived:
		apiFail(w, "is_archived")
	case !ch.member:
		apiFail(w, "not_in_channel")
	default:
		return ch
	}
	return nil
}

// lookup finds a channel by id, "#name" or "name".
func (s *Server) lookup(ref string) *chanInfo {
	if ch, ok := s.channels[ref]; ok {
		return ch
	}
	name := strings.TrimPrefix(ref, "#")
	for _, ch := range s.channels {
		if ch.name == name {
			return ch
		}
	}
	return nil
}

func (s *Server) store(chID string, req payload, body []byte, hook bool) Message {
	s.seq++
	m := Message{Channel: chID, TS: fmt.Sprintf("%d.%06d", s.now().Unix(), s.seq), Webhook: hook, Text: req.Text,
		Blocks: req.Blocks, Body: append(json.RawMessage(nil), body...),
		Unfurl: req.UnfurlLinks == nil || *req.UnfurlLinks || req.UnfurlMedia == nil || *req.UnfurlMedia}
	s.messages = append(s.messages, m)
	return m
}

func apiFail(w http.ResponseWriter, code string) {
	writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": code})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
