package main

import (
	"context"
	"log/slog"
	"time"

	dceditor "paperboy/bots/discord/editorbot"
	tgeditor "paperboy/bots/telegram/editorbot"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/deliver"
	"paperboy/core/editor"
	"paperboy/core/lease"
	"paperboy/core/pipeline"
)

// editorBots builds the chat bots that take editors' commands, registers their webhook
// handlers on mux, and returns their run functions. Both share one editor.Service, so a
// preview made in Telegram is the same object a Discord editor would see.
func editorBots(cfg *config.Config, svc *pipeline.Service, mux *pipeline.Mux, log *slog.Logger) ([]func(context.Context) error, error) {
	tg, dc := cfg.Editors.Telegram, cfg.Editors.Discord
	if tg.Token == "" && dc.Token == "" && dc.PublicKey == "" {
		return nil, nil
	}
	es := editor.New(svc, log)
	es.ShareHeld(svc.Store()) // a Publish click may reach another replica, or come after a restart
	opts := channel.Options{Logger: log, Media: pipeline.NewFetcher(cfg)}
	var runs []func(context.Context) error
	if tg.Token != "" {
		b, err := tgeditor.New(tg, es, opts)
		if err != nil {
			return nil, err
		}
		if tg.Mode == tgeditor.ModeWebhook {
			mux.Handle("POST "+b.Path(), b.Handler())
			runs = append(runs, b.Run)
		} else {
			// Telegram allows one getUpdates poller per bot: one replica polls at a time.
			runs = append(runs, leased(svc.Leases(), "editor:telegram", editorLease, log, b.Run))
		}
	}
	if dc.Token != "" || dc.PublicKey != "" {
		b, err := dceditor.New(dc, es, opts)
		if err != nil {
			return nil, err
		}
		if b.Mode() == "http" {
			mux.Handle("POST "+b.Path(), b.Handler())
			runs = append(runs, b.Run)
		} else {
			// Every gateway session of a bot receives each interaction: one replica connects.
			runs = append(runs, leased(svc.Leases(), "editor:discord", editorLease, log, b.Run))
		}
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
