// Package app assembles a running paperboy from a configuration: the store, the sources and
// channels (through the bots registry), delivery, the editor bots, the dashboard and metrics.
// It offers what the command line needs (run, run --once, push, preview, dead letters,
// channels, extract, demo), so the main package only parses flags and maps errors to exit
// codes; nothing there knows outbox keys, store types or platforms.
package app

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

	berrors "go.etcd.io/bbolt/errors"

	"paperboy/bots"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/pipeline"
	"paperboy/core/redact"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
	"paperboy/core/store/redis"
)

// Service is a loaded configuration with its channels built, and its store once opened.
type Service struct {
	path   string
	cfg    *config.Config
	chans  []channel.Channel
	log    *slog.Logger
	stderr io.Writer
	st     store.Store
}

// ConfigError is a configuration that cannot be used (the command line exits 2 on it).
type ConfigError struct{ Err error }

// Error is the problem as config or the platform package worded it (file, line and key).
func (e *ConfigError) Error() string { return e.Err.Error() }

// Unwrap gives errors.Is and errors.As the underlying error.
func (e *ConfigError) Unwrap() error { return e.Err }

// StoreInUse reports whether err says the embedded store is open in another process (only
// one process may open it).
func StoreInUse(err error) bool { return errors.Is(err, berrors.ErrTimeout) }

// Load reads the configuration at path and builds its channels, contacting nothing. Logs go to
// stderr, every configured secret masked. Problems are *ConfigError.
func Load(path string, stderr io.Writer) (*Service, error) {
	cfg, chans, err := load(path)
	if err != nil {
		return nil, err
	}
	return &Service{path: path, cfg: cfg, chans: chans, log: newLogger(cfg, stderr), stderr: stderr}, nil
}

// load reads a configuration and builds its channels.
func load(path string) (*config.Config, []channel.Channel, error) {
	if path == "" {
		return nil, nil, &ConfigError{errors.New("paperboy: --config FILE is required")}
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, nil, &ConfigError{err}
	}
	// Lead images are fetched through the same guard and limits as feeds (fetch.allow_private).
	chans, err := bots.Build(cfg, channel.Options{Media: pipeline.NewFetcher(cfg)})
	if err = errors.Join(err, bots.CheckListeners(cfg)); err != nil {
		return nil, nil, &ConfigError{err}
	}
	return cfg, chans, nil
}

// Config is the loaded configuration.
func (s *Service) Config() *config.Config { return s.cfg }

// Channels is how many channels the configuration built.
func (s *Service) Channels() int { return len(s.chans) }

// Open opens the store: Redis when configured, else the embedded store.
func (s *Service) Open(ctx context.Context) error {
	st, err := openStore(ctx, s.cfg)
	if err != nil {
		return err
	}
	s.st = st
	return nil
}

// Close closes the store, if open.
func (s *Service) Close() {
	if s.st != nil {
		s.st.Close()
		s.st = nil
	}
}

// pipeline builds a pipeline on the open store for a one-shot command.
func (s *Service) pipeline() (*pipeline.Service, error) {
	return pipeline.New(pipeline.Options{Config: s.cfg, Store: s.st, Channels: s.chans, Logger: s.log})
}

// openStore opens Redis when configured, else the embedded store.
func openStore(ctx context.Context, cfg *config.Config) (store.Store, error) {
	if cfg.Store.Redis.Enabled() {
		r := cfg.Store.Redis
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		st, err := redis.Open(cctx, redis.Options{URL: r.URL, Addrs: r.Addrs, MasterName: r.MasterName, Password: r.Password, Prefix: r.Prefix, MinPool: redis.PoolFor(len(cfg.Channels) + chatConns(cfg))},
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

// chatConns is the part of the Redis pool for readers' and communities' chats: their workers
// wait for pushed wake-ups, not on a blocking read, so they share connections instead of
// holding one each; 256 lets a few hundred of them look at their outboxes together (a wake-up
// of every chat is paced to 5,000 a second).
func chatConns(cfg *config.Config) int {
	if cfg.Readers.Enabled || cfg.Communities.Enabled {
		return 256
	}
	return 0
}
