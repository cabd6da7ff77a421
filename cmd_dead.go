package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

func cmdDead(ctx context.Context, args []string, stdout, _ io.Writer) error {
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
	cfg, _, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	switch pos[0] {
	case "list":
		dl, err := st.DeadList(ctx, *limit)
		if err != nil {
			return err
		}
		for _, d := range dl {
			fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\t%s\n", d.ID, d.At.Format(time.RFC3339), d.Entry.Channel, d.Entry.ArticleID, d.Reason)
		}
		fmt.Fprintf(stdout, "dead: %d letters\n", len(dl))
		return nil
	case "retry", "drop":
		ids := []string{pos[1]}
		if pos[1] == "all" {
			dl, err := st.DeadList(ctx, 10000)
			if err != nil {
				return err
			}
			ids = ids[:0]
			for _, d := range dl {
				ids = append(ids, d.ID)
			}
		}
		for _, id := range ids {
			op := st.DeadRetry
			if pos[0] == "drop" {
				op = st.DeadDrop
			}
			if err := op(ctx, id); err != nil {
				return fmt.Errorf("dead %s %s: %w", pos[0], id, err)
			}
		}
		fmt.Fprintf(stdout, "dead: %s %d letters\n", pos[0], len(ids))
		return nil
	}
	return argsErr("dead", fmt.Sprintf("unknown action %q (use list, retry or drop)", pos[0]))
}
