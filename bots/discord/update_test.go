package discord

import (
	"context"
	"strings"
	"testing"
	"time"

	"paperboy/bots/discord/discordtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func correction(rc channel.Receipt) channel.Update {
	p := channeltest.SamplePost()
	p.Title = "[정정] " + p.Title
	return channel.Update{Key: "k:" + p.Revision(), Receipt: rc, Post: p, Revision: p.Revision(), Attempt: 1}
}

func TestWebhookUpdateAndRetractInThread(t *testing.T) {
	clk := newClock()
	ch, srv, _ := fakeWebhook(t, clk, discordtest.Options{}, Config{ThreadID: "987654321", Username: "Paperboy"})
	ctx := context.Background()
	rc, err := ch.Send(ctx, channel.Delivery{Key: "k", Post: channeltest.SamplePost(), Attempt: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(rc.Messages) != 1 || rc.Messages[0].Thread != "987654321" {
		t.Fatalf("receipt %+v does not name the thread", rc.Messages)
	}
	got, err := ch.Update(ctx, correction(rc))
	if err != nil {
		t.Fatal(err)
	}
	m := srv.Messages()[0]
	if m.Edits != 1 || !strings.HasPrefix(m.Embeds[0].Title, "[정정] ") || got.Revision != correction(rc).Revision {
		t.Errorf("after update: edits %d, title %q, receipt %+v", m.Edits, m.Embeds[0].Title, got)
	}
	// The same edit again: Discord accepts an unchanged edit; it stays one message.
	if _, err := ch.Update(ctx, correction(rc)); err != nil {
		t.Fatal(err)
	}
	// Without the thread the webhook cannot find its message.
	lost := rc
	lost.Messages = []channel.Message{{ID: rc.Messages[0].ID}}
	noThread := mustNew(t, Config{Webhook: ch.cfg.Webhook}, opts(clk.Now))
	if _, err := noThread.Update(ctx, correction(lost)); !unknownMessage(err) || channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("edit outside the thread: %v, want permanent unknown message", err)
	}
	x := channel.Retraction{Key: "k:retract", Receipt: rc, Attempt: 1}
	if err := ch.Retract(ctx, x); err != nil {
		t.Fatal(err)
	}
	if !srv.Messages()[0].Deleted {
		t.Error("message not deleted")
	}
	if err := ch.Retract(ctx, x); err != nil {
		t.Errorf("second retraction of a deleted message: %v", err)
	}
	if _, err := ch.Update(ctx, correction(rc)); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("edit of a deleted message: %v, want permanent", err)
	}
}

func TestBotUpdateRetractAndErrors(t *testing.T) {
	clk := newClock()
	srv := discordtest.NewServer(discordtest.Options{Now: clk.Now})
	defer srv.Close()
	srv.AddBot(testBotToken)
	chID := srv.AddChannel()
	ch := mustNew(t, Config{Token: testBotToken, ChannelID: chID, APIURL: srv.URL}, opts(clk.Now))
	ctx := context.Background()
	rc, err := ch.Send(ctx, channel.Delivery{Key: "k", Post: channeltest.SamplePost(), Attempt: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ch.Update(ctx, correction(rc)); err != nil {
		t.Fatal(err)
	}
	if m := srv.Messages()[0]; m.Edits != 1 || !strings.HasPrefix(m.Embeds[0].Title, "[정정] ") {
		t.Errorf("after update %+v", m)
	}
	foreign := channel.Receipt{Messages: []channel.Message{{ID: srv.AddForeignMessage(chID, "a reader"), Chat: chID}}}
	if _, err := ch.Update(ctx, correction(foreign)); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("edit of a user's message: %v, want permanent (not a paused channel)", err)
	}
	if err := ch.Retract(ctx, channel.Retraction{Receipt: foreign}); channel.Classify(err).Reason != channel.Unauthorized {
		t.Errorf("delete without Manage Messages: %v, want unauthorized", err)
	}
	srv.FailNext(1, 502)
	if err := ch.Retract(ctx, channel.Retraction{Receipt: rc}); channel.Classify(err).Reason != channel.Transient {
		t.Errorf("502: %v, want transient", err)
	}
	srv.RateLimitNext(1500*time.Millisecond, false)
	if err := ch.Retract(ctx, channel.Retraction{Receipt: rc}); channel.Classify(err).RetryAfter != 1500*time.Millisecond {
		t.Errorf("429: %v, want retry after 1.5s", err)
	}
	clk.Advance(2 * time.Second)
	if err := ch.Retract(ctx, channel.Retraction{Receipt: rc}); err != nil {
		t.Fatal(err)
	}
	if !srv.Messages()[0].Deleted || len(srv.Violations()) != 0 {
		t.Errorf("deleted %v, violations %v", srv.Messages()[0].Deleted, srv.Violations())
	}
}
