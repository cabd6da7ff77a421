package main

import (
	"context"
	"fmt"
	"time"

	"paperboy/core/outbox"
	"paperboy/core/pipeline"
)

// retract: one article posted to 1,000 Telegram private chats of one bot (the fan-out
// scenario), then retracted as an editor's /retract does; the retraction deletes 1,000
// messages through the same bot, metered by the fake against the same flood rules.
func retract(ctx context.Context, o opts) (*report, error) {
	const chats = 1000
	spec := fanoutSpec(chats)
	spec.timeout = 300 * time.Second
	spec.then = func(ctx context.Context, svc *pipeline.Service, first outbox.Payload) (int, error) {
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
