package app

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"paperboy/core/store"
)

// ChannelsList prints every configured channel with its pause state (since when, why) and the
// posts waiting in its queue.
func (s *Service) ChannelsList(ctx context.Context, stdout io.Writer) error {
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CHANNEL\tTYPE\tSTATE\tQUEUED\tPAUSED SINCE\tREASON")
	for _, ch := range s.cfg.Channels {
		p, paused, err := s.st.PauseInfo(ctx, "channel", ch.Name)
		if err != nil {
			return err
		}
		n, err := s.st.Pending(ctx, ch.Name)
		if err != nil {
			return err
		}
		state, since, why := "active", "-", "-"
		if paused {
			state, since, why = "paused", "unknown", p.Reason
			if !p.Since.IsZero() {
				since = p.Since.Local().Format(time.RFC3339)
			}
			if why == "" {
				why = "(not recorded)"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", ch.Name, ch.Type, state, n, since, why)
	}
	return tw.Flush()
}

// Pause stops deliveries to the channel name (posts keep queueing), for reason.
func (s *Service) Pause(ctx context.Context, name, reason string, stdout io.Writer) error {
	if p, paused, err := s.st.PauseInfo(ctx, "channel", name); err != nil {
		return err
	} else if paused {
		fmt.Fprintf(stdout, "%s was already paused %s\n", name, describePause(p))
		return nil
	}
	why := strings.TrimSpace(reason)
	if why == "" {
		why = "paused from the command line"
	}
	if err := s.st.PauseBecause(ctx, "channel", name, why); err != nil {
		return err
	}
	n, _ := s.st.Pending(ctx, name)
	fmt.Fprintf(stdout, "%s paused: nothing is sent to it until `paperboy channels resume %s --config %s`; %d posts queued\n", name, name, s.path, n)
	return nil
}

// Resume starts deliveries to the channel name again.
func (s *Service) Resume(ctx context.Context, name string, stdout io.Writer) error {
	p, paused, err := s.st.PauseInfo(ctx, "channel", name)
	if err != nil {
		return err
	}
	if !paused {
		fmt.Fprintf(stdout, "%s is not paused\n", name)
		return nil
	}
	if err := s.st.SetPaused(ctx, "channel", name, false); err != nil {
		return err
	}
	n, _ := s.st.Pending(ctx, name)
	fmt.Fprintf(stdout, "%s resumed (it was paused %s); its %d queued posts go out with the running service or the next run --once\n", name, describePause(p), n)
	for _, ch := range s.cfg.Channels {
		if ch.Name == name && ch.Paused {
			fmt.Fprintf(stdout, "note: the configuration says paused: true for %s, so the next start pauses it again\n", name)
		}
	}
	return nil
}

// describePause is "since <time>: <reason>" for messages.
func describePause(p store.Pause) string {
	s := "since an unrecorded time"
	if !p.Since.IsZero() {
		s = "since " + p.Since.Local().Format(time.RFC3339)
	}
	if p.Reason != "" {
		s += ": " + p.Reason
	}
	return s
}
