package editorbot

import (
	"context"

	"paperboy/core/editor"
)

// Notifies implements editor.Announcer: the bot announces when notify_chats lists a chat.
func (b *Bot) Notifies() bool { return len(b.cfg.NotifyChats) > 0 }

// Announce implements editor.Announcer: one sendMessage with the Publish/Cancel keyboard to
// each notify chat, in the configured language (English by default). A chat that fails is
// logged and the others still get the notice.
func (b *Bot) Announce(ctx context.Context, n editor.Notice) {
	lang := b.cfg.Lang
	if lang == "" {
		lang = "en"
	}
	rep := n.Reply(lang)
	sent, failed := 0, 0
	for _, chat := range b.cfg.NotifyChats {
		base := map[string]any{"chat_id": chat}
		if kb := keyboard(rep.Actions); kb != nil {
			base["reply_markup"] = kb
		}
		if err := b.send(ctx, base, rep.Text); err != nil {
			failed++
			b.log.Warn("telegram editor notice not sent", "chat_id", chat, "article_id", n.ArticleID, "err", err)
			continue
		}
		sent++
	}
	b.log.Info("telegram editor notice", "article_id", n.ArticleID, "sent", sent, "failed", failed)
}

var _ editor.Announcer = (*Bot)(nil)
