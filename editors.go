package main

import (
	"context"
	"log/slog"

	"paperboy/bots/discord"
	"paperboy/bots/telegram"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/editor"
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
	es := editor.New(svc, editor.Access{TelegramUsers: tg.Users, DiscordRoles: dc.Roles}, log)
	opts := channel.Options{Logger: log}
	var runs []func(context.Context) error
	if tg.Token != "" {
		b, err := telegram.NewEditorBot(tg, es, opts)
		if err != nil {
			return nil, err
		}
		if tg.Mode == telegram.ModeWebhook {
			mux.Handle("POST "+b.Path(), b.Handler())
		}
		runs = append(runs, b.Run)
	}
	if dc.Token != "" || dc.PublicKey != "" {
		b, err := discord.NewEditorBot(dc, es, opts)
		if err != nil {
			return nil, err
		}
		if b.Mode() == "http" {
			mux.Handle("POST "+b.Path(), b.Handler())
		}
		runs = append(runs, b.Run)
	}
	return runs, nil
}
