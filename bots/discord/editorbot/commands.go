package editorbot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"paperboy/bots/discord/editorbot/commands"
)

// Register makes every configured guild's slash commands match commands.Set: it reads the
// registered ones (with their localizations) and, only when they differ, replaces them with
// one bulk overwrite (commands.Sync). Discord refuses more than 200 command creates a day per
// guild, so registering identical definitions on every start would be wasteful and eventually
// fail. One guild's failure does not stop the others; all failures are returned joined.
func (b *Bot) Register(ctx context.Context) error {
	if len(b.cfg.Guilds) == 0 {
		b.log.Warn("discord editors: no guilds configured, slash commands not registered")
		return nil
	}
	want := commands.Set()
	var errs []error
	for _, g := range b.cfg.Guilds {
		changed, err := commands.Sync(ctx, b.rest, b.cfg.AppID, g, want)
		if err != nil {
			errs = append(errs, fmt.Errorf("discord: register commands in guild %s: %w", g, err))
			continue
		}
		b.log.Info("discord slash commands checked", "guild", g, "changed", changed, "commands", len(want))
	}
	return errors.Join(errs...)
}

// commandText rebuilds the command line editor.Service parses from a slash command's options,
// e.g. "/push https://… dc-news tg-news".
func commandText(name string, opts []optionValue) string {
	values := map[string]string{}
	for _, o := range opts {
		values[o.Name] = o.text()
	}
	return commands.Text(name, values)
}

// logCommand is the attribute set logged for one interaction (never its token).
func logCommand(it *interaction) []any {
	return []any{slog.String("interaction_id", it.ID), slog.String("guild", it.GuildID), slog.String("user_id", it.userID())}
}
