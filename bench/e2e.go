package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"paperboy/bench/measure"
	"paperboy/bots"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/deliver"
	"paperboy/core/outbox"
	"paperboy/core/pipeline"
	"paperboy/core/store"
	"paperboy/core/store/redis"
)

// e2eSpec is one end-to-end run: the world the child serves, paperboy's channels and routes,
// and how many posts make it complete.
type e2eSpec struct {
	world    worldSpec
	interval time.Duration                                  // poll interval of every source
	channels func(w *world) []string                        // channel YAML lines (flow mappings)
	routes   func(w *world) []string                        // route YAML lines
	expect   int                                            // posts that complete the run (0: run for timeout)
	timeout  time.Duration                                  // hard stop
	seed     func(st store.Store, cfg *config.Config) error // source state before the start
	// then, when set, runs once expect posts are in (the run goes on): it starts a second
	// phase (a retraction, say) and returns how many more deliveries complete that phase.
	then func(ctx context.Context, svc *pipeline.Service, first outbox.Payload) (int, error)
}

// e2eResult is what a run measured in paperboy's process.
type e2eResult struct {
	elapsed   time.Duration   // start → last expected post accepted (or the whole window)
	delivered int64           // posts accepted
	latency   []time.Duration // detect → post of every delivered post
	cpu       float64         // user+system seconds over the window
	peakRSS   int64           // bytes, sampled during the window
	mallocs   uint64          // heap allocations during the window
	polls     int64           // source polls during the window
	world     worldStats
	thenAt    time.Time // when then started (zero: no second phase)
	thenDone  time.Time // when the second phase's last delivery was accepted
	thenErr   error
}

func tgChannel(name, chat, api string) string {
	return fmt.Sprintf("{ name: %s, type: telegram, token: %q, chat: %q, api_url: %q }", name, telegramtest.DefaultToken, chat, api)
}

func dcChannel(name, webhook string) string {
	return fmt.Sprintf("{ name: %s, type: discord, webhook: %q }", name, webhook)
}

func runE2E(ctx context.Context, o opts, spec e2eSpec) (e2eResult, error) {
	var res e2eResult
	w, err := startWorld(spec.world)
	if err != nil {
		return res, err
	}
	defer w.kill()
	prefix := fmt.Sprintf("pbbench:%d:", time.Now().UnixNano())
	var y strings.Builder
	fmt.Fprintf(&y, "store: { redis: { url: %q, prefix: %q } }\nfetch: { allow_private: true, timeout: 10s }\nlog: { level: error }\nsources:\n", o.redisURL, prefix)
	for i := range spec.world.Feeds {
		fmt.Fprintf(&y, "  - { name: f%d, url: \"%s/f/%d.xml\", interval: %s }\n", i, w.Feeds, i, spec.interval)
	}
	y.WriteString("channels:\n")
	for _, c := range spec.channels(w) {
		y.WriteString("  - " + c + "\n")
	}
	y.WriteString("routes:\n")
	for _, r := range spec.routes(w) {
		y.WriteString("  - " + r + "\n")
	}
	cfg, err := config.Parse("bench.yaml", []byte(y.String()), os.LookupEnv)
	if err != nil {
		return res, err
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	// Built as main builds them (setup.go): the default API client, the configured fetcher for images.
	chans, err := bots.Build(cfg, channel.Options{Logger: log, Media: pipeline.NewFetcher(cfg)})
	if err != nil {
		return res, err
	}
	// Opened as main opens it: the pool sized to the channel count.
	st, err := redis.Open(ctx, redis.Options{URL: o.redisURL, Prefix: prefix, MinPool: redis.PoolFor(len(cfg.Channels))}, redis.WithClaimTTL(cfg.Store.ClaimTTL))
	if err != nil {
		return res, err
	}
	defer func() { _ = st.Purge(context.WithoutCancel(ctx)); _ = st.Close() }()
	if spec.seed != nil {
		if err := spec.seed(st, cfg); err != nil {
			return res, err
		}
	}

	runCtx, cancel := context.WithTimeout(ctx, spec.timeout)
	defer cancel()
	var mu sync.Mutex
	var delivered atomic.Int64
	var done time.Time
	var svc *pipeline.Service
	var expect2 atomic.Int64
	expect2.Store(-1)
	var first outbox.Payload
	observe := func(ev deliver.Event) {
		if ev.Outcome != deliver.Delivered {
			return
		}
		now := time.Now()
		p, _ := outbox.Decode(ev.Entry)
		mu.Lock()
		if p.Op == outbox.OpSend && !p.Detected.IsZero() {
			res.latency = append(res.latency, now.Sub(p.Detected))
		}
		if first.Post.URL == "" {
			first = p
		}
		mu.Unlock()
		n := delivered.Add(1)
		if n == expect2.Load() {
			mu.Lock()
			res.thenDone = now
			mu.Unlock()
			cancel()
		}
		if spec.expect > 0 && n == int64(spec.expect) {
			mu.Lock()
			done = now
			fp := first
			mu.Unlock()
			if spec.then == nil {
				cancel()
				return
			}
			go func() {
				mu.Lock()
				res.thenAt = time.Now()
				mu.Unlock()
				more, err := spec.then(runCtx, svc, fp)
				if err != nil || more <= 0 {
					mu.Lock()
					res.thenErr = err
					mu.Unlock()
					cancel()
					return
				}
				if expect2.Store(n + int64(more)); delivered.Load() >= n+int64(more) {
					cancel()
				}
			}()
		}
	}
	svc, err = pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: chans, Logger: log, Observer: observe})
	if err != nil {
		return res, err
	}
	if o.profile != "" {
		f, err := os.Create(o.profile)
		if err != nil {
			return res, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return res, err
		}
		defer pprof.StopCPUProfile()
	}
	runtime.GC()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	stopRSS := sampleRSS(&res.peakRSS)
	cpu0, t0 := measure.CPUSeconds(), time.Now()
	polls0 := pollCount(svc)
	if err := svc.Run(runCtx, 2*time.Second); err != nil {
		return res, err
	}
	stopRSS()
	res.cpu = measure.CPUSeconds() - cpu0
	runtime.ReadMemStats(&ms1)
	res.mallocs = ms1.Mallocs - ms0.Mallocs
	res.polls = pollCount(svc) - polls0
	res.delivered = delivered.Load()
	mu.Lock()
	if done.IsZero() {
		done = time.Now()
	}
	res.elapsed = done.Sub(t0)
	thenErr := res.thenErr
	mu.Unlock()
	if thenErr != nil {
		return res, thenErr
	}
	if res.world, err = w.finish(); err != nil {
		return res, err
	}
	slices.Sort(res.latency)
	return res, nil
}

// dueNow marks every source as polled before (its items are new) and due at once.
func dueNow(st store.Store, cfg *config.Config) error {
	ctx := context.Background()
	for _, s := range cfg.Sources {
		if err := st.SaveSourceState(ctx, s.Name, store.SourceState{Seeded: true, NextPoll: time.Now()}); err != nil {
			return err
		}
	}
	return nil
}

// pollCount is the number of polls the service has made so far, from its metrics.
func pollCount(svc *pipeline.Service) int64 {
	var n int64
	mfs, _ := svc.Metrics().Registry.Gather()
	for _, mf := range mfs {
		if strings.HasSuffix(mf.GetName(), "polls_total") {
			for _, m := range mf.GetMetric() {
				n += int64(m.GetCounter().GetValue())
			}
		}
	}
	return n
}

// sampleRSS records the peak resident set size every 100 ms until the returned stop is called.
func sampleRSS(peak *int64) (stop func()) {
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			if r := measure.RSS(); r > *peak {
				*peak = r
			}
			select {
			case <-quit:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(quit); wg.Wait() }
}

// percentile of sorted durations (nearest rank).
func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	i := int(float64(len(d))*p+0.999999) - 1
	return d[min(max(i, 0), len(d)-1)]
}
