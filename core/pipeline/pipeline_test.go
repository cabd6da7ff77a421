package pipeline

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"
	"golang.org/x/time/rate"

	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/demo"
	"paperboy/core/store"
	"paperboy/core/store/redis"
)

// fakeChannel records deliveries and fails on demand.
type fakeChannel struct {
	name string
	mu   sync.Mutex
	sent []channel.Delivery
	fail func(d channel.Delivery, n int) error // n = attempt count seen so far for this key
	seen map[string]int
}

func (f *fakeChannel) Name() string { return f.name }
func (f *fakeChannel) Limits() channel.Limits {
	return channel.Limits{TextMax: 1000, Unit: channel.CodePoints, Rate: rate.Inf, Burst: 1}
}
func (f *fakeChannel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.seen == nil {
		f.seen = map[string]int{}
	}
	f.seen[d.Key]++
	if f.fail != nil {
		if err := f.fail(d, f.seen[d.Key]); err != nil {
			return channel.Receipt{}, err
		}
	}
	f.sent = append(f.sent, d)
	return channel.Receipt{RemoteID: fmt.Sprintf("%s-%d", f.name, len(f.sent)), SentAt: time.Now()}, nil
}
func (f *fakeChannel) titles() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, d := range f.sent {
		out = append(out, d.Post.Title)
	}
	return out
}

func testStore(t *testing.T) store.Store {
	t.Helper()
	url := os.Getenv("REDIS_URL")
	if url == "" {
		url = "redis://127.0.0.1:6379/0"
	}
	opt, err := goredis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	client := goredis.NewClient(opt)
	if err := client.Ping(context.Background()).Err(); err != nil {
		client.Close()
		if os.Getenv("PAPERBOY_REQUIRE_REDIS") == "1" {
			t.Fatalf("redis: %v", err)
		}
		t.Skipf("no Redis at %s (start one with: redis-server --port 6379): %v", url, err)
	}
	prefix := fmt.Sprintf("pbtest:pipeline:%s:%d:", t.Name(), time.Now().UnixNano())
	st := redis.New(client, prefix)
	t.Cleanup(func() {
		_ = st.Purge(context.Background())
		st.Close()
	})
	return st
}

// site serves feeds and pages from a map of path → (content type, body); "!404" and "!slow" are special.
func site(t *testing.T, pages map[string]string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		switch {
		case !ok || body == "!404":
			http.NotFound(w, r)
		case body == "!slow":
			<-r.Context().Done()
		case body == "!png":
			w.Header().Set("Content-Type", "image/png")
			_, _ = w.Write(demo.Picture(r.URL.Path, 640, 400))
		default:
			if strings.HasPrefix(body, "<rss") {
				w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			} else {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
			}
			_, _ = w.Write([]byte(body))
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func rss(items ...string) string {
	return `<rss version="2.0"><channel><title>Paper</title>` + strings.Join(items, "") + `</channel></rss>`
}

func item(title, link, date string) string {
	return fmt.Sprintf(`<item><title>%s</title><link>%s</link><description>%s summary.</description><pubDate>%s</pubDate></item>`, title, link, title, date)
}

func newService(t *testing.T, yml string, st store.Store, chans ...channel.Channel) *Service {
	t.Helper()
	cfg, err := config.Parse("test.yaml", []byte(yml), os.LookupEnv)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := New(Options{Config: cfg, Store: st, Channels: chans, Replica: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return svc
}
