package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"paperboy/core/pipeline"
)

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "configuration file")
	once := fs.Bool("once", false, "poll every source once, deliver what is due, print a summary and exit")
	drain := fs.Duration("drain-timeout", 2*time.Minute, "with --once: how long to wait for retries")
	grace := fs.Duration("grace", 20*time.Second, "on SIGTERM: how long in-flight sends may take")
	if _, err := parseInterleaved(fs, args); err != nil {
		return exitError{code: exitUsage}
	}
	cfg, chans, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	log := newLogger(cfg, stderr)
	st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: chans, Logger: log})
	if err != nil {
		return err
	}
	if *once {
		sum, err := svc.RunOnce(ctx, *drain)
		fmt.Fprintf(stdout, "run: %d articles, %d delivered, %d duplicates skipped, %d failed\n", sum.Articles, sum.Delivered, sum.Duplicates, sum.Failed)
		if err != nil {
			return err
		}
		if sum.Failed > 0 {
			return exitError{code: 1}
		}
		return nil
	}
	log.Info("paperboy starting", "version", version, "sources", len(cfg.Sources), "channels", len(chans))
	errc := make(chan error, 1)
	if cfg.HTTP.Listen != "" {
		go func() {
			errc <- pipeline.Serve(ctx, cfg.HTTP.Listen, svc.NewMux(), func(a net.Addr) { log.Info("http listening", "addr", a.String()) })
		}()
	} else {
		errc <- nil
	}
	runErr := svc.Run(ctx, *grace)
	if err := <-errc; err != nil && runErr == nil {
		return err
	}
	return runErr
}

func cmdCheckConfig(args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return usageErr("usage: paperboy check-config FILE")
	}
	cfg, chans, err := loadConfig(args[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: ok (%d sources, %d channels, %d routes)\n", args[0], len(cfg.Sources), len(chans), len(cfg.Routes))
	return nil
}

// cmdHealth is the container health check: distroless images have no curl.
func cmdHealth(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("health", flag.ContinueOnError)
	fs.SetOutput(stderr)
	url := fs.String("url", "http://127.0.0.1:8080/healthz", "health endpoint to check")
	if _, err := parseInterleaved(fs, args); err != nil {
		return exitError{code: exitUsage}
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
