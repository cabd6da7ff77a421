package editorbot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"paperboy/bots/discord/discordtest"
	"paperboy/bots/discord/editorbot/commands"
	"paperboy/bots/discord/rest"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

func TestRegisterOnlyWhenChanged(t *testing.T) {
	e := newEditorEnv(t, EditorModeGateway, discordtest.AppOptions{})
	second := e.app.AddGuild()
	e.bot.cfg.Guilds = append(e.bot.cfg.Guilds, second)
	g := e.app.GuildID()
	ctx := context.Background()

	if err := e.bot.Register(ctx); err != nil {
		t.Fatal(err)
	}
	if e.app.CommandWrites(g) != 1 || e.app.CommandWrites(second) != 1 {
		t.Fatalf("writes %d and %d after the first Register, want one bulk overwrite per guild", e.app.CommandWrites(g), e.app.CommandWrites(second))
	}
	got := e.app.Commands(g)
	ko := map[string]string{}
	for _, c := range editor.Commands("ko") {
		ko[c.Name] = c.Description
	}
	names := map[string]discordtest.Command{}
	for _, c := range got {
		names[c.Name] = c
		if c.DescriptionLocalizations["ko"] != ko[c.Name] {
			t.Errorf("/%s ko description %q, want %q", c.Name, c.DescriptionLocalizations["ko"], ko[c.Name])
		}
	}
	for _, want := range []string{"push", "preview", "status", "recent", "pause", "resume", "retry", "help"} {
		if _, ok := names[want]; !ok {
			t.Errorf("/%s not registered", want)
		}
	}
	if p := names["push"].Options; len(p) != 2 || p[0].Name != "url" || !p[0].Required || p[1].Name != "channels" || p[1].Required {
		t.Errorf("/push options %+v, want url (required) then channels", p)
	}

	// Identical definitions: read, compare, no PUT.
	if err := e.bot.Register(ctx); err != nil {
		t.Fatal(err)
	}
	if e.app.CommandWrites(g) != 1 || e.app.CommandWrites(second) != 1 {
		t.Fatalf("second Register wrote again (%d, %d)", e.app.CommandWrites(g), e.app.CommandWrites(second))
	}

	// Someone edited a command in one guild: only that guild is overwritten.
	edited := commands.Set()
	edited[0].Description = "changed by hand"
	if err := e.bot.rest.Do(ctx, "PUT", "/applications/"+e.app.ID+"/guilds/"+second+"/commands", nil, edited, nil); err != nil {
		t.Fatal(err)
	}
	if err := e.bot.Register(ctx); err != nil {
		t.Fatal(err)
	}
	if e.app.CommandWrites(g) != 1 || e.app.CommandWrites(second) != 3 {
		t.Fatalf("writes %d and %d, want the edited guild restored and the other untouched", e.app.CommandWrites(g), e.app.CommandWrites(second))
	}
}

func TestRegisterErrors(t *testing.T) {
	e := newEditorEnv(t, EditorModeGateway, discordtest.AppOptions{})
	e.bot.cfg.Guilds = []string{"424242"} // the app is not installed there
	err := e.bot.Register(context.Background())
	if err == nil || !strings.Contains(err.Error(), "Missing Access (code 50001)") || !strings.Contains(err.Error(), "guild 424242") {
		t.Fatalf("unknown guild: %v, want 403 Missing Access naming the guild", err)
	}
	e.bot.rest = rest.NewClient(nil, e.app.URL, "wrong-token")
	e.bot.cfg.Guilds = []string{e.app.GuildID()}
	err = e.bot.Register(context.Background())
	if channel.Classify(err).Reason != channel.Unauthorized {
		t.Fatalf("bad token: %v, want unauthorized", err)
	}
	if err := e.bot.Run(context.Background()); channel.Classify(err).Reason != channel.Unauthorized {
		t.Fatalf("Run with a bad token: %v, want it to stop with unauthorized", err)
	}
	if n := e.app.InvalidRequests(); n != 1 {
		t.Fatalf("Run made %d invalid requests to the REST fake, want exactly one", n)
	}
}

func TestCommandText(t *testing.T) {
	str := func(s string) json.RawMessage { b, _ := json.Marshal(s); return b }
	cases := []struct {
		name string
		opts []optionValue
		want string
	}{
		{"push", []optionValue{{Name: "channels", Value: str("dc-news,tg-news  x")}, {Name: "url", Value: str("https://a.example/1")}}, "/push https://a.example/1 dc-news tg-news  x"},
		{"push", []optionValue{{Name: "url", Value: str(" https://a.example/1 ")}}, "/push https://a.example/1"},
		{"recent", []optionValue{{Name: "n", Value: json.RawMessage("12")}}, "/recent 12"},
		{"retry", nil, "/retry"},
		{"pause", []optionValue{{Name: "name", Value: str("dc-news")}, {Name: "bogus", Value: str("x")}}, "/pause dc-news"},
		{"help", nil, "/help"},
	}
	for _, c := range cases {
		if got := commandText(c.name, c.opts); got != c.want {
			t.Errorf("commandText(%s, %v) = %q, want %q", c.name, c.opts, got, c.want)
		}
	}
}

func TestHasPermission(t *testing.T) {
	cases := []struct {
		perms string
		want  bool
	}{
		{"8", true}, {"0", false}, {"", false}, {"7", false}, {"2251799813685256", true},
		{"1267650600228229401496703205384", true}, // 2^100 + 8: beyond 64 bits
		{"-8", false}, {"admin", false},
	}
	for _, c := range cases {
		if got := hasPermission(c.perms, permAdministrator); got != c.want {
			t.Errorf("hasPermission(%q) = %v, want %v", c.perms, got, c.want)
		}
	}
}

// TestRegisterGlobalCommands: /feed and the reader commands are global commands, written once
// when they change and removed when readers and communities are turned off; the guilds'
// editor commands are untouched.
func TestRegisterGlobalCommands(t *testing.T) {
	e := newEditorEnv(t, EditorModeGateway, discordtest.AppOptions{})
	ctx := context.Background()
	g := e.app.GuildID()
	if err := e.bot.Register(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.app.CommandWrites(""); n != 0 || len(e.app.Commands("")) != 0 {
		t.Fatalf("readers and communities off: %d global writes, want none", n)
	}
	e.bot.readers, e.bot.communities = true, true
	for range 2 {
		if err := e.bot.Register(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if e.app.CommandWrites("") != 1 || e.app.CommandWrites(g) != 1 {
		t.Fatalf("global writes %d, guild writes %d: want one each", e.app.CommandWrites(""), e.app.CommandWrites(g))
	}
	byName := map[string]discordtest.Command{}
	for _, c := range e.app.Commands("") {
		byName[c.Name] = c
	}
	feed := byName["feed"]
	if feed.DefaultMemberPermissions == nil || *feed.DefaultMemberPermissions != "32" || fmt.Sprint(feed.Contexts) != "[0]" || fmt.Sprint(feed.IntegrationTypes) != "[0]" {
		t.Fatalf("/feed %+v, want Manage Server, servers only", feed)
	}
	if imp := feed.Options[4]; imp.Name != "import" || len(imp.Options) != 1 || imp.Options[0].Type != discordtest.OptionAttachment || !imp.Options[0].Required {
		t.Fatalf("/feed import %+v, want a required attachment", imp)
	}
	for _, name := range []string{"follow", "following", "unfollow", "quiet", "help"} {
		if c, ok := byName[name]; !ok || fmt.Sprint(c.Contexts) != "[1]" || c.DefaultMemberPermissions != nil {
			t.Errorf("/%s %+v, want a command of the bot's DMs for everyone", name, c)
		}
	}
	e.bot.readers = false
	if err := e.bot.Register(ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.app.Commands(""); len(got) != 1 || got[0].Name != "feed" || got[0].ID != feed.ID {
		t.Fatalf("readers off: global commands %+v, want /feed alone with its id kept", got)
	}
	e.bot.communities = false
	if err := e.bot.Register(ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.app.Commands(""); len(got) != 0 || e.app.CommandWrites(g) != 1 {
		t.Fatalf("both off: global commands %+v, want none", got)
	}
}
