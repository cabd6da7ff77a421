package matrix

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestEditAndRedact(t *testing.T) {
	ch, srv, room := fake(t, Config{})
	ctx := context.Background()
	rc, err := ch.Send(ctx, channel.Delivery{Key: "pb-send", Post: channeltest.SamplePost(), Attempt: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(rc.Messages) != 1 || rc.Messages[0].Chat != room {
		t.Fatalf("receipt %+v", rc.Messages)
	}
	p := channeltest.SamplePost()
	p.Title = "[정정] " + p.Title
	u := channel.Update{Key: "pb-send:" + p.Revision(), Receipt: rc, Post: p, Revision: p.Revision(), Attempt: 1}
	for range 2 { // a retry reuses the txnId: one edit event
		if _, err := ch.Update(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	evs := srv.Events()
	if len(evs) != 2 || evs[0].Edits != 1 {
		t.Fatalf("events after edit %+v", evs)
	}
	var shown content
	if err := json.Unmarshal(evs[0].Current, &shown); err != nil || !strings.Contains(shown.Body, "[정정] ") {
		t.Errorf("shown content %q (%v)", shown.Body, err)
	}
	var fallback content
	_ = json.Unmarshal(evs[1].Body, &fallback)
	if !strings.HasPrefix(fallback.Body, "* ") {
		t.Errorf("edit fallback body %q", fallback.Body)
	}
	unknown := channel.Receipt{Messages: []channel.Message{{ID: "$nope", Chat: room}}}
	if _, err := ch.Update(ctx, channel.Update{Key: "x", Receipt: unknown, Post: p}); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("edit of an unknown event: %v, want permanent", err)
	}
	foreign := channel.Receipt{Messages: []channel.Message{{ID: srv.AddForeignEvent(room, "@alice:example.org", "hi"), Chat: room}}}
	if err := ch.Retract(ctx, channel.Retraction{Key: "y", Receipt: foreign}); channel.Classify(err).Reason != channel.Unauthorized {
		t.Errorf("redaction of another's event: %v, want unauthorized (no power)", err)
	}
	x := channel.Retraction{Key: "pb-send:retract", Receipt: rc, Reason: "오보", Attempt: 1}
	srv.RateLimitNext(1500 * time.Millisecond)
	if err := ch.Retract(ctx, x); channel.Classify(err).RetryAfter != 1500*time.Millisecond {
		t.Errorf("429: %v", err)
	}
	for range 2 {
		if err := ch.Retract(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if ev := srv.Events()[0]; !ev.Redacted || ev.RedactReason != "오보" || ev.Redactions != 1 {
		t.Errorf("after redaction %+v", ev)
	}
}
