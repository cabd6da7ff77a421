package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/lease"
	"paperboy/core/pipeline"
	"paperboy/core/store"
)

// runOnce is `paperboy run --once`: poll, deliver within drain, print the summary line and exit
// 1 when a post or a source failed (or a signal cut the run short).
func runOnce(ctx context.Context, cfg *config.Config, chans []channel.Channel, st store.Store, leases *lease.Taker, log *slog.Logger, stdout io.Writer, drain time.Duration) error {
	svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: chans, Logger: log, Leases: leases, Replica: leases.Owner().Replica})
	if err != nil {
		return err
	}
	sum, _ := svc.RunOnce(ctx, drain)
	logSummary(log, cfg.File(), sum)
	fmt.Fprintln(stdout, summaryLine(sum))
	if sum.Interrupted || sum.Failed > 0 || sum.SourcesFailed > 0 {
		return exitError{code: 1}
	}
	return nil
}

// summaryLine is the one-line summary; README defines each count.
func summaryLine(s pipeline.Summary) string {
	return fmt.Sprintf("run: %d articles, %d delivered, %d duplicates skipped, %d failed, %d sources failed",
		s.Articles, s.Delivered, s.Duplicates, s.Failed, s.SourcesFailed)
}

// logSummary writes the breakdown behind the summary line, the paused channels (since when, why,
// how to resume) and, after a signal, what was left for the next run.
func logSummary(log *slog.Logger, configFile string, s pipeline.Summary) {
	var paused []string
	for _, p := range s.Paused {
		paused = append(paused, p.Name)
	}
	log.Info("run summary",
		"articles", s.Articles, "new", s.New, "duplicates", s.Duplicates, "recorded_only", s.Recorded, "unrouted", s.Unrouted,
		"delivered", s.Delivered, "dead_lettered", s.Dead, "left_queued", s.Left, "failed", s.Failed,
		"sources_failed", s.SourcesFailed, "failed_sources", strings.Join(s.FailedSources, " "),
		"paused_channels", strings.Join(paused, " "), "elapsed", s.Elapsed.Round(time.Millisecond).String())
	for _, p := range s.Paused {
		log.Warn("channel paused: its posts stay queued until it is resumed", p.Attrs(configFile)...)
	}
	if s.Interrupted {
		log.Warn(fmt.Sprintf("stopped by a signal: %d posts left queued for the next run", s.Left), "left_queued", s.Left)
	}
}
