package main

import (
	"context"
	"fmt"
	"net/url"
	"os/exec"
	"regexp"
	"strconv"
	"sync"
	"time"

	"paperboy/core/article"
	"paperboy/core/outbox"
	"paperboy/core/store"
	"paperboy/core/store/redis"
)

// dedup measures claims per second: EnqueueMany (SET claim NX + SET fingerprint NX + XADD, one
// Lua script per job, pipelined) with batches of 1, 10 and 100, from one caller and from 8 at
// once (the pipeline polls sources concurrently), against redis-benchmark's pipelined SET rate on
// the same Redis as the ceiling.
func dedup(ctx context.Context, o opts) (*report, error) {
	prefix := fmt.Sprintf("pbbench:%d:", time.Now().UnixNano())
	st, err := redis.Open(ctx, redis.Options{URL: o.redisURL, Prefix: prefix})
	if err != nil {
		return nil, err
	}
	defer func() { _ = st.Purge(context.WithoutCancel(ctx)); _ = st.Close() }()
	ceiling, ceilText := redisBenchmark(o.redisURL)
	r := &report{title: "dedup: claims per second against Redis", command: "go run ./bench dedup"}
	r.add("redis-benchmark -P 16 -t set -q (50 clients)", ceilText, "ceiling")
	run := 0
	for _, callers := range []int{1, 8} {
		for _, batch := range []int{1, 10, 100} {
			run++
			rate, err := claimRate(ctx, st, run, batch, callers, 4*time.Second)
			if err != nil {
				return nil, err
			}
			ratio := "—"
			if ceiling > 0 {
				ratio = pct(rate / ceiling)
			}
			r.add(fmt.Sprintf("EnqueueMany, batch %d, %d caller(s)", batch, callers), fmt.Sprintf("%.0f claims/s", rate),
				ratio+" of the ceiling (target ≥ 50 %)")
		}
	}
	return r, nil
}

// claimRate claims fresh jobs for d and returns claims per second.
func claimRate(ctx context.Context, st *redis.Store, run, batch, callers int, d time.Duration) (float64, error) {
	var mu sync.Mutex
	var total int
	var first error
	var wg sync.WaitGroup
	start := time.Now()
	for c := range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for k := 0; time.Since(start) < d; k++ {
				jobs, err := dedupJobs(run, c, k, batch)
				if err == nil {
					var ok []bool
					ok, err = st.EnqueueMany(ctx, jobs)
					if err == nil && !ok[0] {
						err = fmt.Errorf("bench: a fresh claim was refused")
					}
				}
				if err != nil {
					mu.Lock()
					first = err
					mu.Unlock()
					return
				}
				n += batch
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	return float64(total) / time.Since(start).Seconds(), first
}

// dedupJobs builds a batch of real jobs (canonical URL, ID, fingerprint, JSON payload) over
// 16 channels, as a poll does.
func dedupJobs(run, caller, k, n int) ([]store.Job, error) {
	jobs := make([]store.Job, n)
	for i := range jobs {
		u := fmt.Sprintf("https://news.example.com/%d/%d/%d/%d?utm_source=rss", run, caller, k, i)
		c, err := article.Canonical(u)
		if err != nil {
			return nil, err
		}
		a := &article.Article{ID: article.ID(c), URL: c, Source: "bench", Title: fmt.Sprintf("Bench story r%dc%dk%di%d", run, caller, k, i),
			Summary: "한국은행은 오늘 기준금리를 동결했다. The decision was expected by most economists."}
		ch := "ch" + strconv.Itoa(i%16)
		if jobs[i], err = outbox.NewJob(ch, a, outbox.Payload{Post: a.Post(), Source: "bench", Detected: time.Now()}, 10*time.Minute); err != nil {
			return nil, err
		}
	}
	return jobs, nil
}

var benchRate = regexp.MustCompile(`SET: ([0-9.]+) requests per second`)

// redisBenchmark runs redis-benchmark against the same server; 0 when it is not installed.
func redisBenchmark(rawURL string) (float64, string) {
	bin, err := exec.LookPath("redis-benchmark")
	if err != nil {
		return 0, "redis-benchmark not installed (apt-get install redis-tools)"
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return 0, "bad redis url"
	}
	args := []string{"-h", u.Hostname(), "-P", "16", "-t", "set", "-q"}
	if p := u.Port(); p != "" {
		args = append(args, "-p", p)
	}
	if pw, ok := u.User.Password(); ok {
		args = append(args, "-a", pw)
	}
	out, err := exec.Command(bin, args...).CombinedOutput()
	m := benchRate.FindSubmatch(out)
	if err != nil || m == nil {
		return 0, "redis-benchmark failed"
	}
	v, _ := strconv.ParseFloat(string(m[1]), 64)
	return v, fmt.Sprintf("%.0f SET/s", v)
}
