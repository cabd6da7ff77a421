package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	berrors "go.etcd.io/bbolt/errors"

	"paperboy/config"
	"paperboy/core/store"
)

// cmdChannels lists channels with their pause state and queue, and pauses or resumes one: the
// command-line twin of /pause and /resume in chat, on either store.
func cmdChannels(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("channels")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	reason := fs.String("reason", "", "with pause: why (`TEXT`), shown by list and logged at every start until resumed")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return argsErr("channels", "needs a verb: list, pause or resume")
	}
	verb := pos[0]
	switch {
	case verb == "list" && len(pos) == 1:
	case (verb == "pause" || verb == "resume") && len(pos) == 2:
	case verb == "pause" || verb == "resume":
		return argsErr("channels", verb+" needs exactly one channel NAME")
	case verb == "list":
		return argsErr("channels", "list takes no NAME")
	default:
		return argsErr("channels", fmt.Sprintf("unknown verb %q (use list, pause or resume)", verb))
	}
	cfg, _, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	var name, typ string
	if verb != "list" {
		name = pos[1]
		if typ = channelType(cfg, name); typ == "" {
			return usageErr("channels: no channel named %q in %s (channels: %s)", name, *cfgPath, strings.Join(channelNames(cfg), ", "))
		}
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return fmt.Errorf("channels: the embedded store %s is in use by a running paperboy (only one process may open it): use /pause and /resume in chat or the dashboard, or stop the service first", cfg.Store.Path)
		}
		return err
	}
	defer st.Close()
	switch verb {
	case "list":
		return listChannels(ctx, cfg, st, stdout)
	case "pause":
		if p, paused, err := st.PauseInfo(ctx, "channel", name); err != nil {
			return err
		} else if paused {
			fmt.Fprintf(stdout, "%s was already paused %s\n", name, describePause(p))
			return nil
		}
		why := strings.TrimSpace(*reason)
		if why == "" {
			why = "paused from the command line"
		}
		if err := st.PauseBecause(ctx, "channel", name, why); err != nil {
			return err
		}
		n, _ := st.Pending(ctx, name)
		fmt.Fprintf(stdout, "%s paused: nothing is sent to it until `paperboy channels resume %s --config %s`; %d posts queued\n", name, name, *cfgPath, n)
		return nil
	default: // resume
		p, paused, err := st.PauseInfo(ctx, "channel", name)
		if err != nil {
			return err
		}
		if !paused {
			fmt.Fprintf(stdout, "%s is not paused\n", name)
			return nil
		}
		if err := st.SetPaused(ctx, "channel", name, false); err != nil {
			return err
		}
		n, _ := st.Pending(ctx, name)
		fmt.Fprintf(stdout, "%s resumed (it was paused %s); its %d queued posts go out with the running service or the next run --once\n", name, describePause(p), n)
		if channelStartsPaused(cfg, name) {
			fmt.Fprintf(stdout, "note: the configuration says paused: true for %s, so the next start pauses it again\n", name)
		}
		return nil
	}
}

func listChannels(ctx context.Context, cfg *config.Config, st store.Store, stdout io.Writer) error {
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CHANNEL\tTYPE\tSTATE\tQUEUED\tPAUSED SINCE\tREASON")
	for _, ch := range cfg.Channels {
		p, paused, err := st.PauseInfo(ctx, "channel", ch.Name)
		if err != nil {
			return err
		}
		n, err := st.Pending(ctx, ch.Name)
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

func channelType(cfg *config.Config, name string) string {
	for _, ch := range cfg.Channels {
		if ch.Name == name {
			return ch.Type
		}
	}
	return ""
}

func channelStartsPaused(cfg *config.Config, name string) bool {
	for _, ch := range cfg.Channels {
		if ch.Name == name {
			return ch.Paused
		}
	}
	return false
}

func channelNames(cfg *config.Config) []string {
	var out []string
	for _, ch := range cfg.Channels {
		out = append(out, ch.Name)
	}
	return out
}
