package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"paperboy/app"
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
	svc, err := load(*cfgPath, stderr)
	if err != nil {
		return err
	}
	var name string
	if verb != "list" {
		name = pos[1]
		var names []string
		known := false
		for _, ch := range svc.Config().Channels {
			names = append(names, ch.Name)
			known = known || ch.Name == name
		}
		if !known {
			return usageErr("channels: no channel named %q in %s (channels: %s)", name, *cfgPath, strings.Join(names, ", "))
		}
	}
	if err := svc.Open(ctx); err != nil {
		if app.StoreInUse(err) {
			return fmt.Errorf("channels: the embedded store %s is in use by a running paperboy (only one process may open it): use /pause and /resume in chat or the dashboard, or stop the service first", svc.Config().Store.Path)
		}
		return err
	}
	defer svc.Close()
	switch verb {
	case "list":
		return svc.ChannelsList(ctx, stdout)
	case "pause":
		return svc.Pause(ctx, name, *reason, stdout)
	default:
		return svc.Resume(ctx, name, stdout)
	}
}
