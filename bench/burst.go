package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// burst: 50 feeds publish 10 stories each at once; every feed goes to its own Telegram
// channel, its own Telegram supergroup (one bot for all 100 chats) and its own Discord webhook.
func burst(ctx context.Context, o opts) (*report, error) {
	const feeds, per = 50, 10
	spec := e2eSpec{
		world:    worldSpec{Feeds: feeds, Initial: per, Webhooks: feeds},
		interval: 5 * time.Minute,
		channels: func(w *world) []string {
			var out []string
			for i := range feeds {
				out = append(out,
					tgChannel(fmt.Sprintf("tgc%d", i), fmt.Sprintf("@bench_c%d", i), w.Telegram),
					tgChannel(fmt.Sprintf("tgg%d", i), fmt.Sprint(-(1002000000000+i)), w.Telegram),
					dcChannel(fmt.Sprintf("dc%d", i), w.Webhooks[i]))
			}
			return out
		},
		routes: func(*world) []string {
			var out []string
			for i := range feeds {
				out = append(out, fmt.Sprintf("{ sources: [f%d], channels: [tgc%d, tgg%d, dc%d] }", i, i, i, i))
			}
			return out
		},
		expect:  feeds * per * 3,
		timeout: 170 * time.Second,
		seed:    dueNow,
	}
	res, err := runE2E(ctx, o, spec)
	if err != nil {
		return nil, err
	}
	tgCeil := fastest(telegramDests(2*feeds, per, true))
	dcCeil := fastest(discordDests(feeds, per))
	ceil := max(tgCeil, dcCeil)
	r := &report{title: "burst: 500 new articles, 50 feeds → 3 channels each (1,500 posts)", command: "go run ./bench burst"}
	r.add("time to fully delivered (start → last post accepted)", secs(res.elapsed),
		fmt.Sprintf("%s fastest legal schedule (Telegram %s, Discord %s)", secs(ceil), secs(tgCeil), secs(dcCeil)))
	r.add("ratio to the ceiling", pct(ceil.Seconds()/res.elapsed.Seconds()), "≥ 95 %")
	addPlatforms(r, res)
	r.add("CPU (paperboy process)", fmt.Sprintf("%.2f s user+sys (%.3f cores)", res.cpu, res.cpu/res.elapsed.Seconds()), "")
	r.add("peak RSS (paperboy process)", mb(res.peakRSS), "")
	r.add("detect → post p50 / p99", fmt.Sprintf("%s / %s", secs(percentile(res.latency, .5)), secs(percentile(res.latency, .99))), "")
	return r, nil
}

// fanoutSpec posts one story to chats Telegram private chats of one bot.
func fanoutSpec(chats int) e2eSpec {
	names := make([]string, chats)
	for i := range names {
		names[i] = fmt.Sprintf("tg%d", i)
	}
	return e2eSpec{
		world:    worldSpec{Feeds: 1, Initial: 1},
		interval: 5 * time.Minute,
		channels: func(w *world) []string {
			out := make([]string, chats)
			for i := range out {
				out[i] = tgChannel(names[i], fmt.Sprint(700000000+i), w.Telegram)
			}
			return out
		},
		routes: func(*world) []string {
			return []string{"{ sources: [f0], channels: [" + strings.Join(names, ", ") + "] }"}
		},
		expect:  chats,
		timeout: 170 * time.Second,
		seed:    dueNow,
	}
}

// fanout: one story to 1,000 Telegram private chats of one bot.
func fanout(ctx context.Context, o opts) (*report, error) {
	const chats = 1000
	spec := fanoutSpec(chats)
	res, err := runE2E(ctx, o, spec)
	if err != nil {
		return nil, err
	}
	nominal := time.Duration(float64(chats) / float64(tgBotSecond.max) * float64(time.Second))
	legal := fastest(telegramDests(chats, 1, false))
	r := &report{title: "fan-out: 1 article → 1,000 Telegram chats (one bot)", command: "go run ./bench fanout"}
	r.add("completion (start → last post accepted)", secs(res.elapsed),
		fmt.Sprintf("1000/30 = %s (fastest legal schedule: %s)", secs(nominal), secs(legal)))
	r.add("over 1000/30 s", pct(res.elapsed.Seconds()/nominal.Seconds()-1), "≤ 5 %")
	addPlatforms(r, res)
	r.add("CPU (paperboy process)", fmt.Sprintf("%.2f s user+sys", res.cpu), "")
	r.add("peak RSS (paperboy process)", mb(res.peakRSS), "")
	return r, nil
}

// addPlatforms reports what the fakes saw.
func addPlatforms(r *report, res e2eResult) {
	w := res.world
	r.add("posts accepted (Telegram / Discord)", fmt.Sprintf("%d / %d (paperboy counted %d)", w.Telegram.Accepted, w.Discord.Accepted, res.delivered), "")
	r.add("requests rejected with 429 (Telegram / Discord)", fmt.Sprintf("%d (%d bot-wide) / %d", w.Telegram.Refused, w.Telegram.RefusedBot, w.Discord.Refused), "0")
	r.add("requests inside an announced retry_after (Telegram / Discord)", fmt.Sprintf("%d / %d", w.Telegram.Violations, w.Discord.Violations), "0")
	r.add("most posts in any 1 s (Telegram bot, 0.97 s window / Discord, sliding)", fmt.Sprintf("%d / %d", w.Telegram.PeakSecond, w.Discord.PeakSecond),
		fmt.Sprintf("%d / %d per fixed window", tgBotSecond.max, dcGlobal.max))
	if !w.Telegram.First.IsZero() {
		r.add("Telegram send window (first → last accepted)", secs(w.Telegram.Last.Sub(w.Telegram.First)), "")
	}
	if !w.Discord.First.IsZero() {
		r.add("Discord send window (first → last accepted)", secs(w.Discord.Last.Sub(w.Discord.First)), "")
	}
}
