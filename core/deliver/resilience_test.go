package deliver

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"paperboy/bots/discord/discordtest"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/channel"
	"paperboy/core/store"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// TestBreakerOpensThenProbes: BreakerAfter transient failures in a row open the breaker; no
// request reaches the platform until BreakerTimeout has passed; the probe succeeds and closes it.
func TestBreakerOpensThenProbes(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	st := openStore(t)
	ev := newEvents()
	set := settings("r1")
	w := NewWorker(telegramChannel(t, "tg", fake.URL, telegramtest.DefaultToken, "1001"), st, set, &Credentials{}, nil, quiet, ev.observe)
	enqueue(t, st, "tg", 1)
	fake.FailNext(set.BreakerAfter, telegramtest.Failure{Status: http.StatusInternalServerError})
	start(t, w)
	ev.await(t, "tg", Retrying, set.BreakerAfter)
	if s := w.BreakerState(); s != "open" {
		t.Fatalf("breaker after %d failures: %s, want open", set.BreakerAfter, s)
	}
	ev.await(t, "tg", Delivered, 1)
	reqs := fake.Requests()
	if len(reqs) != set.BreakerAfter+1 {
		t.Fatalf("platform saw %d requests, want %d failures and one probe", len(reqs), set.BreakerAfter)
	}
	if gap := reqs[len(reqs)-1].Time.Sub(reqs[len(reqs)-2].Time); gap < set.BreakerTimeout {
		t.Fatalf("probe came %s after the breaker opened, before its timeout %s", gap, set.BreakerTimeout)
	}
	if s := w.BreakerState(); s != "closed" {
		t.Fatalf("breaker after a good probe: %s, want closed", s)
	}
}

// TestRetryAfterIsObeyed: after a 429 with retry_after no request reaches that chat before the
// window ends (the fake records any that does), and the posts keep their order.
func TestRetryAfterIsObeyed(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	st := openStore(t)
	ev := newEvents()
	w := NewWorker(telegramChannel(t, "tg", fake.URL, telegramtest.DefaultToken, "1001"), st, settings("r1"), &Credentials{}, nil, quiet, ev.observe)
	titles := enqueue(t, st, "tg", 3)
	fake.FailNext(1, telegramtest.Failure{Status: http.StatusTooManyRequests, RetryAfter: 1})
	start(t, w)
	ev.await(t, "tg", Delivered, 3)
	if v := fake.Violations(); len(v) != 0 {
		t.Fatalf("requests inside the retry_after window: %+v", v)
	}
	reqs := fake.Requests()
	if reqs[0].Status != http.StatusTooManyRequests || reqs[1].Time.Sub(reqs[0].Time) < time.Second {
		t.Fatalf("second request %s after the 429 (status %d), want ≥ 1s", reqs[1].Time.Sub(reqs[0].Time), reqs[0].Status)
	}
	for i, m := range fake.Messages() {
		if firstLine(m.Text) != titles[i] {
			t.Fatalf("post %d is %q, want %q", i, firstLine(m.Text), titles[i])
		}
	}
}

// TestGlobalRateLimitHoldsTheCredential: a global 429 on one channel holds every channel of the
// same bot token until the window ends.
func TestGlobalRateLimitHoldsTheCredential(t *testing.T) {
	srv := discordtest.NewServer(discordtest.Options{})
	defer srv.Close()
	const token = "global-test-bot-token"
	srv.AddBot(token)
	a, b := srv.AddChannel(), srv.AddChannel()
	st := openStore(t)
	ev := newEvents()
	creds := &Credentials{}
	wa := NewWorker(discordBot(t, "a", srv.URL, token, a), st, settings("r1"), creds, nil, quiet, ev.observe)
	wb := NewWorker(discordBot(t, "b", srv.URL, token, b), st, settings("r1"), creds, nil, quiet, ev.observe)
	enqueue(t, st, "a", 2)
	enqueue(t, st, "b", 2)
	const window = 700 * time.Millisecond
	srv.RateLimitNext(window, true)
	start(t, wa)
	ev.await(t, "a", Retrying, 1) // a met the global 429: the token's gate is closed
	limitedAt := time.Now()
	start(t, wb)
	ev.await(t, "b", Delivered, 2)
	ev.await(t, "a", Delivered, 2)
	if v := srv.Violations(); len(v) != 0 {
		t.Fatalf("requests inside the global window: %+v", v)
	}
	for _, m := range srv.Messages() {
		if m.ChannelID == b && m.At.Sub(limitedAt) < window-50*time.Millisecond {
			t.Fatalf("channel b posted %s after the global 429, inside its %s window", m.At.Sub(limitedAt), window)
		}
	}
}

// blocking is a channel whose Send waits until released (or its context ends).
type blocking struct {
	started chan struct{}
	release chan struct{}
	sent    chan string
}

func (b *blocking) Name() string           { return "slow" }
func (b *blocking) Limits() channel.Limits { return channel.Limits{TextMax: 1000} }
func (b *blocking) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	b.started <- struct{}{}
	select {
	case <-b.release:
		b.sent <- d.Post.Title
		return channel.Receipt{RemoteID: d.Key}, nil
	case <-ctx.Done():
		return channel.Receipt{}, ctx.Err()
	}
}

// TestShutdownFinishesTheSendInHand: when Run's context ends mid-send, the send finishes (within
// the grace the caller gives sendCtx), its outcome is recorded, Run returns and the rest of the
// queue stays for later; when the grace runs out the send is cut off and handed back.
func TestShutdownFinishesTheSendInHand(t *testing.T) {
	for _, graceEnds := range []bool{false, true} {
		st := openStore(t)
		ch := &blocking{started: make(chan struct{}, 1), release: make(chan struct{}), sent: make(chan string, 4)}
		w := NewWorker(ch, st, settings("r1"), &Credentials{}, nil, quiet, nil)
		enqueue(t, st, "slow", 2)
		ctx, stop := context.WithCancel(context.Background())
		sendCtx, cutOff := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); w.Run(ctx, sendCtx) }()
		<-ch.started
		stop() // SIGTERM
		if graceEnds {
			cutOff()
		} else {
			close(ch.release)
		}
		<-done
		cutOff()
		pending, err := st.Pending(context.Background(), "slow")
		if err != nil {
			t.Fatal(err)
		}
		claims := map[store.ClaimState]int{}
		for _, e := range pendingEntries(t, st) {
			c, _ := st.Claim(context.Background(), "slow", e.ArticleID)
			claims[c.State]++
		}
		wantPending, wantSent := int64(1), 1
		if graceEnds {
			wantPending, wantSent = 2, 0
		}
		if pending != wantPending || len(ch.sent) != wantSent {
			t.Fatalf("grace ended=%v: %d pending, %d sent; want %d pending, %d sent", graceEnds, pending, len(ch.sent), wantPending, wantSent)
		}
		if claims[store.StateSending] != 0 {
			t.Fatalf("grace ended=%v: a handed-back entry is left in doubt: %v", graceEnds, claims)
		}
	}
}

// pendingEntries reads back everything queued or scheduled for the blocking channel.
func pendingEntries(t *testing.T, st store.Store) []store.Entry {
	t.Helper()
	ctx := context.Background()
	if _, err := st.PromoteDue(ctx, "slow", time.Now().Add(time.Hour), 100); err != nil {
		t.Fatal(err)
	}
	got, err := st.Reclaim(ctx, "slow", "check", 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	more, err := st.Read(ctx, "slow", "check", 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	return append(got, more...)
}

// TestOneReplicaDeliversAChannel: two replicas' workers on one store and one channel: one
// delivers, in order and once; when it stops it hands the channel over and the other goes on.
func TestOneReplicaDeliversAChannel(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	st := openStore(t)
	ev := newEvents()
	var workers [2]*Worker
	var stops [2]func()
	for i, name := range []string{"replica-a", "replica-b"} {
		workers[i] = NewWorker(telegramChannel(t, "tg", fake.URL, telegramtest.DefaultToken, "1001"), st, settings(name), &Credentials{}, nil, quiet, ev.observe)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); workers[i].Run(ctx, context.WithoutCancel(ctx)) }()
		stops[i] = func() { cancel(); <-done }
		defer stops[i]()
	}
	titles := enqueue(t, st, "tg", 10)
	ev.await(t, "tg", Delivered, 10)
	leader := 0
	if workers[1].leading() {
		leader = 1
	}
	if workers[0].leading() == workers[1].leading() {
		t.Fatal("want exactly one worker holding the channel's delivery lease")
	}
	stops[leader]()
	more := enqueueFrom(t, st, "tg", 10, 5)
	ev.await(t, "tg", Delivered, 15)
	want := append(titles, more...)
	msgs := fake.Messages()
	if len(msgs) != len(want) {
		t.Fatalf("%d posts, want %d (each once)", len(msgs), len(want))
	}
	for i, m := range msgs {
		if firstLine(m.Text) != want[i] {
			t.Fatalf("post %d is %q, want %q", i, firstLine(m.Text), want[i])
		}
	}
}

// TestNewLeaderRespectsTheWindow: a leader that met a 429 and stops inside the retry_after
// window hands the channel over only after the window, so the next leader does not send into it.
func TestNewLeaderRespectsTheWindow(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	st := openStore(t)
	ev := newEvents()
	mk := func(consumer string) *Worker {
		return NewWorker(telegramChannel(t, "tg", fake.URL, telegramtest.DefaultToken, "1001"), st, settings(consumer), &Credentials{}, nil, quiet, ev.observe)
	}
	enqueue(t, st, "tg", 2)
	fake.FailNext(1, telegramtest.Failure{Status: http.StatusTooManyRequests, RetryAfter: 1})
	a := mk("replica-a")
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); a.Run(ctx, context.WithoutCancel(ctx)) }()
	ev.await(t, "tg", Retrying, 1) // a is inside the window
	stop()
	<-done
	start(t, mk("replica-b"))
	ev.await(t, "tg", Delivered, 2)
	if v := fake.Violations(); len(v) != 0 {
		t.Fatalf("the new leader sent inside the retry_after window: %+v", v)
	}
}
