package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// readmeMetrics collects every paperboy_* series the READMEs promise: names written out in
// full anywhere, and the rows of deploy/README.md's metrics table (written without the prefix).
func readmeMetrics(t *testing.T) []string {
	t.Helper()
	full := regexp.MustCompile("paperboy_[a-z0-9_]*[a-z0-9]")
	row := regexp.MustCompile("(?m)^\\| (`[a-z0-9_]+`(?:, `[a-z0-9_]+`)*) \\|")
	tick := regexp.MustCompile("`([a-z0-9_]+)`")
	seen := map[string]bool{}
	for _, f := range []string{"README.md", "deploy/README.md"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, m := range full.FindAllString(text, -1) {
			seen[m] = true
		}
		if i := strings.Index(text, "## Metrics"); i >= 0 {
			section := text[i:]
			if j := strings.Index(section[3:], "\n## "); j >= 0 {
				section = section[:j+3]
			}
			for _, r := range row.FindAllStringSubmatch(section, -1) {
				for _, n := range tick.FindAllStringSubmatch(r[1], -1) {
					seen["paperboy_"+n[1]] = true
				}
			}
		}
	}
	var out []string
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// TestEveryREADMEMetricExistsAtStart: right after start, before any poll or delivery, /metrics
// already has every series the READMEs name, at zero, for the configured channels and sources;
// on SIGTERM the service ends with one "stopped" line saying what it left queued.
func TestEveryREADMEMetricExistsAtStart(t *testing.T) {
	names := readmeMetrics(t)
	if len(names) < 15 {
		t.Fatalf("found only %d metric names in the READMEs: %v", len(names), names)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	cfg := fmt.Sprintf(`store: { path: %s }
log: { format: text }
http: { listen: "127.0.0.1:0" }
sources:
  - { name: far, url: "https://news.example.invalid/rss", interval: 1h }
channels:
  - { name: con, type: console, output: stderr }
`, filepath.Join(dir, "pb.db"))
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"run", "--config", path}, io.Discard, &logs) }()
	listening := regexp.MustCompile(`msg="http listening" addr=(\S+)`)
	waitFor(t, func() bool { return listening.MatchString(logs.String()) }, &logs)
	base := "http://" + listening.FindStringSubmatch(logs.String())[1]
	var body string
	waitFor(t, func() bool {
		resp, err := http.Get(base + "/metrics")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		body = string(b)
		return resp.StatusCode == http.StatusOK
	}, &logs)
	for _, n := range names {
		if !regexp.MustCompile(`(?m)^` + n + `(_bucket|_count|_sum)?[{ ]`).MatchString(body) {
			t.Errorf("README promises %s, but /metrics at start lacks it", n)
		}
	}
	for _, want := range []string{`paperboy_posts_delivered_total{channel="con"} 0`, `paperboy_polls_total{result="ok",source="far"} 0`, `paperboy_queue_depth{channel="con"} 0`} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics at start lacks %q", want)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d after SIGTERM\n%s", code, logs.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the service did not stop within 30s of SIGTERM")
	}
	out := logs.String()
	if n := strings.Count(out, `msg="stopped: 0 posts left queued for the next start"`); n != 1 {
		t.Fatalf("want one stopped line naming what was left queued, got %d:\n%s", n, out)
	}
	if !strings.Contains(out, "shutting down") || strings.Contains(out, "reloading") {
		t.Fatalf("SIGTERM must say shutting down, not reloading:\n%s", out)
	}
}
