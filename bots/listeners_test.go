package bots

import (
	"strings"
	"testing"

	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

// TestListenersFromTheTable checks that editor bots come from their editors: sections through
// the registry: a section the platform checks, a platform without commands, a bot turned on.
func TestListenersFromTheTable(t *testing.T) {
	parse := func(yml string) *config.Config {
		t.Helper()
		cfg, err := config.Parse("c.yaml", []byte(yml), func(string) (string, bool) { return "", false })
		if err != nil {
			t.Fatal(err)
		}
		return cfg
	}
	bad := parse("editors:\n  telegram: { token: \"123:AAH-x\", mode: carrier-pigeon }\n  slack: { token: x }\n")
	err := CheckListeners(bad)
	for _, want := range []string{"c.yaml:2: editors.telegram", "carrier-pigeon", "c.yaml:3: editors.slack: no editor commands on slack (platforms with commands: discord, telegram)"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("CheckListeners: %v, want %q", err, want)
		}
	}
	if ls, err := Listeners(parse("editors:\n  telegram: { users: [1] }\n"), editor.New(nil, nil), channel.Options{}); err != nil || len(ls) != 0 {
		t.Errorf("a section without a token turns nothing on: %v %v", ls, err)
	}
	ls, err := Listeners(parse("editors:\n  telegram: { token: \"123456789:AAH-abcdefghijklmnopqrstuvwxyz0123456\", users: [1] }\n"), editor.New(nil, nil), channel.Options{})
	if err != nil || len(ls) != 1 || ls[0].Platform != "telegram" {
		t.Fatalf("telegram bot: %v %v", ls, err)
	}
	if path, _ := ls[0].Webhook(); path != "" {
		t.Errorf("polling mode has no webhook path: %q", path)
	}
}
