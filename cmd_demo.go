package main

import (
	"context"
	"fmt"
	"io"

	"paperboy/app"
)

func cmdDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("demo")
	stateDir := fs.String("state", "", "`DIR` for the embedded store; run twice with the same one and the second run posts nothing (default: a fresh temporary directory)")
	verbose := fs.Bool("v", false, "log every step to stderr")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return argsErr("demo", fmt.Sprintf("takes no arguments (got %q)", pos[0]))
	}
	return app.Demo(ctx, *stateDir, *verbose, stdout, stderr)
}
