package subscribe

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"paperboy/config"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
	"paperboy/core/store/redis/redistest"
)

// BenchmarkCatalogReload measures what every replica does after a catalog change at scale:
// read 5,000 runtime sources and 20,000 runtime routes, merge them with the file and compile
// the router, and route one article. Run it with
//
//	go test -run '^$' -bench CatalogReload -benchtime 5x ./core/subscribe
func BenchmarkCatalogReload(b *testing.B) {
	for _, tc := range []struct {
		name string
		open func(b *testing.B) store.Store
	}{
		{"bolt", func(b *testing.B) store.Store {
			st, err := bolt.Open(filepath.Join(b.TempDir(), "s.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { _ = st.Close() })
			return st
		}},
		{"redis", func(b *testing.B) store.Store { return redistest.Store(b) }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			ctx := context.Background()
			st := tc.open(b)
			cfg, err := config.Parse("b.yaml", []byte("channels:\n  - { name: tg, type: console }\n  - { name: dc, type: console }\n"), func(string) (string, bool) { return "", false })
			if err != nil {
				b.Fatal(err)
			}
			cfg.Subscriptions.MaxSources = 0
			r := New(st, cfg)
			const feeds, subs = 5000, 20000
			for i := range feeds {
				s := Source{Name: fmt.Sprintf("f%05d", i), Type: "feed", URL: fmt.Sprintf("https://site%d.example/rss", i), Interval: 300e9}
				if err := r.put(ctx, KindSource, s.Name, s); err != nil {
					b.Fatal(err)
				}
			}
			for i := range subs {
				rt := Route{Name: fmt.Sprintf("r%05d", i), Sources: []string{fmt.Sprintf("f%05d", i%feeds)}, Channels: []string{"tg"}, Include: []string{"카카오", "kakao"}}
				if err := r.put(ctx, KindRoute, rt.Name, rt); err != nil {
					b.Fatal(err)
				}
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			var set Set
			var routeCost time.Duration
			for b.Loop() {
				set, err = r.Effective(ctx)
				if err != nil {
					b.Fatal(err)
				}
				router, err := set.Router(cfg)
				if err != nil {
					b.Fatal(err)
				}
				// The file has no routes: its implicit route sends everything everywhere.
				if d := router.Route("f00007", "카카오뱅크 실적 발표", ""); len(d.Channels) != 2 {
					b.Fatalf("route: %+v", d)
				}
				t0 := time.Now()
				for range 100 {
					router.Route("f00007", "카카오뱅크 실적 발표", "")
				}
				routeCost = time.Since(t0) / 100
			}
			b.StopTimer()
			runtime.GC()
			runtime.ReadMemStats(&after)
			if len(set.Sources) != feeds || len(set.Routes) != subs+1 {
				b.Fatalf("set: %d sources, %d routes", len(set.Sources), len(set.Routes))
			}
			b.ReportMetric(float64(after.HeapAlloc)/(1<<20), "heapMiB")
			b.ReportMetric(float64(routeCost.Nanoseconds()), "route_ns/article")
		})
	}
}
