// Package pipeline wires the stages — sources, extraction, summaries, routes, the outbox and
// the delivery workers — into one Service with graceful shutdown, health and metrics.
package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/deliver"
	"paperboy/core/editor"
	"paperboy/core/fetch"
	"paperboy/core/lease"
	"paperboy/core/metrics"
	"paperboy/core/route"
	"paperboy/core/shard"
	"paperboy/core/source"
	"paperboy/core/store"
	"paperboy/core/subscribe"
	"paperboy/core/summarize/llm"
)

// Options are what a Service is built from; app builds the channels (only it and bots know
// every platform) and the store.
type Options struct {
	Config   *config.Config
	Store    store.Store
	Channels []channel.Channel
	Fetcher  source.Fetcher   // nil = a fetch.Client from Config.Fetch
	Metrics  *metrics.Metrics // nil = a new registry
	Logger   *slog.Logger     // nil = slog.Default()
	Observer deliver.Observer // optional: told about every delivery outcome
	Replica  string           // this replica's stable name (outbox consumer, lease owner); "" = config replica, else the hostname
	Leases   *lease.Taker     // takes leases as this process; nil = one for Replica with a fresh token
	Now      func() time.Time // nil = time.Now
	// ShardPeriod is how long a silent replica keeps its share of the sources; 0 = shard.DefaultPeriod.
	ShardPeriod time.Duration
	// Chats builds the channel of a reader's or community's chat (nil: chats get no deliveries).
	Chats ChatBuilder
}

// Service runs paperboy.
type Service struct {
	cfg       *config.Config
	st        store.Store
	fetcher   source.Fetcher
	m         *metrics.Metrics
	log       *slog.Logger
	router    *route.Router
	channels  map[string]channel.Channel
	order     []string   // channel names in configuration order
	sources   []*watched // the file's sources; the catalog's are in rt
	manual    *watched   // the manual source: editors' pushes
	rt        runtimeSources
	byName    map[string]*watched // the file's sources by name, for the scheduler's polls
	sched     *source.Scheduler   // this replica's share of the sources, while Run runs
	tracker   *shard.Tracker      // the live replicas, while Run runs
	reshardMu sync.Mutex          // one reshard at a time (membership changes and catalog changes)
	wake      *deliver.Wakeups    // pushed wake-ups for idle workers; nil when the store has none

	shardPeriod time.Duration
	// callbacks are the WebSub subscribers: NewMux mounts each at its Path, Run keeps them subscribed.
	callbacks []*source.WebSub
	workers   []*deliver.Worker
	creds     *deliver.Credentials // one per bot token: configured channels and chats share it
	chats     chatSet              // readers' and communities' chats
	replica   string
	leases    *lease.Taker
	now       func() time.Time
	observer  deliver.Observer

	llm *llm.Summarizer // nil-safe: Enabled() is false when not configured

	notify atomic.Pointer[notifierBox] // on_update: notify's announcer (SetNotifier)

	mu       sync.Mutex
	draining bool
	recent   []editor.Delivery // latest deliveries, for /recent
}

type watched struct {
	cfg   *config.Source // the file's entry itself (no copy: 100,000 sources), or the catalog's
	w     source.Watcher
	loc   *time.Location
	sched *source.Schedule // adaptive interval within min_interval/max_interval
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
		manual: manualSource(),
		byName: map[string]*watched{}, shardPeriod: o.ShardPeriod,
		creds: &deliver.Credentials{}, chats: chatSet{build: o.Chats, byKey: map[string]*chatDest{}, readerZone: time.UTC},
	}
	if loc, err := time.LoadLocation(cfg.Readers.Timezone); err == nil {
		s.chats.readerZone = loc // config validated it; UTC only for a hand-made Config
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
		s.replica = lease.Identity(cfg.Replica)
	}
	s.leases = o.Leases
	if s.leases == nil {
		s.leases = lease.NewTaker(o.Store, lease.NewOwner(s.replica), s.log)
	}
	if s.fetcher == nil {
		s.fetcher = NewFetcher(cfg)
	}
	r, err := route.New(cfg)
	if err != nil {
		return nil, err
	}
	s.router = r
	s.rt.reg = subscribe.New(o.Store, cfg)
	if cfg.Summarize.LLM.Enabled {
		// The API is configured by ops (often a local model server), so the plain client,
		// not the SSRF-guarded fetch client; its own timeout bounds every call.
		s.llm = llm.New(cfg.Summarize.LLM, &http.Client{}, llm.WithLogger(s.log))
	}
	for _, ch := range o.Channels {
		s.channels[ch.Name()] = ch
		s.order = append(s.order, ch.Name())
	}
	zones := map[string]*time.Location{} // 10,000 sources in one zone share one copy of it
	for i := range cfg.Sources {
		sc := &cfg.Sources[i]
		loc, ok := zones[sc.Timezone]
		if !ok {
			if loc, err = time.LoadLocation(sc.Timezone); err != nil {
				return nil, fmt.Errorf("pipeline: source %s: %w", sc.Name, err)
			}
			zones[sc.Timezone] = loc
		}
		src := &watched{cfg: sc, loc: loc, sched: source.NewSchedule(sc.Interval, sc.MinInterval, sc.MaxInterval)}
		switch sc.Type {
		case "feed":
			src.w = source.NewFeed(sc.Name, sc.URL, s.fetcher, loc, sc.MaxItems)
		case "sitemap":
			src.w = source.NewSitemap(sc.Name, sc.URL, s.fetcher, loc, sc.MaxItems, s.log)
		case "listing":
			sel := source.Selectors{Link: sc.Selector, Title: sc.TitleSelector, Time: sc.TimeSelector}
			if src.w, err = source.NewListing(sc.Name, sc.URL, s.fetcher, sel, loc, sc.MaxItems, s.log); err != nil {
				return nil, fmt.Errorf("pipeline: source %s: %w", sc.Name, err)
			}
		case "websub":
			ws, err := source.NewWebSub(source.WebSubOptions{
				Name: sc.Name, Topic: sc.URL, Hub: sc.Hub, Secret: sc.Secret, Callback: callbackURL(cfg, *sc),
				Fallback: max(sc.MaxInterval, 6*sc.Interval), AllowPrivate: cfg.Fetch.AllowPrivate,
				Fetcher: s.fetcher, Loc: loc, MaxItems: sc.MaxItems, Log: s.log, Store: s.st, Replica: s.replica,
				Push:    func(ctx context.Context, res *source.Result) { s.pushed(ctx, src, res) },
				Refused: func(reason string) { s.m.WebSubRefused.WithLabelValues(sc.Name, reason).Inc() },
				Client:  hubClient(s.fetcher),
			})
			if err != nil {
				return nil, fmt.Errorf("pipeline: %w", err)
			}
			src.w = ws
			s.callbacks = append(s.callbacks, ws)
			for _, reason := range source.RefusalReasons {
				s.m.WebSubRefused.WithLabelValues(sc.Name, reason) // present at zero
			}
		default:
			return nil, fmt.Errorf("pipeline: source %s: unknown type %q", sc.Name, sc.Type)
		}
		s.sources = append(s.sources, src)
		s.byName[sc.Name] = src
	}
	srcNames := make([]string, len(s.sources))
	for i, src := range s.sources {
		srcNames[i] = src.cfg.Name
	}
	s.m.Init(s.order, srcNames, channel.Reasons(), deliver.InDoubtActions)
	if o.Chats != nil {
		s.m.InitChats([]string{"telegram", "discord"}, channel.Reasons(), deliver.InDoubtActions)
	}
	if _, ok := s.st.(deliver.Signals); ok {
		s.wake = deliver.NewWakeups()
	}
	for _, name := range s.order {
		s.workers = append(s.workers, deliver.NewWorker(s.channels[name], s.st, s.workerSettings(name), s.creds, s.m, s.log, s.observe))
	}
	return s, nil
}

// workerSettings are the delivery settings of the named configured channel ("" for a chat's).
func (s *Service) workerSettings(name string) deliver.Settings {
	d := s.cfg.Deliver
	inDoubt := ""
	for _, cc := range s.cfg.Channels {
		if cc.Name == name {
			inDoubt = cc.InDoubt
		}
	}
	return deliver.Settings{
		MaxAttempts: d.MaxAttempts, BackoffBase: d.BackoffBase, BackoffMax: d.BackoffMax,
		Lease: d.Lease, InDoubt: inDoubt, BreakerAfter: d.BreakerAfter, BreakerTimeout: d.BreakerTimeout, Consumer: s.replica,
		Leases: s.leases, Wake: s.wake,
	}
}

// NewFetcher is the guarded fetch client the fetch: section configures: feeds and pages for
// the pipeline, lead images for the channels that upload them (channel.Options.Media).
// hubClient is the client for WebSub subscription requests: the hub URL may come from the
// feed, so it goes through the fetcher's guarded transport (nil: WebSub's own default, for a
// test fetcher that is not a *fetch.Client).
func hubClient(f source.Fetcher) *http.Client {
	if fc, ok := f.(*fetch.Client); ok {
		return fc.HTTPClient(15 * time.Second)
	}
	return nil
}

func NewFetcher(cfg *config.Config) *fetch.Client {
	return fetch.New(fetch.Config{
		Timeout: cfg.Fetch.Timeout, MaxBody: int64(cfg.Fetch.MaxBody), AllowPrivate: cfg.Fetch.AllowPrivate,
		UserAgent: cfg.Fetch.UserAgent, PerHost: cfg.Fetch.PerHost,
	})
}

// Callbacks maps each WebSub source's callback path to its handler, for the HTTP mux.
func (s *Service) Callbacks() map[string]http.Handler {
	out := make(map[string]http.Handler, len(s.callbacks))
	for _, ws := range s.callbacks {
		out[ws.Path()] = ws
	}
	return out
}

// callbackURL is where a hub reaches a WebSub source: its callback base, or http.listen.
func callbackURL(cfg *config.Config, sc config.Source) string {
	base := strings.TrimSuffix(sc.Callback, "/")
	if base == "" {
		host, port, err := net.SplitHostPort(cfg.HTTP.Listen)
		if err != nil {
			return ""
		}
		if host == "" || host == "0.0.0.0" || host == "::" {
			host = "localhost"
		}
		base = "http://" + net.JoinHostPort(host, port)
	}
	return base + source.CallbackPath(sc.Name)
}

// Leases is how the service takes leases: as this replica, with this process's token.
func (s *Service) Leases() *lease.Taker { return s.leases }

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
	if ev.Err != nil {
		s.chatGone(ev)
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
	s.announcePaused(ctx)
	go s.CheckChannels(ctx)
	var wg sync.WaitGroup
	if sig, ok := s.st.(deliver.Signals); ok && s.wake != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.wake.Run(ctx, sig, s.log)
		}()
	}
	for _, w := range s.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.Run(ctx, sendCtx)
		}()
	}
	s.runChats(ctx, sendCtx, &wg)
	var pollers sync.WaitGroup
	for _, ws := range s.callbacks {
		pollers.Add(1)
		go func() {
			defer pollers.Done()
			_ = ws.Run(ctx)
		}()
	}
	s.runSources(ctx, &pollers)
	pollers.Add(1)
	go func() {
		defer pollers.Done()
		s.followCatalog(ctx, scheduledSet{s})
	}()
	<-ctx.Done()
	s.mu.Lock()
	s.draining = true
	s.mu.Unlock()
	// The caller says why (shutting down, reloading); this is only the mechanics.
	s.log.Debug("pipeline stopping: finishing in-flight sends", "grace", grace)
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

// CheckChannels verifies each channel's credentials once (getMe, auth.test, the webhook…) and
// logs what the platform says, so a wrong token shows at start rather than at the first
// article. A refused credential also pauses the channel, as a refused send would; other
// failures (the platform is down) are only logged. It returns the channels whose check failed.
func (s *Service) CheckChannels(ctx context.Context) map[string]error {
	failed := map[string]error{}
	scoped := map[string]error{} // check scope → its outcome, so a shared token is asked once
	for _, name := range s.order {
		ck, ok := s.channels[name].(channel.Checker)
		if !ok {
			continue
		}
		scope := ""
		if sc, ok := ck.(channel.CheckScoper); ok {
			scope = sc.CheckScope()
		}
		err, done := scoped[scope]
		if scope == "" || !done {
			cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
			err = ck.Check(cctx)
			cancel()
			if scope != "" {
				scoped[scope] = err
			}
		}
		if err == nil {
			s.log.Info("channel credentials accepted", "channel", name)
			continue
		}
		failed[name] = err
		if ce := channel.Classify(err); ce.Reason == channel.Unauthorized {
			s.log.Error("channel refused at start: channel paused; fix the cause, then resume it", "channel", name, "err", err, "fix", ce.Remedy(),
				"resume", fmt.Sprintf("paperboy channels resume %s --config %s", name, configOrDefault(s.cfg.File())))
			if perr := s.st.PauseBecause(ctx, "channel", name, "refused at start: "+ce.Cause()+" — "+ce.Remedy()); perr != nil {
				s.log.Error("pause channel", "channel", name, "err", perr)
			}
			continue
		}
		s.log.Warn("channel check failed (will try when sending)", "channel", name, "err", err)
	}
	return failed
}
