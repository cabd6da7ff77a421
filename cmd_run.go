package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/dashboard"
	"paperboy/core/lease"
	"paperboy/core/pipeline"
	"paperboy/core/store"
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
	if *once {
		return runOnce(ctx, cfg, chans, st, newLeases(st, cfg, log), log, stdout, *drain)
	}
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	return serve(ctx, *cfgPath, cfg, chans, st, log, stderr, *grace, hup)
}

// serve runs the service until ctx ends. On SIGHUP it reloads the configuration: a valid new
// one replaces sources, routes and channels (the running service stops taking work, finishes
// its sends and hands over; queued deliveries stay in the store); an invalid one is logged and
// the running configuration stays. The store and the HTTP listener are kept across reloads.
func serve(ctx context.Context, path string, cfg *config.Config, chans []channel.Channel, st store.Store, log *slog.Logger, stderr io.Writer, grace time.Duration, hup <-chan os.Signal) error {
	leases := newLeases(st, cfg, log) // one owner for the whole process, kept across reloads
	var handler swapHandler
	dash := dashboard.New(dashboard.Options{Logger: log}) // outlives reloads: sessions and the delivery log stay
	httpDone := make(chan error, 1)
	if cfg.HTTP.Listen != "" {
		listening := make(chan struct{})
		go func() {
			httpDone <- pipeline.Serve(ctx, cfg.HTTP.Listen, &handler, func(a net.Addr) {
				log.Info("http listening", "addr", a.String())
				close(listening)
			})
		}()
		// WebSub hubs and Telegram call back as soon as we subscribe: listen first.
		select {
		case <-listening:
		case err := <-httpDone:
			return err
		}
	} else {
		httpDone <- nil
	}
	for {
		svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: chans, Logger: log, Leases: leases, Replica: leases.Owner().Replica})
		if err != nil {
			return err
		}
		mux := svc.NewMux()
		if cfg.Dashboard.Enabled {
			if err := dash.Mount(mux, svc, cfg); err != nil {
				return err
			}
		}
		bots, err := editorBots(cfg, svc, mux, log)
		if err != nil {
			return err
		}
		handler.set(mux)
		log.Info("paperboy running", "version", build.Version, "revision", build.Revision, "replica", leases.Owner().String(), "sources", len(cfg.Sources), "channels", len(chans), "editor_bots", len(bots))
		runCtx, stop := context.WithCancel(ctx)
		var botsDone sync.WaitGroup
		for _, run := range bots {
			botsDone.Add(1)
			go func() {
				defer botsDone.Done()
				if err := run(runCtx); err != nil {
					log.Error("editor bot stopped", "err", err)
				}
			}()
		}
		next := make(chan *config.Config, 1)
		var nextChans []channel.Channel
		go func() {
			for {
				select {
				case <-runCtx.Done():
					return
				case <-hup:
					log.Info("reloading configuration", "file", path)
					ncfg, nchans, err := loadConfig(path)
					if err != nil {
						log.Error("reload refused: configuration invalid; keeping the running one", "err", err)
						continue
					}
					if !reflect.DeepEqual(ncfg.Store, cfg.Store) || ncfg.HTTP.Listen != cfg.HTTP.Listen || ncfg.HTTP.Pprof != cfg.HTTP.Pprof {
						log.Warn("reload: store, http.listen and http.pprof change only on restart")
					}
					nextChans = nchans
					next <- ncfg
					stop()
					return
				}
			}
		}()
		// Only a signal that ends the process is a shutdown; a reload stops this service too.
		shutdownMsg := context.AfterFunc(ctx, func() { log.Info("shutting down: finishing in-flight sends", "grace", grace) })
		runErr := svc.Run(runCtx, grace)
		shutdownMsg()
		stop()
		botsDone.Wait()
		select {
		case ncfg := <-next:
			log.Info("configuration reloaded", "sources", len(ncfg.Sources), "channels", len(nextChans))
			store, http := cfg.Store, cfg.HTTP
			cfg, chans = ncfg, nextChans
			cfg.Store, cfg.HTTP = store, http
			log = newLogger(cfg, stderr)
			continue
		default:
		}
		httpErr := <-httpDone
		logStopped(st, chans, log)
		if httpErr != nil && runErr == nil {
			return httpErr
		}
		return runErr
	}
}

// newLeases is how this process takes leases: as the replica's stable identity (`replica:`,
// else the hostname) with a token of its own (see core/lease).
func newLeases(st store.Store, cfg *config.Config, log *slog.Logger) *lease.Taker {
	return lease.NewTaker(st, lease.NewOwner(lease.Identity(cfg.Replica)), log)
}

// logStopped says, once, that the service has stopped and what it left queued in the store.
func logStopped(st store.Store, chans []channel.Channel, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	total := int64(0)
	var per []string
	for _, ch := range chans {
		n, err := st.Pending(ctx, ch.Name())
		if err != nil {
			log.Info("stopped (the queue could not be read)", "err", err)
			return
		}
		if n > 0 {
			total += n
			per = append(per, fmt.Sprintf("%s=%d", ch.Name(), n))
		}
	}
	log.Info(fmt.Sprintf("stopped: %d posts left queued for the next start", total), "left_queued", total, "by_channel", strings.Join(per, " "))
}

// swapHandler lets the HTTP server outlive a configuration reload.
type swapHandler struct {
	h atomic.Pointer[http.Handler]
}

func (s *swapHandler) set(h http.Handler) { s.h.Store(&h) }

func (s *swapHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := s.h.Load()
	if h == nil {
		http.Error(w, "starting", http.StatusServiceUnavailable)
		return
	}
	(*h).ServeHTTP(w, r)
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
	cfg, chans, err := loadConfig(pos[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: ok (%d sources, %d channels, %d routes)\n", pos[0], len(cfg.Sources), len(chans), len(cfg.Routes))
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
