package fetch

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync/atomic"
	"testing"
)

func TestMediaJudgesTheBytesAndTheSize(t *testing.T) {
	var buf bytes.Buffer
	_ = png.Encode(&buf, image.NewGray(image.Rect(0, 0, 8, 8)))
	pic := buf.Bytes()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/octet.png":
			w.Header().Set("Content-Type", "application/octet-stream")
			_, _ = w.Write(pic)
		case "/lying.jpg":
			w.Header().Set("Content-Type", "image/jpeg")
			_, _ = w.Write([]byte("<!doctype html><title>soft 404</title>"))
		case "/logo.svg":
			w.Header().Set("Content-Type", "image/svg+xml")
			_, _ = w.Write([]byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`))
		}
	}))
	defer srv.Close()
	c := New(Config{}, WithExemptAddrs(netip.MustParseAddrPort(srv.Listener.Addr().String())))
	m, err := c.Media(t.Context(), MediaRequest{URL: srv.URL + "/octet.png"})
	if err != nil || m.ContentType != "image/png" || !bytes.Equal(m.Data, pic) {
		t.Fatalf("png: %+v %v", m, err)
	}
	for _, path := range []string{"/lying.jpg", "/logo.svg"} {
		if _, err := c.Media(t.Context(), MediaRequest{URL: srv.URL + path}); !errors.Is(err, ErrNotMedia) {
			t.Errorf("%s: %v, want ErrNotMedia", path, err)
		}
	}
	var tl *TooLargeError
	if _, err := c.Media(t.Context(), MediaRequest{URL: srv.URL + "/octet.png", MaxBytes: 10}); !errors.As(err, &tl) || tl.Limit != 10 {
		t.Errorf("over the request's cap: %v", err)
	}
}

func TestMediaGuardRefusesPrivateTargets(t *testing.T) {
	var reached atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { reached.Add(1) }))
	defer srv.Close()
	c := New(Config{})
	for _, u := range []string{srv.URL + "/a.png", "http://169.254.169.254/latest/meta-data/", "http://[::1]:1/x.png"} {
		var pe *PrivateAddressError
		if _, err := c.Media(t.Context(), MediaRequest{URL: u}); !errors.As(err, &pe) {
			t.Errorf("%s: %v, want a refused private address", u, err)
		}
	}
	if reached.Load() != 0 {
		t.Error("the loopback server was reached")
	}
}
