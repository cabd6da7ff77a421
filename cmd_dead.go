package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"
)

func cmdDead(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("dead", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "configuration file")
	limit := fs.Int("n", 50, "list: how many")
	pos, err := parseInterleaved(fs, args)
	if err != nil || len(pos) == 0 {
		return usageErr("usage: paperboy dead list|retry|drop --config FILE [ID|all]")
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
		if len(pos) != 2 {
			return usageErr("usage: paperboy dead %s --config FILE ID|all", pos[0])
		}
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
	return usageErr("usage: paperboy dead list|retry|drop --config FILE [ID|all]")
}
