package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"golang.org/x/time/rate"

	"paperboy/bench/measure"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/pipeline"
	"paperboy/core/store/redis"
	"paperboy/core/subscribe"
)

// memProfile, when set, is where each replica writes a heap profile (suffixed with its name) as it stops.
var memProfile string

// replicaStats is the line a replica child prints every second.
type replicaStats struct {
	Replica  string  `json:"replica"`
	At       int64   `json:"at"`       // unix milliseconds
	Assigned int64   `json:"assigned"` // sources in its scheduler, from its last re-split
	Polls    int64   `json:"polls"`    // polls answered (200 or 304)
	Errors   int64   `json:"errors"`   // polls that failed
	CPU      float64 `json:"cpu"`      // user+system seconds since it started
	RSS      int64   `json:"rss"`      // bytes resident now
	HWM      int64   `json:"hwm"`      // peak resident bytes (VmHWM)
	Live     int64   `json:"live"`     // heap bytes live after the last GC (/gc/heap/live:bytes)
	// Sends is every post the replica's chat channels sent: only in the line it prints as it stops.
	Sends []chatSend `json:"sends,omitempty"`
	// DetectToPost is the chats' detect → post histogram as the service measures it (last line only).
	DetectToPost map[string]uint64 `json:"detect_to_post,omitempty"`
}

// liveHeap reads the live heap the last GC marked: the memory the service holds, before the GC's
// headroom (GOGC) and the runtime's own that RSS adds.
func liveHeap() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// sink is a channel that accepts every post at once.
type sink struct{ sent atomic.Int64 }

func (d *sink) Name() string { return "discard" }
func (d *sink) Limits() channel.Limits {
	return channel.Limits{TextMax: 4096, CaptionMax: 1024, Unit: channel.CodePoints, Rate: rate.Inf, Burst: 1}
}
func (d *sink) Send(ctx context.Context, _ channel.Delivery) (channel.Receipt, error) {
	return channel.Receipt{RemoteID: fmt.Sprint(d.sent.Add(1)), SentAt: time.Now()}, ctx.Err()
}

// assignWatch reads the scheduler's size from the service's "sources assigned" log line: the
// harness learns it without an export made only for benchmarks.
type assignWatch struct {
	slog.Handler
	assigned *atomic.Int64
}

func (h assignWatch) Enabled(context.Context, slog.Level) bool { return true }

func (h assignWatch) Handle(ctx context.Context, r slog.Record) error {
	if strings.HasPrefix(r.Message, "sources assigned") {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "sources" {
				h.assigned.Store(a.Value.Int64())
				return false
			}
			return true
		})
	}
	if r.Level >= slog.LevelWarn {
		return h.Handler.Handle(ctx, r)
	}
	return nil
}

func (h assignWatch) WithAttrs(as []slog.Attr) slog.Handler {
	return assignWatch{Handler: h.Handler.WithAttrs(as), assigned: h.assigned}
}

func (h assignWatch) WithGroup(g string) slog.Handler {
	return assignWatch{Handler: h.Handler.WithGroup(g), assigned: h.assigned}
}

// runReplica is a replica child's main: the real pipeline over the config at path, on the
// shared Redis under prefix, until SIGTERM (a clean stop) or SIGKILL (a crash).
func runReplica(name, path, url, prefix string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	cfg, err := config.Parse(path, data, os.LookupEnv)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	// The pool app sizes for the configured channels (chats are not known at start).
	st, err := redis.Open(ctx, redis.Options{URL: url, Prefix: prefix, MinPool: redis.PoolFor(len(cfg.Channels))})
	if err != nil {
		return err
	}
	defer st.Close()
	var assigned atomic.Int64
	log := slog.New(assignWatch{Handler: slog.NewTextHandler(os.Stderr, nil), assigned: &assigned})
	rec := &sends{}
	svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: []channel.Channel{&sink{}}, Logger: log, Replica: name, Chats: chatBuilder(rec)})
	if err != nil {
		return err
	}
	data, cfg = nil, nil
	debug.FreeOSMemory() // the parsed YAML tree is setup garbage
	enc := json.NewEncoder(os.Stdout)
	stats := func() replicaStats {
		polls := pollsByResult(svc)
		rss, hwm := measure.Status()
		return replicaStats{Replica: name, At: time.Now().UnixMilli(), Assigned: assigned.Load(),
			Polls: polls["ok"] + polls["not_modified"], Errors: polls["error"], CPU: measure.CPUSeconds(), RSS: rss, HWM: hwm, Live: liveHeap()}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			_ = enc.Encode(stats())
		}
	}()
	err = svc.Run(ctx, 2*time.Second)
	<-done
	last := stats()
	last.At = 0 // after the stop: out of every window, read only for its sends
	last.Sends = rec.take()
	last.DetectToPost = chatDetectToPost(svc)
	_ = enc.Encode(last)
	if memProfile != "" {
		if f, ferr := os.Create(memProfile + "." + name); ferr == nil {
			_ = pprof.WriteHeapProfile(f)
			_ = f.Close()
		}
	}
	return err
}

// collect hands each series of c to f: one collector alone, as gathering the whole registry
// every second costs much with a label set per chat.
func collect(c prometheus.Collector, f func(*dto.Metric)) {
	ms := make(chan prometheus.Metric, 64)
	go func() {
		c.Collect(ms)
		close(ms)
	}()
	for m := range ms {
		var pb dto.Metric
		if m.Write(&pb) == nil {
			f(&pb)
		}
	}
}

// pollsByResult sums the service's polls_total counters by result.
func pollsByResult(svc *pipeline.Service) map[string]int64 {
	out := map[string]int64{}
	collect(svc.Metrics().Polls, func(m *dto.Metric) {
		for _, l := range m.GetLabel() {
			if l.GetName() == "result" {
				out[l.GetValue()] += int64(m.GetCounter().GetValue())
			}
		}
	})
	return out
}

// chatDetectToPost merges the chats' detect_to_post_seconds histograms (paperboy's own
// measure, from the payload's detection time): cumulative count by upper bound in seconds.
func chatDetectToPost(svc *pipeline.Service) map[string]uint64 {
	out := map[string]uint64{}
	collect(svc.Metrics().DetectToPost, func(m *dto.Metric) {
		for _, l := range m.GetLabel() {
			if l.GetName() == "channel" && !subscribe.IsChatChannel(l.GetValue()) {
				return
			}
		}
		for _, b := range m.GetHistogram().GetBucket() {
			out[fmt.Sprint(b.GetUpperBound())] += b.GetCumulativeCount()
		}
		out["+Inf"] += m.GetHistogram().GetSampleCount()
	})
	return out
}
