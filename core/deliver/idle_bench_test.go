package deliver

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/lease"
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
	addr := redistest.StartServer(t)
	client := goredis.NewClient(&goredis.Options{Addr: addr, PoolSize: 64})
	st := redis.New(client, "bench:")
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	wk := NewWakeups()
	go wk.Run(ctx, st, nil)
	set := settings("r1")
	set.Lease = DefaultLease
	set.Wake = wk
	set.Leases = lease.NewTaker(st, lease.NewOwner("r1"), nil)
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

// named renames a channel, so one sink type serves many channels.
type named struct {
	sink
	name string
}

func (n named) Name() string { return n.name }
