package pipeline

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/store/bolt"
	"paperboy/core/subscribe"
)

// TestFailingRuntimeSourceDisabledOnce: a runtime source failing for disable_after is
// disabled, stops being polled, and its channel gets one notice; so does a chat subscribed to
// it, but not a reader whose keyword looks at every source.
func TestFailingRuntimeSourceDisabledOnce(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	st, err := bolt.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg, err := config.Parse("t.yaml", []byte("fetch: { allow_private: true }\nchannels:\n  - { name: c, type: console }\nreaders: { enabled: true }\ncommunities: { enabled: true }\n"), os.LookupEnv)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	svc, err := New(Options{Config: cfg, Store: st, Channels: []channel.Channel{&fakeChannel{name: "c"}}, Replica: "t", Now: func() time.Time { return now },
		Chats: (&chatPlatform{chats: map[string]*fakeChannel{}, gone: map[string]bool{}}).build})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := svc.Registry().AddSource(ctx, subscribe.Source{Name: "gone", URL: srv.URL + "/rss"}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := svc.Registry().Subscribe(ctx, subscribe.ChatRef{Platform: "telegram", ID: "-1"}, subscribe.Found{Type: "feed", URL: srv.URL + "/rss"}, 0, "t"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Registry().Follow(ctx, subscribe.ChatRef{Platform: "telegram", ID: "9"}, "anything"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := svc.refreshCatalog(ctx, true); err != nil {
		t.Fatal(err)
	}
	w := svc.allSources()[0]
	for _, step := range []time.Duration{0, 24 * time.Hour, 7 * 24 * time.Hour, time.Hour} {
		now = now.Add(step)
		if _, err := svc.PollSource(ctx, w); err == nil {
			t.Fatal("poll of a 404 succeeded")
		}
	}
	if n, _ := st.Pending(ctx, "c"); n != 1 {
		t.Fatalf("channel c has %d notices queued, want exactly 1", n)
	}
	if n, _ := st.Pending(ctx, "telegram:-1"); n != 1 {
		t.Fatalf("the subscribed chat has %d notices queued, want exactly 1", n)
	}
	if n, _ := st.Pending(ctx, "telegram:9"); n != 0 {
		t.Fatalf("a keyword reader was told about a source they never followed (%d)", n)
	}
	if _, _, err := svc.refreshCatalog(ctx, false); err != nil {
		t.Fatal(err)
	}
	if svc.isRuntime("gone") || len(svc.allSources()) != 0 {
		t.Fatal("a disabled source still runs")
	}
	srcs, _ := svc.Registry().Sources(ctx)
	if len(srcs) != 1 || !srcs[0].Disabled || srcs[0].DisabledReason == "" {
		t.Fatalf("catalog after disabling: %+v", srcs)
	}
}
