package editorbot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"paperboy/bots/discord/editorbot/commands"
)

// Register makes every configured guild's slash commands match commands.Set, and the
// application's global ones match commands.Global (reader and community commands): it reads the
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
	// The reader and community commands are global: they work in any server that installed
	// the app and in DMs with its bot. Synced even when both are off, so turning them off
	// removes them.
	global := commands.Global(b.readers, b.communities)
	if changed, err := commands.Sync(ctx, b.rest, b.cfg.AppID, "", global); err != nil {
		errs = append(errs, fmt.Errorf("discord: register global commands: %w", err))
	} else {
		b.log.Info("discord global slash commands checked", "changed", changed, "commands", len(global))
	}
	return errors.Join(errs...)
}

// commandText rebuilds the command line editor.Service parses from a slash command's options,
// e.g. "/push https://… dc-news tg-news", "/sub https://… 30m" for /feed add, "/follow 반도체".
func commandText(name string, opts []optionValue) string {
	switch {
	case name == commands.Feed:
		if len(opts) == 0 {
			return ""
		}
		return commands.FeedText(opts[0].Name, optionValues(opts[0].Options))
	case commands.Reader(name):
		return commands.ReaderText(name, optionValues(opts))
	}
	return commands.Text(name, optionValues(opts))
}

// optionValues are the options' values by name.
func optionValues(opts []optionValue) map[string]string {
	values := map[string]string{}
	for _, o := range opts {
		values[o.Name] = o.text()
	}
	return values
}

// logCommand is the attribute set logged for one interaction (never its token).
func logCommand(it *interaction) []any {
	return []any{slog.String("interaction_id", it.ID), slog.String("guild", it.GuildID), slog.String("user_id", it.userID())}
}
