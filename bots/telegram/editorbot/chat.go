package editorbot

import (
	"errors"

	"paperboy/config"
	"paperboy/core/channel"
)

// ChatChannel builds the channel posting to one reader's or community's chat with this bot.
func ChatChannel(cfg *config.Config, chatID string, opts channel.Options) (channel.Channel, error) {
	return nil, errors.New("chat channels: being built")
}
