package editor

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"paperboy/config"
	"paperboy/core/store/bolt"
	"paperboy/core/subscribe"
)

func chatBackend(t *testing.T, yaml string) *sourcesBackend {
	t.Helper()
	cfg, err := config.Parse("t.yaml", []byte(yaml), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	st, err := bolt.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return &sourcesBackend{reg: subscribe.New(st, cfg)}
}

const chatCfg = "sources:\n  - { name: fn, url: \"https://fn.example/rss\" }\nchannels:\n  - { name: tg, type: console }\nreaders: { enabled: true }\ncommunities: { enabled: true }\n"

func TestReaderCommands(t *testing.T) {
	ctx := context.Background()
	b := chatBackend(t, chatCfg)
	s := New(b, nil)
	reader := Request{Platform: "telegram", UserID: "99", Access: user42, Lang: "ko", Chat: Chat{ID: "99", Kind: ChatPrivate}}
	say := func(r Request, text string) string {
		r.Text = text
		return s.Handle(ctx, r).Text
	}
	if got := say(reader, "/start"); !strings.Contains(got, "/follow") || strings.Contains(got, "/push") {
		t.Fatalf("a reader's help shows reader commands only: %q", got)
	}
	if got := say(reader, "/follow 카카오"); !strings.Contains(got, "카카오") {
		t.Fatalf("follow: %q", got)
	}
	if got := say(reader, "/quiet 23:00-07:00"); !strings.Contains(got, "Asia/Seoul") {
		t.Fatalf("quiet: %q", got)
	}
	if got := say(reader, "/following"); !strings.Contains(got, "카카오") || !strings.Contains(got, "23:00-07:00") {
		t.Fatalf("following: %q", got)
	}
	if got := say(reader, "/push https://e.example/a"); !strings.Contains(got, "권한") {
		t.Fatalf("a reader runs an editor command: %q", got)
	}
	group := reader
	group.Chat = Chat{ID: "-100", Kind: ChatGroup}
	if got := say(group, "/follow x"); !strings.Contains(got, "1:1") {
		t.Fatalf("following from a group: %q", got)
	}
	if got := say(reader, "/unfollow 카카오"); !strings.Contains(got, "카카오") {
		t.Fatalf("unfollow: %q", got)
	}
	c, ok, _ := b.reg.Chat(ctx, "telegram:99")
	if ok && len(c.Follows) != 0 {
		t.Fatalf("still following: %+v", c)
	}
	off := New(chatBackend(t, "channels:\n  - { name: tg, type: console }\n"), nil)
	reader.Text = "/follow x"
	if got := off.Handle(ctx, reader).Text; !strings.Contains(got, "권한") {
		t.Fatalf("readers off: /follow must be refused like any command of a stranger: %q", got)
	}
}

func TestCommunityCommands(t *testing.T) {
	ctx := context.Background()
	b := chatBackend(t, chatCfg)
	s := New(b, nil)
	asked := 0
	admin := func(yes bool, err error) func(context.Context) (bool, error) {
		return func(context.Context) (bool, error) { asked++; return yes, err }
	}
	req := func(text string, isAdmin func(context.Context) (bool, error)) Request {
		return Request{Platform: "telegram", UserID: "5", Text: text, Chat: Chat{ID: "-1001", Kind: ChatGroup, Title: "Readers club", Admin: isAdmin}}
	}
	if got := s.Handle(ctx, req("/sub https://hn.example/rss", admin(false, nil))).Text; !strings.Contains(got, "Only this chat's admins") {
		t.Fatalf("a member who is not an admin: %q", got)
	}
	if got := s.Handle(ctx, req("/sub https://hn.example/rss", admin(false, errors.New("timeout")))).Text; !strings.Contains(got, "Only this chat's admins") {
		t.Fatalf("an admin check that fails must refuse: %q", got)
	}
	if got := s.Handle(ctx, req("/sub https://hn.example/rss", nil)).Text; !strings.Contains(got, "Only this chat's admins") {
		t.Fatalf("no admin check: %q", got)
	}
	if got := s.Handle(ctx, req("/sub https://hn.example/rss", admin(true, nil))).Text; !strings.Contains(got, "Subscribed to Paper") || !strings.Contains(got, "three") {
		t.Fatalf("admin subscribes: %q", got)
	}
	if asked != 3 {
		t.Fatalf("the platform must be asked on every command: %d", asked)
	}
	if got := s.Handle(ctx, req("/set hn-example include AI, 반도체", admin(true, nil))).Text; !strings.Contains(got, "반도체") {
		t.Fatalf("set: %q", got)
	}
	if got := s.Handle(ctx, req("/list", admin(true, nil))).Text; !strings.Contains(got, "hn-example — https://hn.example/rss [include: AI, 반도체]") {
		t.Fatalf("list: %q", got)
	}
	rep := s.Handle(ctx, req("/export", admin(true, nil)))
	if rep.File == nil || !bytes.Contains(rep.File.Data, []byte(`xmlUrl="https://hn.example/rss"`)) {
		t.Fatalf("export: %+v", rep)
	}
	// Import the export into another chat: the same set.
	other := req("/import", admin(true, nil))
	other.Chat.ID = "-1002"
	if got := s.Handle(ctx, other).Text; !strings.Contains(got, "Attach an OPML") {
		t.Fatalf("import without a file: %q", got)
	}
	other.File = func(context.Context) (string, []byte, error) { return "subs.opml", rep.File.Data, nil }
	if got := s.Handle(ctx, other).Text; !strings.Contains(got, "Subscribed to 1 of 1") {
		t.Fatalf("import: %q", got)
	}
	other.Text = "/export"
	if back := s.Handle(ctx, other); back.File == nil || !bytes.Contains(back.File.Data, []byte(`xmlUrl="https://hn.example/rss"`)) {
		t.Fatalf("round trip: %+v", back)
	}
	if got := s.Handle(ctx, req("/unsub hn-example", admin(true, nil))).Text; !strings.Contains(got, "Unsubscribed") {
		t.Fatalf("unsub: %q", got)
	}
	private := req("/sub https://x.example/rss", admin(true, nil))
	private.Chat.Kind = ChatPrivate
	if got := s.Handle(ctx, private).Text; !strings.Contains(got, "groups and channels") {
		t.Fatalf("/sub in a private chat: %q", got)
	}
}

func TestChatCommandsAreRateLimited(t *testing.T) {
	ctx := context.Background()
	s := New(chatBackend(t, chatCfg), nil)
	r := Request{Platform: "telegram", UserID: "3", Text: "/following", Chat: Chat{ID: "3", Kind: ChatPrivate}}
	for i := 0; i < chatBurst; i++ {
		if got := s.Handle(ctx, r).Text; strings.Contains(got, "Too many") {
			t.Fatalf("command %d refused: %q", i+1, got)
		}
	}
	if got := s.Handle(ctx, r).Text; !strings.Contains(got, "Too many") {
		t.Fatalf("a burst beyond %d was not slowed down: %q", chatBurst, got)
	}
	other := r
	other.UserID, other.Chat.ID = "4", "4"
	if got := s.Handle(ctx, other).Text; strings.Contains(got, "Too many") {
		t.Fatal("another reader was slowed down by the first")
	}
}
