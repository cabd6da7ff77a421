package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"paperboy/config"
	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/pipeline"
	"paperboy/core/source/websubtest"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
	"paperboy/core/store/redis"
)

// enqueueClock is a store that reports when each non-empty EnqueueMany has committed: the
// moment a pushed article has its outbox entry.
type enqueueClock struct {
	store.Store
	at chan enqueued
}

type enqueued struct {
	ids []string
	at  time.Time
}

func (e *enqueueClock) EnqueueMany(ctx context.Context, jobs []store.Job) ([]bool, error) {
	ok, err := e.Store.EnqueueMany(ctx, jobs)
	if len(jobs) > 0 {
		ev := enqueued{at: time.Now()}
		for _, j := range jobs {
			ev.ids = append(ev.ids, j.ArticleID)
		}
		e.at <- ev
	}
	return ok, err
}

func pushFeed(hub, self string, id int) string {
	return fmt.Sprintf(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Push</title>`+
		`<link rel="hub" href="%s"/><link rel="self" href="%s"/><entry><id>urn:push:%d</id><title>Pushed story %d</title>`+
		`<link href="https://push.example.com/n/%d"/><updated>2026-11-26T10:00:00Z</updated></entry></feed>`, hub, self, id, id, id)
}

// runWebSub measures hub notification → outbox entry through the real pipeline (WebSub
// source, signed fat pings, bbolt store on disk) over n notifications on loopback.
func runWebSub(n int) error {
	hub := websubtest.New()
	defer hub.Close()
	var topic string
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		_, _ = w.Write([]byte(pushFeed(hub.URL(), topic, 0)))
	}))
	defer feed.Close()
	topic = feed.URL + "/feed.atom"
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "paperboy-bench-websub-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	// http.listen is required for websub sources; the benchmark serves the callbacks itself.
	yml := fmt.Sprintf(`http: { listen: "127.0.0.1:0" }
fetch: { allow_private: true }
log: { level: warn }
sources:
  - { name: push, type: websub, url: %q, hub: %q, callback: %q, secret: s3cret, backfill: all, interval: 5m }
channels:
  - { name: discard, type: console }
`, topic, hub.URL(), "http://"+ln.Addr().String())
	cfg, err := config.Parse("websub.yaml", []byte(yml), os.LookupEnv)
	if err != nil {
		return err
	}
	var inner store.Store
	backend := "bbolt on disk"
	if u := os.Getenv("REDIS_URL"); u != "" {
		prefix := fmt.Sprintf("pbbench:%d:", time.Now().UnixNano())
		rs, err := redis.Open(context.Background(), redis.Options{URL: u, Prefix: prefix})
		if err != nil {
			return err
		}
		inner, backend = &cleaned{Store: rs}, "redis"
	} else if inner, err = bolt.Open(filepath.Join(dir, "pb.db")); err != nil {
		return err
	}
	defer inner.Close()
	st := &enqueueClock{Store: inner, at: make(chan enqueued, 16)}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: []channel.Channel{&discard{}}, Logger: log})
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	for path, h := range svc.Callbacks() {
		mux.Handle(path, h)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = svc.Run(ctx, time.Second); close(done) }()
	defer func() { cancel(); <-done }()
	select {
	case <-hub.Verified():
	case <-time.After(30 * time.Second):
		return fmt.Errorf("hub never verified the subscription")
	}
	lat := make([]time.Duration, 0, n)
	for i := range n {
		body := []byte(pushFeed(hub.URL(), topic, i+1))
		canon, err := article.Canonical(fmt.Sprintf("https://push.example.com/n/%d", i+1))
		if err != nil {
			return err
		}
		want := article.ID(canon)
		start := time.Now()
		if got, err := hub.Publish(ctx, topic, "application/atom+xml", body); err != nil || got != 1 {
			return fmt.Errorf("publish %d: %d subscribers, %v", i, got, err)
		}
		// Wait for this notification's article (a poll may enqueue the feed's own item meanwhile).
		for found := false; !found; {
			select {
			case ev := <-st.at:
				if slices.Contains(ev.ids, want) {
					lat, found = append(lat, ev.at.Sub(start)), true
				}
			case <-time.After(10 * time.Second):
				return fmt.Errorf("notification %d never reached the outbox", i)
			}
		}
	}
	slices.Sort(lat)
	fmt.Printf("command:        go run ./bench/sources -websub %d\n", n)
	fmt.Printf("websub:         hub notification → outbox entry (%s, signed fat ping, 1 new item each), %d notifications\n", backend, n)
	fmt.Printf("latency:        p50 %s, p99 %s, max %s\n", round(lat[n/2]), round(lat[n*99/100]), round(lat[n-1]))
	return nil
}

func round(d time.Duration) string {
	return strings.TrimSpace(d.Round(10 * time.Microsecond).String())
}
