package editorbot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-telegram/bot/models"

	"paperboy/bots/telegram"
	"paperboy/bots/telegram/botapi"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

// maxImportFile bounds a file attached to a command (an OPML for /import): an OPML of a few
// hundred feeds is well under it.
const maxImportFile = 1 << 20

// sender is who typed a command, as far as Telegram says.
type sender struct {
	id, name, lang string
	user           int64 // the user's id; 0 when the chat itself speaks
	chatItself     bool  // a channel's post or an anonymous group admin: only admins can do either
}

// senderOf finds the command's sender; ok is false for messages that are no one's command:
// no sender, bots, another chat speaking (a linked channel's automatic forward, a user posting
// as their own channel).
func senderOf(m *models.Message, channelPost bool) (sender, bool) {
	switch {
	case channelPost && m.Chat.Type == models.ChatTypeChannel,
		m.SenderChat != nil && m.SenderChat.ID == m.Chat.ID && m.Chat.Type != models.ChatTypePrivate:
		// Only a channel's admins post in it, and only a group's admins may write as the group.
		return sender{id: strconv.FormatInt(m.Chat.ID, 10), name: m.Chat.Title, chatItself: true}, true
	case m.SenderChat != nil, m.From == nil, m.From.IsBot:
		return sender{}, false
	}
	name := m.From.Username
	if name == "" {
		name = strings.TrimSpace(m.From.FirstName + " " + m.From.LastName)
	}
	return sender{id: strconv.FormatInt(m.From.ID, 10), name: name, lang: m.From.LanguageCode, user: m.From.ID}, true
}

// messageRequest adapts a command message to the editor's request: who sent it, the chat it
// came from (with the admin check asked of Telegram when the editor needs it) and its file.
func (b *Bot) messageRequest(m *models.Message, text string, channelPost bool) (editor.Request, bool) {
	s, ok := senderOf(m, channelPost)
	if !ok {
		return editor.Request{}, false
	}
	req := editor.Request{
		Platform: "telegram", UserID: s.id, UserName: s.name, Text: text, BotName: b.name(), Lang: b.lang(s.lang),
		Chat: b.chat(m.Chat, s), File: b.attachment(m),
	}
	if s.user != 0 {
		// Editor commands need a configured user: a chat speaking as itself is nobody in particular.
		req.Access = users(b.cfg.Users)
	}
	return req, true
}

// chat describes the conversation for the editor. In a private chat the sender is the chat's
// only member; in a group or channel getChatMember is asked each time the editor wants to know,
// so a demoted admin loses the right at once.
func (b *Bot) chat(c models.Chat, s sender) editor.Chat {
	out := editor.Chat{ID: strconv.FormatInt(c.ID, 10), Kind: editor.ChatGroup, Title: c.Title}
	yes := func(context.Context) (bool, error) { return true, nil }
	switch {
	case c.Type == models.ChatTypePrivate:
		out.Kind, out.Title, out.Admin = editor.ChatPrivate, s.name, yes
	case s.chatItself:
		out.Admin = yes
	case s.user != 0:
		chatID, userID := c.ID, s.user
		out.Admin = func(ctx context.Context) (bool, error) {
			m, err := b.client.GetChatMember(ctx, chatID, userID)
			if err != nil {
				return false, err
			}
			return m.IsAdmin(), nil
		}
	}
	return out
}

// attachment reads the message's document, or the document of the message it replies to
// (an OPML sent first, then "/import" as a reply), bounded to maxImportFile; nil when none.
func (b *Bot) attachment(m *models.Message) func(ctx context.Context) (string, []byte, error) {
	doc := m.Document
	if doc == nil && m.ReplyToMessage != nil {
		doc = m.ReplyToMessage.Document
	}
	if doc == nil || doc.FileID == "" {
		return nil
	}
	id, name, size := doc.FileID, doc.FileName, doc.FileSize
	return func(ctx context.Context) (string, []byte, error) {
		if size > maxImportFile {
			return "", nil, fmt.Errorf("the file is larger than %d KiB", maxImportFile>>10)
		}
		data, err := b.client.Download(ctx, id, maxImportFile)
		if err != nil {
			return "", nil, err
		}
		return name, data, nil
	}
}

// sendFile sends a reply's file as a document, with the reply's text as its caption when it
// fits (else as a message of its own first).
func (b *Bot) sendFile(ctx context.Context, base map[string]any, rep editor.Reply) {
	fields := map[string]any{}
	for k, v := range base {
		fields[k] = v
	}
	if text := telegram.Clean(rep.Text); text != "" {
		if channel.Count(text, channel.UTF16) <= telegram.CaptionMax {
			fields["caption"], fields["parse_mode"] = telegram.Escape(text), "HTML"
		} else {
			b.sendText(ctx, base, text)
		}
	}
	doc := botapi.Document{Name: rep.File.Name, Type: rep.File.Type, Data: rep.File.Data}
	if err := b.client.SendDocument(ctx, fields, doc); err != nil {
		b.log.Warn("telegram editor file not sent", "file", rep.File.Name, "err", err)
		b.sendText(ctx, base, "⚠ "+err.Error())
	}
}

// Tell implements editor.Teller: a plain message to chatID (a numeric chat id). A chat the
// bot is gone from answers a *channel.Error with Reason channel.Gone.
func (b *Bot) Tell(ctx context.Context, chatID, text string) error {
	id, err := strconv.ParseInt(chatID, 10, 64)
	if err != nil || id == 0 {
		return &channel.Error{Reason: channel.Permanent, Err: errors.New("telegram: tell: the chat is not a numeric chat id")}
	}
	return b.send(ctx, map[string]any{"chat_id": id}, text)
}

// onMyChatMember hears the bot's own status change in a chat: removed from a group or channel,
// or blocked by a reader ("kicked"), or gone from it ("left") — that chat's subscriptions are
// suspended before a delivery has to fail on them.
func (b *Bot) onMyChatMember(ctx context.Context, u *models.ChatMemberUpdated) {
	var why string
	switch status := u.NewChatMember.Type; {
	case status == models.ChatMemberTypeBanned && u.Chat.Type == models.ChatTypePrivate:
		why = "the reader blocked the bot"
	case status == models.ChatMemberTypeBanned:
		why = "the bot was removed from the chat"
	case status == models.ChatMemberTypeLeft:
		why = "the bot left the chat"
	case status == models.ChatMemberTypeMember || status == models.ChatMemberTypeAdministrator:
		if old := u.OldChatMember.Type; old == models.ChatMemberTypeBanned || old == models.ChatMemberTypeLeft {
			// Added back to the group, or unblocked by the reader: a suspended chat resumes.
			b.svc.ChatBack(ctx, "telegram", strconv.FormatInt(u.Chat.ID, 10))
		}
		return
	default:
		return
	}
	if u.From.ID != 0 && u.Chat.Type != models.ChatTypePrivate {
		why += " by user " + strconv.FormatInt(u.From.ID, 10)
	}
	b.svc.ChatGone(ctx, "telegram", strconv.FormatInt(u.Chat.ID, 10), why)
}

// menus registers the command menus: editor commands by default (as before), reader commands
// in private chats and community commands for chats' administrators when those are on. A
// private chat's menu replaces the default there, so each editor's own chat gets both.
func (b *Bot) menus(ctx context.Context) {
	for _, lang := range []string{"", "ko"} {
		b.setMenu(ctx, nil, lang, editor.Commands(lang))
		if b.readers {
			b.setMenu(ctx, map[string]any{"type": "all_private_chats"}, lang, editor.ReaderCommands(lang))
			both := merged(editor.Commands(lang), editor.ReaderCommands(lang))
			for _, u := range b.cfg.Users {
				b.setMenu(ctx, map[string]any{"type": "chat", "chat_id": u}, lang, both)
			}
		}
		if b.communities {
			b.setMenu(ctx, map[string]any{"type": "all_chat_administrators"}, lang, editor.CommunityCommands(lang))
		}
	}
}

// setMenu is one setMyCommands call. The menu is a convenience (commands work without it; an
// editor who never opened a chat with the bot has none yet), so a failure only warns.
func (b *Bot) setMenu(ctx context.Context, scope map[string]any, lang string, cmds []editor.Command) {
	p := map[string]any{"commands": commandList(cmds)}
	if scope != nil {
		p["scope"] = scope
	}
	if lang != "" {
		p["language_code"] = lang
	}
	if err := b.client.Call(ctx, "setMyCommands", p, nil); err != nil {
		b.log.Warn("telegram commands not registered", "scope", scope["type"], "language_code", lang, "err", err)
	}
}

// merged is a then the commands of more that a does not name, at most 100 (Telegram's cap).
func merged(a, more []editor.Command) []editor.Command {
	out := append([]editor.Command(nil), a...)
	for _, c := range more {
		dup := false
		for _, have := range a {
			dup = dup || have.Name == c.Name
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out[:min(len(out), 100)]
}

var _ editor.Teller = (*Bot)(nil)
