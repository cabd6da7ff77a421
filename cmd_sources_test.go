package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSourcesAndOPMLCommands(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(`<rss version="2.0"><channel><title>Site</title><item><title>카카오 실적</title><link>https://e.example/1</link></item></channel></rss>`))
	}))
	defer srv.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.yaml")
	yml := "store: { path: " + filepath.Join(dir, "s.db") + " }\nfetch: { allow_private: true }\nsources:\n  - { name: filed, url: \"https://example.com/rss\" }\nchannels:\n  - { name: out, type: console }\n"
	if err := os.WriteFile(cfg, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	cli := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(context.Background(), args, &out, &errb); code != 0 {
			t.Fatalf("paperboy %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
		}
		return out.String()
	}
	if out := cli("sources", "add", "--config", cfg, "--name", "site", "--interval", "10m", srv.URL+"/rss"); !strings.Contains(out, "카카오 실적") {
		t.Fatalf("add shows no preview: %s", out)
	}
	list := cli("sources", "list", "--config", cfg)
	if !strings.Contains(list, "filed") || !strings.Contains(list, "site") || !strings.Contains(list, "runtime") {
		t.Fatalf("list:\n%s", list)
	}
	opml := filepath.Join(dir, "out.opml")
	cli("opml", "export", "--config", cfg, opml)
	cli("sources", "remove", "--config", cfg, "site")
	if list := cli("sources", "list", "--config", cfg); strings.Contains(list, "site") {
		t.Fatalf("removed source still listed:\n%s", list)
	}
	if out := cli("opml", "import", "--config", cfg, opml); !strings.Contains(out, "1 of 2 sources added") {
		t.Fatalf("import: %s", out) // the file's own source is watched already
	}
	var exp bytes.Buffer
	if run(context.Background(), []string{"opml", "export", "--config", cfg, "-"}, &exp, &bytes.Buffer{}) != 0 || !strings.Contains(exp.String(), srv.URL+"/rss") {
		t.Fatalf("export after import:\n%s", exp.String())
	}
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"sources", "remove", "--config", cfg, "filed"}, &bytes.Buffer{}, &errb); code == 0 || !strings.Contains(errb.String(), "configuration file") {
		t.Fatalf("removing a file source: exit %d, %s", code, errb.String())
	}
}
