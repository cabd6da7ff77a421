package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// config writes a configuration with an embedded store and two console channels, and the
// extra YAML, and returns its path.
func writeConfig(t *testing.T, extra string) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	yml := fmt.Sprintf("store: { path: %s }\nfetch: { allow_private: true }\nchannels:\n  - { name: a, type: console, output: stderr }\n  - { name: b, type: console, output: stderr }\n%s",
		filepath.Join(dir, "pb.db"), extra)
	if err := os.WriteFile(path, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func page(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, `<html lang="ko"><head><meta property="og:site_name" content="파란일보"></head><body><article><h1>편집자가 올린 기사</h1>`+
			`<p>편집자가 직접 올린 기사는 일반 소스와 같은 대기열로 게시된다. 중복 게시는 막힌다. 같은 기사를 두 번 올려도 한 번만 나간다.</p></article></body></html>`)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestLoadRefusesABadConfiguration(t *testing.T) {
	for _, path := range []string{"", writeConfig(t, "routes:\n  - { channels: [nope] }\n")} {
		_, err := Load(path, io.Discard)
		var ce *ConfigError
		if !errors.As(err, &ce) {
			t.Errorf("Load(%q) = %v, want a *ConfigError", path, err)
		}
	}
}

// Push, preview and the dead-letter list through one assembled service: the push is routed
// like the manual source and deduplicated like any source.
func TestPushPreviewAndDeadLetters(t *testing.T) {
	ctx := context.Background()
	srv := page(t)
	svc, err := Load(writeConfig(t, "routes:\n  - { sources: [push], channels: [b] }\n"), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	var out bytes.Buffer
	if err := svc.Preview(ctx, srv.URL+"/n/1", "", &out); err != nil || !strings.Contains(out.String(), "편집자가 올린 기사") {
		t.Fatalf("preview: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := svc.Preview(ctx, srv.URL+"/n/1", "telegram", &out); err != nil || !strings.Contains(out.String(), `"parse_mode": "HTML"`) {
		t.Fatalf("preview --as telegram: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := svc.Push(ctx, srv.URL+"/n/1", nil, &out); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "push: 편집자가 올린 기사\n  b: queued\n"; got != want {
		t.Fatalf("push printed %q, want %q", got, want)
	}
	out.Reset()
	if err := svc.Push(ctx, srv.URL+"/n/1?utm_source=x", []string{"b"}, &out); err != nil || !strings.Contains(out.String(), "b: already queued") {
		t.Fatalf("second push: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := svc.DeadList(ctx, 10, &out); err != nil || out.String() != "dead: 0 letters\n" {
		t.Fatalf("dead list: %v %q", err, out.String())
	}
}
