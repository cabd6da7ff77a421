package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"

	"paperboy/config"
	"paperboy/core/article"
	"paperboy/core/store"
)

// steady has two parts. Polling cost at 10,000 feeds (CPU, RSS, 304 share) is bench/sources'
// measurement, run here as it is. The part it does not measure — detect → post latency through
// real platform fakes, and allocations per poll — is a window of our own: 2,000 feeds polled
// every 20 s with 1 % of them changing per cycle (one new story per second), routed to 100
// Telegram channels and 20 Discord webhooks.
func steady(ctx context.Context, o opts) (*report, error) {
	r := &report{title: "steady: polling at scale and detect → post latency", command: "go run ./bench steady"}
	if _, err := os.Stat("bench/sources/main.go"); err == nil {
		args := []string{"run", "./bench/sources", "-feeds", "10000", "-interval", "5m", "-duration", "60s", "-changes", "0.01"}
		cmd := exec.CommandContext(ctx, "go", args...)
		cmd.Env = append(os.Environ(), "REDIS_URL="+o.redisURL)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("bench/sources: %w: %s", err, stderr.String())
		}
		r.add("bench/sources, 10,000 feeds, 5 min, 1 % changing", "`go run ./bench/sources "+strings.Join(args[2:], " ")+"` (REDIS_URL set)", "")
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			k, v, ok := strings.Cut(sc.Text(), ":")
			if !ok || strings.TrimSpace(k) == "command" {
				continue
			}
			target := ""
			switch strings.TrimSpace(k) {
			case "cpu (paperboy)":
				target = "< 0.5 core"
			case "peak RSS":
				target = "< 200 MB"
			}
			r.add("↳ "+strings.TrimSpace(k), strings.TrimSpace(v), target)
		}
	} else {
		r.add("bench/sources", "not present: polling cost not measured", "")
	}

	const feeds, tg, dc = 2000, 100, 20
	interval := 20 * time.Second
	var addrs string
	spec := e2eSpec{
		world:    worldSpec{Feeds: feeds, Initial: keepItems, Rate: 0.01 * feeds / interval.Seconds(), Webhooks: dc},
		interval: interval,
		channels: func(w *world) []string {
			addrs = w.Feeds
			var out []string
			for i := range tg {
				out = append(out, tgChannel(fmt.Sprintf("tgc%d", i), fmt.Sprintf("@steady_c%d", i), w.Telegram))
			}
			for i := range dc {
				out = append(out, dcChannel(fmt.Sprintf("dc%d", i), w.Webhooks[i]))
			}
			return out
		},
		routes: func(*world) []string {
			out := make([]string, feeds)
			for i := range out {
				out[i] = fmt.Sprintf("{ sources: [f%d], channels: [tgc%d, dc%d] }", i, i%tg, i%dc)
			}
			return out
		},
		timeout: 60 * time.Second,
		seed: func(st store.Store, cfg *config.Config) error {
			return seedSteady(st, cfg, addrs, interval)
		},
	}
	res, err := runE2E(ctx, o, spec)
	if err != nil {
		return nil, err
	}
	r.add("latency window", fmt.Sprintf("%d feeds every %s, %.0f s, %d new stories → %d posts", feeds, interval, res.elapsed.Seconds(), res.world.Published, res.delivered), "")
	r.add("detect → post p50 / p99 / max", fmt.Sprintf("%s / %s / %s", secs(percentile(res.latency, .5)), secs(percentile(res.latency, .99)), secs(percentile(res.latency, 1))), "")
	r.add("polls in the window (304 share)", fmt.Sprintf("%d (%s)", res.polls, pct(float64(res.world.FeedNM)/float64(max(res.world.FeedOK+res.world.FeedNM, 1)))), "")
	r.add("allocations per poll (whole process, deliveries included)", fmt.Sprintf("%.0f", float64(res.mallocs)/float64(max(res.polls, 1))), "")
	r.add("CPU / peak RSS (paperboy process)", fmt.Sprintf("%.3f cores / %s", res.cpu/res.elapsed.Seconds(), mb(res.peakRSS)), "")
	addPlatforms(r, res)
	return r, nil
}

// seedSteady writes the state of a service that has been running: every feed polled before
// with its ETag, its current items known, next polls spread over one interval.
func seedSteady(st store.Store, cfg *config.Config, base string, interval time.Duration) error {
	ctx := context.Background()
	now := time.Now()
	var ids []string
	for i, sc := range cfg.Sources {
		s := store.SourceState{ETag: fmt.Sprintf(`"%d-%d"`, i, keepItems), LastPoll: now, Seeded: true,
			NextPoll: now.Add(time.Duration(rand.Int64N(int64(interval))))}
		if err := st.SaveSourceState(ctx, sc.Name, s); err != nil {
			return err
		}
		for k := range keepItems {
			c, err := article.Canonical(fmt.Sprintf("%s/a/%d/%d", base, i, k))
			if err != nil {
				return err
			}
			ids = append(ids, article.ID(c))
		}
	}
	slices.Sort(ids)
	return st.MarkSeen(ctx, ids, cfg.Store.ClaimTTL)
}
