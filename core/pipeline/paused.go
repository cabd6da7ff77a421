package pipeline

import (
	"context"
	"fmt"
	"time"
)

// PausedChannel is a channel that delivers nothing until it is resumed.
type PausedChannel struct {
	Name   string
	Since  time.Time // zero when the pause predates recorded times
	Reason string    // why it was paused; "" when nobody said
	Queued int64     // posts waiting for it
}

// configPauseReason is the recorded reason for `paused: true` in the configuration.
const configPauseReason = "paused in the configuration (paused: true)"

// PausedChannels lists the configured channels that are paused now, in configuration order.
func (s *Service) PausedChannels(ctx context.Context) []PausedChannel {
	var out []PausedChannel
	for _, name := range s.order {
		p, paused, err := s.st.PauseInfo(ctx, "channel", name)
		if err != nil || !paused {
			continue
		}
		n, _ := s.st.Pending(ctx, name)
		out = append(out, PausedChannel{Name: name, Since: p.Since, Reason: p.Reason, Queued: n})
	}
	return out
}

// announcePaused pauses the channels the configuration starts paused, then says which channels
// are paused, since when and why, and how to resume them: a paused channel otherwise looks like
// one that silently delivers nothing.
func (s *Service) announcePaused(ctx context.Context) {
	for _, cc := range s.cfg.Channels {
		if cc.Paused {
			if err := s.st.PauseBecause(ctx, "channel", cc.Name, configPauseReason); err != nil {
				s.log.Error("could not pause a channel the configuration starts paused", "channel", cc.Name, "err", err)
			}
		}
	}
	for _, p := range s.PausedChannels(ctx) {
		s.log.Warn("channel paused: nothing is sent to it until it is resumed", p.Attrs(s.cfg.File())...)
	}
}

// Attrs are the log attributes that describe the pause, with the command that lifts it.
func (p PausedChannel) Attrs(configFile string) []any {
	since := "unknown"
	if !p.Since.IsZero() {
		since = p.Since.Local().Format(time.RFC3339)
	}
	reason := p.Reason
	if reason == "" {
		reason = "not recorded (paused by an editor or an older version)"
	}
	return []any{"channel", p.Name, "since", since, "reason", reason, "queued", p.Queued,
		"resume", fmt.Sprintf("paperboy channels resume %s --config %s (or /resume %s in chat)", p.Name, configOrDefault(configFile), p.Name)}
}

func configOrDefault(f string) string {
	if f == "" {
		return "config.yaml"
	}
	return f
}
