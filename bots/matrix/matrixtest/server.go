// Package matrixtest is an in-memory fake of the parts of the Matrix client-server API that
// paperboy uses (whoami, room directory, sending room messages, media upload), built from the
// spec: bearer-token auth with M_MISSING_TOKEN/M_UNKNOWN_TOKEN, membership checks with
// M_FORBIDDEN, transaction-id de-duplication per access token, the 65,536-byte event limit,
// formatted_body restricted to the spec's HTML subset (an <img> only with the mxc:// URI of
// media uploaded here), uploads capped with M_TOO_LARGE, scripted 429 M_LIMIT_EXCEEDED, m.replace
// edits (applied to the original, Synapse's checks) and redactions.
package matrixtest

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Event is one stored m.room.message.
type Event struct {
	ID     string          // $-prefixed event id
	RoomID string          // where it was sent
	Sender string          // user id of the access token
	TxnID  string          // the client's transaction id
	Body   json.RawMessage // content exactly as received
	// Current is what clients show: Body, or the m.new_content of the last valid edit.
	Current      json.RawMessage
	Edits        int    // m.replace edits applied (by the original sender)
	IgnoredEdits int    // m.replace edits by another user, which clients ignore
	Redacted     bool   // redacted: clients show nothing but the reason
	RedactReason string // the redaction's reason
	Redactions   int    // redactions applied (a retry with the same txn is not one)
}

type txnKey struct{ token, room, txn string }

// Media is one file uploaded to the media repository.
type Media struct {
	URI         string // mxc://server/id
	ContentType string // as the Content-Type header said
	FileName    string // the filename query parameter
	Data        []byte
}

// DefaultMaxUpload is the fake's upload limit (Synapse's max_upload_size default is 50M).
const DefaultMaxUpload = 50 << 20

// Server is the fake homeserver. Its zero value is not usable; call NewServer.
type Server struct {
	*httptest.Server
	ServerName string // the homeserver's name in ids, "example.org"

	mu        sync.Mutex
	users     map[string]string          // access token → user id
	members   map[string]map[string]bool // room id → joined user ids
	aliases   map[string]string          // alias → room id
	txns      map[txnKey]string          // (token, room, txn) → event id
	events    []Event
	media     map[string]Media // mxc URI → uploaded file
	maxUpload int64            // m.upload.size
	limits    []time.Duration  // scripted 429s for the next requests
	lookups   int
	requests  int
}

// NewServer starts a fake homeserver on a loopback port; Close it when done.
func NewServer() *Server {
	s := &Server{
		ServerName: "example.org",
		users:      map[string]string{},
		members:    map[string]map[string]bool{},
		aliases:    map[string]string{},
		txns:       map[txnKey]string{},
		media:      map[string]Media{},
		maxUpload:  DefaultMaxUpload,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /_matrix/client/v3/account/whoami", s.whoami)
	mux.HandleFunc("GET /_matrix/client/v3/directory/room/{alias}", s.directory)
	mux.HandleFunc("PUT /_matrix/client/v3/rooms/{room}/send/{type}/{txn}", s.send)
	mux.HandleFunc("POST /_matrix/media/v3/upload", s.upload)
	mux.HandleFunc("PUT /_matrix/client/v3/rooms/{room}/redact/{event}/{txn}", s.redact)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "M_UNRECOGNIZED", "Unrecognized request")
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests++
		var wait time.Duration
		limited := len(s.limits) > 0
		if limited {
			wait, s.limits = s.limits[0], s.limits[1:]
		}
		s.mu.Unlock()
		if limited {
			_, _ = io.Copy(io.Discard, r.Body)
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			writeJSON(w, http.StatusTooManyRequests, map[string]any{
				"errcode": "M_LIMIT_EXCEEDED", "error": "Too many requests", "retry_after_ms": wait.Milliseconds(),
			})
			return
		}
		mux.ServeHTTP(w, r)
	}))
	return s
}

// AddUser registers an access token for user (a localpart like "newsbot") and returns the user id.
func (s *Server) AddUser(token, localpart string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := "@" + localpart + ":" + s.ServerName
	s.users[token] = id
	return id
}

// AddRoom creates a room joined by the given user ids, published under alias when it is not
// empty (a full alias, "#news:example.org"), and returns its room id.
func (s *Server) AddRoom(alias string, members ...string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := fmt.Sprintf("!room%d:%s", len(s.members)+1, s.ServerName)
	s.members[id] = map[string]bool{}
	for _, m := range members {
		s.members[id][m] = true
	}
	if alias != "" {
		s.aliases[alias] = id
	}
	return id
}

// RateLimitNext makes the next request (whatever it is) answer 429 M_LIMIT_EXCEEDED with
// retry_after_ms = wait; calls queue up.
func (s *Server) RateLimitNext(wait time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits = append(s.limits, wait)
}

// Events returns the stored events in order.
func (s *Server) Events() []Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Event(nil), s.events...)
}

// SetMaxUpload sets the largest upload accepted; larger ones answer 413 M_TOO_LARGE.
func (s *Server) SetMaxUpload(n int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.maxUpload = n
}

// Uploads returns the uploaded files in order.
func (s *Server) Uploads() []Media {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Media, 0, len(s.media))
	for i := 1; i <= len(s.media); i++ {
		out = append(out, s.media[fmt.Sprintf("mxc://%s/media%d", s.ServerName, i)])
	}
	return out
}

func (s *Server) uploaded(uri string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.media[uri]
	return ok
}

// upload is POST /_matrix/media/v3/upload: the body is the file, Content-Type its type.
func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	if s.auth(w, r) == "" {
		return
	}
	s.mu.Lock()
	limit := s.maxUpload
	s.mu.Unlock()
	if r.ContentLength > limit {
		writeError(w, http.StatusRequestEntityTooLarge, "M_TOO_LARGE", "Upload request body is too large")
		return
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
	if err != nil {
		writeError(w, http.StatusBadRequest, "M_UNKNOWN", "could not read body")
		return
	}
	if int64(len(data)) > limit {
		writeError(w, http.StatusRequestEntityTooLarge, "M_TOO_LARGE", "Upload request body is too large")
		return
	}
	ctype := r.Header.Get("Content-Type")
	if ctype == "" || len(data) == 0 {
		writeError(w, http.StatusBadRequest, "M_UNKNOWN", "upload needs a Content-Type and a body")
		return
	}
	s.mu.Lock()
	uri := fmt.Sprintf("mxc://%s/media%d", s.ServerName, len(s.media)+1)
	s.media[uri] = Media{URI: uri, ContentType: ctype, FileName: r.URL.Query().Get("filename"), Data: data}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]string{"content_uri": uri})
}

// DirectoryLookups counts alias resolutions.
func (s *Server) DirectoryLookups() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lookups
}

// auth returns the user of the request's access token, or writes the spec's 401 and "".
func (s *Server) auth(w http.ResponseWriter, r *http.Request) string {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || tok == "" {
		tok = r.URL.Query().Get("access_token") // deprecated, still accepted by servers
	}
	if tok == "" {
		writeError(w, http.StatusUnauthorized, "M_MISSING_TOKEN", "Missing access token")
		return ""
	}
	s.mu.Lock()
	user := s.users[tok]
	s.mu.Unlock()
	if user == "" {
		writeJSON(w, http.StatusUnauthorized, map[string]any{
			"errcode": "M_UNKNOWN_TOKEN", "error": "Invalid access token passed.", "soft_logout": false,
		})
	}
	return user
}

func (s *Server) whoami(w http.ResponseWriter, r *http.Request) {
	if user := s.auth(w, r); user != "" {
		writeJSON(w, http.StatusOK, map[string]any{"user_id": user, "device_id": "PAPERBOY", "is_guest": false})
	}
}

func (s *Server) directory(w http.ResponseWriter, r *http.Request) {
	if s.auth(w, r) == "" {
		return
	}
	alias := r.PathValue("alias")
	s.mu.Lock()
	s.lookups++
	id := s.aliases[alias]
	s.mu.Unlock()
	if id == "" {
		writeError(w, http.StatusNotFound, "M_NOT_FOUND", "Room alias "+alias+" not found")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"room_id": id, "servers": []string{s.ServerName}})
}

func (s *Server) send(w http.ResponseWriter, r *http.Request) {
	user := s.auth(w, r)
	if user == "" {
		return
	}
	room, typ, txn := r.PathValue("room"), r.PathValue("type"), r.PathValue("txn")
	body, err := io.ReadAll(io.LimitReader(r.Body, 2*maxEvent))
	if err != nil {
		writeError(w, http.StatusBadRequest, "M_BAD_JSON", "could not read body")
		return
	}
	if len(body) > maxEvent {
		writeError(w, http.StatusRequestEntityTooLarge, "M_TOO_LARGE", "event too large")
		return
	}
	s.mu.Lock()
	joined := s.members[room][user]
	s.mu.Unlock()
	if !joined {
		writeError(w, http.StatusForbidden, "M_FORBIDDEN", "User "+user+" not in room "+room)
		return
	}
	if typ != "m.room.message" {
		writeError(w, http.StatusBadRequest, "M_BAD_JSON", "fake only accepts m.room.message")
		return
	}
	if err := validateMessage(body, s.uploaded); err != nil {
		writeError(w, http.StatusBadRequest, "M_BAD_JSON", err.Error())
		return
	}
	tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	key := txnKey{tok, room, txn}
	s.mu.Lock()
	defer s.mu.Unlock()
	id, seen := s.txns[key]
	if !seen {
		if status, code, msg := s.replace(room, user, body); status != 0 {
			writeError(w, status, code, msg)
			return
		}
		id = fmt.Sprintf("$event%d_%s", len(s.events)+1, strings.TrimPrefix(room, "!"))
		s.txns[key] = id
		s.events = append(s.events, Event{ID: id, RoomID: room, Sender: user, TxnID: txn, Body: json.RawMessage(body), Current: json.RawMessage(body)})
	}
	writeJSON(w, http.StatusOK, map[string]string{"event_id": id})
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, map[string]string{"errcode": code, "error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
