package editorbot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"paperboy/bots/discord"
	"paperboy/core/editor"
)

// validateNotify checks notify_channels and lang.
func validateNotify(cfg *Config) []error {
	var errs []error
	for i, c := range cfg.NotifyChannels {
		if !discord.Snowflake(c) {
			errs = append(errs, fmt.Errorf("discord: editors notify_channels[%d] %q is not a numeric id", i, c))
		}
	}
	if cfg.Lang = strings.ToLower(strings.TrimSpace(cfg.Lang)); !slices.Contains([]string{"", "en", "ko"}, cfg.Lang) {
		errs = append(errs, errors.New("discord: editors lang must be en or ko"))
	}
	return errs
}

// Notifies implements editor.Announcer: the bot announces when notify_channels lists a channel.
func (b *Bot) Notifies() bool { return len(b.cfg.NotifyChannels) > 0 }

// Announce implements editor.Announcer: a bot message with the Publish/Cancel buttons in each
// notify channel (POST /channels/{id}/messages). The buttons come back as component
// interactions and run through the same Press as a /correct preview. A channel that fails is
// logged and the others still get the notice.
func (b *Bot) Announce(ctx context.Context, n editor.Notice) {
	lang := b.cfg.Lang
	if lang == "" {
		lang = "en"
	}
	m := b.message(n.Reply(lang))
	sent, failed := 0, 0
	for _, ch := range b.cfg.NotifyChannels {
		if err := b.rest.Do(ctx, "POST", "/channels/"+ch+"/messages", nil, m, nil); err != nil {
			failed++
			b.log.Warn("discord editor notice not sent", "channel_id", ch, "article_id", n.ArticleID, "err", scrub(err, b.cfg.Token))
			continue
		}
		sent++
	}
	b.log.Info("discord editor notice", "article_id", n.ArticleID, "sent", sent, "failed", failed)
}

var _ editor.Announcer = (*Bot)(nil)
