package app

import (
	"context"
	"log/slog"
	"time"

	"paperboy/bots"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/deliver"
	"paperboy/core/editor"
	"paperboy/core/lease"
	"paperboy/core/pipeline"
)

// editorBots builds the chat bots that take editor commands (bots.Listeners), registers the
// webhook handlers of those that receive updates over HTTP on mux, and returns their run
// functions. All share one editor.Service, so a preview made in Telegram is the same object a
// Discord editor would see.
func editorBots(cfg *config.Config, svc *pipeline.Service, mux *pipeline.Mux, log *slog.Logger) ([]func(context.Context) error, error) {
	es := editor.New(svc, log)
	ls, err := bots.Listeners(cfg, es, channel.Options{Logger: log, Media: pipeline.NewFetcher(cfg)})
	if err != nil || len(ls) == 0 {
		return nil, err
	}
	es.ShareHeld(svc.Store()) // a Publish click may reach another replica, or come after a restart
	var runs []func(context.Context) error
	for _, l := range ls {
		if t, ok := l.Listener.(editor.Teller); ok {
			svc.SetTeller(l.Platform, t) // notices to readers' and communities' chats
		}
		if a, ok := l.Listener.(editor.Announcer); ok {
			es.AddAnnouncer(a) // kept only when the bot has notify targets
		}
	}
	if es.Announces() {
		svc.SetNotifier(es) // on_update: notify sources tell the editors' chats
	}
	for _, l := range ls {
		if path, h := l.Webhook(); path != "" {
			mux.Handle("POST "+path, h)
			runs = append(runs, l.Run)
			continue
		}
		// A bot that pulls its updates (one getUpdates poller per Telegram bot; every gateway
		// session of a Discord bot receives each interaction): one replica runs it at a time.
		runs = append(runs, leased(svc.Leases(), "editor:"+l.Platform, editorLease, log, l.Run))
	}
	return runs, nil
}

// editorLease is how long a replica's hold on an editor bot lasts without renewal; another
// replica takes the bot over this long after the holder dies (a restart of the same replica
// takes it back within a few seconds: see core/lease).
const editorLease = 15 * time.Second

// leased runs run only while this process holds the named lease, renewing it every
// lease.Renewal; on losing it run's context is cancelled, and the process tries again later.
// The lease is released when run returns (a clean exit hands the bot over at once).
func leased(leases *lease.Taker, name string, ttl time.Duration, log *slog.Logger, run func(context.Context) error) func(context.Context) error {
	renew := lease.Renewal(ttl)
	return func(ctx context.Context) error {
		for ctx.Err() == nil {
			ok, err := leases.Acquire(ctx, name, ttl, renew)
			if err != nil || !ok {
				if !deliver.Sleep(ctx, renew) {
					return nil
				}
				continue
			}
			log.Info("running the editor bot on this replica", "lease", name)
			runCtx, cancel := context.WithCancel(ctx)
			go func() {
				for deliver.Sleep(runCtx, renew) {
					if ok, err := leases.Acquire(runCtx, name, ttl, renew); err != nil || !ok {
						if runCtx.Err() != nil {
							return
						}
						log.Warn("editor bot lease lost: stopping here", "lease", name, "err", err)
						cancel()
						return
					}
				}
			}()
			err = run(runCtx)
			cancel()
			rctx, rcancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
			if rerr := leases.Release(rctx, name); rerr != nil {
				log.Warn("could not release the editor bot lease: another replica waits for it to expire", "lease", name, "err", rerr)
			}
			rcancel()
			if err != nil && ctx.Err() == nil {
				return err
			}
		}
		return nil
	}
}

// chatBuilder builds the channels of readers' and communities' chats with the platform's
// editor bot, when the configuration turns readers or communities on (nil otherwise).
func chatBuilder(cfg *config.Config, log *slog.Logger) pipeline.ChatBuilder {
	if !cfg.Readers.Enabled && !cfg.Communities.Enabled {
		return nil
	}
	opts := channel.Options{Logger: log, Media: pipeline.NewFetcher(cfg), Limiters: channel.NewLimiters()}
	return func(platform, chatID, name string) (channel.Channel, error) {
		o := opts
		o.Name = name
		return bots.ChatChannel(cfg, platform, chatID, o)
	}
}
