package mastodontest

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// Mastodon's deletion throttle: 30 status deletions per 30 minutes per account, counted in a
// fixed window.
const (
	DeleteLimit  = 30
	DeleteWindow = 30 * time.Minute
)

// deletes is one account's deletion window.
type deletes struct {
	start time.Time
	n     int
}

// changeStatus serves PUT and DELETE /api/v1/statuses/:id: only the account's own live
// statuses are found (anything else is 404 Record not found, as Mastodon scopes the lookup to
// the account), edits are validated like posts, deletions are throttled.
func (s *Server) changeStatus(w http.ResponseWriter, r *http.Request, id string) {
	acct, ok := s.auth(w, r)
	if !ok {
		return
	}
	if r.Method != http.MethodPut && r.Method != http.MethodDelete {
		fail(w, http.StatusNotFound, "Record not found")
		return
	}
	var st *Status
	for _, x := range s.statuses {
		if x.ID == id && x.Account == acct && !x.Deleted {
			st = x
		}
	}
	if st == nil {
		fail(w, http.StatusNotFound, "Record not found")
		return
	}
	if s.popFail(w) {
		return
	}
	if r.Method == http.MethodDelete {
		now := s.opts.Now()
		d := s.deletes[acct]
		if d == nil || now.Sub(d.start) >= DeleteWindow {
			d = &deletes{start: now}
			s.deletes[acct] = d
		}
		if d.n >= DeleteLimit {
			s.throttledDeletes++
			w.Header().Set("X-RateLimit-Limit", "30")
			w.Header().Set("X-RateLimit-Remaining", "0")
			w.Header().Set("X-RateLimit-Reset", d.start.Add(DeleteWindow).UTC().Format("2006-01-02T15:04:05.000000Z"))
			fail(w, http.StatusTooManyRequests, "Too many requests")
			return
		}
		d.n++
		st.Deleted = true
		// Mastodon answers with the deleted status and its source text, for "delete and redraft".
		e := s.entity(st)
		e["text"] = st.Text
		writeJSON(w, http.StatusOK, e)
		return
	}
	body := drain(r, 1<<20)
	var p statusParams
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") || json.Unmarshal(body, &p) != nil {
		fail(w, http.StatusUnprocessableEntity, "Validation failed: Text can't be blank")
		return
	}
	p.Visibility = "" // an edit cannot change who sees the status: Mastodon ignores it
	n := Count(p.Status, p.SpoilerText)
	if status, msg := s.validate(p, acct, n); status != 0 {
		fail(w, status, msg)
		return
	}
	if p.Status != st.Text || p.SpoilerText != st.SpoilerText || p.Language != st.Language || !equal(p.MediaIDs, st.MediaIDs) {
		// Mastodon records an edit only when something changed.
		st.Edits++
	}
	st.Text, st.SpoilerText, st.Language, st.MediaIDs, st.Body, st.Length = p.Status, p.SpoilerText, p.Language, p.MediaIDs, body, n
	e := s.entity(st)
	e["edited_at"] = s.opts.Now().UTC().Format("2006-01-02T15:04:05.000Z")
	writeJSON(w, http.StatusOK, e)
}

// ThrottledDeletes counts deletions the fake refused with 429 (the account's budget spent).
func (s *Server) ThrottledDeletes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.throttledDeletes
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
