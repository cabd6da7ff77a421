package redis

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
	"paperboy/core/store/storetest"
)

// redisOptions returns the test server's options, skipping (or failing, when
// PAPERBOY_REQUIRE_REDIS=1) if none answers.
func redisOptions(t testing.TB) *goredis.Options {
	t.Helper()
	url := os.Getenv("REDIS_URL")
	if url == "" {
		url = "redis://127.0.0.1:6379/0"
	}
	opt, err := goredis.ParseURL(url)
	if err != nil {
		t.Fatalf("REDIS_URL: %v", err)
	}
	c := goredis.NewClient(opt)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		msg := "no Redis at " + opt.Addr + " (start one with `redis-server --daemonize yes` or `docker run -p 6379:6379 redis:7`, or set REDIS_URL): " + err.Error()
		if os.Getenv("PAPERBOY_REQUIRE_REDIS") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return opt
}

func randHex(t testing.TB) string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// newTestStore opens a Store under a prefix of its own and deletes every key under it at the end.
func newTestStore(t testing.TB, opts ...Option) (*Store, *goredis.Client, string) {
	t.Helper()
	opt := redisOptions(t)
	prefix := "paperboy-test:" + strings.NewReplacer("/", ".", "{", "(", "}", ")").Replace(t.Name()) + ":" + randHex(t) + ":"
	ctl := goredis.NewClient(opt)
	so := *opt
	so.ClientName = "pbtest-" + randHex(t)
	s := New(goredis.NewClient(&so), prefix, opts...)
	t.Cleanup(func() {
		_ = s.Close() // may already be closed by the test
		ctx := context.Background()
		iter := ctl.Scan(ctx, 0, prefix+"*", 500).Iterator()
		var keys []string
		for iter.Next(ctx) {
			keys = append(keys, iter.Val())
		}
		if err := iter.Err(); err != nil {
			t.Errorf("cleanup scan: %v", err)
		}
		if len(keys) > 0 {
			if err := ctl.Del(ctx, keys...).Err(); err != nil {
				t.Errorf("cleanup del: %v", err)
			}
		}
		_ = ctl.Close()
	})
	return s, ctl, prefix
}

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, _, _ := newTestStore(t)
		return s
	})
}

// TestKeys pins the key layout of DESIGN.md, which operators and dashboards rely on.
func TestKeys(t *testing.T) {
	s, ctl, p := newTestStore(t)
	ctx := context.Background()
	j := store.Job{Channel: "tg", ArticleID: "a1", Fingerprint: "f1", Key: "k", Payload: []byte("x"), TTL: time.Hour}
	if ok, err := s.Enqueue(ctx, j); err != nil || !ok {
		t.Fatalf("Enqueue = %v, %v", ok, err)
	}
	es, err := s.Read(ctx, "tg", "c1", 1, 0)
	if err != nil || len(es) != 1 {
		t.Fatalf("Read = %v, %v", es, err)
	}
	if err := s.Retry(ctx, es[0], time.Now().Add(time.Hour), "x"); err != nil {
		t.Fatal(err)
	}
	j2 := j
	j2.ArticleID, j2.Fingerprint = "a2", ""
	if _, err := s.Enqueue(ctx, j2); err != nil {
		t.Fatal(err)
	}
	es, _ = s.Read(ctx, "tg", "c1", 1, 0)
	if len(es) != 1 || s.Dead(ctx, es[0], "gone") != nil {
		t.Fatal("could not move a2 to the dead letters")
	}
	must(t, s.MarkSeen(ctx, []string{"a1"}, time.Hour))
	must(t, s.SaveSourceState(ctx, "feed", store.SourceState{ETag: "e"}))
	if ok, err := s.AcquireLease(ctx, "source:feed", "r1", time.Hour); err != nil || !ok {
		t.Fatalf("AcquireLease = %v, %v", ok, err)
	}
	must(t, s.SetPaused(ctx, "channel", "tg", true))
	if _, ok, err := s.CountIn(ctx, "reader:1:day", time.Hour, 5); err != nil || !ok {
		t.Fatalf("CountIn = %v, %v", ok, err)
	}

	want := map[string]string{
		"claim:{tg}:a1": "string", "fp:{tg}:f1": "string", "claim:{tg}:a2": "string", "outbox:{tg}": "stream",
		"retry:{tg}": "zset", "dead": "stream", "article:a1": "hash", "source:feed": "hash",
		"lease:source:feed": "string", "paused:channel:tg": "string", "count:reader:1:day": "string",
	}
	for k, typ := range want {
		got, err := ctl.Type(ctx, p+k).Result()
		if err != nil || got != typ {
			t.Errorf("key %s: type %q, %v; want %s", k, got, err, typ)
		}
	}
	for _, k := range []string{"claim:{tg}:a1", "fp:{tg}:f1", "article:a1", "lease:source:feed", "count:reader:1:day"} {
		if ttl, err := ctl.PTTL(ctx, p+k).Result(); err != nil || ttl <= 0 || ttl > time.Hour {
			t.Errorf("key %s: ttl %v, %v; want within an hour", k, ttl, err)
		}
	}
	groups, err := ctl.XInfoGroups(ctx, p+"outbox:{tg}").Result()
	if err != nil || len(groups) != 1 || groups[0].Name != "deliver" {
		t.Errorf("outbox groups = %+v, %v; want deliver", groups, err)
	}
	n, err := ctl.DBSize(ctx).Result()
	if err != nil || n == 0 {
		t.Fatalf("dbsize: %v", err)
	}
}

// TestReadBlocksUntilEnqueue waits until the server reports the store's connection blocked in
// XREADGROUP before enqueuing, so the wake-up path (not the immediate one) is what is tested.
func TestReadBlocksUntilEnqueue(t *testing.T) {
	s, ctl, _ := newTestStore(t)
	ctx := context.Background()
	name := s.rdb.(*goredis.Client).Options().ClientName
	done := make(chan []store.Entry, 1)
	go func() {
		es, err := s.Read(ctx, "tg", "c1", 10, 30*time.Second)
		if err != nil {
			t.Errorf("Read: %v", err)
		}
		done <- es
	}()
	deadline := time.Now().Add(10 * time.Second)
	for !blocked(t, ctl, name) {
		if time.Now().After(deadline) {
			t.Fatal("the store's connection never blocked in XREADGROUP")
		}
		time.Sleep(5 * time.Millisecond) // polling the server's own report, not waiting blindly
	}
	if ok, err := s.Enqueue(ctx, store.Job{Channel: "tg", ArticleID: "late", Key: "k"}); err != nil || !ok {
		t.Fatalf("Enqueue = %v, %v", ok, err)
	}
	if es := <-done; len(es) != 1 || es[0].ArticleID != "late" {
		t.Fatalf("blocked Read returned %v, want [late]", es)
	}
}

func blocked(t *testing.T, ctl *goredis.Client, name string) bool {
	list, err := ctl.ClientList(context.Background()).Result()
	if err != nil {
		t.Fatalf("CLIENT LIST: %v", err)
	}
	for _, line := range strings.Split(list, "\n") {
		if strings.Contains(line, " name="+name+" ") && strings.Contains(line, " cmd=xreadgroup") &&
			strings.Contains(line, " flags=b ") {
			return true
		}
	}
	return false
}

func TestBadChannelNames(t *testing.T) {
	s, _, _ := newTestStore(t)
	ctx := context.Background()
	for _, ch := range []string{"", "a{b", "}x"} {
		if _, err := s.Enqueue(ctx, store.Job{Channel: ch, ArticleID: "a"}); err == nil {
			t.Errorf("Enqueue on channel %q: want an error", ch)
		}
		if _, err := s.Read(ctx, ch, "c", 1, 0); err == nil {
			t.Errorf("Read on channel %q: want an error", ch)
		}
	}
}

func TestOpen(t *testing.T) {
	opt := redisOptions(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		o       Options
		wantErr string
	}{
		{"url", Options{URL: "redis://" + opt.Addr + "/0"}, ""},
		{"addrs", Options{Addrs: []string{opt.Addr}}, ""},
		{"nothing", Options{}, "no url or addrs"},
		{"bad url keeps password out", Options{URL: "http://user:hunter2@x"}, "invalid url"},
		{"nobody listening", Options{URL: "redis://127.0.0.1:1/0"}, "redis: open"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(ctx, tc.o)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				defer s.Close()
				if s.prefix != DefaultPrefix {
					t.Errorf("prefix = %q, want %q", s.prefix, DefaultPrefix)
				}
				must(t, s.Ping(ctx))
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || strings.Contains(err.Error(), "hunter2") {
				t.Fatalf("Open error = %v, want one containing %q and no password", err, tc.wantErr)
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestReadCancelWhileBlocked cancels ctx while the connection is blocked in XREADGROUP.
func TestReadCancelWhileBlocked(t *testing.T) {
	s, ctl, _ := newTestStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	name := s.rdb.(*goredis.Client).Options().ClientName
	done := make(chan error, 1)
	go func() {
		_, err := s.Read(ctx, "tg", "c1", 10, time.Minute)
		done <- err
	}()
	deadline := time.Now().Add(10 * time.Second)
	for !blocked(t, ctl, name) {
		if time.Now().After(deadline) {
			t.Fatal("the store's connection never blocked in XREADGROUP")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Read = %v, want context.Canceled", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Read ignored the cancelled context")
	}
}

func TestPurgeDeletesOnlyItsPrefix(t *testing.T) {
	opt := redisOptions(t)
	ctl := goredis.NewClient(opt)
	defer ctl.Close()
	ctx := context.Background()
	mine := "paperboy-test:purge:" + randHex(t) + ":"
	other := "paperboy-test:purge-other:" + randHex(t) + ":"
	s := New(goredis.NewClient(opt), mine)
	defer s.Close()
	for i := range 2500 {
		ctl.Set(ctx, fmt.Sprintf("%sk%d", mine, i), "x", time.Minute)
	}
	ctl.Set(ctx, other+"keep", "x", time.Minute)
	defer ctl.Del(ctx, other+"keep")
	if err := s.Purge(ctx); err != nil {
		t.Fatal(err)
	}
	if n, _ := ctl.Keys(ctx, mine+"*").Result(); len(n) != 0 {
		t.Fatalf("%d keys left under the prefix", len(n))
	}
	if v, _ := ctl.Get(ctx, other+"keep").Result(); v != "x" {
		t.Fatal("a key under another prefix was deleted")
	}
}
