package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// A POST to a content-given URL (a WebSub hub named by the feed) made through HTTPClient is
// refused by the dialer's guard, also when a public-looking first hop redirects inward.
func TestHTTPClientGuardsPrivateAddresses(t *testing.T) {
	inner := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) }))
	defer inner.Close()
	guarded := New(Config{}).HTTPClient(5 * time.Second)
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, inner.URL+"/hub", strings.NewReader("hub.mode=subscribe"))
	if resp, err := guarded.Do(req); err == nil {
		resp.Body.Close()
		t.Fatalf("POST to %s went through the guard: %s", inner.URL, resp.Status)
	}
	open := New(Config{AllowPrivate: true}).HTTPClient(5 * time.Second)
	req, _ = http.NewRequestWithContext(context.Background(), http.MethodPost, inner.URL+"/hub", strings.NewReader("hub.mode=subscribe"))
	resp, err := open.Do(req)
	if err != nil {
		t.Fatalf("allow_private: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("allow_private: %s", resp.Status)
	}
}
