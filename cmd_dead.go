package main

import (
	"context"
	"fmt"
	"io"
)

func cmdDead(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("dead")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	limit := fs.Int("n", 50, "list: show the newest `N` dead letters")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 0:
		return argsErr("dead", "needs an action: list, retry or drop")
	case pos[0] != "list" && pos[0] != "retry" && pos[0] != "drop":
		return argsErr("dead", fmt.Sprintf("unknown action %q (use list, retry or drop)", pos[0]))
	case pos[0] != "list" && len(pos) != 2:
		return argsErr("dead", fmt.Sprintf("%s needs one dead-letter ID, or all", pos[0]))
	}
	svc, err := open(ctx, *cfgPath, stderr)
	if err != nil {
		return err
	}
	defer svc.Close()
	switch pos[0] {
	case "list":
		return svc.DeadList(ctx, *limit, stdout)
	case "retry":
		return svc.DeadRetry(ctx, pos[1], stdout)
	default:
		return svc.DeadDrop(ctx, pos[1], stdout)
	}
}
