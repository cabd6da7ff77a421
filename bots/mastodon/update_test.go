package mastodon

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"paperboy/bots/mastodon/mastodontest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestUpdateAndRetract(t *testing.T) {
	srv := fake(t, mastodontest.Options{})
	ch := mustNew(t, Config{Server: srv.URL})
	ctx := context.Background()
	rc, err := ch.Send(ctx, channel.Delivery{Key: "k", Post: channeltest.SamplePost(), Attempt: 1})
	if err != nil {
		t.Fatal(err)
	}
	p := channeltest.SamplePost()
	p.Title = "[정정] " + p.Title
	u := channel.Update{Key: "k:" + p.Revision(), Receipt: rc, Post: p, Revision: p.Revision(), Attempt: 1}
	for range 2 { // the second is a retry: nothing changes, Mastodon records no edit
		got, err := ch.Update(ctx, u)
		if err != nil || got.Revision != p.Revision() {
			t.Fatalf("update: %v %+v", err, got)
		}
	}
	st := srv.Statuses()[0]
	if st.Edits != 1 || !strings.Contains(st.Text, "[정정] ") || st.Visibility != "public" {
		t.Errorf("after update: %+v", st)
	}
	other := mustNew(t, Config{Server: srv.URL, Token: "another-account"})
	srv.AddToken("another-account")
	if _, err := other.Update(ctx, u); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("edit of another account's status: %v, want permanent", err)
	}
	x := channel.Retraction{Key: "k:retract", Receipt: rc, Attempt: 1}
	for range 2 { // the second finds it gone: done
		if err := ch.Retract(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if !srv.Statuses()[0].Deleted {
		t.Error("not deleted")
	}
	if _, err := ch.Update(ctx, u); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("edit of a deleted status: %v", err)
	}
	srv.RateLimitNext(40 * time.Second)
	if _, err := ch.Send(ctx, channel.Delivery{Key: "k2", Post: p}); channel.Classify(err).RetryAfter != 40*time.Second {
		t.Errorf("429: %v", err)
	}
}

func TestUpdateKeepsMedia(t *testing.T) {
	img := images(t)
	srv := fake(t, mastodontest.Options{})
	ch := mustNew(t, Config{Server: srv.URL, Media: true}, channeltest.MediaFrom(img))
	ctx := context.Background()
	post := channeltest.SamplePost()
	post.ImageURL = img.URL + "/lead.png"
	rc, err := ch.Send(ctx, channel.Delivery{Key: "k", Post: post, Attempt: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(srv.Statuses()[0].MediaIDs) != 1 || rc.Messages[0].Ref != srv.Statuses()[0].MediaIDs[0] {
		t.Fatalf("receipt %+v does not keep the attachment", rc.Messages)
	}
	p := post
	p.Summary = "정정된 요약."
	if _, err := ch.Update(ctx, channel.Update{Receipt: rc, Post: p, Revision: p.Revision()}); err != nil {
		t.Fatal(err)
	}
	if st := srv.Statuses()[0]; len(st.MediaIDs) != 1 || st.Edits != 1 {
		t.Errorf("edit dropped the image: %+v", st)
	}
}

// Two channels of one account share its deletion budget; paced by it, 40 deletions meet no
// 429 from an instance that allows 30 per 30 minutes.
func TestDeletesPacedPerAccount(t *testing.T) {
	clk := channeltest.NewClock(fixedNow())
	srv := mastodontest.NewServer(mastodontest.Options{Now: clk.Now})
	defer srv.Close()
	srv.AddToken(testToken)
	set := channel.NewLimiters()
	var chans []*Channel
	for _, name := range []string{"news", "sports"} {
		ch, err := New(Config{Server: srv.URL, Token: testToken}, channel.Options{Name: name, Now: clk.Now, Limiters: set, Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		chans = append(chans, ch)
	}
	ctx := context.Background()
	var receipts []channel.Receipt
	for i := range 40 {
		p := channeltest.SamplePost()
		p.Title += strings.Repeat("!", i)
		rc, err := chans[i%2].Send(ctx, channel.Delivery{Key: "k" + p.Revision(), Post: p})
		if err != nil {
			t.Fatal(err)
		}
		receipts = append(receipts, rc)
	}
	start, limited := clk.Now(), 0
	for i, rc := range receipts {
		for {
			err := chans[i%2].Retract(ctx, channel.Retraction{Receipt: rc, Now: clk.Now()})
			if err == nil {
				break
			}
			ce := channel.Classify(err)
			if ce.Reason != channel.RateLimited || ce.RetryAfter <= 0 {
				t.Fatalf("retraction %d: %v", i, err)
			}
			limited++
			clk.Advance(ce.RetryAfter) // what deliver does: wait exactly retry_after
		}
	}
	if n := srv.ThrottledDeletes(); n != 0 {
		t.Errorf("%d deletions refused by the instance, want 0", n)
	}
	if limited == 0 || clk.Now().Sub(start) < 30*time.Minute {
		t.Errorf("40 deletions took %v with %d waits: not paced", clk.Now().Sub(start), limited)
	}
}
