package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"paperboy/core/pipeline"
)

// Once is `run --once`: poll every source once, deliver what is due within drain, print the
// summary line to stdout and log the breakdown. failed reports that a post or a source failed,
// or a signal cut the run short (the command exits 1).
func (s *Service) Once(ctx context.Context, drain time.Duration, stdout io.Writer) (failed bool, err error) {
	leases := newLeases(s.st, s.cfg, s.log)
	svc, err := pipeline.New(pipeline.Options{Config: s.cfg, Store: s.st, Channels: s.chans, Logger: s.log, Leases: leases, Replica: leases.Owner().Replica, Chats: chatBuilder(s.cfg, s.log)})
	if err != nil {
		return false, err
	}
	sum, _ := svc.RunOnce(ctx, drain)
	logSummary(s.log, s.cfg.File(), sum)
	fmt.Fprintln(stdout, summaryLine(sum))
	return sum.Interrupted || sum.Failed > 0 || sum.SourcesFailed > 0, nil
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
