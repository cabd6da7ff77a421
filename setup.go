package main

import (
	"context"
	"errors"
	"io"

	"paperboy/app"
)

// load loads a configuration and builds its channels; problems are usage errors (exit 2).
func load(path string, stderr io.Writer) (*app.Service, error) {
	svc, err := app.Load(path, stderr)
	var ce *app.ConfigError
	if errors.As(err, &ce) {
		return nil, exitError{code: exitUsage, msg: ce.Error()}
	}
	return svc, err
}

// open is load, then the store opened.
func open(ctx context.Context, path string, stderr io.Writer) (*app.Service, error) {
	svc, err := load(path, stderr)
	if err != nil {
		return nil, err
	}
	if err := svc.Open(ctx); err != nil {
		return nil, err
	}
	return svc, nil
}
