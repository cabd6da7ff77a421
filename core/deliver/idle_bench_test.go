package deliver

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"
	"golang.org/x/time/rate"

	"paperboy/core/channel"
	"paperboy/core/lease"
	"paperboy/core/metrics"
	"paperboy/core/store/redis"
	"paperboy/core/store/redis/redistest"
)

// TestIdleChannelsCost measures what idle channels cost: PAPERBOY_BENCH_IDLE=10000 runs that
// many idle workers with pushed wake-ups on a redis-server of the test's own for
// PAPERBOY_BENCH_SECONDS (default 60) after they settle, and reports Redis commands per second
// (INFO commandstats delta) and this process's CPU. It is skipped by default (BENCHMARKS.md).
func TestIdleChannelsCost(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("PAPERBOY_BENCH_IDLE"))
	if n <= 0 {
		t.Skip("set PAPERBOY_BENCH_IDLE=10000 to measure idle channels")
	}
	secs, _ := strconv.Atoi(os.Getenv("PAPERBOY_BENCH_SECONDS"))
	if secs <= 0 {
		secs = 60
	}
	client, st, ctx, set := idleBench(t)
	for i := range n {
		ch := named{sink: sink{sent: make(chan string, 1)}, name: fmt.Sprintf("idle%05d", i)}
		w := NewWorker(ch, st, set, nil, nil, quiet, nil)
		go w.Run(ctx, ctx)
	}
	time.Sleep(20 * time.Second) // every worker's first look
	calls := func() int64 {
		info, err := client.Info(context.Background(), "commandstats").Result()
		if err != nil {
			t.Fatal(err)
		}
		var total int64
		for _, line := range strings.Split(info, "\n") {
			if i := strings.Index(line, "calls="); i >= 0 {
				v, _ := strconv.ParseInt(strings.SplitN(line[i+6:], ",", 2)[0], 10, 64)
				total += v
			}
		}
		return total
	}
	cpu := func() time.Duration {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	c0, u0, t0 := calls(), cpu(), time.Now()
	time.Sleep(time.Duration(secs) * time.Second)
	c1, u1, el := calls(), cpu(), time.Since(t0)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d idle channels for %s: %.2f Redis commands/s in total (%.5f per channel), %.3f core, heap %d MB",
		n, el.Round(time.Second), float64(c1-c0-2)/el.Seconds(), float64(c1-c0-2)/el.Seconds()/float64(n),
		(u1-u0).Seconds()/el.Seconds(), ms.HeapAlloc>>20)
}

// idleBench starts a redis-server of the test's own and returns its client, a store on it, a
// context that ends with the test, and worker settings with the service's lease and pushed
// wake-ups.
func idleBench(t *testing.T) (*goredis.Client, *redis.Store, context.Context, Settings) {
	addr := redistest.StartServer(t)
	client := goredis.NewClient(&goredis.Options{Addr: addr, PoolSize: 64})
	st := redis.New(client, "bench:")
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(func() {
		cancel()
		_ = st.Close()
	})
	wk := NewWakeups()
	go wk.Run(ctx, st, nil)
	set := settings("r1")
	set.Lease = DefaultLease
	set.Wake = wk
	set.Leases = lease.NewTaker(st, lease.NewOwner("r1"), nil)
	return client, st, ctx, set
}

// named renames a channel, so one sink type serves many channels.
type named struct {
	sink
	name string
}

func (n named) Name() string { return n.name }

// TestIdleWorkerMemory measures what one idle chat worker keeps in memory: PAPERBOY_BENCH_IDLE_MEM=20000
// runs that many workers (chat-named channels of one bot, with metrics and pushed wake-ups, on a
// redis-server of the test's own), lets them settle idle, and reports the heap and goroutine
// stack they hold, per worker, after a GC (PAPERBOY_BENCH_MEMPROFILE=FILE also writes a heap
// profile then). It is skipped by default (BENCHMARKS.md).
func TestIdleWorkerMemory(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("PAPERBOY_BENCH_IDLE_MEM"))
	if n <= 0 {
		t.Skip("set PAPERBOY_BENCH_IDLE_MEM=20000 to measure idle workers' memory")
	}
	_, st, ctx, set := idleBench(t)
	set.Low = true // as chats' workers are
	m := metrics.New()
	creds := &Credentials{}
	chs := make([]channel.Channel, n)
	for i := range n {
		chs[i] = chat{named{sink: sink{sent: make(chan string, 1)}, name: fmt.Sprintf("telegram:%d", 1000000+i)}}
	}
	heap := func() (runtime.MemStats, int) {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms, runtime.NumGoroutine()
	}
	m0, g0 := heap()
	for _, ch := range chs {
		w := NewWorker(ch, st, set, creds, m, quiet, nil)
		go w.Run(ctx, ctx)
	}
	// Every worker's first look (about ten store calls each), then idle.
	time.Sleep(time.Duration(n/500+10) * time.Second)
	m1, g1 := heap()
	if path := os.Getenv("PAPERBOY_BENCH_MEMPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			t.Fatal(err)
		}
		_ = f.Close()
	}
	perHeap := (int64(m1.HeapAlloc) - int64(m0.HeapAlloc)) / int64(n)
	perStack := (int64(m1.StackInuse) - int64(m0.StackInuse)) / int64(n)
	t.Logf("%d idle chat workers: heap %d B per worker (%d MB in all), goroutine stacks %d B per worker, %.2f goroutines per worker",
		n, perHeap, (int64(m1.HeapAlloc)-int64(m0.HeapAlloc))>>20, perStack, float64(g1-g0)/float64(n))
}

// chat is a chat-named channel of one bot: it shares the bot's credential.
type chat struct{ named }

func (chat) CredentialKey() (string, rate.Limit, int) { return "telegram:bench-bot", 29, 1 }
