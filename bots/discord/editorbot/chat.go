package editorbot

import (
	"context"
	"errors"
	"fmt"

	"paperboy/bots/discord"
	"paperboy/bots/discord/editorbot/commands"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

// ChatChannel builds the channel posting to one reader's DM or one community's server channel
// (chatID, a channel id) with the editors.discord bot's token and api_url. Its credential key
// is that of every bot-mode channel configured with the same token, so the deliveries share one
// budget per bot.
func ChatChannel(cfg *config.Config, chatID string, opts channel.Options) (channel.Channel, error) {
	c, on, err := section(cfg)
	if err != nil {
		return nil, err
	}
	if !on || c.Token == "" {
		return nil, errors.New("discord: chat channels need editors.discord with a bot token")
	}
	return discord.NewChat(c.Token, c.APIURL, chatID, opts)
}

// service is what the bot asks of editor.Service.
type service interface {
	Handle(ctx context.Context, r editor.Request) editor.Reply
	Press(ctx context.Context, r editor.Request, data string) editor.Reply
	Allowed(r editor.Request) bool
}

// scope is which rules an interaction is answered under.
type scope string

const (
	scopeNone      scope = "none"      // refused here
	scopeEditor    scope = "editor"    // editor commands: a served guild, a configured role
	scopeCommunity scope = "community" // /feed in any server (Manage Server, asked by editor.Service)
	scopeReader    scope = "reader"    // reader commands in the bot's DMs
)

// scope decides whose rules apply. Editor commands and buttons run only in the guilds of
// editors.discord.guilds (roles elsewhere mean nothing to us); /feed runs in any server when
// communities is on, reader commands in the bot's DMs when readers is on. Buttons outside the
// served guilds go to editor.Service without an editor rule, so only its chat rules can accept
// them.
func (b *Bot) scope(it *interaction) scope {
	dm := it.GuildID == "" && (it.Context == nil || *it.Context == contextBotDM)
	if d, ok := it.command(); ok {
		switch {
		case d.Name == commands.Feed:
			if b.communities && it.GuildID != "" {
				return scopeCommunity
			}
			return scopeNone
		case dm && commands.Reader(d.Name):
			if b.readers {
				return scopeReader
			}
			return scopeNone
		}
	}
	switch {
	case b.served(it):
		return scopeEditor
	case it.Type == interactionComponent && b.communities && it.GuildID != "":
		return scopeCommunity
	case it.Type == interactionComponent && b.readers && dm:
		return scopeReader
	}
	return scopeNone
}

// chatOf is the conversation an interaction came from: a server channel (Admin from the
// member's permissions, which Discord computes for that channel at interaction time), or the
// bot's DM with the user.
func chatOf(it *interaction) editor.Chat {
	title := ""
	if it.Channel != nil {
		title = it.Channel.Name
	}
	if it.GuildID == "" {
		if title == "" {
			title = it.user().Username
		}
		return editor.Chat{ID: it.ChannelID, Kind: editor.ChatPrivate, Title: title}
	}
	admin := it.Member != nil &&
		(hasPermission(it.Member.Permissions, permManageGuild) || hasPermission(it.Member.Permissions, permAdministrator))
	return editor.Chat{ID: it.ChannelID, Kind: editor.ChatGroup, Title: title, Guild: it.GuildID,
		Admin: func(context.Context) (bool, error) { return admin, nil }}
}

// plainMessage is a bot message of text only, mentioning nobody.
type plainMessage struct {
	Content         *string `json:"content"`
	AllowedMentions any     `json:"allowed_mentions"`
}

// Tell implements editor.Teller: a plain bot message in chatID (a reader's DM or a server
// channel). A chat the bot lost comes back as channel.Gone.
func (b *Bot) Tell(ctx context.Context, chatID, text string) error {
	if !discord.Snowflake(chatID) {
		return channel.Errorf(channel.Permanent, "discord: tell: chat id %q is not a channel id", chatID)
	}
	err := b.rest.Do(ctx, "POST", "/channels/"+chatID+"/messages", nil, plainMessage{Content: content(text), AllowedMentions: noMentions()}, nil)
	if err != nil {
		return fmt.Errorf("discord: tell: %w", scrub(err, b.cfg.Token))
	}
	return nil
}

var _ editor.Teller = (*Bot)(nil)
