package pipeline

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"paperboy/core/source/websubtest"
)

// A websub source subscribes through the service's own HTTP mux, and a hub notification is
// delivered to the channel without waiting for a poll.
func TestWebSubThroughTheService(t *testing.T) {
	st := testStore(t)
	hub := websubtest.New()
	defer hub.Close()
	var feed *httptest.Server
	body := func(ids ...int) string {
		s := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Push Daily</title>`
		s += fmt.Sprintf(`<link rel="hub" href="%s"/><link rel="self" href="%s/feed"/>`, hub.URL(), feed.URL)
		for _, id := range ids {
			s += fmt.Sprintf(`<entry><id>urn:n:%d</id><title>Story %d</title><link href="https://push.example.com/n/%d"/><updated>2026-11-26T10:00:00Z</updated></entry>`, id, id, id)
		}
		return s + `</feed>`
	}
	feed = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		_, _ = w.Write([]byte(body(1)))
	}))
	defer feed.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	listen := ln.Addr().String()
	ln.Close()
	a := &fakeChannel{name: "a"}
	svc := newService(t, fmt.Sprintf(`
http: { listen: %q }
fetch: { allow_private: true }
sources:
  - { name: push, type: websub, url: %q, backfill: all }
channels:
  - { name: a, type: console }
`, listen, feed.URL+"/feed"), st, a)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	listening := make(chan struct{})
	go func() { served <- Serve(ctx, listen, svc.NewMux(), func(net.Addr) { close(listening) }) }()
	<-listening // the hub verifies the subscription by calling us back: be there first
	ran := make(chan error, 1)
	go func() { ran <- svc.Run(ctx, time.Second) }()
	var sub websubtest.Subscription
	select {
	case sub = <-hub.Verified():
	case <-time.After(20 * time.Second):
		t.Fatal("the hub never verified the subscription")
	}
	// No secret configured: the subscription got a random one, kept in the store for every replica.
	if len(sub.Secret) != 64 {
		t.Fatalf("hub.secret %q", sub.Secret)
	}
	if raw, err := st.GetValue(ctx, "websub:active:push"); err != nil || !strings.Contains(string(raw), sub.Secret) {
		t.Fatalf("active subscription in the store: %s %v", raw, err)
	}
	waitSent(t, a, 1) // the first poll delivers story 1
	start := time.Now()
	if n, err := hub.Publish(ctx, feed.URL+"/feed", "application/atom+xml", []byte(body(1, 2))); err != nil || n != 1 {
		t.Fatalf("signed notification: %d %v", n, err)
	}
	waitSent(t, a, 2) // the notification delivers story 2 (story 1 is a duplicate)
	t.Logf("signed notification → delivered in %s", time.Since(start))
	if got := a.titles(); got[1] != "Story 2" {
		t.Fatalf("titles %v", got)
	}
	cancel()
	<-ran
	<-served
}

func waitSent(t *testing.T, f *fakeChannel, n int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for len(f.titles()) < n {
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d posts arrived", len(f.titles()), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
