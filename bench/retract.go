package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"paperboy/core/outbox"
	"paperboy/core/pipeline"
)

// retract: one article posted to 1,000 Telegram private chats of one bot (the fan-out
// scenario), then retracted as an editor's /retract does; the retraction deletes 1,000
// messages through the same bot, metered by the fake against the same flood rules.
func retract(ctx context.Context, o opts) (*report, error) {
	const chats = 1000
	names := make([]string, chats)
	for i := range names {
		names[i] = fmt.Sprintf("tg%d", i)
	}
	spec := e2eSpec{
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
		timeout: 300 * time.Second,
		seed:    dueNow,
		then: func(ctx context.Context, svc *pipeline.Service, first outbox.Payload) (int, error) {
			ps, err := svc.Posts(ctx, first.Post.URL)
			if err != nil {
				return 0, err
			}
			planned, err := svc.Retract(ctx, ps.ArticleID, "bench", "bench")
			if err != nil {
				return 0, err
			}
			if len(planned) != chats {
				return 0, fmt.Errorf("bench: retract planned %d operations, want %d (%s)", len(planned), chats, outbox.Summary(planned))
			}
			return len(planned), nil
		},
	}
	res, err := runE2E(ctx, o, spec)
	if err != nil {
		return nil, err
	}
	w := res.world.Telegram
	if res.thenAt.IsZero() || res.thenDone.IsZero() {
		return nil, fmt.Errorf("bench: retract did not complete: %d deliveries, %d deletions", res.delivered, w.Deletes)
	}
	took := res.thenDone.Sub(res.thenAt)
	nominal := time.Duration(float64(chats) / float64(tgBotSecond.max) * float64(time.Second))
	r := &report{title: "retract: 1 article posted to 1,000 Telegram chats (one bot), then retracted", command: "go run ./bench retract"}
	r.add("retraction (Retract called → last deletion accepted)", secs(took), fmt.Sprintf("1000/30 = %s", secs(nominal)))
	r.add("achieved deletion rate", fmt.Sprintf("%.1f /s", float64(w.Deletes)/took.Seconds()), fmt.Sprintf("%d /s", tgBotSecond.max))
	r.add("deleteMessage accepted (first → last)", fmt.Sprintf("%d (%s)", w.Deletes, secs(w.DelLast.Sub(w.DelFirst))), fmt.Sprint(chats))
	r.add("deleteMessage answered 429", fmt.Sprint(w.RefusedDel), "0")
	r.add("posting phase (start → last post accepted)", secs(res.elapsed), fmt.Sprintf("1000/30 = %s", secs(nominal)))
	addPlatforms(r, res)
	r.add("CPU (paperboy process, both phases)", fmt.Sprintf("%.2f s user+sys", res.cpu), "")
	r.add("peak RSS (paperboy process)", mb(res.peakRSS), "")
	return r, nil
}
