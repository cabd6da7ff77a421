package pipeline

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/editor"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
	"paperboy/core/store/redis"
	"paperboy/core/subscribe"
)

// mutableSite serves one RSS document that the test can change.
type mutableSite struct {
	mu    sync.Mutex
	body  string
	polls int
}

func (m *mutableSite) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.polls++
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	_, _ = w.Write([]byte(m.body))
}

func (m *mutableSite) set(body string) { m.mu.Lock(); m.body = body; m.mu.Unlock() }

// redisPair is two stores on one Redis prefix: two replicas' connections.
func redisPair(t *testing.T) (store.Store, store.Store) {
	t.Helper()
	url := os.Getenv("REDIS_URL")
	if url == "" {
		url = "redis://127.0.0.1:6379/0"
	}
	opt, err := goredis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	c1 := goredis.NewClient(opt)
	if err := c1.Ping(context.Background()).Err(); err != nil {
		c1.Close()
		t.Skipf("no Redis at %s: %v", url, err)
	}
	prefix := fmt.Sprintf("pbtest:runtime:%d:", time.Now().UnixNano())
	a, b := redis.New(c1, prefix), redis.New(goredis.NewClient(opt), prefix)
	t.Cleanup(func() {
		_ = a.Purge(context.Background())
		a.Close()
		b.Close()
	})
	return a, b
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not within 10s: %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestRuntimeSourcesReachEveryReplica: a source added to the catalog on one replica is polled
// (once, under its lease) without a reload, its new articles are delivered once, and removing
// it stops it on every replica.
func TestRuntimeSourcesReachEveryReplica(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stores func(t *testing.T) []store.Store
	}{
		{"bolt", func(t *testing.T) []store.Store {
			st, err := bolt.Open(filepath.Join(t.TempDir(), "s.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = st.Close() })
			return []store.Store{st}
		}},
		{"redis-two-replicas", func(t *testing.T) []store.Store {
			a, b := redisPair(t)
			return []store.Store{a, b}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			feed := &mutableSite{body: rss(item("first", "https://news.example/1", "Mon, 02 Jan 2006 15:04:05 +0000"))}
			srv := httptest.NewServer(feed)
			defer srv.Close()
			// The file routes its own source to d only, so the runtime source reaches c through
			// the runtime route alone.
			yml := "fetch: { allow_private: true }\nsources:\n  - { name: filed, url: \"http://127.0.0.1:1/rss\", interval: 1h }\n" +
				"channels:\n  - { name: c, type: console }\n  - { name: d, type: console }\nroutes:\n  - { sources: [filed], channels: [d] }\nsubscriptions: { reload: 1h }\n"
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var svcs []*Service
			var chans []*fakeChannel
			var wg sync.WaitGroup
			for i, st := range tc.stores(t) {
				ch := &fakeChannel{name: "c"}
				svc := newService(t, yml, st, ch, &fakeChannel{name: "d"})
				svc.replica = fmt.Sprintf("r%d", i)
				svcs, chans = append(svcs, svc), append(chans, ch)
				wg.Add(1)
				go func() { defer wg.Done(); _ = svc.Run(ctx, time.Second) }()
			}
			// An editor adds the source from chat on one replica; the Add click lands on the other.
			access := editor.AccessFunc(func(r editor.Request) bool { return r.UserID == "42" })
			edA, edB := editor.New(svcs[0], nil), editor.New(svcs[len(svcs)-1], nil)
			edA.ShareHeld(svcs[0].Store())
			edB.ShareHeld(svcs[len(svcs)-1].Store())
			req := editor.Request{Platform: "telegram", Access: access, UserID: "42", Text: "/source add " + srv.URL + "/rss rt"}
			rep := edA.Handle(ctx, req)
			if len(rep.Actions) != 2 || !strings.Contains(rep.Text, "first") {
				t.Fatalf("/source add: %+v", rep)
			}
			feed.mu.Lock()
			detection := feed.polls // the preview's fetches
			feed.mu.Unlock()
			if rep := edB.Press(ctx, req, rep.Actions[0].Data); !strings.Contains(rep.Text, "Added rt") {
				t.Fatalf("Add click: %q", rep.Text)
			}
			req.Text = "/route rt c include 카카오"
			if rep := edB.Handle(ctx, req); !strings.Contains(rep.Text, "saved") {
				t.Fatalf("/route: %q", rep.Text)
			}
			src := subscribe.Source{Name: "rt"}
			for i, svc := range svcs {
				eventually(t, fmt.Sprintf("replica %d runs the runtime source", i), func() bool { return svc.isRuntime(src.Name) })
			}
			st := svcs[0].Store()
			eventually(t, "first poll", func() bool { ss, _ := st.SourceState(ctx, "rt"); return ss.Seeded })
			time.Sleep(200 * time.Millisecond) // room for a second replica's (wrong) poll
			feed.mu.Lock()
			polls := feed.polls - detection
			feed.mu.Unlock()
			if polls != 1 {
				t.Fatalf("the feed was fetched %d times by %d replicas, want once", polls, len(svcs))
			}
			feed.set(rss(item("카카오 second", "https://news.example/2", "Tue, 03 Jan 2006 15:04:05 +0000"), item("other news", "https://news.example/3", "Tue, 03 Jan 2006 15:04:05 +0000"), item("first", "https://news.example/1", "Mon, 02 Jan 2006 15:04:05 +0000")))
			var w *watched
			for _, x := range svcs[len(svcs)-1].allSources() {
				if x.cfg.Name == "rt" {
					w = x
				}
			}
			stats, err := svcs[len(svcs)-1].PollSource(ctx, w)
			if err != nil || stats.New != 1 || stats.Unrouted != 1 {
				t.Fatalf("poll after a change = %+v, %v", stats, err)
			}
			sent := func() int {
				n := 0
				for _, c := range chans {
					n += len(c.titles())
				}
				return n
			}
			eventually(t, "the new article delivered", func() bool { return sent() == 1 })
			if err := svcs[0].Registry().RemoveSource(ctx, "rt"); err != nil {
				t.Fatal(err)
			}
			for i, svc := range svcs {
				eventually(t, fmt.Sprintf("replica %d stopped the removed source", i), func() bool { return !svc.isRuntime("rt") })
			}
			cancel()
			wg.Wait()
			if n := sent(); n != 1 {
				t.Fatalf("delivered %d posts, want exactly 1", n)
			}
		})
	}
}
