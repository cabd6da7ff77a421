package bluesky

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestCorrectionIsAReplyAndRetractDeletes(t *testing.T) {
	ch, srv := fake(t, nil)
	ctx := context.Background()
	rc, err := ch.Send(ctx, channel.Delivery{Key: "pb-send", Post: channeltest.SamplePost(), Attempt: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(rc.Messages) != 1 || rc.Messages[0].Ref == "" {
		t.Fatalf("receipt %+v keeps no cid", rc.Messages)
	}
	p := channeltest.SamplePost()
	p.Title = "제목 바로잡음"
	u := channel.Update{Key: "pb-send:" + p.Revision(), Receipt: rc, Post: p, Revision: p.Revision(), Attempt: 1}
	got, err := ch.Update(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	u.Attempt = 2 // a retry finds the reply at its record key: no second reply
	if again, err := ch.Update(ctx, u); err != nil || again.Messages[1].ID != got.Messages[1].ID {
		t.Fatalf("retried correction: %v, %+v", err, again.Messages)
	}
	recs := srv.Records()
	if len(recs) != 2 || len(got.Messages) != 2 {
		t.Fatalf("%d records, receipt %+v", len(recs), got.Messages)
	}
	var reply struct {
		Text  string
		Reply struct{ Root, Parent struct{ URI, CID string } }
	}
	if err := json.Unmarshal(recs[1].Value, &reply); err != nil {
		t.Fatal(err)
	}
	if reply.Reply.Root.URI != rc.RemoteID || reply.Reply.Parent.CID != rc.Messages[0].Ref || !strings.HasPrefix(reply.Text, correctionLabel) {
		t.Errorf("reply %+v", reply)
	}
	// A second correction answers the first: root stays the original, parent is the reply.
	p2 := p
	p2.Summary = "두 번째 정정."
	got2, err := ch.Update(ctx, channel.Update{Key: "pb-send:" + p2.Revision(), Receipt: got, Post: p2, Revision: p2.Revision()})
	if err != nil {
		t.Fatal(err)
	}
	_ = json.Unmarshal(srv.Records()[2].Value, &reply)
	if reply.Reply.Root.URI != rc.RemoteID || reply.Reply.Parent.URI != got.Messages[1].ID {
		t.Errorf("second reply refs %+v", reply.Reply)
	}
	foreign := channel.Receipt{Messages: []channel.Message{{ID: "at://did:plc:someoneelse/app.bsky.feed.post/3kabc", Ref: "bafy"}}}
	if err := ch.Retract(ctx, channel.Retraction{Receipt: foreign}); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("retraction of another account's post: %v", err)
	}
	srv.RateLimitNext(30 * time.Second)
	if err := ch.Retract(ctx, channel.Retraction{Receipt: got2}); channel.Classify(err).Reason != channel.RateLimited {
		t.Errorf("429: %v", err)
	}
	for range 2 { // the PDS accepts deleting what is already gone
		if err := ch.Retract(ctx, channel.Retraction{Receipt: got2}); err != nil {
			t.Fatal(err)
		}
	}
	if n := srv.Deletes(); n != 3 {
		t.Errorf("%d records deleted, want 3 (the post and both corrections)", n)
	}
	if _, err := ch.Update(ctx, channel.Update{Key: "k2", Receipt: channel.Receipt{RemoteID: rc.RemoteID}, Post: p}); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("correction of a deleted post: %v, want permanent", err)
	}
}
