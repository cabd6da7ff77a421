package main

import (
	"context"
	"io"
	"os"

	"paperboy/app"
)

// passwordInput is where hash-password reads the password: the terminal, or a pipe.
var passwordInput = os.Stdin

func cmdHashPassword(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("hash-password")
	cost := fs.Int("cost", app.DefaultBcryptCost, "bcrypt cost `N`, 10 to 16: each step doubles the work of a sign-in and of a guess")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return argsErr("hash-password", "takes no arguments: a password on the command line would be kept in the shell history and shown in ps; type it at the prompt or pipe it")
	}
	if *cost < app.MinBcryptCost || *cost > app.MaxBcryptCost {
		return usageErr("paperboy hash-password: --cost %d is out of range (10 to 16)", *cost)
	}
	return app.HashPassword(passwordInput, *cost, stdout, stderr)
}
