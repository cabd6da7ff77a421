package editorbot

import (
	"errors"

	"paperboy/bots/discord"
	"paperboy/config"
	"paperboy/core/channel"
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
