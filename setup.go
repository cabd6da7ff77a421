package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"paperboy/bots"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/pipeline"
	"paperboy/core/redact"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
	"paperboy/core/store/redis"
)

// loadConfig loads a configuration and builds its channels; problems are usage errors (exit 2).
func loadConfig(path string) (*config.Config, []channel.Channel, error) {
	if path == "" {
		return nil, nil, usageErr("paperboy: --config FILE is required")
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, nil, exitError{code: exitUsage, msg: err.Error()}
	}
	// Lead images are fetched through the same guard and limits as feeds (fetch.allow_private).
	chans, err := bots.Build(cfg, channel.Options{Media: pipeline.NewFetcher(cfg)})
	err = errors.Join(err, bots.CheckListeners(cfg))
	if err != nil {
		return nil, nil, exitError{code: exitUsage, msg: err.Error()}
	}
	return cfg, chans, nil
}

// openStore opens Redis when configured, else the embedded store.
func openStore(ctx context.Context, cfg *config.Config) (store.Store, error) {
	if cfg.Store.Redis.Enabled() {
		r := cfg.Store.Redis
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		st, err := redis.Open(cctx, redis.Options{URL: r.URL, Addrs: r.Addrs, MasterName: r.MasterName, Password: r.Password, Prefix: r.Prefix, MinPool: redis.PoolFor(len(cfg.Channels))},
			redis.WithClaimTTL(cfg.Store.ClaimTTL))
		if err != nil {
			return nil, fmt.Errorf("store: cannot reach the Redis that %s names (%s): %w\n"+
				"Start it (deploy/compose.yaml, deploy/k8s and the Helm chart ship one), fix store.redis, "+
				"or remove store.redis to use the embedded store (one replica only)", cfg.File(), redisWhere(r), err)
		}
		return st, nil
	}
	if dir := filepath.Dir(cfg.Store.Path); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	return bolt.Open(cfg.Store.Path)
}

// newLogger builds the process logger from the configuration; every secret the configuration
// holds is masked in every line.
func newLogger(cfg *config.Config, w io.Writer) *slog.Logger {
	return slog.New(redact.New(baseHandler(cfg.Log, w), cfg.Secrets()))
}

func baseHandler(cfg config.Log, w io.Writer) slog.Handler {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.Level))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.Format == "json" || (cfg.Format == "" && !isTerminal(w)) {
		return slog.NewJSONHandler(w, opts)
	}
	return slog.NewTextHandler(w, opts)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// redisWhere names the configured Redis for an error, without its password.
func redisWhere(r config.Redis) string {
	if r.URL != "" {
		if u, err := url.Parse(r.URL); err == nil {
			return u.Redacted()
		}
		return "store.redis.url"
	}
	where := strings.Join(r.Addrs, ", ")
	if r.MasterName != "" {
		where = "sentinel master " + r.MasterName + " via " + where
	}
	return where
}
