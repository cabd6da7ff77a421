package channel

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// A platform's API client reaches its configured endpoints and nothing else: not another
// host, not another port, not a redirect off the endpoint.
func TestAPIClientIsPinnedToItsEndpoints(t *testing.T) {
	var other atomic.Int32
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { other.Add(1) }))
	defer elsewhere.Close()
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/redirect" {
			http.Redirect(w, r, elsewhere.URL+"/secret", http.StatusFound)
			return
		}
		_, _ = w.Write([]byte("ok"))
	}))
	defer api.Close()
	c := Options{}.WithDefaults().API(api.URL + "/v1/")
	resp, err := c.Get(api.URL + "/v1/messages")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	for _, u := range []string{elsewhere.URL + "/image.png", api.URL + "/redirect"} {
		_, err := c.Get(u)
		if err == nil || !strings.Contains(err.Error(), "not one of the platform's configured endpoints") {
			t.Errorf("%s: %v", u, err)
		}
	}
	if other.Load() != 0 {
		t.Errorf("the other server was reached %d times", other.Load())
	}
}

func TestOrigin(t *testing.T) {
	for in, want := range map[string]string{
		"https://API.example.com:443/x": "https://api.example.com",
		"http://example.com:80":         "http://example.com",
		"http://[::1]:8080/":            "http://[::1]:8080",
		"https://example.com:8443/":     "https://example.com:8443",
	} {
		c := Options{}.API(in)
		if !c.Transport.(*originLock).allowed[want] {
			t.Errorf("%s: allowed %v, want %s", in, c.Transport.(*originLock).allowed, want)
		}
	}
}
