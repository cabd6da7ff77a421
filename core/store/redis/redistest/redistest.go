// Package redistest gives tests a Redis store of their own: the server at REDIS_URL (default
// redis://127.0.0.1:6379/0) under a random key prefix, purged when the test ends. Without a
// server the test is skipped, or fails when PAPERBOY_REQUIRE_REDIS=1 (CI).
package redistest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store/redis"
)

// Store returns a fresh Redis store for t.
func Store(t testing.TB) *redis.Store {
	t.Helper()
	u, prefix := Server(t)
	opt, err := goredis.ParseURL(u)
	if err != nil {
		t.Fatalf("redistest: REDIS_URL: %v", err)
	}
	st := redis.New(goredis.NewClient(opt), prefix)
	t.Cleanup(func() { st.Close() })
	return st
}

// Server returns the Redis URL and a fresh key prefix for t, for tests that start paperboy
// from a configuration (store.redis.url and prefix); every key under the prefix is purged
// when the test ends.
func Server(t testing.TB) (url, prefix string) {
	t.Helper()
	u := os.Getenv("REDIS_URL")
	if u == "" {
		u = "redis://127.0.0.1:6379/0"
	}
	opt, err := goredis.ParseURL(u)
	if err != nil {
		t.Fatalf("redistest: REDIS_URL: %v", err)
	}
	c := goredis.NewClient(opt)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		c.Close()
		if os.Getenv("PAPERBOY_REQUIRE_REDIS") == "1" {
			t.Fatalf("redistest: no Redis at %s: %v", u, err)
		}
		t.Skipf("no Redis at %s (start one with: redis-server --port 6379): %v", u, err)
	}
	name := strings.NewReplacer("/", ":", " ", "_").Replace(t.Name())
	prefix = fmt.Sprintf("pbtest:%s:%d:", name, time.Now().UnixNano())
	t.Cleanup(func() {
		st := redis.New(c, prefix)
		_ = st.Purge(context.Background())
		st.Close()
	})
	return u, prefix
}
