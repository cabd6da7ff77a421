package main

import (
	"context"
	"fmt"
	"io"

	"paperboy/core/outbox"
)

// cmdCorrect re-reads an article and queues the update of every post of it.
func cmdCorrect(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("correct")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	reason := fs.String("reason", "", "why, kept in the audit trail (`TEXT`)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return argsErr("correct", "needs one article URL")
	}
	svc, cleanup, err := service(ctx, *cfgPath, stderr)
	if err != nil {
		return err
	}
	defer cleanup()
	ps, err := svc.Posts(ctx, pos[0])
	if err != nil {
		return err
	}
	if len(ps.Posts) == 0 {
		return fmt.Errorf("correct: %s was not posted anywhere", pos[0])
	}
	a, err := svc.Preview(ctx, pos[0])
	if err != nil {
		return err
	}
	after := a.Post()
	fmt.Fprintf(stdout, "correct: %s\n  before: %s — %s\n  after:  %s — %s\n", ps.URL, ps.Shown.Title, ps.Shown.Summary, after.Title, after.Summary)
	res, err := svc.Correct(ctx, ps.ArticleID, after, *reason, "cli")
	printPlanned(stdout, res)
	return err
}

// cmdRetract queues the withdrawal of every post of an article.
func cmdRetract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("retract")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	reason := fs.String("reason", "", "why, shown where a post is edited into a withdrawal notice (`TEXT`)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return argsErr("retract", "needs one article URL")
	}
	svc, cleanup, err := service(ctx, *cfgPath, stderr)
	if err != nil {
		return err
	}
	defer cleanup()
	ps, err := svc.Posts(ctx, pos[0])
	if err != nil {
		return err
	}
	if len(ps.Posts) == 0 {
		return fmt.Errorf("retract: %s was not posted anywhere", pos[0])
	}
	fmt.Fprintf(stdout, "retract: %s — %s\n", ps.URL, ps.Shown.Title)
	res, err := svc.Retract(ctx, ps.ArticleID, *reason, "cli")
	printPlanned(stdout, res)
	return err
}

func printPlanned(w io.Writer, res []outbox.Planned) {
	for _, r := range res {
		fmt.Fprintf(w, "  %s: %s\n", r.Channel, r.Outcome)
	}
}
