package dashboard

import (
	"fmt"
	"net/http"
	"time"
)

// refreshEvery is how often live pages refresh even without a delivery: queue depths,
// breakers and poll times change without one.
const refreshEvery = 15 * time.Second

// events is a Server-Sent Events stream: one "data: <seq>" line whenever the delivery log
// changes (or every refreshEvery); the page then fetches its live fragment again.
func (s *Server) events(w http.ResponseWriter, r *http.Request, _ *state, _ *Page) {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return
	}
	rc := http.NewResponseController(w)
	// The HTTP server's write timeout suits webhooks, not a stream: lift it for this response.
	_ = rc.SetWriteDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	tick := time.NewTicker(refreshEvery)
	defer tick.Stop()
	changed, seq := s.Log.Changed()
	if _, err := fmt.Fprintf(w, "retry: 3000\ndata: %d\n\n", seq); err != nil {
		return
	}
	if rc.Flush() != nil {
		return
	}
	for {
		select {
		case <-r.Context().Done():
			return
		case <-changed:
		case <-tick.C:
		}
		// A stream outlives its request's check: end it once the session no longer holds
		// (signed out, expired, or the user removed or demoted by a reload).
		if ss := s.sessions.get(r.Context(), c.Value); ss == nil || !s.cur.Load().matches(ss) {
			return
		}
		changed, seq = s.Log.Changed()
		if _, err := fmt.Fprintf(w, "data: %d\n\n", seq); err != nil {
			return
		}
		if rc.Flush() != nil {
			return
		}
	}
}
