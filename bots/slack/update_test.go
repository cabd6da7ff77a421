package slack

import (
	"context"
	"strings"
	"testing"
	"time"

	"paperboy/bots/slack/slacktest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestUpdateAndRetract(t *testing.T) {
	srv := slacktest.NewServer(slacktest.Options{Now: fixedNow})
	defer srv.Close()
	srv.AddToken(testToken)
	news := srv.AddChannel("news", true, false)
	ch := mustNew(t, Config{Token: testToken, Channel: "#news", APIURL: srv.APIURL()})
	ctx := context.Background()
	rc, err := ch.Send(ctx, channel.Delivery{Key: "k", Post: channeltest.SamplePost(), Attempt: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(rc.Messages) != 1 || rc.Messages[0].Chat != news {
		t.Fatalf("receipt %+v", rc)
	}
	p := channeltest.SamplePost()
	p.Title = "[정정] " + p.Title
	u := channel.Update{Key: "k:" + p.Revision(), Receipt: rc, Post: p, Revision: p.Revision(), Attempt: 1}
	got, err := ch.Update(ctx, u)
	if err != nil || got.Revision != p.Revision() {
		t.Fatalf("update: %v, %+v", err, got)
	}
	if m := srv.Messages()[0]; m.Edits != 1 || !strings.HasPrefix(m.Blocks[0].Text.Text, "[정정] ") {
		t.Errorf("after update %+v", m)
	}
	// A receipt from before Messages existed: "channel:ts" in RemoteID.
	legacy := channel.Receipt{RemoteID: rc.RemoteID}
	if _, err := ch.Update(ctx, channel.Update{Receipt: legacy, Post: p, Revision: p.Revision()}); err != nil {
		t.Errorf("update by RemoteID: %v", err)
	}
	foreign := channel.Receipt{Messages: []channel.Message{{ID: srv.AddForeignMessage(news, "hi"), Chat: news}}}
	if _, err := ch.Update(ctx, channel.Update{Receipt: foreign, Post: p}); channel.Classify(err).Reason != channel.Permanent || !strings.Contains(err.Error(), "cant_update_message") {
		t.Errorf("update of a user's message: %v", err)
	}
	if err := ch.Retract(ctx, channel.Retraction{Receipt: foreign}); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("delete of a user's message: %v", err)
	}
	srv.RateLimitNext(3)
	if err := ch.Retract(ctx, channel.Retraction{Receipt: rc}); channel.Classify(err).RetryAfter != 3*time.Second {
		t.Errorf("429: %v", err)
	}
	srv.FailNext("internal_error")
	if err := ch.Retract(ctx, channel.Retraction{Receipt: rc}); channel.Classify(err).Reason != channel.Transient {
		t.Errorf("internal_error: %v", err)
	}
	for range 2 { // the second finds message_not_found: done
		if err := ch.Retract(ctx, channel.Retraction{Receipt: rc}); err != nil {
			t.Fatal(err)
		}
	}
	if !srv.Messages()[0].Deleted {
		t.Error("not deleted")
	}
	if _, err := ch.Update(ctx, u); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("update of a deleted message: %v", err)
	}
	hook := mustNew(t, Config{Webhook: srv.AddWebhook(news), APIURL: srv.APIURL()})
	if err := hook.Retract(ctx, channel.Retraction{Receipt: channel.Receipt{RemoteID: "webhook:k"}}); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("webhook retraction: %v, want permanent", err)
	}
}
