package editorbot

import (
	"strings"
	"testing"

	"paperboy/bots/telegram/telegramtest"
)

// TestNotifyChatsConfig: notify_chats are non-zero chat ids; a bot announces only with some.
func TestNotifyChatsConfig(t *testing.T) {
	c := Config{Token: telegramtest.DefaultToken, NotifyChats: []int64{-1001234567890, 0}}
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "notify_chats") {
		t.Fatalf("Validate: %v", err)
	}
	h := newHarness(t, nil)
	if h.bot.Notifies() {
		t.Fatal("a bot without notify_chats announces")
	}
	h = newHarness(t, func(c *Config) { c.NotifyChats = []int64{-1001234567890} })
	if !h.bot.Notifies() {
		t.Fatal("a bot with notify_chats does not announce")
	}
}
