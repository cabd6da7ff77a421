package pipeline

// Attacks on the service as a whole that it refuses (the per-boundary details are in each
// package's security_test.go; SECURITY.md lists them all):
//
//   - a feed document POSTed to the predictable /websub/<source> callback, unsigned, while no
//     subscription is active → 403, counted, nothing queued
//   - a feed item with megabyte-long fields → every field bounded before it is stored, queued,
//     logged or posted

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// value reads a counter.
func value(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

func TestSecurityForgedWebSubNotificationNeverQueued(t *testing.T) {
	st := testStore(t)
	feed := `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Push</title>` +
		`<entry><id>urn:x</id><title>Forged story</title><link href="https://evil.example/scam"/><updated>2026-11-26T10:00:00Z</updated></entry></feed>`
	a := &fakeChannel{name: "a"}
	svc := newService(t, `
http: { listen: "127.0.0.1:0" }
sources:
  - { name: push, type: websub, url: "https://push.example.com/feed", backfill: all }
channels:
  - { name: a, type: console }
`, st, a)
	srv := httptest.NewServer(svc.NewMux())
	defer srv.Close()
	for _, sig := range []string{"", "sha256=" + strings.Repeat("ab", 32)} {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/websub/push", strings.NewReader(feed))
		req.Header.Set("Content-Type", "application/atom+xml")
		if sig != "" {
			req.Header.Set("X-Hub-Signature", sig)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("signature %q: answered %d, want 403", sig, resp.StatusCode)
		}
	}
	if n, err := st.Pending(context.Background(), "a"); err != nil || n != 0 {
		t.Fatalf("forged notification queued %d deliveries (%v)", n, err)
	}
	got := value(t, svc.Metrics().WebSubRefused.WithLabelValues("push", "no_subscription"))
	if got != 2 {
		t.Errorf("paperboy_websub_refused_total{reason=no_subscription} = %v, want 2", got)
	}
	if got := value(t, svc.Metrics().WebSubRefused.WithLabelValues("push", "bad_signature")); got != 0 {
		t.Errorf("bad_signature = %v before any subscription", got)
	}
}
