package editorbot

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"paperboy/bots/discord/discordtest"
	"paperboy/config"
	"paperboy/core/editor"
	"paperboy/core/source"
	"paperboy/core/store/bolt"
	"paperboy/core/subscribe"
)

// catalogBackend is edBackend with the runtime catalog, so editor.Service runs its real reader
// and community rules.
type catalogBackend struct {
	edBackend
	reg *subscribe.Registry
}

func (b *catalogBackend) Registry() *subscribe.Registry { return b.reg }

func (b *catalogBackend) DetectSource(_ context.Context, url, _ string) (subscribe.Found, error) {
	return subscribe.Found{Type: "feed", URL: url, Title: "FN Times", Preview: []source.Item{{Title: "반도체 수출", URL: "https://fn.example/1"}}}, nil
}

// TestChatsThroughTheEditorService: the requests the bot builds from /feed and reader commands
// pass editor.Service's own rules end to end — a manager of any server subscribes its channel,
// a member without Manage Server is refused, an OPML file round-trips through import and
// export, and a reader follows in the bot's DM.
func TestChatsThroughTheEditorService(t *testing.T) {
	cfg, err := config.Parse("t.yaml", []byte("sources:\n  - { name: fn, url: \"https://fn.example/rss\" }\nchannels:\n  - { name: c, type: console }\nreaders: { enabled: true }\ncommunities: { enabled: true }\n"),
		func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	st, err := bolt.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	e, _ := newChatEnv(t)
	be := &catalogBackend{reg: subscribe.New(st, cfg)}
	e.bot.svc = editor.New(be, nil)
	guild, ch := e.app.AddGuild(), e.app.AddChannel()
	run := func(m discordtest.Member, sub string, opts ...discordtest.Option) discordtest.ResponseMessage {
		t.Helper()
		it := e.app.SlashCommandIn(guild, ch, m, "feed", discordtest.Option{Name: sub, Options: append([]discordtest.Option{}, opts...)})
		e.deliver(t, it)
		return reply(t, e, it)
	}
	if m := run(manager(), "add", discordtest.Option{Name: "url", Value: "https://fn.example/feed.xml"}, discordtest.Option{Name: "interval", Value: "30m"}); !strings.Contains(m.Content, "Subscribed to FN Times") {
		t.Fatalf("/feed add by a manager: %q", m.Content)
	}
	if m := run(discordtest.Member{UserID: "5", Permissions: "2048"}, "add", discordtest.Option{Name: "url", Value: "https://evil.example/rss"}); !strings.Contains(m.Content, "Only this chat's admins") {
		t.Fatalf("/feed add without Manage Server: %q", m.Content)
	}
	export := run(manager(), "export")
	if len(export.Files) != 1 || !strings.Contains(string(export.Files[0].Data), "https://fn.example/feed.xml") {
		t.Fatalf("/feed export: %+v", export)
	}
	// The exported file, attached to /feed import in another server, subscribes that one too.
	att := e.app.AddAttachment("subscriptions.opml", "text/x-opml", export.Files[0].Data)
	guild, ch = e.app.AddGuild(), e.app.AddChannel()
	if m := run(manager(), "import", discordtest.Option{Name: "file", Value: att}); strings.Contains(m.Content, "failed") || strings.Contains(m.Content, "Attach") {
		t.Fatalf("/feed import: %q", m.Content)
	}
	if m := run(manager(), "list"); !strings.Contains(m.Content, "fn.example/feed.xml") {
		t.Fatalf("/feed list after the import: %q", m.Content)
	}
	reader := discordtest.Member{UserID: "999000000000000001", Username: "lee"}
	follow := e.app.DMCommand(reader, "follow", discordtest.Option{Name: "what", Value: "반도체"})
	e.deliver(t, follow)
	if m := reply(t, e, follow); !strings.Contains(m.Content, "반도체") {
		t.Fatalf("/follow: %q", m.Content)
	}
	c, ok, err := be.reg.Chat(context.Background(), subscribe.ChatRef{Platform: "discord", ID: follow.ChannelID}.Key())
	if err != nil || !ok || len(c.Follows) != 1 {
		t.Fatalf("the reader's chat %+v %v %v, want one follow under the DM channel", c, ok, err)
	}
}
