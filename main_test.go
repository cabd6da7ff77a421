package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/store/redis"
)

// runCLI runs the command line in-process and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code := run(ctx, args, &out, &errb)
	return code, out.String(), errb.String()
}

var demoLine = regexp.MustCompile(`(?m)^demo: (\d+) articles, (\d+) posts delivered, (\d+) duplicates skipped$`)

func TestDemoTwiceWithSameState(t *testing.T) {
	state := t.TempDir()
	code, out, errs := runCLI(t, "demo", "--state", state)
	if code != 0 {
		t.Fatalf("demo exit %d\n%s\n%s", code, out, errs)
	}
	m := demoLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary line:\n%s", out)
	}
	n, _ := strconv.Atoi(m[1])
	delivered, _ := strconv.Atoi(m[2])
	dups, _ := strconv.Atoi(m[3])
	// Every listing is new or a duplicate (the demo feed lists one story twice), and each new
	// article is one post to the console channel.
	if n < 7 || delivered != n-dups || dups < 1 {
		t.Fatalf("first run: %s", m[0])
	}
	for _, want := range []string{"서울 지하철 기본요금 150원 인상", "메신저 '톡톡' 8시간 먹통", "City council approves", "telegram sendPhoto", "discord POST", `"allowed_mentions":{"parse":[]`} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	// The EUC-KR page's body (charset only in <meta>) must come out as Korean text.
	if !strings.Contains(out, "1400원에서 1550원으로") {
		t.Errorf("EUC-KR page summary missing or garbled:\n%s", out)
	}
	code, out, errs = runCLI(t, "demo", "--state", state)
	if code != 0 {
		t.Fatalf("second demo exit %d\n%s", code, errs)
	}
	m2 := demoLine.FindStringSubmatch(out)
	if m2 == nil || m2[2] != "0" {
		t.Fatalf("second run must deliver 0: %q", m2)
	}
	// The second run reads the same listings and skips every one of them as a duplicate.
	if m2[1] != m[1] || m2[3] != m[1] {
		t.Fatalf("second run: %s, want %s articles, all of them duplicates", m2[0], m[1])
	}
}

// newsSite serves a feed of n items (and nothing else); the handler counts polls.
func newsSite(t *testing.T, n int) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var polls atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		polls.Add(1)
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>테스트일보</title>`)
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, `<item><title>기사 %d: 카카오 &lt;먹통&gt; &amp; 복구</title><link>%s/news/%d</link><description>%d번째 기사입니다. 서비스가 복구됐다.</description><pubDate>Thu, 26 Nov 2026 0%d:00:00 +0900</pubDate></item>`, i, srv.URL, i, i, i)
		}
		b.WriteString(`</channel></rss>`)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(b.String()))
	}))
	t.Cleanup(srv.Close)
	return srv, &polls
}

func redisURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("REDIS_URL")
	if u == "" {
		u = "redis://127.0.0.1:6379/0"
	}
	opt, err := goredis.ParseURL(u)
	if err != nil {
		t.Fatal(err)
	}
	c := goredis.NewClient(opt)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		if os.Getenv("PAPERBOY_REQUIRE_REDIS") == "1" {
			t.Fatalf("redis at %s: %v", u, err)
		}
		t.Skipf("no Redis at %s (start one with: redis-server --port 6379, or set REDIS_URL): %v", u, err)
	}
	return u
}

func cleanupPrefix(t *testing.T, url, prefix string) {
	t.Cleanup(func() {
		opt, _ := goredis.ParseURL(url)
		st := redis.New(goredis.NewClient(opt), prefix)
		defer st.Close()
		_ = st.Purge(context.Background())
	})
}

var runLine = regexp.MustCompile(`(?m)^run: (\d+) articles, (\d+) delivered, (\d+) duplicates skipped, (\d+) failed, (\d+) sources failed$`)

func TestRunOnceTelegramExactlyOnce(t *testing.T) {
	for _, backend := range []string{"redis", "embedded"} {
		t.Run(backend, func(t *testing.T) {
			site, _ := newsSite(t, 3)
			tg := telegramtest.New()
			defer tg.Close()
			dir := t.TempDir()
			storeCfg := fmt.Sprintf("store:\n  path: %s\n", filepath.Join(dir, "pb.db"))
			if backend == "redis" {
				url := redisURL(t)
				prefix := fmt.Sprintf("pbtest:%s:%d:", t.Name(), time.Now().UnixNano())
				cleanupPrefix(t, url, prefix)
				storeCfg = fmt.Sprintf("store:\n  redis:\n    url: %q\n    prefix: %q\n", url, prefix)
			}
			cfg := storeCfg + fmt.Sprintf(`fetch:
  allow_private: true
sources:
  - name: test
    url: %s/rss
    backfill: all
channels:
  - name: tg
    type: telegram
    token: %q
    chat: "@news"
    api_url: %s
  - name: con
    type: console
    output: stderr
`, site.URL, telegramtest.DefaultToken, tg.URL)
			path := filepath.Join(dir, "config.yaml")
			if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
				t.Fatal(err)
			}
			code, out, errs := runCLI(t, "run", "--config", path, "--once")
			m := runLine.FindStringSubmatch(out)
			if code != 0 || m == nil || m[1] != "3" || m[2] != "6" || m[4] != "0" || m[5] != "0" {
				t.Fatalf("first run: exit %d %q\n%s", code, out, errs)
			}
			msgs := tg.Messages()
			if len(msgs) != 3 {
				t.Fatalf("telegram got %d messages, want 3", len(msgs))
			}
			// Oldest first, escaped HTML that Telegram accepted, bold linked headline.
			if !strings.Contains(msgs[0].HTML, `<b><a href="`+site.URL+`/news/1">기사 1: 카카오 &lt;먹통&gt; &amp; 복구</a></b>`) {
				t.Errorf("first message html: %s", msgs[0].HTML)
			}
			if len(tg.Violations()) != 0 {
				t.Errorf("rate-limit violations: %+v", tg.Violations())
			}
			code, out, _ = runCLI(t, "run", "--config", path, "--once")
			m = runLine.FindStringSubmatch(out)
			if code != 0 || m == nil || m[2] != "0" || m[3] != "3" {
				t.Fatalf("second run must deliver nothing: exit %d %q", code, out)
			}
			if len(tg.Messages()) != 3 {
				t.Fatalf("telegram got %d messages after the second run", len(tg.Messages()))
			}
		})
	}
}

func TestCheckConfigErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	bad := "sources:\n  - name: a\n    url: https://example.com/rss\nchannels:\n  - name: tg\n    type: telegarm\n"
	if err := os.WriteFile(path, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "check-config", path)
	want := path + `:6: channels[0].type: unknown type "telegarm" (known: bluesky, console, discord, email, mastodon, matrix, slack, telegram, webhook)`
	if code != 2 || !strings.Contains(errs, want) {
		t.Fatalf("exit %d, stderr %q, want %q", code, errs, want)
	}
	good := "sources:\n  - name: a\n    url: https://example.com/rss\nchannels:\n  - name: c\n    type: console\n"
	if err := os.WriteFile(path, []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCLI(t, "check-config", path); code != 0 || !strings.Contains(out, "ok (1 sources, 1 channels") {
		t.Fatalf("good config: %d %q %q", code, out, errs)
	}
	if code, _, _ := runCLI(t, "frobnicate"); code != 2 {
		t.Fatalf("unknown command exit %d", code)
	}
	if code, out, _ := runCLI(t, "version"); code != 0 || !strings.HasPrefix(out, "paperboy ") {
		t.Fatalf("version: %d %q", code, out)
	}
}

func TestLogsNeverShowTokens(t *testing.T) {
	site, _ := newsSite(t, 2)
	tg := telegramtest.New()
	defer tg.Close()
	token := "987654321:AAH-very-secret_token"
	hook := "https://discord.example/api/webhooks/123456789012345678/very-secret-webhook"
	dir := t.TempDir()
	// Telegram answers 401 (a token it does not know), Discord's webhook host does not resolve:
	// both error paths name the request URL, which holds the secret.
	cfg := fmt.Sprintf(`store: { path: %s }
fetch: { allow_private: true }
log: { level: debug, format: json }
deliver: { max_attempts: 1 }
sources:
  - { name: test, url: "%s/rss", backfill: all }
channels:
  - { name: tg, type: telegram, token: %q, chat: "@news", api_url: %s }
  - { name: dc, type: discord, webhook: %q, api_url: "http://127.0.0.1:1/api/v10" }
`, filepath.Join(dir, "pb.db"), site.URL, token, tg.URL, hook)
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "run", "--config", path, "--once", "--drain-timeout", "3s")
	if code == 0 {
		t.Fatalf("deliveries cannot succeed here; exit 0: %s", out)
	}
	for _, secret := range []string{token, "AAH-very-secret_token", "very-secret-webhook"} {
		if strings.Contains(out+errs, secret) {
			t.Fatalf("secret %q leaked into the output:\n%s", secret, errs)
		}
	}
	if !strings.Contains(errs, "unauthorized") || !strings.Contains(errs, `"channel":"dc"`) {
		t.Fatalf("expected error logs for both channels:\n%s", errs)
	}
}

func TestExtractCommand(t *testing.T) {
	code, out, errs := runCLI(t, "extract", "core/extract/testdata/fntimes-kakao-outage-2022-10-15.html", "--url", "https://www.fntimes.com/html/view.php?ud=2022101523035")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`"title": "카톡·카카오T 먹통에…네이버·우티 사용자 모시기"`, `"authors": [`, `"정은경"`, `"published": "2022-10-15T23:03:00+09:00"`, `"summary": "15일 카카오톡`} {
		if !strings.Contains(out, want) {
			t.Errorf("extract output lacks %s:\n%s", want, out)
		}
	}
	if code, _, _ := runCLI(t, "extract", "/nonexistent/page.html"); code == 0 {
		t.Error("a missing file must fail")
	}
}

func TestReloadOnSIGHUP(t *testing.T) {
	siteA, _ := newsSite(t, 1)
	siteB, _ := newsSite(t, 2)
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	write := func(sources string) {
		cfg := fmt.Sprintf("store: { path: %s }\nlog: { format: text }\nfetch: { allow_private: true }\nsources:\n%schannels:\n  - { name: con, type: console, output: stderr }\n", filepath.Join(dir, "pb.db"), sources)
		if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(fmt.Sprintf("  - { name: a, url: %q, backfill: all }\n", siteA.URL+"/rss"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs syncBuffer
	svc, err := open(ctx, path, &logs)
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	hup := make(chan os.Signal, 1)
	done := make(chan error, 1)
	go func() { done <- svc.Serve(ctx, runOptions(time.Second, hup)) }()
	waitFor(t, func() bool { return strings.Contains(logs.String(), "delivered") })
	// A broken configuration is refused and the service keeps running.
	if err := os.WriteFile(path, []byte("sources: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	hup <- syscall.SIGHUP
	waitFor(t, func() bool { return strings.Contains(logs.String(), "reload refused") })
	// A valid one adds source b; its two articles are delivered without a restart.
	write(fmt.Sprintf("  - { name: a, url: %q, backfill: all }\n  - { name: b, url: %q, backfill: all }\n", siteA.URL+"/rss", siteB.URL+"/rss"))
	hup <- syscall.SIGHUP
	waitFor(t, func() bool { return strings.Count(logs.String(), "msg=delivered") >= 3 })
	if !strings.Contains(logs.String(), "configuration reloaded") {
		t.Fatalf("no reload logged:\n%s", logs.String())
	}
	// A reload says so; it never looks like a shutdown.
	if n := strings.Count(logs.String(), `msg="reloading configuration"`); n != 2 || strings.Contains(logs.String(), "shutting down") || strings.Contains(logs.String(), "stopped") {
		t.Fatalf("want two \"reloading configuration\" lines and no shutdown or stopped line:\n%s", logs.String())
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "shutting down") || strings.Count(logs.String(), "msg=\"stopped: ") != 1 {
		t.Fatalf("SIGTERM must end with one stopped line:\n%s", logs.String())
	}
}

// waitFor polls cond for up to 20 s: used only to wait for another goroutine's output. On
// failure it shows the service's log, when there is one.
func waitFor(t *testing.T, cond func() bool, logs ...*syncBuffer) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			for _, l := range logs {
				t.Log(l.String())
			}
			t.Fatal("condition not reached in 20s")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// syncBuffer is a bytes.Buffer safe for the logger's and the test's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestTelegramEditorPushEndToEnd(t *testing.T) {
	pages := http.NewServeMux()
	pages.HandleFunc("/news/push", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, `<html lang="ko"><head><meta property="og:title" content="편집자가 올린 기사"><meta property="og:site_name" content="파란일보"></head>
<body><article><h1>편집자가 올린 기사</h1><p>편집자가 직접 올린 기사는 일반 소스와 같은 대기열로 게시된다. 중복 게시는 막힌다.</p></article></body></html>`)
	})
	site := httptest.NewServer(pages)
	defer site.Close()
	feed, _ := newsSite(t, 0)
	tg := telegramtest.New()
	defer tg.Close()
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	cfgText := fmt.Sprintf(`store: { path: %s }
log: { format: text }
fetch: { allow_private: true }
sources:
  - { name: feed, url: "%s/rss" }
channels:
  - { name: tg-news, type: telegram, token: %q, chat: "@news", api_url: %s }
editors:
  telegram: { token: %q, users: [42], api_url: %s }
`, filepath.Join(dir, "pb.db"), feed.URL, telegramtest.DefaultToken, tg.URL, telegramtest.DefaultToken, tg.URL)
	if err := os.WriteFile(path, []byte(cfgText), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs syncBuffer
	svc, err := open(ctx, path, &logs)
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	done := make(chan error, 1)
	go func() {
		done <- svc.Serve(ctx, runOptions(time.Second, make(chan os.Signal)))
	}()
	posts := func() (n int) {
		for _, m := range tg.Messages() {
			if m.Chat == "@news" {
				n++
			}
		}
		return n
	}
	// A stranger is refused and nothing is posted.
	tg.PushMessage(7, 7, "/push "+site.URL+"/news/push")
	waitFor(t, func() bool {
		for _, m := range tg.Messages() {
			if m.ChatID == 7 && strings.Contains(m.Text, "not allowed") {
				return true
			}
		}
		return false
	}, &logs)
	// An editor gets a preview with buttons and publishes it.
	tg.PushMessage(42, 42, "/push "+site.URL+"/news/push")
	var preview telegramtest.Message
	waitFor(t, func() bool {
		for _, m := range tg.Messages() {
			if m.ChatID == 42 && strings.Contains(m.ReplyMarkup, "pub:") {
				preview = m
				return true
			}
		}
		return false
	}, &logs)
	tg.PushCallback(42, 42, preview.ID, buttonData(t, preview))
	waitFor(t, func() bool { return posts() == 1 }, &logs)
	// Pushing it again is refused by dedup: still exactly one post.
	tg.PushMessage(42, 42, "/push "+site.URL+"/news/push")
	waitFor(t, func() bool {
		for _, m := range tg.Messages() {
			if m.ChatID == 42 && m.ID != preview.ID && strings.Contains(m.ReplyMarkup, "pub:") {
				tg.PushCallback(42, 42, m.ID, buttonData(t, m))
				return true
			}
		}
		return false
	}, &logs)
	// The second Publish reports where it already went.
	waitFor(t, func() bool {
		for _, m := range tg.Messages() {
			if m.ChatID == 42 && strings.Contains(m.Text, "already posted at") {
				return true
			}
		}
		return false
	}, &logs)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := posts(); n != 1 {
		t.Fatalf("%d posts in @news, want exactly 1", n)
	}
	if !strings.Contains(tg.Messages()[len(tg.Messages())-1].HTML+fmt.Sprint(tg.Messages()), "편집자가 올린 기사") {
		t.Fatal("the article did not reach the channel")
	}
}

// buttonData is the callback data of a message's first inline button (Publish).
func buttonData(t *testing.T, m telegramtest.Message) string {
	t.Helper()
	var kb struct {
		Rows [][]struct {
			Data string `json:"callback_data"`
		} `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(m.ReplyMarkup), &kb); err != nil || len(kb.Rows) == 0 || len(kb.Rows[0]) == 0 {
		t.Fatalf("keyboard %q: %v", m.ReplyMarkup, err)
	}
	return kb.Rows[0][0].Data
}
