// Package blueskytest is an in-memory fake of the AT Protocol PDS endpoints paperboy uses,
// built from the com.atproto and app.bsky lexicons and the reference PDS's observed answers:
// app-password sessions with expiring access tokens (400 ExpiredToken) and refresh, blob
// upload, createRecord with client-chosen TID record keys and lexicon validation (replies
// included), getRecord, deleteRecord, and scripted 429s with ratelimit-* headers.
package blueskytest

import (
	"crypto/sha256"
	"encoding/hex"
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

// Record is one stored post.
type Record struct {
	URI   string          // at://did/app.bsky.feed.post/rkey
	CID   string          // content hash
	RKey  string          // record key
	Value json.RawMessage // the record as received
	// Deleted is set by deleteRecord: the record is gone for getRecord and readers.
	Deleted bool
}

// Blob is one uploaded blob.
type Blob struct {
	CID      string
	MimeType string
	Data     []byte
}

// Server is the fake PDS. Create it with NewServer.
type Server struct {
	*httptest.Server
	// DuplicateError decides how a create at an existing rkey is answered: "" answers like
	// the reference PDS today (500 InternalServerError, bluesky-social/atproto#3718); any
	// other value answers 400 with that error name (the explicit error atproto#4728 adds).
	DuplicateError string

	mu       sync.Mutex
	now      func() time.Time
	handle   string
	did      string
	password string
	access   map[string]bool // access token → still valid
	refresh  map[string]bool // refresh token → still valid
	records  map[string]Record
	order    []string
	blobs    map[string]Blob
	limits   []time.Duration
	logins   int
	refreshs int
	seq      int
	deletes  int
}

// NewServer starts a fake PDS with one account; now is its clock (nil = time.Now).
func NewServer(handle, appPassword string, now func() time.Time) *Server {
	if now == nil {
		now = time.Now
	}
	sum := sha256.Sum256([]byte(handle))
	s := &Server{
		now: now, handle: handle, password: appPassword,
		did:    "did:plc:" + strings.ToLower(hex.EncodeToString(sum[:12])),
		access: map[string]bool{}, refresh: map[string]bool{},
		records: map[string]Record{}, blobs: map[string]Blob{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /xrpc/com.atproto.server.createSession", s.createSession)
	mux.HandleFunc("POST /xrpc/com.atproto.server.refreshSession", s.refreshSession)
	mux.HandleFunc("POST /xrpc/com.atproto.repo.uploadBlob", s.uploadBlob)
	mux.HandleFunc("POST /xrpc/com.atproto.repo.createRecord", s.createRecord)
	mux.HandleFunc("GET /xrpc/com.atproto.repo.getRecord", s.getRecord)
	mux.HandleFunc("POST /xrpc/com.atproto.repo.deleteRecord", s.deleteRecord)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		xrpcError(w, http.StatusNotImplemented, "MethodNotImplemented", "Method Not Implemented")
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		var wait time.Duration
		limited := len(s.limits) > 0
		if limited {
			wait, s.limits = s.limits[0], s.limits[1:]
		}
		reset := s.now().Add(wait).Unix()
		s.mu.Unlock()
		if limited {
			_, _ = io.Copy(io.Discard, r.Body)
			w.Header().Set("ratelimit-limit", "5000")
			w.Header().Set("ratelimit-remaining", "0")
			w.Header().Set("ratelimit-reset", strconv.FormatInt(reset, 10))
			w.Header().Set("ratelimit-policy", "5000;w=3600")
			xrpcError(w, http.StatusTooManyRequests, "RateLimitExceeded", "Rate Limit Exceeded")
			return
		}
		mux.ServeHTTP(w, r)
	}))
	return s
}

// DID is the account's DID.
func (s *Server) DID() string { return s.did }

// RateLimitNext makes the next request answer 429 with ratelimit-reset = now + wait (whole seconds).
func (s *Server) RateLimitNext(wait time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits = append(s.limits, wait)
}

// ExpireAccess expires every access token handed out so far, as their 2-hour lifetime does.
func (s *Server) ExpireAccess() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k := range s.access {
		s.access[k] = false
	}
}

// Records returns the stored posts in creation order.
func (s *Server) Records() []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Record, 0, len(s.order))
	for _, k := range s.order {
		out = append(out, s.records[k])
	}
	return out
}

// Blob returns an uploaded blob by CID.
func (s *Server) Blob(cid string) (Blob, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.blobs[cid]
	return b, ok
}

// Sessions reports how many createSession and refreshSession calls succeeded.
func (s *Server) Sessions() (logins, refreshes int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.logins, s.refreshs
}

func (s *Server) newSession(w http.ResponseWriter) {
	s.seq++
	acc, ref := fmt.Sprintf("eyJ.access-%d", s.seq), fmt.Sprintf("eyJ.refresh-%d", s.seq)
	s.access[acc], s.refresh[ref] = true, true
	writeJSON(w, http.StatusOK, map[string]any{
		"accessJwt": acc, "refreshJwt": ref, "handle": s.handle, "did": s.did, "active": true,
	})
}

func (s *Server) createSession(w http.ResponseWriter, r *http.Request) {
	var in struct{ Identifier, Password string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Identifier == "" || in.Password == "" {
		xrpcError(w, http.StatusBadRequest, "InvalidRequest", "Input must have the property \"identifier\"")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if (in.Identifier != s.handle && in.Identifier != s.did) || in.Password != s.password {
		xrpcError(w, http.StatusUnauthorized, "AuthenticationRequired", "Invalid identifier or password")
		return
	}
	s.logins++
	s.newSession(w)
}

func (s *Server) refreshSession(w http.ResponseWriter, r *http.Request) {
	tok := bearer(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	valid, known := s.refresh[tok]
	switch {
	case !known:
		xrpcError(w, http.StatusBadRequest, "InvalidToken", "Token could not be verified")
	case !valid:
		xrpcError(w, http.StatusBadRequest, "ExpiredToken", "Token has been revoked")
	default:
		s.refresh[tok] = false // refresh tokens are single-use
		s.refreshs++
		s.newSession(w)
	}
}

// authorize checks the access token, writing the PDS's answer when it is not valid.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) bool {
	tok := bearer(r)
	s.mu.Lock()
	valid, known := s.access[tok]
	s.mu.Unlock()
	switch {
	case tok == "":
		xrpcError(w, http.StatusUnauthorized, "AuthenticationRequired", "Authentication Required")
	case !known:
		xrpcError(w, http.StatusUnauthorized, "InvalidToken", "Bad token scope")
	case !valid:
		xrpcError(w, http.StatusBadRequest, "ExpiredToken", "Token has expired")
	default:
		return true
	}
	return false
}

func (s *Server) uploadBlob(w http.ResponseWriter, r *http.Request) {
	if !s.authorize(w, r) {
		return
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, maxUpload+1))
	if err != nil {
		xrpcError(w, http.StatusBadRequest, "InvalidRequest", "could not read blob")
		return
	}
	if len(data) > maxUpload {
		xrpcError(w, http.StatusRequestEntityTooLarge, "PayloadTooLarge", "request entity too large")
		return
	}
	mime := r.Header.Get("Content-Type")
	if mime == "" || mime == "*/*" {
		mime = http.DetectContentType(data)
	}
	sum := sha256.Sum256(data)
	cid := "bafkrei" + strings.ToLower(hex.EncodeToString(sum[:20]))
	s.mu.Lock()
	s.blobs[cid] = Blob{CID: cid, MimeType: mime, Data: data}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"blob": map[string]any{
		"$type": "blob", "ref": map[string]string{"$link": cid}, "mimeType": mime, "size": len(data),
	}})
}

func (s *Server) getRecord(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	uri := "at://" + q.Get("repo") + "/" + q.Get("collection") + "/" + q.Get("rkey")
	s.mu.Lock()
	rec, ok := s.records[uri]
	s.mu.Unlock()
	if !ok || rec.Deleted {
		xrpcError(w, http.StatusBadRequest, "RecordNotFound", "Could not locate record: "+uri)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"uri": rec.URI, "cid": rec.CID, "value": rec.Value})
}

func bearer(r *http.Request) string {
	tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return tok
}

func xrpcError(w http.ResponseWriter, status int, name, msg string) {
	writeJSON(w, status, map[string]string{"error": name, "message": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
