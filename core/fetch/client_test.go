package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/korean"
)

// testClient talks to httptest servers, which listen on loopback.
func testClient(t *testing.T, cfg Config) *Client {
	t.Helper()
	cfg.AllowPrivate = true
	return New(cfg)
}

func compress(t *testing.T, kind string, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	var w io.WriteCloser
	switch kind {
	case "gzip":
		w = gzip.NewWriter(&buf)
	case "zlib":
		w = zlib.NewWriter(&buf)
	case "flate":
		w, _ = flate.NewWriter(&buf, flate.BestCompression)
	}
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGetDecodesCompressedBodies(t *testing.T) {
	page := "<html><head><title>" + korean1 + "</title></head><body>똠방각하</body></html>"
	euckr := encode(t, korean.EUCKR, page)
	tests := []struct {
		encoding, wire string // Content-Encoding sent, compressor used
	}{
		{"", ""},
		{"gzip", "gzip"},
		{"deflate", "zlib"},
		{"deflate", "flate"}, // raw DEFLATE, as some servers send it
	}
	for _, tt := range tests {
		t.Run(tt.encoding+"/"+tt.wire, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if ae := r.Header.Get("Accept-Encoding"); ae != "gzip, deflate" {
					t.Errorf("Accept-Encoding = %q", ae)
				}
				body := euckr
				if tt.wire != "" {
					body = compress(t, tt.wire, euckr)
					w.Header().Set("Content-Encoding", tt.encoding)
				}
				w.Header().Set("Content-Type", "text/html; charset=EUC-KR")
				_, _ = w.Write(body)
			}))
			defer srv.Close()

			resp, err := testClient(t, Config{}).Get(t.Context(), Request{URL: srv.URL + "/a"})
			if err != nil {
				t.Fatal(err)
			}
			if string(resp.Body) != page || resp.Charset != "euc-kr" || resp.Status != 200 {
				t.Fatalf("got %q (%s, %d)", resp.Body, resp.Charset, resp.Status)
			}
			if resp.URL != srv.URL+"/a" || resp.ContentType != "text/html; charset=EUC-KR" {
				t.Errorf("URL %q, ContentType %q", resp.URL, resp.ContentType)
			}
		})
	}
}

func TestGetBinaryBodyUntouched(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0xC7, 0xD1, 0x00}, 50)...)
	for _, ct := range []string{"image/png", ""} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Content-Type"] = []string{ct}
			if ct == "" {
				w.Header()["Content-Type"] = nil // a nil value stops the server sniffing one
			}
			_, _ = w.Write(png)
		}))
		resp, err := testClient(t, Config{}).Get(t.Context(), Request{URL: srv.URL})
		srv.Close()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(resp.Body, png) || resp.Charset != "" {
			t.Errorf("content type %q: body changed or charset %q set", ct, resp.Charset)
		}
	}
}

func TestGetConditional(t *testing.T) {
	const etag, lastMod = `"v1"`, "Wed, 21 Oct 2015 07:28:00 GMT"
	var seen atomic.Pointer[http.Header]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := r.Header.Clone()
		seen.Store(&h)
		if r.URL.Path == "/bare" && r.Header.Get("If-None-Match") != "" {
			w.WriteHeader(http.StatusNotModified) // no validators repeated
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		if r.Header.Get("If-None-Match") == etag && r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = io.WriteString(w, "<rss/>")
	}))
	defer srv.Close()
	c := testClient(t, Config{UserAgent: "paperboy/test"})

	first, err := c.Get(t.Context(), Request{URL: srv.URL, Accept: "application/rss+xml"})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || first.ETag != etag || first.LastModified != lastMod || string(first.Body) != "<rss/>" {
		t.Fatalf("first response: %+v", first)
	}
	h := *seen.Load()
	if h.Get("If-None-Match") != "" || h.Get("User-Agent") != "paperboy/test" || h.Get("Accept") != "application/rss+xml" {
		t.Errorf("first request headers: %v", h)
	}

	second, err := c.Get(t.Context(), Request{URL: srv.URL, ETag: first.ETag, LastModified: first.LastModified})
	if err != nil {
		t.Fatalf("304 must not be an error: %v", err)
	}
	if h := *seen.Load(); h.Get("If-None-Match") != etag || h.Get("If-Modified-Since") != lastMod || h.Get("Accept") != "*/*" {
		t.Errorf("conditional request headers: %v", h)
	}
	if !second.NotModified || second.Status != 304 || len(second.Body) != 0 || second.ETag != etag {
		t.Errorf("second response: %+v", second)
	}

	bare, err := c.Get(t.Context(), Request{URL: srv.URL + "/bare", ETag: etag, LastModified: lastMod})
	if err != nil || !bare.NotModified || bare.ETag != etag || bare.LastModified != lastMod {
		t.Errorf("bare 304 must keep the request's validators: %+v, %v", bare, err)
	}
}

func TestGetMaxBody(t *testing.T) {
	const limit = 1000
	big := bytes.Repeat([]byte("a"), 50*limit)
	tests := []struct {
		name    string
		handler http.HandlerFunc
		wantErr bool
	}{
		{"exactly the limit", func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write(big[:limit])
		}, false},
		{"declared too large", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", strconv.Itoa(limit+1))
			_, _ = w.Write(big[:limit+1])
		}, true},
		{"streamed without length", func(w http.ResponseWriter, r *http.Request) {
			for i := 0; i < 5; i++ {
				_, _ = w.Write(big[:limit/2+1])
				w.(http.Flusher).Flush()
			}
		}, true},
		{"gzip bomb with a small honest length", func(w http.ResponseWriter, r *http.Request) {
			z := compress(t, "gzip", big)
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Length", strconv.Itoa(len(z)))
			_, _ = w.Write(z)
		}, true},
		{"deflate bomb", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "deflate")
			_, _ = w.Write(compress(t, "zlib", big))
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			resp, err := testClient(t, Config{MaxBody: limit}).Get(t.Context(), Request{URL: srv.URL})
			if !tt.wantErr {
				if err != nil || len(resp.Body) != limit {
					t.Fatalf("Get = %v, want the %d-byte body", err, limit)
				}
				return
			}
			var tl *TooLargeError
			if !errors.As(err, &tl) || err.Error() != "fetch: body larger than 1000 bytes" {
				t.Fatalf("Get error = %v, want fetch: body larger than 1000 bytes", err)
			}
		})
	}
}

func TestGetTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // hold the request until the client gives up
	}))
	defer srv.Close()
	_, err := testClient(t, Config{Timeout: 50 * time.Millisecond}).Get(t.Context(), Request{URL: srv.URL + "/slow?token=s3cret"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Get error = %v, want a deadline error", err)
	}
	if !strings.Contains(err.Error(), "timed out after 50ms") || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("error text %q: want the timeout named and the query redacted", err)
	}
}

func TestGetStatusErrors(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		code       int
		retryAfter string
		want       time.Duration
	}{
		{"429 seconds", 429, "120", 120 * time.Second},
		{"503 http date", 503, now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{"503 date in the past", 503, now.Add(-time.Hour).Format(http.TimeFormat), 0},
		{"429 garbage", 429, "soon", 0},
		{"404", 404, "", 0},
		{"500", 500, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.retryAfter != "" {
					w.Header().Set("Retry-After", tt.retryAfter)
				}
				http.Error(w, "nope", tt.code)
			}))
			defer srv.Close()
			c := testClient(t, Config{})
			c.now = func() time.Time { return now }
			_, err := c.Get(t.Context(), Request{URL: srv.URL + "/feed?key=s3cret"})
			var se *StatusError
			if !errors.As(err, &se) {
				t.Fatalf("Get error = %v, want *StatusError", err)
			}
			if se.Code != tt.code || se.RetryAfter != tt.want || se.URL != srv.URL+"/feed?key=s3cret" {
				t.Errorf("StatusError = %+v, want code %d retry %s", se, tt.code, tt.want)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "fetch: GET "+srv.URL+"/feed: status "+strconv.Itoa(tt.code)) || strings.Contains(msg, "s3cret") {
				t.Errorf("error text %q", msg)
			}
		})
	}
}

func TestGetRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n == 0 {
			_, _ = io.WriteString(w, "arrived")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusMovedPermanently) })
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a", http.StatusMovedPermanently) })
	mux.HandleFunc("/self", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/self", http.StatusFound) })
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/feed", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := testClient(t, Config{})

	resp, err := c.Get(t.Context(), Request{URL: srv.URL + "/chain/5"})
	if err != nil || string(resp.Body) != "arrived" || resp.URL != srv.URL+"/chain/0" {
		t.Fatalf("5 redirects: %v, %+v", err, resp)
	}
	tests := []struct {
		path string
		want error
	}{
		{"/chain/6", ErrTooManyRedirects},
		{"/a", ErrRedirectLoop},
		{"/self", ErrRedirectLoop},
		{"/ftp", ErrUnsupportedScheme},
	}
	for _, tt := range tests {
		_, err := c.Get(t.Context(), Request{URL: srv.URL + tt.path})
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: error = %v, want %v", tt.path, err, tt.want)
		}
	}
	if _, err := c.Get(t.Context(), Request{URL: "file:///etc/passwd"}); !errors.Is(err, ErrUnsupportedScheme) {
		t.Errorf("file URL: error = %v", err)
	}
}
