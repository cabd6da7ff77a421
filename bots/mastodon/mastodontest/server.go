// Package mastodontest is an in-memory fake of the Mastodon REST API, built from Mastodon's
// documentation: GET /api/v2/instance (and v1 for old servers), verify_credentials,
// POST /api/v2/media (multipart, 200 or 202 while processing), POST /api/v1/statuses with the
// character limit counted as Mastodon does (grapheme clusters, every URL 23, the content
// warning included) and Idempotency-Key (one status per token and key), 401/403/422 error
// bodies {"error": "…"}, and 429 with X-RateLimit-Reset; PUT and DELETE /api/v1/statuses/:id
// on the account's own statuses, deletions throttled to 30 per 30 minutes.
package mastodontest

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

// Options tune the fake; the zero value behaves like a stock Mastodon 4 instance.
type Options struct {
	Now            func() time.Time // clock for created_at and rate-limit resets; nil = time.Now
	MaxCharacters  int              // configuration.statuses.max_characters (default 500)
	ImageSizeLimit int64            // configuration.media_attachments.image_size_limit (default 16 MB)
	V1Only         bool             // answer 404 on /api/v2/instance like a Mastodon 3.x server
	AsyncMedia     bool             // uploads answer 202 and stay unprocessed until FinishProcessing
}

// Status is one status the fake created.
type Status struct {
	ID             string   // status id
	Account        string   // token that posted it
	IdempotencyKey string   // the Idempotency-Key header of the creating request
	Text           string   // status text as received
	SpoilerText    string   // content warning
	Visibility     string   // public, unlisted, private or direct
	Language       string   // ISO 639 code
	MediaIDs       []string // attached media
	Tags           []string // hashtags found in the text, without "#"
	Mentions       []string // accounts the text mentions (and so notifies), without "@"
	Body           json.RawMessage
	Length         int  // characters as Mastodon counted them
	Edits          int  // edits that changed something (PUT /api/v1/statuses/:id)
	Deleted        bool // deleted (DELETE /api/v1/statuses/:id)
}

// Media is one uploaded attachment.
type Media struct {
	ID          string // attachment id
	Account     string // token that uploaded it
	FileName    string // multipart file name
	ContentType string // multipart part content type
	Size        int    // bytes
	Description string // alt text
	Processed   bool   // false while an async upload is processing
}

// Server is the fake instance; its URL is the server base URL.
type Server struct {
	*httptest.Server
	opts Options

	mu        sync.Mutex
	tokens    map[string]string // token → account id, "" = revoked
	statuses  []*Status
	byKey     map[string]*Status // token + "\x00" + Idempotency-Key
	media     map[string]*Media
	nextID    int
	limitNext []time.Duration
	failNext  []failure
	requests  map[string]int // "METHOD /path" → count
	deletes   map[string]*deletes
	// throttledDeletes counts deletions refused because the account's budget was spent.
	throttledDeletes int
}

type failure struct {
	status int
	body   string
}

// NewServer starts a fake. Close it when done.
func NewServer(o Options) *Server {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MaxCharacters == 0 {
		o.MaxCharacters = 500
	}
	if o.ImageSizeLimit == 0 {
		o.ImageSizeLimit = 16 << 20
	}
	s := &Server{opts: o, tokens: map[string]string{}, byKey: map[string]*Status{}, media: map[string]*Media{}, requests: map[string]int{}, deletes: map[string]*deletes{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// AddToken makes token a valid access token of a new account.
func (s *Server) AddToken(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[token] = strconv.Itoa(100 + len(s.tokens))
}

// RevokeToken makes token answer 401.
func (s *Server) RevokeToken(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[token] = ""
}

// RateLimitNext makes the next request answer 429 with X-RateLimit-Reset at now + reset.
func (s *Server) RateLimitNext(reset time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limitNext = append(s.limitNext, reset)
}

// FailNext makes the next POST /api/v1/statuses answer status with body.
func (s *Server) FailNext(status int, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failNext = append(s.failNext, failure{status, body})
}

// FinishProcessing marks every async upload processed.
func (s *Server) FinishProcessing() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range s.media {
		m.Processed = true
	}
}

// Statuses returns the created statuses in order.
func (s *Server) Statuses() []Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Status, len(s.statuses))
	for i, st := range s.statuses {
		out[i] = *st
	}
	return out
}

// MediaByID returns an uploaded attachment.
func (s *Server) MediaByID(id string) (Media, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.media[id]
	if !ok {
		return Media{}, false
	}
	return *m, true
}

// Requests counts the requests to one route, e.g. "POST /api/v1/statuses".
func (s *Server) Requests(route string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[route]
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	route := r.Method + " " + r.URL.Path
	s.requests[route]++
	if len(s.limitNext) > 0 {
		reset := s.opts.Now().Add(s.limitNext[0]).UTC()
		s.limitNext = s.limitNext[1:]
		w.Header().Set("X-RateLimit-Limit", "300")
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Reset", reset.Format("2006-01-02T15:04:05.000000Z"))
		fail(w, http.StatusTooManyRequests, "Too many requests")
		return
	}
	if id, ok := strings.CutPrefix(r.URL.Path, "/api/v1/statuses/"); ok && id != "" && !strings.Contains(id, "/") {
		s.changeStatus(w, r, id)
		return
	}
	switch route {
	case "GET /api/v2/instance":
		if s.opts.V1Only {
			fail(w, http.StatusNotFound, "Record not found")
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"domain": "fake.example", "version": "4.3.0",
			"configuration": s.configuration()})
	case "GET /api/v1/instance":
		writeJSON(w, http.StatusOK, map[string]any{"uri": "fake.example", "version": "3.5.3",
			"configuration": s.configuration()})
	case "GET /api/v1/accounts/verify_credentials":
		if acct, ok := s.auth(w, r); ok {
			writeJSON(w, http.StatusOK, map[string]any{"id": acct, "username": "paperboy", "acct": "paperboy"})
		}
	case "POST /api/v2/media":
		if acct, ok := s.auth(w, r); ok {
			s.upload(w, r, acct)
		}
	case "POST /api/v1/statuses":
		if acct, ok := s.auth(w, r); ok {
			s.postStatus(w, r, acct)
		}
	default:
		fail(w, http.StatusNotFound, "Record not found")
	}
}

func (s *Server) configuration() map[string]any {
	return map[string]any{
		"statuses": map[string]any{"max_characters": s.opts.MaxCharacters, "max_media_attachments": 4, "characters_reserved_per_url": 23},
		"media_attachments": map[string]any{"supported_mime_types": []string{"image/jpeg", "image/png", "image/gif", "image/webp"},
			"image_size_limit": s.opts.ImageSizeLimit, "description_limit": 1500},
	}
}

// auth resolves the bearer token to an account, answering 401 like Mastodon when it cannot.
func (s *Server) auth(w http.ResponseWriter, r *http.Request) (string, bool) {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	acct := s.tokens[tok]
	if !ok || acct == "" {
		fail(w, http.StatusUnauthorized, "The access token is invalid")
		return "", false
	}
	return acct, true
}

func (s *Server) id() string {
	s.nextID++
	return fmt.Sprintf("1124%014d", s.nextID)
}

func fail(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// drain reads a request body up to limit bytes.
func drain(r *http.Request, limit int64) []byte {
	b, _ := io.ReadAll(io.LimitReader(r.Body, limit))
	return b
}
