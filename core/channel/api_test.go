package channel

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestAPIDo(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok/SECRET":
			if r.Header.Get("Content-Type") != "application/json" || r.Header.Get("Authorization") != "Bearer SECRET" {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			_, _ = w.Write([]byte(`{"id":"7"}`))
		case "/busy/SECRET":
			w.Header().Set("Retry-After", "3")
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = w.Write([]byte(`slow down, SECRET`))
		case "/big/SECRET":
			_, _ = w.Write([]byte(`{"id":"` + strings.Repeat("x", 100) + `"}`))
		case "/slow/SECRET":
			<-r.Context().Done()
		}
	}))
	defer srv.Close()
	api := &API{Platform: "test", Base: srv.URL, Client: srv.Client(), Secrets: []string{"SECRET"},
		Header: http.Header{"Authorization": {"Bearer SECRET"}}}
	ctx := context.Background()

	var out struct{ ID string }
	if _, err := api.Do(ctx, Call{Path: "/ok/SECRET", Body: map[string]int{"a": 1}}, &out); err != nil || out.ID != "7" {
		t.Fatalf("ok: %v %q", err, out.ID)
	}

	_, err := api.Do(ctx, Call{Path: "/busy/SECRET", Op: "busy"}, nil)
	var ce *Error
	if !errors.As(err, &ce) || ce.Reason != RateLimited || ce.RetryAfter != 3*time.Second || ce.Status != 429 {
		t.Fatalf("429: %#v", err)
	}
	if strings.Contains(err.Error(), "SECRET") || strings.Contains(ce.Description, "SECRET") || !strings.HasPrefix(err.Error(), "rate_limited: test: busy: ") {
		t.Fatalf("429 text: %q / %q", err, ce.Description)
	}

	capped := *api
	capped.MaxBody = 20
	if _, err := capped.Do(ctx, Call{Path: "/big/SECRET"}, &out); Classify(err).Reason != Transient {
		t.Fatalf("capped answer should not decode: %v", err)
	}

	short := *api
	short.Timeout = 20 * time.Millisecond
	_, err = short.Do(ctx, Call{Path: "/slow/SECRET"}, nil)
	if Classify(err).Reason != Transient || err == nil || strings.Contains(err.Error(), "SECRET") {
		t.Fatalf("timeout: %v", err)
	}
}
