package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	"paperboy/bots/discord"
	"paperboy/bots/telegram"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/deliver"
	"paperboy/core/editor"
	"paperboy/core/pipeline"
	"paperboy/core/store"
)

// editorBots builds the chat bots that take editors' commands, registers their webhook
// handlers on mux, and returns their run functions. Both share one editor.Service, so a
// preview made in Telegram is the same object a Discord editor would see.
func editorBots(cfg *config.Config, svc *pipeline.Service, mux *pipeline.Mux, log *slog.Logger) ([]func(context.Context) error, error) {
	tg, dc := cfg.Editors.Telegram, cfg.Editors.Discord
	if tg.Token == "" && dc.Token == "" && dc.PublicKey == "" {
		return nil, nil
	}
	es := editor.New(svc, editor.Access{TelegramUsers: tg.Users, DiscordRoles: dc.Roles}, log)
	es.ShareHeld(svc.Store()) // a Publish click may reach another replica, or come after a restart
	opts := channel.Options{Logger: log, Media: pipeline.NewFetcher(cfg)}
	var runs []func(context.Context) error
	if tg.Token != "" {
		b, err := telegram.NewEditorBot(tg, es, opts)
		if err != nil {
			return nil, err
		}
		if tg.Mode == telegram.ModeWebhook {
			mux.Handle("POST "+b.Path(), b.Handler())
			runs = append(runs, b.Run)
		} else {
			// Telegram allows one getUpdates poller per bot: one replica polls at a time.
			runs = append(runs, leased(svc.Store(), "editor:telegram", editorLease, log, b.Run))
		}
	}
	if dc.Token != "" || dc.PublicKey != "" {
		b, err := discord.NewEditorBot(dc, es, opts)
		if err != nil {
			return nil, err
		}
		if b.Mode() == "http" {
			mux.Handle("POST "+b.Path(), b.Handler())
			runs = append(runs, b.Run)
		} else {
			// Every gateway session of a bot receives each interaction: one replica connects.
			runs = append(runs, leased(svc.Store(), "editor:discord", editorLease, log, b.Run))
		}
	}
	return runs, nil
}

// editorLease is how long a replica's hold on an editor bot lasts without renewal; another
// replica takes the bot over this long after the holder dies.
const editorLease = 30 * time.Second

// leased runs run only while this replica holds the named lease, renewing it every third of
// the lease; on losing it run's context is cancelled, and the replica tries again later.
// Replicas are told apart by host and pid.
func leased(st store.Store, name string, lease time.Duration, log *slog.Logger, run func(context.Context) error) func(context.Context) error {
	host, _ := os.Hostname()
	owner := fmt.Sprintf("%s-%d", host, os.Getpid())
	return func(ctx context.Context) error {
		for ctx.Err() == nil {
			ok, err := st.AcquireLease(ctx, name, owner, lease)
			if err != nil || !ok {
				if !deliver.Sleep(ctx, lease/3) {
					return nil
				}
				continue
			}
			log.Info("running the editor bot on this replica", "lease", name)
			runCtx, cancel := context.WithCancel(ctx)
			go func() {
				for deliver.Sleep(runCtx, lease/3) {
					if ok, err := st.AcquireLease(runCtx, name, owner, lease); err != nil || !ok {
						log.Warn("editor bot lease lost: stopping here", "lease", name, "err", err)
						cancel()
						return
					}
				}
			}()
			err = run(runCtx)
			cancel()
			_ = st.ReleaseLease(context.WithoutCancel(ctx), name, owner)
			if err != nil && ctx.Err() == nil {
				return err
			}
		}
		return nil
	}
}
