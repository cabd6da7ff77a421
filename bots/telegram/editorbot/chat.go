package editorbot

import (
	"errors"
	"strconv"

	"paperboy/bots/telegram"
	"paperboy/config"
	"paperboy/core/channel"
)

// ChatChannel builds the channel posting to one reader's or community's chat (a numeric chat
// id) with the editor bot's token and api_url from editors.telegram. It is an ordinary
// telegram channel: its CredentialKey is the same as a configured channel's with that token, so
// all of them share the bot's ~30 msg/s, and its own limit is Telegram's per chat (1 msg/s in a
// private chat, 20/min in a group or channel).
func ChatChannel(cfg *config.Config, chatID string, opts channel.Options) (channel.Channel, error) {
	c, on, err := section(cfg)
	if err != nil {
		return nil, err
	}
	if !on {
		return nil, errors.New("telegram: chat channels need the editor bot (editors.telegram.token)")
	}
	if id, err := strconv.ParseInt(chatID, 10, 64); err != nil || id == 0 {
		return nil, errors.New("telegram: a chat channel's chat is a non-zero numeric chat id")
	}
	if opts.Name == "" {
		opts.Name = "telegram:" + chatID
	}
	return telegram.New(telegram.Config{Token: c.Token, Chat: chatID, APIURL: c.APIURL}, opts)
}
