package main

import (
	"context"
	"fmt"
	"net/url"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/article"
	"paperboy/core/outbox"
	"paperboy/core/store"
	"paperboy/core/store/redis"
)

// claimTarget is issue 21's goal for pipelined batch claims on the 2-vCPU machine.
const claimTarget = 150000

// dedup measures claims per second — EnqueueMany: per (article, channel) pair a fingerprint
// SET NX, a claim SET NX and an XADD of the post, many pairs per atomic script call — from one,
// four and eight callers with batches the size of a small and a big poll. Beside it, what
// redis-benchmark's own client gets from the same Redis running the very same script
// (redis.BatchScript, 64 pairs per call, fresh random keys), the same call with the claim and
// fingerprint left out (only the stream entries: what enqueuing alone costs), with one stream
// entry per call instead of one per pair, or with the stream entry left out (what
// deduplicating alone costs), and plain pipelined SETs. Redis's own time per pair comes from INFO commandstats, exact only on a Redis
// nobody else uses meanwhile (give the bench one of its own with -redis).
func dedup(ctx context.Context, o opts) (*report, error) {
	prefix := fmt.Sprintf("pbbench:%d:", time.Now().UnixNano())
	st, err := redis.Open(ctx, redis.Options{URL: o.redisURL, Prefix: prefix})
	if err != nil {
		return nil, err
	}
	defer func() { _ = st.Purge(context.WithoutCancel(ctx)); _ = st.Close() }()
	opt, err := goredis.ParseURL(o.redisURL)
	if err != nil {
		return nil, err
	}
	rdb := goredis.NewClient(opt)
	defer func() { _ = rdb.Close() }()

	r := &report{title: "dedup: claims per second against Redis", command: "go run ./bench [-redis URL] dedup"}
	_, setText := redisBenchmarkSet(o.redisURL)
	r.add("redis-benchmark -P 16 -t set -q (50 clients): plain SET", setText, "one write, no script")
	sameRate, sameText := scriptBenchmark(ctx, rdb, o.redisURL, prefix, redis.BatchScript())
	r.add("redis-benchmark, the batch script, 64 pairs per call (4 clients, -P 2)", sameText, "same script, redis-benchmark's client")
	_, xaddText := scriptBenchmark(ctx, rdb, o.redisURL, prefix, xaddOnlySource)
	r.add("redis-benchmark, same call with claim and fingerprint left out (XADD only)", xaddText, "enqueue alone, no dedup")
	_, oneText := scriptBenchmark(ctx, rdb, o.redisURL, prefix, oneEntrySource)
	r.add("redis-benchmark, same claims but one stream entry per call for all its pairs", oneText, "a cheaper outbox the store does not have")
	_, setsText := scriptBenchmark(ctx, rdb, o.redisURL, prefix, claimsOnlySource)
	r.add("redis-benchmark, same call with the XADD left out (fingerprint and claim SET NX only)", setsText, "dedup alone, nothing enqueued")
	run := 0
	for _, callers := range []int{1, 4, 8} {
		for _, batch := range []int{100, 1000} {
			run++
			before := evalStats(ctx, rdb)
			rate, pairs, err := claimRate(ctx, st, run, batch, callers, 4*time.Second)
			if err != nil {
				return nil, err
			}
			per := evalStats(ctx, rdb).since(before, pairs)
			ratio := ""
			if sameRate > 0 {
				ratio = fmt.Sprintf("%s of redis-benchmark's rate with the script; ", pct(rate/sameRate))
			}
			r.add(fmt.Sprintf("EnqueueMany, %d jobs per call, %d caller(s)", batch, callers),
				fmt.Sprintf("%.0f claims/s (Redis %s per pair)", rate, per), ratio+fmt.Sprintf("target ≥ %d", claimTarget))
		}
	}
	return r, nil
}

// xaddOnlySource takes the batch script's arguments but only appends the stream entries: the
// ceiling of enqueuing with no claim and no fingerprint at all.
const xaddOnlySource = `
local out = {}
local now = ARGV[2]
for i = 0, #KEYS / 3 - 1 do
  local a = 3 + 5*i
  redis.call('XADD', KEYS[3*i+2], '*', 'a', ARGV[a+3], 'k', ARGV[a+4], 'p', ARGV[a+5], 't', now)
  out[i+1] = 1
end
return out
`

// claimsOnlySource takes the batch script's arguments but only takes the fingerprint and the
// claim: the ceiling of deduplicating with nothing enqueued.
const claimsOnlySource = `
local out = {}
local value = ARGV[1]
for i = 0, #KEYS / 3 - 1 do
  local a = 3 + 5*i
  local ok = redis.call('SET', KEYS[3*i+3], ARGV[a+3], 'PX', ARGV[a+2], 'NX')
  if ok then ok = redis.call('SET', KEYS[3*i+1], value, 'PX', ARGV[a+1], 'NX') end
  out[i+1] = ok and 1 or 0
end
return out
`

// oneEntrySource takes fingerprint and claim per pair like the batch script but appends one
// stream entry for all the call's accepted pairs: what an outbox of multi-post entries (a
// design the store does not have: each entry is one post, acknowledged, retried and
// dead-lettered alone) would save.
const oneEntrySource = `
local out, f = {}, {}
local value, now = ARGV[1], ARGV[2]
for i = 0, #KEYS / 3 - 1 do
  local a = 3 + 5*i
  local ok = redis.call('SET', KEYS[3*i+3], ARGV[a+3], 'PX', ARGV[a+2], 'NX')
  if ok then ok = redis.call('SET', KEYS[3*i+1], value, 'PX', ARGV[a+1], 'NX') end
  if ok then
    f[#f+1] = ARGV[a+3]; f[#f+1] = ARGV[a+5]
    out[i+1] = 1
  else out[i+1] = 0 end
end
if #f > 0 then redis.call('XADD', KEYS[2], '*', 't', now, unpack(f)) end
return out
`

// evalCounters is INFO commandstats' total for scripts run by SHA.
type evalCounters struct{ usec float64 }

func evalStats(ctx context.Context, rdb *goredis.Client) evalCounters {
	info, err := rdb.Info(ctx, "commandstats").Result()
	if err != nil {
		return evalCounters{}
	}
	m := evalUsec.FindStringSubmatch(info)
	if m == nil {
		return evalCounters{}
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	return evalCounters{usec: v}
}

// since is Redis's script time per pair between two readings.
func (e evalCounters) since(before evalCounters, pairs int) string {
	if pairs <= 0 || e.usec <= before.usec {
		return "n/a"
	}
	return fmt.Sprintf("%.1f µs", (e.usec-before.usec)/float64(pairs))
}

var evalUsec = regexp.MustCompile(`cmdstat_evalsha:calls=\d+,usec=(\d+)`)

// scriptBenchmark loads src and runs it under redis-benchmark with 64 fresh (claim, outbox,
// fingerprint) key triples per call, in the store's argument layout, 512-byte payloads.
func scriptBenchmark(ctx context.Context, rdb *goredis.Client, rawURL, prefix, src string) (float64, string) {
	bin, err := exec.LookPath("redis-benchmark")
	if err != nil {
		return 0, "redis-benchmark not installed (apt-get install redis-tools)"
	}
	sha, err := rdb.ScriptLoad(ctx, src).Result()
	if err != nil {
		return 0, "SCRIPT LOAD failed: " + err.Error()
	}
	const pairs, calls = 64, 3000
	payload := strings.Repeat("x", 512)
	keys := make([]string, 0, 3*pairs)
	args := []string{"queued:0:", "0", prefix + "wake"}
	for range pairs {
		keys = append(keys, prefix+"claim:{rb}:__rand_int__", prefix+"outbox:{rb}", prefix+"fp:{rb}:__rand_int__")
		args = append(args, "600000", "600000", "art", "key", payload)
	}
	cmd := append(connArgs(rawURL), "-n", strconv.Itoa(calls), "-c", "4", "-P", "2", "-r", "1000000000", "-q",
		"EVALSHA", sha, strconv.Itoa(len(keys)))
	cmd = append(append(cmd, keys...), args...)
	before := evalStats(ctx, rdb)
	out, err := exec.CommandContext(ctx, bin, cmd...).CombinedOutput()
	m := benchRPS.FindSubmatch(out)
	if err != nil || m == nil {
		return 0, "redis-benchmark failed"
	}
	v, _ := strconv.ParseFloat(string(m[1]), 64)
	rate := v * pairs
	return rate, fmt.Sprintf("%.0f pairs/s (Redis %s per pair)", rate, evalStats(ctx, rdb).since(before, calls*pairs))
}

// connArgs are redis-benchmark's host, port and password flags for a redis:// URL.
func connArgs(rawURL string) []string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil
	}
	args := []string{"-h", u.Hostname()}
	if p := u.Port(); p != "" {
		args = append(args, "-p", p)
	}
	if pw, ok := u.User.Password(); ok {
		args = append(args, "-a", pw)
	}
	return args
}

// claimRate claims fresh jobs for d and returns claims per second and how many were made.
func claimRate(ctx context.Context, st *redis.Store, run, batch, callers int, d time.Duration) (float64, int, error) {
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
	return float64(total) / time.Since(start).Seconds(), total, first
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

var benchRPS = regexp.MustCompile(`([0-9.]+) requests per second`)

// redisBenchmarkSet runs redis-benchmark's pipelined SET against the same server.
func redisBenchmarkSet(rawURL string) (float64, string) {
	bin, err := exec.LookPath("redis-benchmark")
	if err != nil {
		return 0, "redis-benchmark not installed (apt-get install redis-tools)"
	}
	out, err := exec.Command(bin, append(connArgs(rawURL), "-P", "16", "-t", "set", "-q")...).CombinedOutput()
	m := benchRPS.FindSubmatch(out)
	if err != nil || m == nil {
		return 0, "redis-benchmark failed"
	}
	v, _ := strconv.ParseFloat(string(m[1]), 64)
	return v, fmt.Sprintf("%.0f SET/s", v)
}
