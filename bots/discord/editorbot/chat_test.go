package editorbot

import (
	"context"
	"strings"
	"testing"

	"paperboy/bots/discord"
	"paperboy/bots/discord/discordtest"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

// chatConfig is a configuration with the editor bot on app and a bot-mode channel of the same token.
func chatConfig(t *testing.T, app *discordtest.App, extra string) *config.Config {
	t.Helper()
	cfg, err := config.Parse("c.yaml", []byte(`
sources: [{ name: s, url: "https://example.com/rss" }]
channels: [{ name: dc-bot, type: discord, token: "`+app.Token+`", channel_id: "`+app.AddChannel()+`", api_url: "`+app.URL+`" }]
editors: { discord: { token: "`+app.Token+`", app_id: "`+app.ID+`", guilds: ["`+app.GuildID()+`"], api_url: "`+app.URL+`" } }
`+extra), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestChatChannelPostsWithTheEditorBot: a chat channel posts to its channel id with the editor
// bot's token through api_url, shares the credential of a configured channel of that token, and
// keeps a chat's pace of one message a second.
func TestChatChannelPostsWithTheEditorBot(t *testing.T) {
	clk := discordtest.NewClock()
	app := discordtest.NewApp(discordtest.AppOptions{Options: discordtest.Options{Now: clk.Now}})
	t.Cleanup(app.Close)
	cfg := chatConfig(t, app, "")
	dm := app.AddChannel()
	o := opts(clk.Now)
	o.Name = "discord:" + dm
	ch, err := ChatChannel(cfg, dm, o)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Name() != "discord:"+dm {
		t.Errorf("name %q", ch.Name())
	}
	rc, err := ch.Send(context.Background(), channel.Delivery{Key: "a1:discord:" + dm, Post: channeltest.SamplePost()})
	if err != nil {
		t.Fatal(err)
	}
	msgs := app.Messages()
	if len(msgs) != 1 || msgs[0].ChannelID != dm || msgs[0].BotToken != app.Token || msgs[0].ID != rc.RemoteID || len(msgs[0].Embeds) != 1 {
		t.Fatalf("messages %+v, want one embed posted by the editor bot into %s", msgs, dm)
	}
	var dcCfg discord.Config
	if err := cfg.Channels[0].Decode(&dcCfg); err != nil {
		t.Fatal(err)
	}
	configured, err := discord.New(dcCfg, opts(nil))
	if err != nil {
		t.Fatal(err)
	}
	ck, lim, burst := ch.(channel.Keyed).CredentialKey()
	want, wlim, wburst := configured.CredentialKey()
	if ck != want || lim != wlim || burst != wburst || strings.Contains(ck, app.Token) {
		t.Errorf("credential %q %v/%d, want the configured channel's %q %v/%d", ck, lim, burst, want, wlim, wburst)
	}
	if l := ch.Limits(); l.Rate != 1 || l.Burst != 1 || !l.Idempotent {
		t.Errorf("limits %+v, want one message a second, idempotent by nonce", l)
	}
	// A channel deleted since (or a reader who blocked the bot) is Gone, not a bad token.
	gone, err := ChatChannel(cfg, "4242", o)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := gone.Send(context.Background(), channel.Delivery{Key: "a3", Post: channeltest.SamplePost()}); channel.Classify(err).Reason != channel.Gone {
		t.Fatalf("send to an unknown channel: %v, want gone", err)
	}
}

func TestChatChannelNeedsTheEditorBot(t *testing.T) {
	cfg, err := config.Parse("c.yaml", []byte(`
sources: [{ name: s, url: "https://example.com/rss" }]
channels: [{ name: c, type: console }]
`), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ChatChannel(cfg, "123", opts(nil)); err == nil || !strings.Contains(err.Error(), "editors.discord") {
		t.Fatalf("ChatChannel without editors.discord: %v", err)
	}
}
