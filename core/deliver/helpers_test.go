package deliver

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"paperboy/bots/discord"
	"paperboy/bots/telegram"
	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
)

// waitLimit bounds every wait for a worker's outcome: a hung worker fails the test instead of
// hanging it. It is never a measure of speed.
const waitLimit = 30 * time.Second

func openStore(t *testing.T) store.Store {
	t.Helper()
	st, err := bolt.Open(filepath.Join(t.TempDir(), "paperboy.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// enqueue queues n stories for ch, published one minute apart, and returns their titles in
// published order.
func enqueue(t *testing.T, st store.Store, ch string, n int) []string {
	t.Helper()
	return enqueueFrom(t, st, ch, 0, n)
}

// enqueueFrom queues stories from, from+1, … from+n-1.
func enqueueFrom(t *testing.T, st store.Store, ch string, from, n int) []string {
	t.Helper()
	base := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	var jobs []store.Job
	var titles []string
	for i := from; i < from+n; i++ {
		u := fmt.Sprintf("https://news.example/%s/%03d", ch, i)
		a := &article.Article{ID: article.ID(u), URL: u, Source: "wire", SourceTitle: "Wire", Title: fmt.Sprintf("Story %03d", i),
			Summary: "One sentence.", Published: base.Add(time.Duration(i) * time.Minute)}
		j, err := outbox.NewJob(ch, a, outbox.Payload{Post: a.Post(), Source: "wire", Detected: time.Now()}, 0)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, j)
		titles = append(titles, a.Title)
	}
	ok, err := st.EnqueueMany(context.Background(), jobs)
	if err != nil {
		t.Fatal(err)
	}
	for i, won := range ok {
		if !won {
			t.Fatalf("job %d not enqueued", i)
		}
	}
	return titles
}

// unthrottled lifts a platform channel's per-destination rate so tests run at local speed;
// everything else (sending, error classification, the credential) is the real channel's.
type unthrottled struct {
	channel.Channel
}

func (u unthrottled) Limits() channel.Limits {
	l := u.Channel.Limits()
	l.Rate, l.Burst = rate.Inf, 1
	return l
}

func (u unthrottled) CredentialKey() (string, rate.Limit, int) {
	key, _, _ := u.Channel.(channel.Keyed).CredentialKey()
	return key, rate.Inf, 1
}

func telegramChannel(t *testing.T, name, apiURL, token, chat string) channel.Channel {
	t.Helper()
	cfg := telegram.Config{Token: token, Chat: chat, APIURL: apiURL, LinkPreview: "off"}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	ch, err := telegram.New(cfg, channel.Options{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	return unthrottled{ch}
}

func discordBot(t *testing.T, name, apiURL, token, channelID string) channel.Channel {
	t.Helper()
	cfg := discord.Config{Mode: discord.ModeBot, Token: token, ChannelID: channelID, APIURL: apiURL}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	ch, err := discord.New(cfg, channel.Options{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	return ch
}

// leading reports whether the worker holds its delivery lease.
func (w *Worker) leading() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return !w.leaseAt.IsZero()
}

// events collects a worker's outcomes for the test to wait on.
type events struct {
	mu  sync.Mutex
	all []Event
	c   chan struct{}
}

func newEvents() *events { return &events{c: make(chan struct{}, 1)} }

func (e *events) observe(ev Event) {
	e.mu.Lock()
	e.all = append(e.all, ev)
	e.mu.Unlock()
	select {
	case e.c <- struct{}{}:
	default:
	}
}

func (e *events) count(ch string, o Outcome) int {
	e.mu.Lock()
	defer e.mu.Unlock()
	n := 0
	for _, ev := range e.all {
		if ev.Channel == ch && ev.Outcome == o {
			n++
		}
	}
	return n
}

// await waits until channel ch has had n outcomes o in all (counted from the start).
func (e *events) await(t *testing.T, ch string, o Outcome, n int) {
	t.Helper()
	timeout := time.After(waitLimit)
	for e.count(ch, o) < n {
		select {
		case <-e.c:
		case <-timeout:
			t.Fatalf("%s: %d of %d outcomes %v after %s", ch, e.count(ch, o), n, o, waitLimit)
		}
	}
}

// settings are fast retries for tests; the breaker opens after 3 failures.
func settings(consumer string) Settings {
	return Settings{BackoffBase: 20 * time.Millisecond, BackoffMax: 100 * time.Millisecond, Lease: 3 * time.Second,
		BreakerAfter: 3, BreakerTimeout: 300 * time.Millisecond, Consumer: consumer}
}

// start runs w until the test ends; sends may finish after ctx (as in the service).
func start(t *testing.T, w *Worker) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		w.Run(ctx, context.WithoutCancel(ctx))
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
}
