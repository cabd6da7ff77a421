package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"paperboy/core/channel"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestHealthReadyMetrics(t *testing.T) {
	st := testStore(t)
	pages := map[string]string{}
	srv := site(t, pages)
	pages["/rss"] = rss(item("One", srv.URL+"/n/1", "Thu, 26 Nov 2026 09:00:00 +0900"))
	a := &fakeChannel{name: "a"}
	yml := fmt.Sprintf(twoChannels, "  - { name: s, url: \""+srv.URL+"/rss\", backfill: all }")
	yml = strings.Replace(yml, "  - { name: b, type: console }\n", "", 1)
	yml = yml[:strings.Index(yml, "routes:")]
	svc := newService(t, yml, st, a)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrc := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, "127.0.0.1:0", svc.NewMux(), func(a net.Addr) { addrc <- a }) }()
	base := "http://" + (<-addrc).String()
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Fatalf("healthz %d", code)
	}
	if code, _ := get("/readyz"); code != 200 {
		t.Fatalf("readyz %d", code)
	}
	if code, _ := get("/debug/pprof/"); code != 404 {
		t.Fatalf("pprof must be off by default: %d", code)
	}
	if _, err := svc.RunOnce(ctx, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	_, body := get("/metrics")
	for _, want := range []string{
		`paperboy_posts_delivered_total{channel="a"} 1`,
		`paperboy_articles_seen_total{source="s"} 1`,
		`paperboy_polls_total{result="ok",source="s"} 1`,
		`paperboy_deliveries_enqueued_total{channel="a"} 1`,
		`paperboy_detect_to_post_seconds_count{channel="a"} 1`,
		`paperboy_queue_depth{channel="a"} 0`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	svc.mu.Lock()
	svc.draining = true
	svc.mu.Unlock()
	if code, _ := get("/readyz"); code != 503 {
		t.Fatalf("readyz while draining: %d", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// checkChannel is a fakeChannel whose credentials check answers err; scope, when set, is
// shared with other channels, and calls counts the checks made under it.
type checkChannel struct {
	*fakeChannel
	err   error
	scope string
	calls *atomic.Int32
}

func (c checkChannel) Check(context.Context) error {
	if c.calls != nil {
		c.calls.Add(1)
	}
	return c.err
}

func (c checkChannel) CheckScope() string { return c.scope }

func TestCheckChannelsPausesRefusedCredentials(t *testing.T) {
	st := testStore(t)
	good := checkChannel{fakeChannel: &fakeChannel{name: "a"}}
	bad := checkChannel{fakeChannel: &fakeChannel{name: "b"}, err: &channel.Error{Reason: channel.Unauthorized, Err: errors.New("http 401")}}
	down := checkChannel{fakeChannel: &fakeChannel{name: "c"}, err: &channel.Error{Reason: channel.Transient, Err: errors.New("http 502")}}
	svc := newService(t, "channels:\n  - { name: a, type: console }\n  - { name: b, type: console }\n  - { name: c, type: console }\n", st, good, bad, down)
	ctx := context.Background()
	failed := svc.CheckChannels(ctx)
	if len(failed) != 2 || failed["b"] == nil || failed["c"] == nil {
		t.Fatalf("failed: %v", failed)
	}
	for name, want := range map[string]bool{"a": false, "b": true, "c": false} {
		if p, _ := st.Paused(ctx, "channel", name); p != want {
			t.Errorf("%s paused = %v, want %v", name, p, want)
		}
	}
}

// Channels that share a token are checked once for all of them, and all are paused when it is refused.
func TestCheckChannelsOncePerSharedToken(t *testing.T) {
	st := testStore(t)
	var calls atomic.Int32
	refused := &channel.Error{Reason: channel.Unauthorized, Err: errors.New("http 401")}
	var chans []channel.Channel
	yml := "channels:\n"
	for i := range 5 {
		name := fmt.Sprintf("chat%d", i)
		chans = append(chans, checkChannel{fakeChannel: &fakeChannel{name: name}, err: refused, scope: "bot:1", calls: &calls})
		yml += "  - { name: " + name + ", type: console }\n"
	}
	svc := newService(t, yml, st, chans...)
	if failed := svc.CheckChannels(context.Background()); len(failed) != 5 || calls.Load() != 1 {
		t.Fatalf("%d failed, %d checks; want 5 and 1", len(failed), calls.Load())
	}
	for i := range 5 {
		if p, _ := st.Paused(context.Background(), "channel", fmt.Sprintf("chat%d", i)); !p {
			t.Errorf("chat%d not paused", i)
		}
	}
}
