package deploy

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// feedXML is a one-item RSS feed for the service smoke test.
const feedXML = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Deploy test</title><link>%[1]s/</link>
<item><title>Container smoke test</title><link>%[1]s/a/1</link><guid>%[1]s/a/1</guid>
<description>One article so the service has work to do.</description>
<pubDate>Mon, 02 Jan 2006 15:04:05 +0900</pubDate></item>
</channel></rss>`

// logWatch reads the service's JSON log lines and hands each to waiters.
type logWatch struct {
	lines chan map[string]any
}

func watchLog(r io.Reader) *logWatch {
	w := &logWatch{lines: make(chan map[string]any, 256)}
	go func() {
		defer close(w.lines)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) == nil {
				w.lines <- m
			}
		}
	}()
	return w
}

// wait returns the first log line whose msg is msg, failing after the deadline or at exit.
func (w *logWatch) wait(t *testing.T, msg string) map[string]any {
	t.Helper()
	deadline := time.After(60 * time.Second)
	for {
		select {
		case m, ok := <-w.lines:
			if !ok {
				t.Fatalf("the service exited before logging %q", msg)
			}
			if m["msg"] == msg {
				return m
			}
		case <-deadline:
			t.Fatalf("no %q log line within 60s", msg)
		}
	}
}

// serveAsApp runs `paperboy run` as uid 65532 from a read-only binary and config, with only
// state writable, and drives it the way the container runtime does: the HEALTHCHECK command,
// the readiness endpoint, a SIGHUP reload, and SIGTERM.
func serveAsApp(t *testing.T, base, bin, state string) {
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprintf(w, feedXML, "http://"+r.Host)
	}))
	defer feed.Close()
	etc := filepath.Join(base, "etc")
	if err := os.Mkdir(etc, 0o755); err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(etc, "config.yaml")
	cfg := fmt.Sprintf(`store: { path: %s/db/paperboy.db }
http: { listen: "127.0.0.1:0" }
log: { format: json, level: info }
fetch: { allow_private: true }
sources:
  - { name: local, url: "%s/feed.xml", interval: 1h }
channels:
  - { name: console, type: console }
`, state, feed.URL)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(bin, "run", "--config", cfgPath)
	cmd.Dir = state
	cmd.Env = []string{"HOME=" + state, "TMPDIR=" + state, "PATH=/nonexistent"}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: appUID, Gid: appUID, Groups: []uint32{}}}
	cmd.Stdout = io.Discard
	// Our own pipe rather than StderrPipe: Wait must not close it while the log is still read.
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	cmd.Stderr = pw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	logs := watchLog(pr)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	done := false
	defer func() {
		if !done {
			_ = cmd.Process.Kill()
			<-exited
		}
	}()

	addr, _ := logs.wait(t, "http listening")["addr"].(string)
	if addr == "" {
		t.Fatal("the http listening log line has no addr")
	}
	t.Logf("paperboy run as uid %d serving on %s", appUID, addr)
	health := func(path string) error {
		out, stderr, err := runAsApp(bin, state, "health", "--url", "http://"+addr+path)
		if err == nil && strings.TrimSpace(out) != "ok" {
			return fmt.Errorf("health printed %q", out)
		}
		if err != nil {
			return fmt.Errorf("%w: %s", err, strings.TrimSpace(stderr))
		}
		return nil
	}
	if err := health("/healthz"); err != nil {
		t.Errorf("HEALTHCHECK command against /healthz: %v", err)
	}
	if err := health("/readyz"); err != nil {
		t.Errorf("/readyz with the embedded store open: %v", err)
	}
	if err := health("/no-such-endpoint"); err == nil {
		t.Error("health exits 0 for a 404: it would hide a broken service")
	}

	// SIGHUP reloads the configuration in place; the service keeps answering.
	if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	reloaded := logs.wait(t, "configuration reloaded")
	t.Logf("SIGHUP: %v", reloaded)
	if err := health("/healthz"); err != nil {
		t.Errorf("/healthz after SIGHUP: %v", err)
	}

	// SIGTERM drains and exits 0, as `docker stop` and a pod deletion expect.
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	go func() {
		for range logs.lines { // keep the pipe drained until exit
		}
	}()
	select {
	case err := <-exited:
		done = true
		if err != nil {
			t.Errorf("paperboy run after SIGTERM: %v (want exit 0)", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("paperboy run did not exit within 60s of SIGTERM")
	}
}
