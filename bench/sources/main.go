// Command sources is the polling benchmark: it serves thousands of synthetic feeds from a child
// process (most unchanged, so they answer 304) and runs the real pipeline over them for a fixed
// time, then prints polls/s, CPU cores used, peak RSS and the share of 304s.
//
//	go run ./bench/sources -feeds 10000 -interval 5m -duration 60s
//	go run ./bench/sources -websub 1000   # WebSub notification → outbox entry latency
//
// Source state is pre-seeded as a service that has been running would have it (validators
// known, first sight done, next polls spread over one interval), so the window measures steady
// state. The store is bbolt in a temporary directory, or Redis when REDIS_URL is set.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/time/rate"

	"paperboy/bench/measure"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/pipeline"
)

func main() {
	feeds := flag.Int("feeds", 10000, "synthetic feeds to watch")
	hosts := flag.Int("hosts", 100, "synthetic hosts the feeds are spread over (127.0.1.N)")
	interval := flag.Duration("interval", 5*time.Minute, "poll interval of every source")
	duration := flag.Duration("duration", 60*time.Second, "how long to measure")
	changes := flag.Float64("changes", 0.05, "share of feeds that publish a new item per interval")
	websub := flag.Int("websub", 0, "instead: measure WebSub notification → outbox latency over this many notifications")
	serveMode := flag.Bool("serve", false, "internal: run as the feed server child process")
	memProfile = flag.String("memprofile", "", "write a heap profile at the end of the window to this file")
	flag.Parse()
	if *serveMode {
		perSec := *changes * float64(*feeds) / interval.Seconds()
		if err := serve(*feeds, *hosts, perSec); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *websub > 0 {
		if err := runWebSub(*websub); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*feeds, *hosts, *interval, *duration, *changes); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

var memProfile *string

// discard is a channel that accepts every post at once.
type discard struct{ sent atomic.Int64 }

func (d *discard) Name() string { return "discard" }
func (d *discard) Limits() channel.Limits {
	return channel.Limits{TextMax: 4096, CaptionMax: 1024, Unit: channel.CodePoints, Rate: rate.Inf, Burst: 1}
}
func (d *discard) Send(ctx context.Context, _ channel.Delivery) (channel.Receipt, error) {
	n := d.sent.Add(1)
	return channel.Receipt{RemoteID: fmt.Sprint(n), SentAt: time.Now()}, ctx.Err()
}

func run(feeds, hosts int, interval, duration time.Duration, changes float64) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	child := exec.Command(exe, "-serve", "-feeds", fmt.Sprint(feeds), "-hosts", fmt.Sprint(hosts),
		"-interval", interval.String(), "-changes", fmt.Sprint(changes))
	child.Stderr = os.Stderr
	stdin, _ := child.StdinPipe()
	stdout, _ := child.StdoutPipe()
	if err := child.Start(); err != nil {
		return err
	}
	defer func() { _ = child.Process.Kill(); _ = child.Wait() }()
	out := bufio.NewReader(stdout)
	var ready serverReady
	if err := readJSON(out, &ready); err != nil {
		return fmt.Errorf("feed server: %w", err)
	}
	dir, err := os.MkdirTemp("", "paperboy-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	var y strings.Builder
	fmt.Fprintf(&y, "store: { path: %q }\nfetch: { allow_private: true, timeout: 10s }\nlog: { level: warn }\nsources:\n", filepath.Join(dir, "pb.db"))
	for i := range feeds {
		fmt.Fprintf(&y, "  - { name: f%d, url: \"http://%s/f/%d.xml\", interval: %s }\n", i, ready.Addrs[i%len(ready.Addrs)], i, interval)
	}
	y.WriteString("channels:\n  - { name: discard, type: console }\n")
	cfg, err := config.Parse("bench.yaml", []byte(y.String()), os.LookupEnv)
	if err != nil {
		return err
	}
	ctx := context.Background()
	seedStart := time.Now()
	st, backend, err := prepareStore(ctx, cfg, ready.Addrs, interval)
	if err != nil {
		return err
	}
	defer st.Close()
	seeded := time.Since(seedStart)
	sink := &discard{}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: []channel.Channel{sink}, Logger: log})
	if err != nil {
		return err
	}

	// Setup garbage (10,000 parsed YAML sources, seeding) is returned first, so the window's
	// RSS is the service's own.
	debug.FreeOSMemory()
	cpu0, wall0 := measure.CPUSeconds(), time.Now()
	runCtx, cancel := context.WithTimeout(ctx, duration)
	defer cancel()
	var windowRSS, windowStack, windowHeap atomic.Int64
	go func() {
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for i := 0; ; i++ {
			if r := measure.RSS(); r > windowRSS.Load() {
				windowRSS.Store(r)
			}
			if i%10 == 0 { // ReadMemStats stops the world: every 5 s is enough
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				windowStack.Store(max(windowStack.Load(), int64(ms.StackInuse)))
				windowHeap.Store(max(windowHeap.Load(), int64(ms.HeapInuse)))
			}
			select {
			case <-runCtx.Done():
				return
			case <-t.C:
			}
		}
	}()
	if err := svc.Run(runCtx, 2*time.Second); err != nil {
		return err
	}
	if *memProfile != "" {
		if f, err := os.Create(*memProfile); err == nil {
			_ = pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	wall := time.Since(wall0).Seconds()
	cpu := measure.CPUSeconds() - cpu0
	_ = stdin.Close()
	var counts serverCounts
	if err := readJSON(out, &counts); err != nil {
		return fmt.Errorf("feed server counts: %w", err)
	}
	polls := pollsByResult(svc)
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)

	total := counts.OK + counts.NotModified
	fmt.Printf("command:        go run ./bench/sources -feeds %d -hosts %d -interval %s -duration %s -changes %g\n", feeds, hosts, interval, duration, changes)
	fmt.Printf("store:          %s (state seeded in %.1fs, not measured)\n", backend, seeded.Seconds())
	fmt.Printf("window:         %.1fs wall\n", wall)
	fmt.Printf("polls:          %d (%.1f/s; expected %.1f/s = feeds/interval)\n", total, float64(total)/wall, float64(feeds)/interval.Seconds())
	fmt.Printf("304 share:      %.1f%% (%d not modified, %d changed feeds parsed)\n", 100*float64(counts.NotModified)/float64(max(total, 1)), counts.NotModified, counts.OK)
	fmt.Printf("pipeline polls: ok %d, not_modified %d, error %d\n", polls["ok"], polls["not_modified"], polls["error"])
	fmt.Printf("posts:          %d delivered to the discard channel\n", sink.sent.Load())
	fmt.Printf("cpu (paperboy): %.3f cores (%.2fs user+sys over the window)\n", cpu/wall, cpu)
	fmt.Printf("peak RSS:       %.1f MB during the window; %.1f MB over the whole run including setup\n",
		float64(windowRSS.Load())/(1<<20), float64(ru.Maxrss)/1024)
	fmt.Printf("go memory:      at most %.1f MB heap in use, %.1f MB goroutine stacks during the window (rest of RSS: runtime, store)\n",
		float64(windowHeap.Load())/(1<<20), float64(windowStack.Load())/(1<<20))
	fmt.Printf("feed server:    %.2fs CPU in its own process (not counted above)\n", counts.CPUSeconds)
	return nil
}

func pollsByResult(svc *pipeline.Service) map[string]int64 {
	out := map[string]int64{}
	mfs, _ := svc.Metrics().Registry.Gather()
	for _, mf := range mfs {
		if !strings.HasSuffix(mf.GetName(), "polls_total") {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "result" {
					out[l.GetValue()] += int64(m.GetCounter().GetValue())
				}
			}
		}
	}
	return out
}

func readJSON(r *bufio.Reader, v any) error {
	line, err := r.ReadBytes('\n')
	if err != nil && (err != io.EOF || len(line) == 0) {
		return err
	}
	return json.Unmarshal(line, v)
}
