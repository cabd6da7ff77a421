package main

import (
	"context"
	"io"
)

func cmdPush(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("push")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	var to multiFlag
	fs.Var(&to, "to", "`CHANNEL` name to post to; repeat for several (default: where the routes send source push, else every channel)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return argsErr("push", "needs one article URL")
	}
	svc, err := open(ctx, *cfgPath, stderr)
	if err != nil {
		return err
	}
	defer svc.Close()
	return svc.Push(ctx, pos[0], to, stdout)
}

func cmdPreview(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("preview")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	as := fs.String("as", "", "print the exact request of this `CHANNEL` name or TYPE (telegram, discord, slack…) instead of plain text")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return argsErr("preview", "needs one article URL")
	}
	svc, err := open(ctx, *cfgPath, stderr)
	if err != nil {
		return err
	}
	defer svc.Close()
	return svc.Preview(ctx, pos[0], *as, stdout)
}
