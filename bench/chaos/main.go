// Command chaos is paperboy's chaos test (issue 8): two replicas on one Redis deliver a few
// hundred articles from local feeds to three platform fakes that fail 10 % of posts and answer
// bursts of 429, while the test SIGKILLs a random replica again and again and restarts Redis
// once. It then reads what the fakes received and prints lost posts, duplicates, requests sent
// inside a retry_after window and a 0/1 verdict per goal. Run it from the repository root:
//
//	go run ./bench/chaos [-articles 300] [-kills 20] [-seed N]
//
// It is a main package without tests, so `go test ./...` never runs it.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"paperboy/bots/discord/discordtest"
	"paperboy/bots/telegram/telegramtest"
)

func main() {
	articles := flag.Int("articles", 300, "articles served by the feeds")
	kills := flag.Int("kills", 20, "SIGKILLs of a random replica during the run")
	seed := flag.Uint64("seed", uint64(time.Now().UnixNano()), "random seed (kill moments, failures)")
	timeout := flag.Duration("timeout", 9*time.Minute, "give up waiting for every article to arrive after this")
	keep := flag.Bool("keep", false, "keep the temporary directory (logs, config, Redis AOF)")
	flag.Parse()
	if err := run(*articles, *kills, *seed, *timeout, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "chaos:", err)
		os.Exit(1)
	}
}

// setup is everything the run started.
type setup struct {
	dir      string
	redis    *redisServer
	feeds    *feeds
	tg       *telegramtest.Server
	dc       *discordtest.Fake
	botChan  string
	hook     discordtest.Webhook
	chaos    map[string]*chaos // by channel name
	replicas []*replica
	metrics  []string // each replica's /metrics URL
	servers  []*httptest.Server

	configTemplate string // the replicas' configuration with %d for the metrics port
}

func run(articles, kills int, seed uint64, timeout time.Duration, keep bool) error {
	redisBin, err := exec.LookPath("redis-server")
	if err != nil {
		return fmt.Errorf("redis-server is not installed (apt-get install redis-server): %w", err)
	}
	cliBin, err := exec.LookPath("redis-cli")
	if err != nil {
		return fmt.Errorf("redis-cli is not installed (apt-get install redis-tools): %w", err)
	}
	dir, err := os.MkdirTemp("", "paperboy-chaos-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Println("chaos: files in", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	bin := filepath.Join(dir, "paperboy")
	fmt.Println("chaos: building paperboy")
	if out, err := exec.Command("go", "build", "-o", bin, "paperboy").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	port, err := freePort()
	if err != nil {
		return err
	}
	s := &setup{dir: dir, redis: &redisServer{bin: redisBin, cli: cliBin, dir: dir, port: port}, chaos: map[string]*chaos{}}
	if err := s.redis.start(); err != nil {
		return err
	}
	defer s.redis.stop()
	defer s.close()
	if err := s.startPlatforms(articles, seed); err != nil {
		return err
	}
	for i := range 2 {
		if err := s.addReplica(i, bin); err != nil {
			return err
		}
	}
	fmt.Printf("chaos: %d articles in %d feeds, 3 channels, 2 replicas, Redis on %s, seed %d\n", articles, s.feeds.count, s.redis.addr(), seed)
	start := time.Now()
	rnd := rand.New(rand.NewPCG(seed, 1))
	// Kill moments spread over roughly the time the slowest channel (Telegram, 1 message/s to a
	// private chat) needs, so they land while deliveries are under way.
	mean := time.Duration(float64(articles) * 1.1 * 0.7 / float64(max(kills, 1)) * float64(time.Second))
	mean = min(max(mean, 2*time.Second), 15*time.Second)
	next := start.Add(jitterAround(rnd, mean))
	killed, redisRestarted := 0, false
	deadline := start.Add(timeout)
	for {
		done := s.feeds.allVisible(time.Now()) && s.complete(articles)
		if done || time.Now().After(deadline) {
			break
		}
		if killed < kills && time.Now().After(next) {
			p := s.victim(rnd)
			p.kill()
			killed++
			fmt.Printf("chaos: %6.1fs kill %d/%d: SIGKILL replica %d\n", time.Since(start).Seconds(), killed, kills, p.id)
			if !redisRestarted && killed >= (kills+1)/2 {
				redisRestarted = true
				fmt.Printf("chaos: %6.1fs restarting Redis (SHUTDOWN, 2s down, same port)\n", time.Since(start).Seconds())
				if err := s.redis.restart(2 * time.Second); err != nil {
					return err
				}
			}
			time.Sleep(time.Duration(rnd.IntN(500)) * time.Millisecond)
			if err := p.start(); err != nil {
				return err
			}
			next = time.Now().Add(jitterAround(rnd, mean))
		}
		time.Sleep(200 * time.Millisecond)
	}
	elapsed := time.Since(start)
	fmt.Printf("chaos: %6.1fs deliveries %s; letting queues settle\n", elapsed.Seconds(), map[bool]string{true: "complete", false: "TIMED OUT"}[s.complete(articles)])
	s.settle(20 * time.Second)
	scraped := s.scrape()
	graceful := 0
	for _, p := range s.replicas {
		if p.stop(15 * time.Second) {
			graceful++
		}
	}
	r := s.report(articles, killed, redisRestarted, graceful, elapsed)
	r.print(os.Stdout)
	fmt.Println("\nmetrics at the end (each replica since its last start):")
	fmt.Print(scraped)
	if !r.ok() {
		return fmt.Errorf("goals not met (logs kept in %s)", keepDir(s.dir, keep))
	}
	return nil
}

func keepDir(dir string, keep bool) string {
	if keep {
		return dir
	}
	return "a removed directory; rerun with -keep"
}

// jitterAround is uniform in [0.3, 1.7] × mean.
func jitterAround(rnd *rand.Rand, mean time.Duration) time.Duration {
	return time.Duration(float64(mean) * (0.3 + 1.4*rnd.Float64()))
}

func (s *setup) serve(h http.Handler) string {
	srv := httptest.NewServer(h)
	s.servers = append(s.servers, srv)
	return srv.URL
}

func (s *setup) close() {
	for _, p := range s.replicas {
		if p.cmd != nil && p.cmd.ProcessState == nil {
			select {
			case <-p.done:
			default:
				p.kill()
			}
		}
	}
	for _, srv := range s.servers {
		srv.Close()
	}
	if s.tg != nil {
		s.tg.Close()
	}
}

// startPlatforms starts the feeds and the fakes, each fake behind its own chaos middleware.
func (s *setup) startPlatforms(articles int, seed uint64) error {
	s.feeds = newFeeds(articles, 90*time.Second)
	feedURL := s.serve(s.feeds)
	s.tg = telegramtest.New()
	s.dc = discordtest.New(discordtest.Options{})
	s.dc.AddBot(botToken)
	s.botChan = s.dc.AddChannel()
	s.hook = s.dc.AddWebhook()
	s.chaos["tg"] = newChaos("tg", "telegram", false, s.tg.Handler(), seed+11)
	s.chaos["dc-bot"] = newChaos("dc-bot", "discord", true, s.dc, seed+12)
	s.chaos["dc-hook"] = newChaos("dc-hook", "discord", false, s.dc, seed+13)
	tgURL := s.serve(s.chaos["tg"])
	botURL := s.serve(s.chaos["dc-bot"]) + "/api/v10"
	hookURL := s.serve(s.chaos["dc-hook"]) + "/api/v10" + s.hook.URL
	var b strings.Builder
	fmt.Fprintf(&b, "store:\n  redis: { url: \"redis://%s/0\", prefix: \"paperboy:\" }\n", s.redis.addr())
	b.WriteString("http: { listen: \"127.0.0.1:%d\" }\n")
	b.WriteString("fetch: { allow_private: true, timeout: 5s }\nlog: { format: json, level: info }\n")
	b.WriteString("deliver: { backoff_base: 200ms, backoff_max: 5s, lease: 3s, breaker_after: 5, max_attempts: 50 }\nsources:\n")
	for k := range s.feeds.count {
		fmt.Fprintf(&b, "  - { name: feed%d, url: %q, interval: 10s, backfill: all, max_items: %d }\n", k, fmt.Sprintf("%s/feed/%d.xml", feedURL, k), perFeed*2)
	}
	b.WriteString("channels:\n")
	fmt.Fprintf(&b, "  - { name: tg, type: telegram, token: %q, chat: \"%d\", api_url: %q }\n", telegramtest.DefaultToken, tgChat, tgURL)
	fmt.Fprintf(&b, "  - { name: dc-bot, type: discord, mode: bot, token: %q, channel_id: %q, api_url: %q }\n", botToken, s.botChan, botURL)
	fmt.Fprintf(&b, "  - { name: dc-hook, type: discord, webhook: %q }\n", hookURL)
	s.configTemplate = b.String()
	return nil
}

const (
	botToken = "chaos-bot-token.for-the-fake"
	tgChat   = 424242 // a private chat: 1 message/s
)

// addReplica writes replica i's configuration (its own metrics port) and starts it.
func (s *setup) addReplica(i int, bin string) error {
	port, err := freePort()
	if err != nil {
		return err
	}
	cfg := filepath.Join(s.dir, fmt.Sprintf("replica-%d.yaml", i))
	if err := os.WriteFile(cfg, []byte(strings.Replace(s.configTemplate, "%d", fmt.Sprint(port), 1)), 0o600); err != nil {
		return err
	}
	p := &replica{id: i, bin: bin, cfg: cfg, logPath: filepath.Join(s.dir, fmt.Sprintf("replica-%d.log", i))}
	if err := p.start(); err != nil {
		return err
	}
	s.replicas = append(s.replicas, p)
	s.metrics = append(s.metrics, fmt.Sprintf("http://127.0.0.1:%d/metrics", port))
	return nil
}
