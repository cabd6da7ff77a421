package fetch

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestHeadAndGetPrefix(t *testing.T) {
	payload := bytes.Repeat([]byte("0123456789"), 1000) // 10,000 bytes
	var lastRange, lastEncoding, lastMethod string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lastRange, lastEncoding, lastMethod = r.Header.Get("Range"), r.Header.Get("Accept-Encoding"), r.Method
		switch r.URL.Path {
		case "/ranged.bin":
			http.ServeContent(w, r, "x.bin", time.Time{}, bytes.NewReader(payload)) // honours Range
		case "/whole.bin":
			w.Header().Set("Content-Type", "application/octet-stream")
			_, _ = w.Write(payload) // ignores Range: the client must still keep only n bytes
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	c := New(Config{AllowPrivate: true, MaxBody: 4096})
	ctx := context.Background()

	resp, err := c.Head(ctx, Request{URL: srv.URL + "/ranged.bin"})
	if err != nil || lastMethod != http.MethodHead || len(resp.Body) != 0 || resp.Header.Get("Content-Length") != "10000" {
		t.Fatalf("head: %+v %v (method %s)", resp, err, lastMethod)
	}
	var se *StatusError
	if _, err := c.Head(ctx, Request{URL: srv.URL + "/gone"}); !errors.As(err, &se) || se.Code != 404 {
		t.Fatalf("head of a missing file: %v", err)
	}
	for _, path := range []string{"/ranged.bin", "/whole.bin"} {
		resp, err := c.GetPrefix(ctx, Request{URL: srv.URL + path}, 100)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if !bytes.Equal(resp.Body, payload[:100]) || lastRange != "bytes=0-99" || lastEncoding != "identity" {
			t.Fatalf("%s: %d bytes, range %q, encoding %q", path, len(resp.Body), lastRange, lastEncoding)
		}
	}
	// MaxBody bounds whole bodies, not prefixes: the 10,000-byte file is refused by Get.
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/whole.bin"}); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("get over max_body: %v", err)
	}
	if _, err := c.GetPrefix(ctx, Request{URL: srv.URL + "/whole.bin"}, 0); err == nil {
		t.Fatal("a zero-byte prefix must be refused")
	}
}
