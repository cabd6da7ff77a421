package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paperboy/config"
	"paperboy/core/store/bolt"
	"paperboy/core/subscribe"
)

func TestChatsCommand(t *testing.T) {
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "c.yaml")
	db := filepath.Join(dir, "s.db")
	yml := "store: { path: " + db + " }\nchannels:\n  - { name: out, type: console }\nreaders: { enabled: true }\ncommunities: { enabled: true }\n"
	if err := os.WriteFile(cfgPath, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	// A reader and a community, as the chat commands would have left them.
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	st, err := bolt.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	reg := subscribe.New(st, cfg)
	ctx := context.Background()
	if _, err := reg.Follow(ctx, subscribe.ChatRef{Platform: "telegram", ID: "42"}, "카카오"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := reg.Subscribe(ctx, subscribe.ChatRef{Platform: "discord", ID: "777", Title: "club"}, subscribe.Found{Type: "feed", URL: "https://news.example/rss"}, 0, "discord:1"); err != nil {
		t.Fatal(err)
	}
	_ = st.Close()
	cli := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(ctx, args, &out, &errb); code != 0 {
			t.Fatalf("paperboy %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
		}
		return out.String()
	}
	list := cli("chats", "list", "--config", cfgPath)
	if !strings.Contains(list, "telegram:42") || !strings.Contains(list, "카카오") || !strings.Contains(list, "discord:777") || !strings.Contains(list, "news-example") {
		t.Fatalf("list:\n%s", list)
	}
	cli("chats", "suspend", "--config", cfgPath, "telegram:42", "--reason", "spam")
	if list := cli("chats", "list", "--config", cfgPath); !strings.Contains(list, "suspended") || !strings.Contains(list, "spam") {
		t.Fatalf("after suspend:\n%s", list)
	}
	cli("chats", "remove", "--config", cfgPath, "discord:777")
	if list := cli("chats", "list", "--config", cfgPath); strings.Contains(list, "discord:777") {
		t.Fatalf("after remove:\n%s", list)
	}
	if out := cli("sources", "list", "--config", cfgPath); strings.Contains(out, "news-example") {
		t.Fatalf("the removed chat's feed is still a source:\n%s", out)
	}
	var errb bytes.Buffer
	if code := run(ctx, []string{"chats", "remove", "--config", cfgPath, "telegram:nope"}, &bytes.Buffer{}, &errb); code == 0 || !strings.Contains(errb.String(), "no chat") {
		t.Fatalf("removing an unknown chat: exit %d, %s", code, errb.String())
	}
}
