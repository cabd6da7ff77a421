// Package pipeline wires the stages — sources, extraction, summaries, routes, the outbox and
// the delivery workers — into one Service with graceful shutdown, health and metrics.
package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"time"

	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/deliver"
	"paperboy/core/editor"
	"paperboy/core/fetch"
	"paperboy/core/metrics"
	"paperboy/core/route"
	"paperboy/core/source"
	"paperboy/core/store"
)

// Options are what a Service is built from; main builds the channels (only it and bots know
// every platform) and the store.
type Options struct {
	Config   *config.Config
	Store    store.Store
	Channels []channel.Channel
	Fetcher  source.Fetcher   // nil = a fetch.Client from Config.Fetch
	Metrics  *metrics.Metrics // nil = a new registry
	Logger   *slog.Logger     // nil = slog.Default()
	Observer deliver.Observer // optional: told about every delivery outcome
	Replica  string           // this replica's name (outbox consumer, lease owner); "" = host-pid
	Now      func() time.Time // nil = time.Now
}

// Service runs paperboy.
type Service struct {
	cfg      *config.Config
	st       store.Store
	fetcher  source.Fetcher
	m        *metrics.Metrics
	log      *slog.Logger
	router   *route.Router
	channels map[string]channel.Channel
	order    []string // channel names in configuration order
	sources  []*watched
	workers  []*deliver.Worker
	replica  string
	now      func() time.Time
	observer deliver.Observer

	mu       sync.Mutex
	draining bool
	recent   []editor.Delivery // latest deliveries, for /recent
}

type watched struct {
	cfg config.Source
	w   source.Watcher
	loc *time.Location
}

// New builds a Service.
func New(o Options) (*Service, error) {
	cfg := o.Config
	if cfg == nil || o.Store == nil {
		return nil, fmt.Errorf("pipeline: config and store are required")
	}
	s := &Service{
		cfg: cfg, st: o.Store, fetcher: o.Fetcher, m: o.Metrics, log: o.Logger,
		channels: map[string]channel.Channel{}, replica: o.Replica, now: o.Now, observer: o.Observer,
	}
	if s.m == nil {
		s.m = metrics.New()
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.replica == "" {
		host, _ := os.Hostname()
		s.replica = host + "-" + strconv.Itoa(os.Getpid())
	}
	if s.fetcher == nil {
		s.fetcher = fetch.New(fetch.Config{
			Timeout: cfg.Fetch.Timeout, MaxBody: int64(cfg.Fetch.MaxBody), AllowPrivate: cfg.Fetch.AllowPrivate,
			UserAgent: cfg.Fetch.UserAgent, PerHost: cfg.Fetch.PerHost,
		})
	}
	r, err := route.New(cfg)
	if err != nil {
		return nil, err
	}
	s.router = r
	for _, ch := range o.Channels {
		s.channels[ch.Name()] = ch
		s.order = append(s.order, ch.Name())
	}
	for _, sc := range cfg.Sources {
		loc, err := time.LoadLocation(sc.Timezone)
		if err != nil {
			return nil, fmt.Errorf("pipeline: source %s: %w", sc.Name, err)
		}
		var w source.Watcher
		switch sc.Type {
		case "feed":
			w = source.NewFeed(sc.Name, sc.URL, s.fetcher, loc, sc.MaxItems)
		default:
			return nil, fmt.Errorf("pipeline: source %s: unknown type %q", sc.Name, sc.Type)
		}
		s.sources = append(s.sources, &watched{cfg: sc, w: w, loc: loc})
	}
	creds := &deliver.Credentials{}
	inDoubt := map[string]string{}
	for _, cc := range cfg.Channels {
		inDoubt[cc.Name] = cc.InDoubt
	}
	for _, name := range s.order {
		set := deliver.Settings{
			MaxAttempts: cfg.Deliver.MaxAttempts, BackoffBase: cfg.Deliver.BackoffBase, BackoffMax: cfg.Deliver.BackoffMax,
			Lease: cfg.Deliver.Lease, InDoubt: inDoubt[name], BreakerAfter: cfg.Deliver.BreakerAfter, Consumer: s.replica,
		}
		s.workers = append(s.workers, deliver.NewWorker(s.channels[name], s.st, set, creds, s.m, s.log, s.observe))
	}
	return s, nil
}

// Metrics returns the service's metrics.
func (s *Service) Metrics() *metrics.Metrics { return s.m }

// Config returns the configuration the service runs.
func (s *Service) Config() *config.Config { return s.cfg }

// Store returns the service's store.
func (s *Service) Store() store.Store { return s.st }

// ChannelNames lists the configured channels in order.
func (s *Service) ChannelNames() []string { return append([]string(nil), s.order...) }

// Channel returns a configured channel by name.
func (s *Service) Channel(name string) (channel.Channel, bool) {
	ch, ok := s.channels[name]
	return ch, ok
}

func (s *Service) observe(ev deliver.Event) {
	if ev.Outcome == deliver.Delivered {
		s.remember(ev)
	}
	s.mu.Lock()
	obs := s.observer
	s.mu.Unlock()
	if obs != nil {
		obs(ev)
	}
}

// Run polls every source on its schedule and delivers until ctx ends; then it stops taking new
// work and gives in-flight sends up to grace to finish.
func (s *Service) Run(ctx context.Context, grace time.Duration) error {
	sendCtx, cancelSends := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelSends()
	var wg sync.WaitGroup
	for _, w := range s.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.Run(ctx, sendCtx)
		}()
	}
	var pollers sync.WaitGroup
	for _, src := range s.sources {
		pollers.Add(1)
		go func() {
			defer pollers.Done()
			s.schedule(ctx, src)
		}()
	}
	<-ctx.Done()
	s.mu.Lock()
	s.draining = true
	s.mu.Unlock()
	s.log.Info("shutting down: finishing in-flight sends", "grace", grace)
	stop := time.AfterFunc(grace, cancelSends)
	defer stop.Stop()
	pollers.Wait()
	wg.Wait()
	return nil
}

// Draining reports whether the service is shutting down (readiness goes false).
func (s *Service) Draining() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.draining
}
