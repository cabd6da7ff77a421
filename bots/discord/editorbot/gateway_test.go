package editorbot

import (
	"context"
	"strings"
	"testing"
	"time"

	"paperboy/bots/discord/discordtest"
	"paperboy/bots/discord/rest"
	"paperboy/core/channel"
)

// runBot starts Run and returns a stop function that cancels it and returns its error.
func runBot(t *testing.T, b *Bot) func() error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	return func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(20 * time.Second):
			t.Fatal("Run did not return after cancel")
			return nil
		}
	}
}

func TestGatewayPushFlow(t *testing.T) {
	e := newEditorEnv(t, EditorModeGateway, discordtest.AppOptions{HeartbeatInterval: 20 * time.Millisecond})
	stop := runBot(t, e.bot)
	g := e.app.GuildID()
	await(t, e.app, "identify", func() bool { return e.app.GatewayStats().Ready == 1 })
	if st := e.app.GatewayStats(); st.Identifies != 1 || st.Intents != 0 || e.app.CommandWrites(g) != 1 {
		t.Fatalf("stats %+v, writes %d: want one IDENTIFY with intents 0 after registering commands", st, e.app.CommandWrites(g))
	}
	await(t, e.app, "heartbeats", func() bool { return e.app.GatewayStats().Heartbeats >= 2 })

	push := e.app.SlashCommand(g, editorMember(), "push", discordtest.Option{Name: "url", Value: "https://example.com/a"},
		discordtest.Option{Name: "channels", Value: "dc-news"})
	if err := e.app.Dispatch(push); err != nil {
		t.Fatal(err)
	}
	await(t, e.app, "the preview edit", func() bool { m, ok := e.app.Original(push.Token); return ok && len(m.Components) == 1 })
	if cb := e.app.Callbacks(); len(cb) != 1 || cb[0].Type != discordtest.ResponseDeferred {
		t.Fatalf("callbacks %+v, want one deferral", cb)
	}
	msg, _ := e.app.Original(push.Token)
	if err := e.app.Dispatch(e.app.Click(g, editorMember(), msg.ID, msg.Components[0].Components[0].CustomID)); err != nil {
		t.Fatal(err)
	}
	await(t, e.app, "the publish", func() bool { m, _ := e.app.Original(push.Token); return len(m.Components) == 0 })
	if _, published := e.be.counts(); published != 1 {
		t.Fatalf("published %d times, want 1", published)
	}

	// Discord asks for a reconnect: the bot resumes the session with the last sequence number.
	const seqBefore = 3 // READY, the /push and the click
	if err := e.app.Reconnect(); err != nil {
		t.Fatal(err)
	}
	await(t, e.app, "resume", func() bool { st := e.app.GatewayStats(); return st.Resumes == 1 && st.Ready == 1 })
	if st := e.app.GatewayStats(); st.Identifies != 1 || st.ResumeSeq != seqBefore || st.Connections != 2 {
		t.Fatalf("stats %+v: want a RESUME at seq %d on a second connection, no new IDENTIFY", st, seqBefore)
	}
	status := e.app.SlashCommand(g, editorMember(), "status")
	if err := e.app.Dispatch(status); err != nil {
		t.Fatal(err)
	}
	await(t, e.app, "/status after resume", func() bool {
		m, ok := e.app.Original(status.Token)
		return ok && strings.Contains(m.Content, "dc-news [discord]")
	})
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	await(t, e.app, "disconnect", func() bool { return e.app.GatewayStats().Ready == 0 })
}

func TestGatewayRefusalIsEphemeral(t *testing.T) {
	e := newEditorEnv(t, EditorModeGateway, discordtest.AppOptions{})
	stop := runBot(t, e.bot)
	defer func() { _ = stop() }()
	await(t, e.app, "identify", func() bool { return e.app.GatewayStats().Ready == 1 })
	it := e.app.SlashCommand(e.app.GuildID(), discordtest.Member{UserID: "9", Roles: []string{"1"}}, "pause",
		discordtest.Option{Name: "name", Value: "dc-news"})
	if err := e.app.Dispatch(it); err != nil {
		t.Fatal(err)
	}
	await(t, e.app, "the refusal", func() bool { return len(e.app.Callbacks()) == 1 })
	if cb := e.app.Callbacks()[0]; cb.Type != discordtest.ResponseChannelMessage || !isEphemeral(cb) {
		t.Fatalf("refusal %s, want an ephemeral message", cb.Body)
	}
}

func TestGatewayBadTokenStops(t *testing.T) {
	e := newEditorEnv(t, EditorModeGateway, discordtest.AppOptions{})
	e.bot.cfg.Token = "not-the-token"
	e.bot.rest = rest.NewClient(nil, e.app.URL, "not-the-token")
	err := e.bot.runGateway(context.Background())
	if channel.Classify(err).Reason != channel.Unauthorized {
		t.Fatalf("runGateway: %v, want unauthorized from GET /gateway/bot", err)
	}
	// A token the REST API accepts but the gateway refuses (close 4004) ends Run too.
	e.bot.rest = rest.NewClient(nil, e.app.URL, e.app.Token)
	err = e.bot.runGateway(context.Background())
	if err == nil || !strings.Contains(err.Error(), "4004") {
		t.Fatalf("runGateway: %v, want the fatal close 4004", err)
	}
	if st := e.app.GatewayStats(); st.Connections != 1 || st.Identifies != 0 {
		t.Fatalf("stats %+v: want one connection and no reconnect loop", st)
	}
}
