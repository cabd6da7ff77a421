package app

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/dashboard"
	"paperboy/core/lease"
	"paperboy/core/pipeline"
	"paperboy/core/store"
)

// RunOptions tune Serve.
type RunOptions struct {
	Grace    time.Duration    // on shutdown, how long in-flight sends may take to finish
	Reload   <-chan os.Signal // each value reloads the configuration (SIGHUP)
	Version  string           // this build's version and revision, logged at start
	Revision string
}

// Serve runs the service on the open store until ctx ends. On a reload signal it rereads the
// configuration: a valid new one replaces sources, routes and channels (the running service
// stops taking work, finishes its sends and hands over; queued deliveries stay in the store);
// an invalid one is logged and the running configuration stays. The store and the HTTP
// listener are kept across reloads.
func (s *Service) Serve(ctx context.Context, o RunOptions) error {
	cfg, chans, st, log := s.cfg, s.chans, s.st, s.log
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
		svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: chans, Logger: log, Leases: leases, Replica: leases.Owner().Replica, Chats: chatBuilder(cfg, log)})
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
		log.Info("paperboy running", "version", o.Version, "revision", o.Revision, "replica", leases.Owner().String(), "sources", len(cfg.Sources), "channels", len(chans), "editor_bots", len(bots))
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
				case <-o.Reload:
					log.Info("reloading configuration", "file", s.path)
					ncfg, nchans, err := load(s.path)
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
		shutdownMsg := context.AfterFunc(ctx, func() { log.Info("shutting down: finishing in-flight sends", "grace", o.Grace) })
		runErr := svc.Run(runCtx, o.Grace)
		if shutdownMsg() && ctx.Err() != nil {
			// Run ended before the AfterFunc's goroutine got to say it: say it now, still
			// before the stopped line.
			log.Info("shutting down: finishing in-flight sends", "grace", o.Grace)
		}
		stop()
		botsDone.Wait()
		select {
		case ncfg := <-next:
			log.Info("configuration reloaded", "sources", len(ncfg.Sources), "channels", len(nextChans))
			store, http := cfg.Store, cfg.HTTP
			cfg, chans = ncfg, nextChans
			cfg.Store, cfg.HTTP = store, http
			log = newLogger(cfg, s.stderr)
			s.cfg, s.chans, s.log = cfg, chans, log
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
