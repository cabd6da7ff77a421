package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/bots/telegram"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/channel"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
	"paperboy/core/store/redis"
)

// The end-to-end tests of `run --once` against each store: an unreachable channel, a breaker
// cycling, a 429 longer than the run, a paused channel, SIGTERM, and the delivery lease of a
// replica that is gone. Every run must end within its drain timeout plus slack: a hang detector,
// not a speed test.
const onceSlack = 5 * time.Second

// backend is one store under test.
type backend struct {
	name  string
	yaml  string                         // the store: section
	open  func(t *testing.T) store.Store // the same store, opened by the test (closed by t)
	lease func(t *testing.T) []string    // lease keys left in the store (Redis only; nil for bbolt)
}

func backends(t *testing.T) []backend {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "pb.db")
	out := []backend{{
		name: "embedded",
		yaml: fmt.Sprintf("store: { path: %s }\n", path),
		open: func(t *testing.T) store.Store {
			st, err := bolt.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = st.Close() })
			return st
		},
	}}
	url := redisURL(t)
	prefix := fmt.Sprintf("pbtest:%s:%d:", t.Name(), time.Now().UnixNano())
	cleanupPrefix(t, url, prefix)
	opt, _ := goredis.ParseURL(url)
	out = append(out, backend{
		name: "redis",
		yaml: fmt.Sprintf("store: { redis: { url: %q, prefix: %q } }\n", url, prefix),
		open: func(t *testing.T) store.Store {
			st := redis.New(goredis.NewClient(opt), prefix)
			t.Cleanup(func() { _ = st.Close() })
			return st
		},
		lease: func(t *testing.T) []string {
			c := goredis.NewClient(opt)
			defer c.Close()
			keys, err := c.Keys(context.Background(), prefix+"lease:*").Result()
			if err != nil {
				t.Fatal(err)
			}
			return keys
		},
	})
	return out
}

// onceRun is one `run --once` as an operator runs it.
type onceRun struct {
	code     int
	out, log string
	took     time.Duration
	line     []int // articles, delivered, duplicates, failed, sources failed
}

func runOnceCLI(t *testing.T, ctx context.Context, path string, drain time.Duration) onceRun {
	t.Helper()
	var out, errb syncBuffer
	start := time.Now()
	code := run(ctx, []string{"run", "--config", path, "--once", "--drain-timeout", drain.String()}, &out, &errb)
	r := onceRun{code: code, out: out.String(), log: errb.String(), took: time.Since(start)}
	if r.took > drain+onceSlack {
		t.Fatalf("run --once took %s with --drain-timeout %s: it must end within the drain timeout\n%s", r.took, drain, r.log)
	}
	m := runLine.FindStringSubmatch(r.out)
	if m == nil {
		t.Fatalf("no summary line (exit %d):\n%s\n%s", code, r.out, r.log)
	}
	for _, v := range m[1:] {
		n, _ := strconv.Atoi(v)
		r.line = append(r.line, n)
	}
	return r
}

func (r onceRun) want(t *testing.T, what string, code int, line ...int) {
	t.Helper()
	if r.code != code || fmt.Sprint(r.line) != fmt.Sprint(line) {
		t.Fatalf("%s: exit %d, %q; want exit %d and articles, delivered, duplicates, failed, sources failed = %v\n%s", what, r.code, strings.TrimSpace(r.out), code, line, r.log)
	}
}

// onceConfig is a configuration on b's store with one feed at siteURL (posting everything it
// lists) and the given channels: block lines; extra goes first (deliver:, replica:).
func onceConfig(b backend, extra, siteURL, channels string) string {
	return b.yaml + extra + "log: { format: text }\nfetch: { allow_private: true }\nsources:\n" +
		fmt.Sprintf("  - { name: test, url: %q, backfill: all }\n", siteURL+"/rss") + "channels:\n" + channels
}

// unreachableHook is a webhook channel nobody listens for (port 1 refuses every connection).
const unreachableHook = `  - { name: hook, type: webhook, url: "http://127.0.0.1:1/hook", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }
`

func tgChannel(token, apiURL string) string {
	return fmt.Sprintf("  - { name: tg, type: telegram, token: %q, chat: \"@news\", api_url: %s }\n", token, apiURL)
}

// eachStore runs test against each store, in parallel, with a news site listing three stories
// and a Telegram fake.
func eachStore(t *testing.T, test func(t *testing.T, b backend, site *httptest.Server, tg *telegramtest.Server)) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			site, _ := newsSite(t, 3)
			tg := telegramtest.New()
			defer tg.Close()
			test(t, b, site, tg)
		})
	}
}

func writeOnceConfig(t *testing.T, dir, text string) string {
	t.Helper()
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func noLeasesLeft(t *testing.T, b backend, after string) {
	t.Helper()
	if b.lease == nil {
		return
	}
	if keys := b.lease(t); len(keys) != 0 {
		t.Fatalf("after %s these leases are still held: %v (a clean exit releases every lease)", after, keys)
	}
}

// sends counts the sendMessage calls the fake answered.
func sends(tg *telegramtest.Server) int {
	n := 0
	for _, r := range tg.Requests() {
		if r.Method == "sendMessage" {
			n++
		}
	}
	return n
}

// TestOnceUnreachableChannel: a webhook at 127.0.0.1:1 with a breaker cycling open → half-open
// → open within the run. Both runs end within the drain timeout, the healthy channel delivers
// once, the unreachable one's posts stay queued (nothing lost, nothing twice), the summary adds
// up, the exit is 1, and no lease is left behind, so the second run does not wait.
func TestOnceUnreachableChannel(t *testing.T) {
	eachStore(t, func(t *testing.T, b backend, site *httptest.Server, tg *telegramtest.Server) {
		path := writeOnceConfig(t, t.TempDir(), onceConfig(b, "deliver: { backoff_base: 200ms, breaker_after: 3, breaker_timeout: 1s }\n", site.URL,
			unreachableHook+tgChannel(telegramtest.DefaultToken, tg.URL)))
		drain := 4 * time.Second
		first := runOnceCLI(t, context.Background(), path, drain)
		first.want(t, "first run", 1, 3, 3, 0, 3, 0)
		if !strings.Contains(first.log, "from=half-open to=open") {
			t.Errorf("the breaker never cycled within the run; the test does not test that:\n%s", first.log)
		}
		noLeasesLeft(t, b, "the first run")
		second := runOnceCLI(t, context.Background(), path, drain)
		second.want(t, "second run", 1, 3, 0, 3, 3, 0)
		if strings.Contains(second.log, "waiting for") {
			t.Errorf("the second run waited for a lease the first one should have released:\n%s", second.log)
		}
		noLeasesLeft(t, b, "the second run")
		if n := sends(tg); n != 3 {
			t.Fatalf("telegram got %d posts over two runs, want 3 (each once)", n)
		}
		st := b.open(t)
		if n, err := st.Pending(context.Background(), "hook"); err != nil || n != 3 {
			t.Fatalf("the unreachable channel's queue holds %d (%v), want its 3 posts kept for the next run", n, err)
		}
	})
}

// TestOnceRetryAfterLongerThanTheRun: a 429 whose retry_after is an hour ends the run at once
// with the posts queued, and the next run (a new process) does not send into the window.
func TestOnceRetryAfterLongerThanTheRun(t *testing.T) {
	eachStore(t, func(t *testing.T, b backend, site *httptest.Server, tg *telegramtest.Server) {
		path := writeOnceConfig(t, t.TempDir(), onceConfig(b, "", site.URL, tgChannel(telegramtest.DefaultToken, tg.URL)))
		tg.FailNext(1, telegramtest.Failure{Status: http.StatusTooManyRequests, RetryAfter: 3600})
		drain := 20 * time.Second
		first := runOnceCLI(t, context.Background(), path, drain)
		first.want(t, "first run", 1, 3, 0, 0, 3, 0)
		if first.took > drain/2 {
			t.Errorf("the run waited %s although nothing could be sent before its deadline", first.took)
		}
		second := runOnceCLI(t, context.Background(), path, drain)
		second.want(t, "second run", 1, 3, 0, 3, 3, 0)
		if n, v := sends(tg), tg.Violations(); n != 1 || len(v) != 0 {
			t.Fatalf("%d sends (want only the one answered 429), %d inside the retry_after window", n, len(v))
		}
		noLeasesLeft(t, b, "the second run")
	})
}

// TestOncePausedChannel: a channel the platform refuses is paused; every later run says so at
// start and in its summary (since when, why, how to resume) and exits 1; `paperboy channels`
// lists and resumes it like /resume in chat, and the next run delivers what waited.
func TestOncePausedChannel(t *testing.T) {
	eachStore(t, func(t *testing.T, b backend, site *httptest.Server, tg *telegramtest.Server) {
		dir := t.TempDir()
		path := writeOnceConfig(t, dir, onceConfig(b, "", site.URL, tgChannel("999:revoked-token", tg.URL)))
		drain := 5 * time.Second
		first := runOnceCLI(t, context.Background(), path, drain)
		first.want(t, "first run", 1, 3, 0, 0, 3, 0)
		if sends(tg) != 1 {
			t.Fatalf("a refused token must stop the channel after one request, saw %d", sends(tg))
		}
		second := runOnceCLI(t, context.Background(), path, drain)
		second.want(t, "second run", 1, 3, 0, 3, 3, 0)
		start, _, _ := strings.Cut(second.log, "run summary")
		for _, want := range []*regexp.Regexp{
			regexp.MustCompile(`msg="channel paused: nothing is sent to it until it is resumed" channel=tg since=\S+ reason=".*401.*" queued=3 resume="paperboy channels resume tg --config ` + regexp.QuoteMeta(path)),
		} {
			if !want.MatchString(start) {
				t.Fatalf("the second run does not say at start that tg is paused, since when and why:\n%s", second.log)
			}
		}
		if !strings.Contains(second.log, `paused_channels=tg`) || !strings.Contains(second.log[strings.Index(second.log, "run summary"):], `msg="channel paused: its posts stay queued until it is resumed" channel=tg`) {
			t.Fatalf("the summary does not name the paused channel:\n%s", second.log)
		}
		if sends(tg) != 1 {
			t.Fatalf("a paused channel was sent to: %d requests", sends(tg))
		}
		// The operator fixes the token, sees the pause, resumes it from the command line.
		path = writeOnceConfig(t, dir, onceConfig(b, "", site.URL, tgChannel(telegramtest.DefaultToken, tg.URL)))
		code, out, errs := runCLI(t, "channels", "list", "--config", path)
		if code != 0 || !regexp.MustCompile(`(?m)^tg\s+telegram\s+paused\s+3\s+\S+\s+.*401`).MatchString(out) {
			t.Fatalf("channels list: exit %d\n%s%s", code, out, errs)
		}
		code, out, errs = runCLI(t, "channels", "resume", "tg", "--config", path)
		if code != 0 || !strings.Contains(out, "tg resumed") {
			t.Fatalf("channels resume: exit %d\n%s%s", code, out, errs)
		}
		third := runOnceCLI(t, context.Background(), path, drain)
		third.want(t, "third run", 0, 3, 3, 3, 0, 0)
		if n := len(tg.Messages()); n != 3 {
			t.Fatalf("telegram shows %d posts, want 3", n)
		}
	})
}

// TestOnceSIGTERM: a signal in the middle of a long drain ends the run promptly: the summary
// still prints, the posts stay queued, the exit is 1, and the leases are released.
func TestOnceSIGTERM(t *testing.T) {
	eachStore(t, func(t *testing.T, b backend, site *httptest.Server, tg *telegramtest.Server) {
		path := writeOnceConfig(t, t.TempDir(), onceConfig(b, "", site.URL, unreachableHook))
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(1500*time.Millisecond, cancel) // SIGTERM
		r := runOnceCLI(t, ctx, path, time.Minute)
		if r.took > 1500*time.Millisecond+onceSlack {
			t.Fatalf("the run ended %s after SIGTERM", r.took-1500*time.Millisecond)
		}
		r.want(t, "interrupted run", 1, 3, 0, 0, 3, 0)
		if !strings.Contains(r.log, "stopped by a signal: 3 posts left queued for the next run") {
			t.Fatalf("no line saying what was left queued:\n%s", r.log)
		}
		noLeasesLeft(t, b, "SIGTERM")
	})
}

// TestOnceLeaseOfAReplicaThatIsGone: the delivery lease of another replica that died is waited
// for, and said once; the lease of this replica's own killed process is taken back at once
// (Redis: within the renewal interval plus slack; embedded: at open, the file lock proving the
// holder gone) instead of after the lease.
func TestOnceLeaseOfAReplicaThatIsGone(t *testing.T) {
	eachStore(t, func(t *testing.T, b backend, site *httptest.Server, tg *telegramtest.Server) {
		path := writeOnceConfig(t, t.TempDir(), onceConfig(b, "replica: web-1\n", site.URL, tgChannel(telegramtest.DefaultToken, tg.URL)))
		cfg := telegram.Config{Token: telegramtest.DefaultToken, Chat: "@news", APIURL: tg.URL}
		if err := cfg.Validate(); err != nil {
			t.Fatal(err)
		}
		ch, err := telegram.New(cfg, channel.Options{Name: "tg"})
		if err != nil {
			t.Fatal(err)
		}
		key, _, _ := ch.CredentialKey()
		lease := "deliver:" + key
		hold := func(owner string, ttl time.Duration) {
			st := b.open(t)
			if ok, err := st.AcquireLease(context.Background(), lease, owner, ttl); err != nil || !ok {
				t.Fatalf("AcquireLease: %v %v", ok, err)
			}
			_ = st.Close()
		}
		// This replica's previous process was killed holding the lease for another minute.
		hold("web-1#deadbeef", time.Minute)
		r := runOnceCLI(t, context.Background(), path, 30*time.Second)
		r.want(t, "after a crash of this replica", 0, 3, 3, 0, 0, 0)
		if r.took > 15*time.Second {
			t.Fatalf("took %s: the restarted replica waited for its own dead process's lease", r.took)
		}
		if b.lease != nil && !strings.Contains(r.log, "took back a lease this replica's previous process left behind") {
			t.Fatalf("no line about taking the lease back:\n%s", r.log)
		}
		if b.lease == nil {
			return // the embedded store admits one process: there is no other replica to wait for
		}
		// Another replica, gone too, holds it for 3 s more: the run waits, says so once, and
		// delivers the two new stories after it (the site now lists five under new links, three
		// of them the same stories: duplicates by title).
		more, _ := newsSite(t, 5)
		site.Config.Handler = more.Config.Handler
		hold("web-2#cafe", 3*time.Second)
		r = runOnceCLI(t, context.Background(), path, 15*time.Second)
		r.want(t, "behind another replica's lease", 0, 5, 2, 3, 0, 0)
		if n := strings.Count(r.log, "waiting for replica web-2's delivery lease on "+key+", up to 3s"); n != 1 {
			t.Fatalf("want one line saying the run waits for web-2's lease, got %d:\n%s", n, r.log)
		}
		if r.took < 2*time.Second {
			t.Fatalf("delivered after %s: another live replica's lease was not respected", r.took)
		}
	})
}
