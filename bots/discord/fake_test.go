package discord

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"paperboy/bots/discord/discordtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

// fakeWebhook returns a webhook channel posting to a fresh fake that shares clk.
func fakeWebhook(t *testing.T, clk *clock, fo discordtest.Options, cfg Config) (*Channel, *discordtest.Server, discordtest.Webhook) {
	t.Helper()
	fo.Now = clk.Now
	srv := discordtest.NewServer(fo)
	t.Cleanup(srv.Close)
	wh := srv.AddWebhook()
	cfg.Webhook = srv.WebhookURL(wh)
	return mustNew(t, cfg, opts(clk.Now)), srv, wh
}

func TestRateLimitAgainstFake(t *testing.T) {
	clk := newClock()
	ch, srv, _ := fakeWebhook(t, clk, discordtest.Options{}, Config{})
	d := channel.Delivery{Key: "k1", Post: channeltest.SamplePost(), Attempt: 1}
	ctx := context.Background()

	srv.RateLimitNext(1234*time.Millisecond, false)
	_, err := ch.Send(ctx, d)
	ce := channel.Classify(err)
	if ce.Reason != channel.RateLimited || ce.RetryAfter != 1234*time.Millisecond || ce.Global {
		t.Fatalf("got %v after %v global %v, want rate_limited after exactly 1.234s", ce.Reason, ce.RetryAfter, ce.Global)
	}
	// Coming back early is a violation the fake records; waiting exactly retry_after is not.
	clk.Advance(time.Second)
	if _, err := ch.Send(ctx, d); channel.Classify(err).Reason != channel.RateLimited {
		t.Fatalf("early resend: %v, want rate_limited", err)
	}
	if v := srv.Violations(); len(v) != 1 || v[0].Early != 234*time.Millisecond {
		t.Fatalf("violations %+v, want one 234ms early", v)
	}
	clk.Advance(234 * time.Millisecond)
	if _, err := ch.Send(ctx, d); err != nil {
		t.Fatalf("resend after retry_after: %v", err)
	}
	if n := len(srv.Violations()); n != 1 {
		t.Errorf("%d violations after an on-time resend, want 1", n)
	}

	srv.RateLimitNext(2500*time.Millisecond, true)
	ce = channel.Classify(func() error { _, err := ch.Send(ctx, d); return err }())
	if ce.Reason != channel.RateLimited || ce.RetryAfter != 2500*time.Millisecond || !ce.Global {
		t.Errorf("global 429: got %v after %v global %v", ce.Reason, ce.RetryAfter, ce.Global)
	}
}

func TestBucketExhaustion(t *testing.T) {
	clk := newClock()
	ch, srv, _ := fakeWebhook(t, clk, discordtest.Options{}, Config{})
	ctx := context.Background()
	// Discord's bucket takes 5 messages per 2 s window; a 6th inside it is refused with the reset.
	for i := range 5 {
		if _, err := ch.Send(ctx, channel.Delivery{Key: string(rune('a' + i)), Post: channeltest.SamplePost()}); err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
	}
	_, err := ch.Send(ctx, channel.Delivery{Key: "over", Post: channeltest.SamplePost()})
	if ce := channel.Classify(err); ce.Reason != channel.RateLimited || ce.RetryAfter != 2*time.Second {
		t.Fatalf("6th send: %v, want rate_limited after 2s", err)
	}
	if n := len(srv.Messages()); n != 5 {
		t.Errorf("%d messages, want 5", n)
	}
}

// Sending at the pace Limits() allows never earns a 429 from Discord's fixed-window bucket.
func TestLimitsFitTheBucket(t *testing.T) {
	clk := newClock()
	ch, srv, _ := fakeWebhook(t, clk, discordtest.Options{}, Config{})
	lim := ch.Limits()
	pace := rate.NewLimiter(lim.Rate, lim.Burst)
	for i := range 60 {
		r := pace.ReserveN(clk.Now(), 1)
		clk.Advance(r.DelayFrom(clk.Now()))
		if _, err := ch.Send(context.Background(), channel.Delivery{Key: fmt.Sprintf("k%d", i), Post: channeltest.SamplePost()}); err != nil {
			t.Fatalf("send %d at the allowed pace: %v", i, err)
		}
	}
	if n := len(srv.Messages()); n != 60 {
		t.Fatalf("%d messages", n)
	}
}

func TestBotNonceDeduplicates(t *testing.T) {
	clk := newClock()
	srv := discordtest.NewServer(discordtest.Options{Now: clk.Now})
	defer srv.Close()
	srv.AddBot(testBotToken)
	chID := srv.AddChannel()
	ch := mustNew(t, Config{Token: testBotToken, ChannelID: chID, APIURL: srv.URL}, opts(clk.Now))
	ctx := context.Background()
	d := channel.Delivery{Key: "article-1:dc-test", Post: channeltest.SamplePost(), Attempt: 1}

	r1, err := ch.Send(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	d.Attempt = 2 // the outbox retries an in-doubt delivery with the same key
	r2, err := ch.Send(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if r1.RemoteID != r2.RemoteID {
		t.Errorf("retry got message %s, first %s: nonce did not de-duplicate", r2.RemoteID, r1.RemoteID)
	}
	if _, err := ch.Send(ctx, channel.Delivery{Key: "article-2:dc-test", Post: channeltest.SamplePost()}); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if len(msgs) != 2 {
		t.Fatalf("%d messages in the fake, want 2", len(msgs))
	}
	if msgs[0].Nonce != nonce(d.Key) || !msgs[0].EnforceNonce || len(msgs[0].Nonce) > 25 {
		t.Errorf("nonce %q enforce %v", msgs[0].Nonce, msgs[0].EnforceNonce)
	}
	if r1.URL == "" || !strings.HasSuffix(r1.URL, "/"+chID+"/"+r1.RemoteID) {
		t.Errorf("receipt url %q", r1.URL)
	}
}

func TestBadCredentialsStop(t *testing.T) {
	srv := discordtest.NewServer(discordtest.Options{})
	defer srv.Close()
	srv.AddBot("the-good-token")
	chID := srv.AddChannel()
	wh := srv.AddWebhook()
	srv.DeleteWebhook(wh.ID)
	bad := mustNew(t, Config{Token: "revoked-token", ChannelID: chID, APIURL: srv.URL}, opts(nil))
	gone := mustNew(t, Config{Webhook: srv.WebhookURL(wh)}, opts(nil))
	ctx := context.Background()
	d := channel.Delivery{Key: "k", Post: channeltest.SamplePost()}
	for _, tc := range []struct {
		name string
		ch   *Channel
	}{{"revoked bot token", bad}, {"deleted webhook", gone}} {
		_, err := tc.ch.Send(ctx, d)
		if r := channel.Classify(err).Reason; r != channel.Unauthorized {
			t.Errorf("%s: send %v, want unauthorized", tc.name, err)
		}
		if err := tc.ch.Check(ctx); channel.Classify(err).Reason != channel.Unauthorized {
			t.Errorf("%s: check %v, want unauthorized", tc.name, err)
		}
		if err != nil && (strings.Contains(err.Error(), wh.Token) || strings.Contains(err.Error(), "revoked-token")) {
			t.Errorf("%s: error leaks a secret: %v", tc.name, err)
		}
	}
	// One 401 per call, no retries: the bot's send and check. A deleted webhook answers 404,
	// which Cloudflare does not count.
	if n := srv.InvalidRequests(); n != 2 {
		t.Errorf("%d invalid requests, want 2", n)
	}
}

func TestCheckSucceeds(t *testing.T) {
	clk := newClock()
	ch, srv, _ := fakeWebhook(t, clk, discordtest.Options{}, Config{})
	if err := ch.Check(context.Background()); err != nil {
		t.Errorf("webhook check: %v", err)
	}
	srv.AddBot(testBotToken)
	bot := mustNew(t, Config{Token: testBotToken, ChannelID: srv.AddChannel(), APIURL: srv.URL}, opts(clk.Now))
	if err := bot.Check(context.Background()); err != nil {
		t.Errorf("bot check: %v", err)
	}
}
