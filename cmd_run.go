package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"paperboy/app"
)

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("run")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	once := fs.Bool("once", false, "poll every source once, deliver what is due, print a summary and exit (non-zero when something failed)")
	drain := fs.Duration("drain-timeout", 2*time.Minute, "with --once: the longest the whole run takes, polls included, whatever the channels do (`DURATION`, e.g. 90s, 5m); undelivered posts stay queued for the next run")
	grace := fs.Duration("grace", 20*time.Second, "on SIGTERM: give in-flight sends up to `DURATION` before the process exits")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return argsErr("run", fmt.Sprintf("takes no arguments (got %q; the configuration goes after --config)", pos[0]))
	}
	svc, err := open(ctx, *cfgPath, stderr)
	if err != nil {
		return err
	}
	defer svc.Close()
	if *once {
		failed, err := svc.Once(ctx, *drain, stdout)
		if err == nil && failed {
			err = exitError{code: 1}
		}
		return err
	}
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	return svc.Serve(ctx, runOptions(*grace, hup))
}

// runOptions are how `run` serves: this build's version, reloads on hup.
func runOptions(grace time.Duration, hup <-chan os.Signal) app.RunOptions {
	return app.RunOptions{Grace: grace, Reload: hup, Version: build.Version, Revision: build.Revision}
}

func cmdCheckConfig(_ context.Context, args []string, stdout, _ io.Writer) error {
	fs := newFlags("check-config")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return argsErr("check-config", "needs one configuration FILE")
	}
	svc, err := load(pos[0], io.Discard)
	if err != nil {
		return err
	}
	cfg := svc.Config()
	fmt.Fprintf(stdout, "%s: ok (%d sources, %d channels, %d routes)\n", pos[0], len(cfg.Sources), svc.Channels(), len(cfg.Routes))
	return nil
}

// cmdHealth is the container health check: distroless images have no curl.
func cmdHealth(ctx context.Context, args []string, stdout, _ io.Writer) error {
	fs := newFlags("health")
	url := fs.String("url", "http://127.0.0.1:8080/healthz", "the service's health endpoint `URL` (http.listen + /healthz)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return argsErr("health", fmt.Sprintf("takes no arguments (got %q; use --url)", pos[0]))
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		return usageErr("health: %v", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("health: %s answered %d", *url, resp.StatusCode)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}
