// Command crashloop measures a crash-looping replica (issue 16): one `paperboy run` with a
// backlog of queued posts is killed with SIGKILL every -every and restarted at once, as a
// container runtime restarts a crashing container, for -duration. It reports how many posts
// reached the Telegram fake, how long each restarted process took to send its first post, and
// whether any post arrived twice. Point -bin at any paperboy binary to compare versions:
//
//	go run ./bench/crashloop [-bin ./paperboy] [-duration 5m] [-every 40s] [-posts 1600] [-chats 8]
//
// It is a main package without tests, so `go test ./...` never runs it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/bots/telegram/telegramtest"
)

func main() {
	bin := flag.String("bin", "", "paperboy binary to run (default: build this tree)")
	duration := flag.Duration("duration", 5*time.Minute, "how long the crash loop runs")
	every := flag.Duration("every", 40*time.Second, "SIGKILL and restart the process this often")
	posts := flag.Int("posts", 1600, "posts queued at the start (spread over -chats channels)")
	chats := flag.Int("chats", 8, "Telegram channels (one bot token, 20 posts/minute each)")
	keep := flag.Bool("keep", false, "keep the temporary directory (config, logs)")
	flag.Parse()
	if err := run(*bin, *duration, *every, *posts, *chats, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "crashloop:", err)
		os.Exit(1)
	}
}

func run(bin string, duration, every time.Duration, posts, chats int, keep bool) error {
	dir, err := os.MkdirTemp("", "paperboy-crashloop-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Println("crashloop: files in", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	if bin == "" {
		bin = filepath.Join(dir, "paperboy")
		if out, err := exec.Command("go", "build", "-o", bin, "paperboy").CombinedOutput(); err != nil {
			return fmt.Errorf("go build: %v\n%s", err, out)
		}
	}
	stopRedis, addr, err := startRedis(dir)
	if err != nil {
		return err
	}
	defer stopRedis()

	items := (posts + chats - 1) / chats
	feed := httptest.NewServer(feedHandler(items))
	defer feed.Close()
	tg := telegramtest.New()
	defer tg.Close()
	// Telegram's group and channel rule: 20 posts a minute per chat, or a 429 with retry_after.
	// A new process starts with a fresh rate limiter; the rule (and retry_after kept in the
	// store) is what holds a crash-looping bot to the platform's rate.
	tg.SetFlood(telegramtest.Flood{Max: 20, Per: time.Minute, RetryAfter: 20})
	var b strings.Builder
	fmt.Fprintf(&b, "store: { redis: { url: \"redis://%s/0\", prefix: \"crashloop:\" } }\nlog: { format: json }\nfetch: { allow_private: true }\n", addr)
	fmt.Fprintf(&b, "sources:\n  - { name: wire, url: \"%s/rss\", backfill: all, interval: 1h, max_items: %d }\nchannels:\n", feed.URL, items)
	for i := 1; i <= chats; i++ {
		fmt.Fprintf(&b, "  - { name: tg%d, type: telegram, token: %q, chat: \"@news%d\", api_url: %q, link_preview: \"off\" }\n", i, telegramtest.DefaultToken, i, tg.URL)
	}
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte(b.String()), 0o600); err != nil {
		return err
	}
	logPath := filepath.Join(dir, "paperboy.log")
	logf, err := os.Create(logPath)
	if err != nil {
		return err
	}
	defer logf.Close()

	fmt.Printf("crashloop: %s, %d posts over %d channels, SIGKILL + restart every %s for %s\n", bin, items*chats, chats, every, duration)
	start := time.Now()
	var restarts []time.Time
	var cmd *exec.Cmd
	for time.Since(start) < duration {
		if cmd != nil {
			_ = cmd.Process.Signal(syscall.SIGKILL)
			_ = cmd.Wait()
		}
		cmd = exec.Command(bin, "run", "--config", cfg)
		cmd.Stdout, cmd.Stderr = logf, logf
		if err := cmd.Start(); err != nil {
			return err
		}
		restarts = append(restarts, time.Now())
		wait := min(every, duration-time.Since(start))
		time.Sleep(wait)
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()

	var sent []time.Time
	seen := map[string]int{}
	for _, r := range tg.Requests() {
		if r.Method == "sendMessage" && r.Status == http.StatusOK {
			sent = append(sent, r.Time)
		}
	}
	refused := 0
	for _, r := range tg.Requests() {
		if r.Method == "sendMessage" && r.Status == http.StatusTooManyRequests {
			refused++
		}
	}
	dups := 0
	for _, m := range tg.Messages() {
		seen[m.Chat+"\x00"+m.Text]++
		if seen[m.Chat+"\x00"+m.Text] == 2 {
			dups++
		}
	}
	sort.Slice(sent, func(i, j int) bool { return sent[i].Before(sent[j]) })
	// Time from each (re)start to that process's first post.
	var firsts []time.Duration
	for i, at := range restarts {
		end := start.Add(duration)
		if i+1 < len(restarts) {
			end = restarts[i+1]
		}
		j := sort.Search(len(sent), func(k int) bool { return !sent[k].Before(at) })
		if j < len(sent) && sent[j].Before(end) {
			firsts = append(firsts, sent[j].Sub(at))
		} else {
			firsts = append(firsts, -1)
		}
	}
	// One process running the whole time: each channel's burst of 3, then 20 a minute.
	ideal := chats * (3 + int(duration.Minutes()*20))
	fmt.Printf("crashloop: %d of %d posts delivered in %s (%d starts, %d kills); one uninterrupted process: about %d; %d duplicates; %d answered 429, %d sent inside a retry_after window\n",
		len(sent), items*chats, duration, len(restarts), len(restarts)-1, min(ideal, items*chats), dups, refused, len(tg.Violations()))
	var parts []string
	for _, f := range firsts {
		if f < 0 {
			parts = append(parts, "none")
		} else {
			parts = append(parts, f.Round(100*time.Millisecond).String())
		}
	}
	fmt.Printf("crashloop: first post after each start: %s\n", strings.Join(parts, " "))
	return nil
}

// feedHandler serves one RSS feed of n items.
func feedHandler(n int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>`)
		base := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, `<item><title>Story %04d</title><link>http://%s/news/%d</link><description>Story %d.</description><pubDate>%s</pubDate></item>`,
				i, r.Host, i, i, base.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z))
		}
		b.WriteString(`</channel></rss>`)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(b.String()))
	})
}

// startRedis runs a private redis-server on a free loopback port.
func startRedis(dir string) (stop func(), addr string, err error) {
	redisBin, err := exec.LookPath("redis-server")
	if err != nil {
		return nil, "", fmt.Errorf("redis-server is not installed: %w", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	addr = "127.0.0.1:" + strconv.Itoa(port)
	cmd := exec.Command(redisBin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir)
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	stop = func() { _ = cmd.Process.Signal(syscall.SIGTERM); _ = cmd.Wait() }
	c := goredis.NewClient(&goredis.Options{Addr: addr})
	defer c.Close()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if c.Ping(context.Background()).Err() == nil {
			return stop, addr, nil
		}
	}
	stop()
	return nil, "", errors.New("redis-server did not answer within 10s")
}
