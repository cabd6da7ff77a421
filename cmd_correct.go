package main

import (
	"context"
	"io"
)

func cmdCorrect(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return correction(ctx, "correct", "why, kept in the audit trail (`TEXT`)", args, stdout, stderr)
}

func cmdRetract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return correction(ctx, "retract", "why, shown where a post is edited into a withdrawal notice (`TEXT`)", args, stdout, stderr)
}

// correction parses `correct|retract --config FILE URL [--reason TEXT]` and runs it.
func correction(ctx context.Context, name, reasonHelp string, args []string, stdout, stderr io.Writer) error {
	fs := newFlags(name)
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	reason := fs.String("reason", "", reasonHelp)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return argsErr(name, "needs one article URL")
	}
	svc, err := open(ctx, *cfgPath, stderr)
	if err != nil {
		return err
	}
	defer svc.Close()
	if name == "retract" {
		return svc.Retract(ctx, pos[0], *reason, stdout)
	}
	return svc.Correct(ctx, pos[0], *reason, stdout)
}
