package editorbot

import (
	"context"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"testing"

	"paperboy/bots/discord/discordtest"
	"paperboy/core/channel"
	"paperboy/core/editor"
	"paperboy/core/fetch"
)

// chatService stands in for editor.Service's reader and community rules (core/editor owns
// them): community commands answer only in a group whose Chat.Admin says yes, reader commands
// only in a private chat; /import reads Request.File, /export replies with a file. Every other
// command goes to the real service. It records every request it is handed.
type chatService struct {
	*editor.Service
	mu   sync.Mutex
	reqs []editor.Request
	file []byte // what /import read
	ferr error  // and its error
}

func (s *chatService) Handle(ctx context.Context, r editor.Request) editor.Reply {
	s.mu.Lock()
	s.reqs = append(s.reqs, r)
	s.mu.Unlock()
	verb, _, _ := strings.Cut(strings.TrimPrefix(r.Text, "/"), " ")
	switch verb {
	case "sub", "unsub", "list", "set", "import", "export":
		if r.Chat.Kind != editor.ChatGroup || r.Chat.Admin == nil {
			return editor.Reply{Text: "not here"}
		}
		if ok, err := r.Chat.Admin(ctx); err != nil || !ok {
			return editor.Reply{Text: "only the server's managers may change its feeds"}
		}
		switch verb {
		case "import":
			_, data, err := r.File(ctx)
			s.mu.Lock()
			s.file, s.ferr = data, err
			s.mu.Unlock()
			if err != nil {
				return editor.Reply{Text: "import failed: " + err.Error()}
			}
		case "export":
			return editor.Reply{Text: "2 subscriptions", File: &editor.File{Name: "subscriptions.opml", Type: "text/x-opml", Data: []byte(testOPML)}}
		}
		return editor.Reply{Text: "done: " + r.Text}
	case "follow", "following", "unfollow", "quiet":
		if r.Chat.Kind != editor.ChatPrivate {
			return editor.Reply{Text: "not here"}
		}
		return editor.Reply{Text: "done: " + r.Text}
	}
	return s.Service.Handle(ctx, r)
}

// last is the last request handed to Handle whose text starts with prefix.
func (s *chatService) last(t *testing.T, prefix string) editor.Request {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := len(s.reqs) - 1; i >= 0; i-- {
		if strings.HasPrefix(s.reqs[i].Text, prefix) {
			return s.reqs[i]
		}
	}
	t.Fatalf("no request %q among %d", prefix, len(s.reqs))
	return editor.Request{}
}

// asked counts the requests whose text starts with prefix.
func (s *chatService) asked(prefix string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.reqs {
		if strings.HasPrefix(r.Text, prefix) {
			n++
		}
	}
	return n
}

const testOPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><body><outline type="rss" text="FN" xmlUrl="https://www.fntimes.com/rss"/></body></opml>`

// newChatEnv is an HTTP-mode bot with readers and communities on, answering through a
// chatService, whose attachments come from the fake's CDN through a guarded fetcher that lets
// only the fake's loopback address through.
func newChatEnv(t *testing.T) (*editorEnv, *chatService) {
	t.Helper()
	e := newEditorEnv(t, EditorModeHTTP, discordtest.AppOptions{})
	svc := &chatService{Service: editor.New(e.be, nil)}
	e.bot.svc = svc
	e.bot.readers, e.bot.communities = true, true
	e.bot.cdn = []string{e.app.CDN()}
	u, err := url.Parse(e.app.CDN())
	if err != nil {
		t.Fatal(err)
	}
	e.bot.media = fetch.New(fetch.DefaultConfig(), fetch.WithExemptAddrs(netip.MustParseAddrPort(u.Host)))
	return e, svc
}

// reply is the content of the interaction's answer (the edited deferral) and its flags.
func reply(t *testing.T, e *editorEnv, it discordtest.Interaction) discordtest.ResponseMessage {
	t.Helper()
	m, ok := e.app.Original(it.Token)
	if !ok {
		t.Fatalf("interaction %s has no answer", it.ID)
	}
	return m
}

func manager() discordtest.Member {
	return discordtest.Member{UserID: "888000000000000001", Username: "park", Permissions: "32"} // Manage Server
}

// TestFeedFromAnyServer: /feed runs in a server paperboy does not serve, as the community
// command line, with the channel as a group chat whose Admin is the member's Manage Server or
// Administrator permission; its answers are ephemeral.
func TestFeedFromAnyServer(t *testing.T) {
	e, svc := newChatEnv(t)
	guild := e.app.AddGuild()
	cases := []struct {
		sub  discordtest.Option
		want string
	}{
		{discordtest.Option{Name: "add", Options: []discordtest.Option{{Name: "url", Value: "https://www.fntimes.com/rss"}, {Name: "interval", Value: "30m"}}}, "/sub https://www.fntimes.com/rss 30m"},
		{discordtest.Option{Name: "remove", Options: []discordtest.Option{{Name: "sub", Value: "2"}}}, "/unsub 2"},
		{discordtest.Option{Name: "list", Options: []discordtest.Option{}}, "/list"},
		{discordtest.Option{Name: "set", Options: []discordtest.Option{{Name: "sub", Value: "1"}, {Name: "option", Value: "template"}, {Name: "value", Value: "compact"}}}, "/set 1 template compact"},
		{discordtest.Option{Name: "export", Options: []discordtest.Option{}}, "/export"},
	}
	for _, c := range cases {
		it := e.app.SlashCommand(guild, manager(), "feed", c.sub)
		e.deliver(t, it)
		r := svc.last(t, c.want)
		if r.Text != c.want || r.Chat.Kind != editor.ChatGroup || r.Chat.ID != it.ChannelID || r.Chat.Guild != guild ||
			!strings.HasPrefix(r.Chat.Title, "news-") || r.Access != nil || r.UserID != manager().UserID {
			t.Fatalf("/feed %s: request %+v, want %q from channel %s of guild %s, no editor rule", c.sub.Name, r, c.want, it.ChannelID, guild)
		}
		if cb := lastCallback(t, e.app); cb.Type != discordtest.ResponseDeferred || !isEphemeral(cb) {
			t.Fatalf("/feed %s: first answer %s, want an ephemeral deferral", c.sub.Name, cb.Body)
		}
		if m := reply(t, e, it); m.Flags&discordtest.FlagEphemeral == 0 || !strings.Contains(m.Content, c.want) && c.sub.Name != "export" {
			t.Fatalf("/feed %s: answer %+v", c.sub.Name, m)
		}
	}
	for _, c := range []struct {
		perms string
		admin bool
	}{{"32", true}, {"8", true}, {"40", true}, {"0", false}, {"16", false}, {"2048", false}} {
		it := e.app.SlashCommand(guild, discordtest.Member{UserID: "5", Permissions: c.perms}, "feed",
			discordtest.Option{Name: "list", Options: []discordtest.Option{}})
		e.deliver(t, it)
		r := svc.last(t, "/list")
		ok, err := r.Chat.Admin(context.Background())
		if err != nil || ok != c.admin {
			t.Errorf("permissions %s: Admin %v %v, want %v", c.perms, ok, err, c.admin)
		}
		if m := reply(t, e, it); c.admin == strings.Contains(m.Content, "only the server's managers") {
			t.Errorf("permissions %s: answered %q", c.perms, m.Content)
		}
	}
	// In a served guild an editor's roles come along (for the editor commands there).
	e.deliver(t, e.app.SlashCommand(e.app.GuildID(), editorMember(), "feed", discordtest.Option{Name: "list", Options: []discordtest.Option{}}))
	if r := svc.last(t, "/list"); r.Access == nil || r.Chat.Guild != e.app.GuildID() {
		t.Errorf("served guild: request %+v, want the roles rule attached", r)
	}
}

// TestChatCommandsOff: with communities and readers off, /feed and reader commands are refused
// before editor.Service sees them.
func TestChatCommandsOff(t *testing.T) {
	e, svc := newChatEnv(t)
	e.bot.readers, e.bot.communities = false, false
	e.deliver(t, e.app.SlashCommand(e.app.AddGuild(), manager(), "feed", discordtest.Option{Name: "list", Options: []discordtest.Option{}}))
	e.deliver(t, e.app.DMCommand(manager(), "follow", discordtest.Option{Name: "what", Value: "반도체"}))
	for _, cb := range e.app.Callbacks() {
		if cb.Type != discordtest.ResponseChannelMessage || !isEphemeral(cb) || !strings.Contains(string(cb.Body), "not allowed") {
			t.Errorf("answered %s, want an ephemeral refusal", cb.Body)
		}
	}
	if svc.asked("/list")+svc.asked("/follow") != 0 {
		t.Fatal("a refused chat command reached the service")
	}
	// On, /feed from a DM is still refused: it belongs to servers.
	e.bot.communities = true
	e.deliver(t, e.app.DMCommand(manager(), "feed", discordtest.Option{Name: "list", Options: []discordtest.Option{}}))
	if svc.asked("/list") != 0 || !strings.Contains(string(lastCallback(t, e.app).Body), "not allowed") {
		t.Fatal("/feed from a DM was not refused")
	}
}

// TestReaderCommandsInDMs: reader commands from the bot's DM are the reader command lines, with
// the DM as a private chat of that user.
func TestReaderCommandsInDMs(t *testing.T) {
	e, svc := newChatEnv(t)
	reader := discordtest.Member{UserID: "999000000000000001", Username: "lee", Locale: "ko"}
	for _, c := range []struct {
		name string
		opts []discordtest.Option
		want string
	}{
		{"follow", []discordtest.Option{{Name: "what", Value: "반도체"}}, "/follow 반도체"},
		{"following", nil, "/following"},
		{"unfollow", []discordtest.Option{{Name: "what", Value: "all"}}, "/unfollow all"},
		{"quiet", []discordtest.Option{{Name: "hours", Value: "23:00-07:00"}}, "/quiet 23:00-07:00"},
	} {
		it := e.app.DMCommand(reader, c.name, c.opts...)
		e.deliver(t, it)
		r := svc.last(t, c.want)
		if r.Text != c.want || r.Chat.Kind != editor.ChatPrivate || r.Chat.ID != it.ChannelID || r.Chat.Guild != "" ||
			r.UserID != reader.UserID || r.Lang != "ko" || r.Access != nil {
			t.Fatalf("/%s: request %+v", c.name, r)
		}
		if cb := lastCallback(t, e.app); cb.Type != discordtest.ResponseDeferred || isEphemeral(cb) {
			t.Fatalf("/%s: first answer %s, want a deferral", c.name, cb.Body)
		}
		if m := reply(t, e, it); m.Content != "done: "+c.want {
			t.Fatalf("/%s: answer %q", c.name, m.Content)
		}
	}
	// The same DM channel every time: the chat a reader's follows are delivered to.
	a, b := e.app.DMCommand(reader, "following"), e.app.DMCommand(reader, "following")
	if a.ChannelID != b.ChannelID {
		t.Fatal("the fake gave one user two DM channels")
	}
}

// TestTell: a notice is a plain bot message pinging nobody; a chat the bot lost is Gone.
func TestTell(t *testing.T) {
	e, _ := newChatEnv(t)
	ctx := context.Background()
	dm := e.app.DMCommand(manager(), "following").ChannelID
	if err := e.bot.Tell(ctx, dm, "@everyone your feed https://a.example/rss was turned off"); err != nil {
		t.Fatal(err)
	}
	msgs := e.app.Messages()
	m := msgs[len(msgs)-1]
	if m.ChannelID != dm || m.BotToken != e.app.Token || !strings.HasPrefix(m.Content, "@everyone your feed") || len(m.Embeds) != 0 ||
		m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0 {
		t.Fatalf("message %+v", m)
	}
	removed, revoked := e.app.AddChannel(), e.app.AddChannel()
	e.app.RemoveChannel(removed)
	e.app.Revoke(revoked)
	e.app.BlockDM(dm)
	for _, id := range []string{removed, revoked, dm} {
		err := e.bot.Tell(ctx, id, "hello")
		if ce := channel.Classify(err); ce.Reason != channel.Gone || ce.Code == "" || strings.Contains(err.Error(), e.app.Token) {
			t.Errorf("tell %s: %v, want gone with Discord's code", id, err)
		}
	}
	if err := e.bot.Tell(ctx, "../../users/@me", "x"); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("tell to a non-id: %v", err)
	}
}
