// Package telegramtest is an in-memory fake of the Telegram Bot API for tests, the pipeline
// tests and the bench harness. It is built from the Bot API docs: POST (or GET) to
// /bot<TOKEN>/<method> with JSON, form-urlencoded or multipart parameters; answers
// {"ok":true,"result":…} or {"ok":false,"error_code":N,"description":"…","parameters":{…}};
// parse_mode HTML validated like Telegram (allowed tags, nesting, entities) and lengths counted in
// UTF-16 after markup removal; per-chat flood control with retry_after and a record of every
// request that ignored it; injected failures; and a log of accepted messages. For the chats of
// readers and communities it also answers getChatMember (SetMember), getFile and downloads at
// /file/bot<TOKEN>/<file_path> (AddFile), sendDocument and scoped command menus (CommandsFor),
// and queues channel posts, anonymous admins, documents (PushIncoming) and my_chat_member
// updates (PushMyChatMember).
package telegramtest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DefaultToken is the bot token a Server accepts unless WithToken says otherwise.
const DefaultToken = "123456789:AAF-fake_token-for-paperboy-tests"

// Server is a running fake Bot API. All methods are safe for concurrent use.
type Server struct {
	// URL is the base URL to put in api_url (no trailing slash).
	URL string

	srv *httptest.Server
	now func() time.Time

	mu          sync.Mutex
	tokens      map[string]bool
	botName     string
	chats       map[int64]*Chat
	strict      bool
	chatErrors  map[int64]Failure
	flood       Flood
	floodUntil  map[int64]time.Time
	sentAt      map[int64][]time.Time
	failures    []Failure
	messages    []Message
	requests    []Request
	violations  []Violation
	nextChatID  int64
	nextMsgID   map[int64]int
	updates     []json.RawMessage
	nextUpdate  int64
	updateReady chan struct{}
	commands    map[string][]Command // by commandKey: scope and language
	members     map[int64]map[int64]string
	files       map[string]storedFile
	nextFile    int
	answers     []CallbackAnswer
	webhook     string
}

// Option configures a Server.
type Option func(*Server)

// WithToken makes the server accept these bot tokens (instead of DefaultToken).
func WithToken(tokens ...string) Option {
	return func(s *Server) {
		s.tokens = map[string]bool{}
		for _, t := range tokens {
			s.tokens[t] = true
		}
	}
}

// WithClock injects the clock used for message dates and flood-control windows.
func WithClock(now func() time.Time) Option {
	return func(s *Server) { s.now = now }
}

// WithBotName sets the username getMe reports (default "paperboy_test_bot").
func WithBotName(name string) Option {
	return func(s *Server) { s.botName = name }
}

// New starts a fake Bot API server; call Close when done.
func New(opts ...Option) *Server {
	s := &Server{
		now:         time.Now,
		tokens:      map[string]bool{DefaultToken: true},
		botName:     "paperboy_test_bot",
		chats:       map[int64]*Chat{},
		commands:    map[string][]Command{},
		members:     map[int64]map[int64]string{},
		files:       map[string]storedFile{},
		chatErrors:  map[int64]Failure{},
		floodUntil:  map[int64]time.Time{},
		sentAt:      map[int64][]time.Time{},
		nextChatID:  -1001000000001,
		nextMsgID:   map[int64]int{},
		nextUpdate:  1,
		updateReady: make(chan struct{}),
	}
	for _, o := range opts {
		o(s)
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL
	return s
}

// Handler is the fake's HTTP handler, for mounting it under another server or test harness.
func (s *Server) Handler() http.Handler { return http.HandlerFunc(s.serve) }

// Close shuts the server down.
func (s *Server) Close() { s.srv.Close() }

// Failure is an error answer: injected with FailNext or attached to a chat with SetChatError.
type Failure struct {
	Status      int    // HTTP status and error_code, e.g. 500, 502, 429, 403
	Description string // Telegram's description; a standard one is used when empty
	RetryAfter  int    // parameters.retry_after in seconds (429; also opens the chat's flood window)
	Body        string // raw body to send instead of JSON (a proxy's HTML 502 page)
}

// Request is one request the server received, whatever it answered.
type Request struct {
	Method   string            // Bot API method, e.g. "sendMessage"
	ChatID   int64             // resolved chat (0 when the method has none or it was unknown)
	Params   map[string]string // parameters as the API reads them (objects as JSON text)
	Uploads  []Upload          // files of a multipart request
	Encoding string            // "json", "form", "multipart" or "query"
	Status   int               // HTTP status answered
	Time     time.Time         // server clock at arrival
}

// Violation is a request to a chat that arrived while that chat's retry_after window was open:
// a client that ignores 429 gets these (and, on the real API, ever longer flood waits).
type Violation struct {
	ChatID    int64
	Method    string
	Time      time.Time
	Remaining time.Duration // how much of the window was left
}

// FailNext makes the next n requests (any method, valid token) fail with f.
func (s *Server) FailNext(n int, f Failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.failures = append(s.failures, f)
	}
}

// Requests returns every request received so far, in arrival order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Violations returns the requests that arrived inside a chat's retry_after window.
func (s *Server) Violations() []Violation {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Violation(nil), s.violations...)
}

// serve routes /bot<TOKEN>/<method> and writes the API answer.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if rest, isFile := strings.CutPrefix(r.URL.Path, "/file/bot"); isFile {
		s.serveFile(w, rest)
		return
	}
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 || method == "" {
		writeJSON(w, http.StatusNotFound, apiError(http.StatusNotFound, "Not Found", 0))
		return
	}
	p, uploads, enc, err := readParams(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	req := Request{Method: method, Params: p, Uploads: uploads, Encoding: enc, Time: s.now()}
	status, body := s.handle(r, token, method, p, uploads, err)
	req.Status = status
	if id, ok := s.resolvedChat(p); ok {
		req.ChatID = id
	}
	s.requests = append(s.requests, req)
	if raw, isRaw := body.(rawBody); isRaw {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(raw))
		return
	}
	writeJSON(w, status, body)
}

// handle runs one request with s.mu held and returns the status and the answer.
func (s *Server) handle(r *http.Request, token, method string, p params, uploads []Upload, perr error) (int, any) {
	if !s.tokens[token] {
		return http.StatusUnauthorized, apiError(http.StatusUnauthorized, "Unauthorized", 0)
	}
	if perr != nil {
		return http.StatusBadRequest, apiError(http.StatusBadRequest, "Bad Request: "+perr.Error(), 0)
	}
	m, known := lookup(method)
	if known && m.chat {
		// A chat method: unknown chats, the chat's flood window and its standing errors first.
		chat, f := s.chatFor(p["chat_id"])
		if f != nil {
			return fail(*f)
		}
		now := s.now()
		if until := s.floodUntil[chat.ID]; now.Before(until) {
			s.violations = append(s.violations, Violation{ChatID: chat.ID, Method: method, Time: now, Remaining: until.Sub(now)})
			return fail(Failure{Status: http.StatusTooManyRequests, RetryAfter: ceilSeconds(until.Sub(now))})
		}
		if f, ok := s.popFailure(); ok {
			s.openWindow(chat.ID, f)
			return fail(f)
		}
		if f, ok := s.chatErrors[chat.ID]; ok {
			return fail(f)
		}
		if f, ok := s.floodCheck(chat.ID, now); ok {
			return fail(f)
		}
		return m.chatFn(s, chat, method, p, uploads)
	}
	if f, ok := s.popFailure(); ok {
		return fail(f)
	}
	if known {
		return m.fn(s, r, p)
	}
	return http.StatusNotFound, apiError(http.StatusNotFound, "Not Found: method not found", 0)
}

func (s *Server) popFailure() (Failure, bool) {
	if len(s.failures) == 0 {
		return Failure{}, false
	}
	f := s.failures[0]
	s.failures = s.failures[1:]
	return f, true
}

// rawBody is a non-JSON answer (a proxy error page).
type rawBody string

// fail turns a Failure into the status and body Telegram would send.
func fail(f Failure) (int, any) {
	if f.Body != "" {
		return f.Status, rawBody(f.Body)
	}
	desc := f.Description
	if desc == "" {
		desc = standardDescription(f.Status, f.RetryAfter)
	}
	return f.Status, apiError(f.Status, desc, f.RetryAfter)
}

// standardDescription is the text Telegram sends with each status.
func standardDescription(status, retryAfter int) string {
	switch status {
	case http.StatusTooManyRequests:
		return "Too Many Requests: retry after " + strconv.Itoa(retryAfter)
	case http.StatusUnauthorized:
		return "Unauthorized"
	case http.StatusForbidden:
		return "Forbidden: bot was kicked from the channel chat"
	case http.StatusBadRequest:
		return "Bad Request: chat not found"
	case http.StatusBadGateway:
		return "Bad Gateway"
	case http.StatusGatewayTimeout:
		return "Gateway Timeout"
	}
	return "Internal Server Error"
}

// apiError is the Bot API's error object.
func apiError(code int, desc string, retryAfter int) map[string]any {
	m := map[string]any{"ok": false, "error_code": code, "description": desc}
	if retryAfter > 0 {
		m["parameters"] = map[string]any{"retry_after": retryAfter}
	}
	return m
}

func ok(result any) (int, any) {
	return http.StatusOK, map[string]any{"ok": true, "result": result}
}

func badRequest(desc string) (int, any) {
	return http.StatusBadRequest, apiError(http.StatusBadRequest, "Bad Request: "+desc, 0)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func ceilSeconds(d time.Duration) int {
	n := int((d + time.Second - 1) / time.Second)
	return max(n, 1)
}
