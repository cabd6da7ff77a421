// Package webhooktest is a Standard Webhooks receiver for tests, written from the
// specification (standardwebhooks.com): it verifies webhook-signature (HMAC-SHA256 over
// "id.timestamp.body" with the decoded whsec_ secret, any of several space-separated v1
// signatures), refuses timestamps more than five minutes away from its clock, and stores each
// webhook-id once, answering a retry with success without storing it again. Like a receiver
// that keeps articles, it refuses (422) an article.updated or article.retracted whose
// data.original names no event it stored, and any change after a retraction.
package webhooktest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Tolerance is how far a webhook-timestamp may be from the receiver's clock.
const Tolerance = 5 * time.Minute

// Event is one message the receiver accepted.
type Event struct {
	ID        string          // webhook-id
	Timestamp int64           // webhook-timestamp (unix seconds)
	Header    http.Header     // all request headers
	Body      json.RawMessage // the body exactly as received
	Attempts  int             // deliveries seen for this id, the first included
}

// Failure is a scripted answer for the next request, before any verification.
type Failure struct {
	Status int         // HTTP status
	Header http.Header // response headers (Retry-After…)
	Body   string      // response body
}

// Receiver is the fake endpoint.
type Receiver struct {
	*httptest.Server
	key []byte
	now func() time.Time

	mu       sync.Mutex
	events   []*Event
	byID     map[string]*Event
	failures []Failure
	refused  []string
}

// NewReceiver starts a receiver that accepts messages signed with secret ("whsec_<base64>").
// now is its clock (nil = time.Now). Close it when done.
func NewReceiver(secret string, now func() time.Time) *Receiver {
	if now == nil {
		now = time.Now
	}
	key, _ := base64.StdEncoding.DecodeString(strings.TrimPrefix(secret, "whsec_"))
	r := &Receiver{key: key, now: now, byID: map[string]*Event{}}
	r.Server = httptest.NewServer(http.HandlerFunc(r.serve))
	return r
}

// FailNext makes the next len(f) requests get these answers, in order.
func (r *Receiver) FailNext(f ...Failure) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failures = append(r.failures, f...)
}

// Events returns the stored events in arrival order (one per webhook-id).
func (r *Receiver) Events() []Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]Event, len(r.events))
	for i, e := range r.events {
		out[i] = *e
	}
	return out
}

// Refused returns why each refused request was refused ("signature", "timestamp", …).
func (r *Receiver) Refused() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.refused...)
}

func (r *Receiver) serve(w http.ResponseWriter, req *http.Request) {
	body, err := io.ReadAll(io.LimitReader(req.Body, 1<<20))
	if err != nil {
		http.Error(w, "read error", http.StatusBadRequest)
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.failures) > 0 {
		f := r.failures[0]
		r.failures = r.failures[1:]
		for k, vs := range f.Header {
			w.Header()[k] = vs
		}
		w.WriteHeader(f.Status)
		_, _ = io.WriteString(w, f.Body)
		return
	}
	if req.Method != http.MethodPost {
		r.refuse(w, "method", http.StatusMethodNotAllowed)
		return
	}
	id, tsText, sigs := req.Header.Get("webhook-id"), req.Header.Get("webhook-timestamp"), req.Header.Get("webhook-signature")
	if id == "" || tsText == "" || sigs == "" {
		r.refuse(w, "missing headers", http.StatusBadRequest)
		return
	}
	ts, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil {
		r.refuse(w, "timestamp", http.StatusBadRequest)
		return
	}
	// Verify the signature first so an unsigned caller learns nothing about our clock.
	if !r.verify(id, tsText, body, sigs) {
		r.refuse(w, "signature", http.StatusUnauthorized)
		return
	}
	if d := r.now().Sub(time.Unix(ts, 0)); d > Tolerance || d < -Tolerance {
		r.refuse(w, "timestamp", http.StatusBadRequest)
		return
	}
	if !json.Valid(body) {
		r.refuse(w, "json", http.StatusBadRequest)
		return
	}
	if e, ok := r.byID[id]; ok {
		e.Attempts++
		w.WriteHeader(http.StatusNoContent) // already processed: success, nothing stored twice
		return
	}
	if why := r.reference(body); why != "" {
		r.refuse(w, why, http.StatusUnprocessableEntity)
		return
	}
	e := &Event{ID: id, Timestamp: ts, Header: req.Header.Clone(), Body: body, Attempts: 1}
	r.byID[id] = e
	r.events = append(r.events, e)
	w.WriteHeader(http.StatusNoContent)
}

// verify checks every "v1,<base64>" in the space-separated header against the expected MAC.
func (r *Receiver) verify(id, ts string, body []byte, header string) bool {
	m := hmac.New(sha256.New, r.key)
	m.Write([]byte(id + "." + ts + "."))
	m.Write(body)
	want := m.Sum(nil)
	for _, s := range strings.Fields(header) {
		version, sig, ok := strings.Cut(s, ",")
		if !ok || version != "v1" {
			continue
		}
		got, err := base64.StdEncoding.DecodeString(sig)
		if err == nil && hmac.Equal(got, want) {
			return true
		}
	}
	return false
}

// refuse answers status with a short JSON error and remembers why (mu held).
func (r *Receiver) refuse(w http.ResponseWriter, why string, status int) {
	r.refused = append(r.refused, why)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, `{"error":"`+why+`"}`)
}
