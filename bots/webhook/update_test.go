package webhook

import (
	"context"
	"encoding/json"
	"testing"

	"paperboy/bots/webhook/webhooktest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestUpdatedAndRetractedEvents(t *testing.T) {
	clk := newClock()
	rcv := webhooktest.NewReceiver(testSecret, clk.Now)
	defer rcv.Close()
	ch := mustNew(t, Config{URL: rcv.URL + "/in", Secret: testSecret}, clk.Now)
	ctx := context.Background()
	post := channeltest.SamplePost()
	rc, err := ch.Send(ctx, channel.Delivery{Key: "pb-send", Post: post, Attempt: 1})
	if err != nil {
		t.Fatal(err)
	}
	rc.Revision = post.Revision()
	p := post
	p.Title = "[정정] " + p.Title
	u := channel.Update{Key: "pb-send:" + p.Revision(), Receipt: rc, Post: p, Revision: p.Revision(), Reason: "제목 오류", Attempt: 1}
	for range 2 { // a retry carries the same webhook-id: stored once
		if _, err := ch.Update(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	x := channel.Retraction{Key: "pb-send:retract", Receipt: rc, Post: p, Reason: "오보", Attempt: 1}
	if err := ch.Retract(ctx, x); err != nil {
		t.Fatal(err)
	}
	evs := rcv.Events()
	if len(evs) != 3 || evs[1].ID != u.Key || evs[1].Attempts != 2 || evs[2].ID != x.Key {
		t.Fatalf("events %+v", evs)
	}
	var upd, ret Event
	_ = json.Unmarshal(evs[1].Body, &upd)
	_ = json.Unmarshal(evs[2].Body, &ret)
	if upd.Type != EventUpdated || upd.Data.Original != "pb-send" || upd.Data.Revision != p.Revision() || upd.Data.Previous != post.Revision() || upd.Data.Reason != "제목 오류" {
		t.Errorf("updated event %+v", upd)
	}
	if ret.Type != EventRetracted || ret.Data.Original != "pb-send" || ret.Data.Reason != "오보" {
		t.Errorf("retracted event %+v", ret)
	}
	// After the retraction the receiver refuses further changes: permanent, not retried.
	u2 := u
	u2.Key = "pb-send:other"
	if _, err := ch.Update(ctx, u2); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("update after retraction: %v", err)
	}
	unknown := channel.Retraction{Key: "k", Receipt: channel.Receipt{RemoteID: "never-sent"}, Post: p}
	if err := ch.Retract(ctx, unknown); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("retraction of an unknown article: %v", err)
	}
	rcv.FailNext(webhooktest.Failure{Status: 503})
	if err := ch.Retract(ctx, x); channel.Classify(err).Reason != channel.Transient {
		t.Errorf("503: %v", err)
	}
}
