package editorbot

// Attacks on Discord editor commands that the bot refuses, over the HTTP interactions
// endpoint and the gateway alike. Nothing refused reaches the editor service (no preview, no
// publish):
//
//   - a request signed with another key, a tampered body, missing or malformed signature headers → 401
//   - a validly signed interaction replayed, or with a timestamp over 5 minutes old or ahead → 401
//   - an oversized body → 413 before the signature is checked
//   - an Administrator of a guild that is not in editors.discord.guilds, or a command from a DM → refused,
//     also with readers and communities on (which open /feed to any server and reader commands to DMs)
//   - /feed add by a member of such a server without Manage Server → Chat.Admin says no
//   - a Publish button clicked in a server paperboy does not serve, even by its Administrator → refused
//   - a forged Publish button (a custom_id paperboy never issued) → "expired", nothing published
//   - a Publish click by a member without the editor role → refused
//   - editors.discord without guilds → a configuration error naming the key
//
// FuzzInteractionsHandler throws arbitrary signed bodies at the endpoint: it must never panic
// and never publish.

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"net/http"
	"strings"
	"testing"

	"paperboy/bots/discord/discordtest"
	"paperboy/config"
	"paperboy/core/editor"
)

func TestSecurityForgedAndReplayedInteractionsRefused(t *testing.T) {
	e := newEditorEnv(t, EditorModeHTTP, discordtest.AppOptions{})
	_, stranger, _ := ed25519.GenerateKey(rand.Reader)
	push := e.app.SlashCommand(e.app.GuildID(), editorMember(), "push", discordtest.Option{Name: "url", Value: "https://example.com/a"})
	now := e.clk.Now().Unix()
	for _, c := range []struct {
		name string
		key  ed25519.PrivateKey
		ts   int64
		body []byte
		want int
	}{
		{"signed by someone else", stranger, now, push.Body, http.StatusUnauthorized},
		{"stale", e.priv, now - 301, push.Body, http.StatusUnauthorized},
		{"from the future", e.priv, now + 301, push.Body, http.StatusUnauthorized},
		{"oversized", e.priv, now, bytes.Repeat([]byte("x"), maxInteractionBody+1), http.StatusRequestEntityTooLarge},
	} {
		if rec := e.post(t, c.key, c.ts, c.body); rec.Code != c.want {
			t.Errorf("%s: %d, want %d", c.name, rec.Code, c.want)
		}
	}
	if n := len(e.app.Callbacks()); n != 0 {
		t.Fatalf("refused interactions were answered %d times", n)
	}
	// The genuine request once, then the very same bytes again (a replay).
	e.deliver(t, push)
	if rec := e.post(t, e.priv, now, push.Body); rec.Code != http.StatusUnauthorized {
		t.Fatalf("replay: %d, want 401", rec.Code)
	}
	if previews, _ := e.be.counts(); previews != 1 {
		t.Fatalf("%d previews, want 1 (the replay made none)", previews)
	}
}

func TestSecurityForeignGuildsAndForgedButtonsRefused(t *testing.T) {
	for _, mode := range []string{EditorModeHTTP, EditorModeGateway} {
		t.Run(mode, func(t *testing.T) {
			e := newEditorEnv(t, mode, discordtest.AppOptions{})
			e.bot.readers, e.bot.communities = true, true
			svc := &chatService{Service: editor.New(e.be, nil)}
			e.bot.svc = svc
			send := func(it discordtest.Interaction) {
				t.Helper()
				if mode == EditorModeHTTP {
					e.deliver(t, it)
					return
				}
				n := len(e.app.Callbacks())
				if err := e.app.Dispatch(it); err != nil {
					t.Fatal(err)
				}
				await(t, e.app, "the answer", func() bool { return len(e.app.Callbacks()) > n })
				e.bot.Wait()
			}
			if mode == EditorModeGateway {
				stop := runBot(t, e.bot)
				defer func() { _ = stop() }()
				await(t, e.app, "identify", func() bool { return e.app.GatewayStats().Ready == 1 })
			}
			// An Administrator of a guild that merely added the bot, then a DM.
			admin := discordtest.Member{UserID: "66", Username: "mallory", Permissions: "8"}
			for _, guild := range []string{e.app.AddGuild(), ""} {
				send(e.app.SlashCommand(guild, admin, "push", discordtest.Option{Name: "url", Value: "https://evil.example/a"}))
				if last := lastCallback(t, e.app); !isEphemeral(last) || !strings.Contains(string(last.Body), "not allowed") {
					t.Errorf("guild %q: answered %s, want an ephemeral refusal", guild, last.Body)
				}
			}
			// Buttons: a custom_id never issued, and a real one clicked by a member without the role.
			push := e.app.SlashCommand(e.app.GuildID(), editorMember(), "push", discordtest.Option{Name: "url", Value: "https://example.com/a"})
			send(push)
			await(t, e.app, "the preview", func() bool { m, ok := e.app.Original(push.Token); return ok && len(m.Components) == 1 })
			msg, _ := e.app.Original(push.Token)
			send(e.app.Click(e.app.GuildID(), editorMember(), msg.ID, "pub:forged-token-0000"))
			send(e.app.Click(e.app.GuildID(), discordtest.Member{UserID: "9", Username: "eve"}, msg.ID, msg.Components[0].Components[0].CustomID))
			foreign := e.app.AddGuild()
			send(e.app.Click(foreign, admin, msg.ID, msg.Components[0].Components[0].CustomID))
			if previews, published := e.be.counts(); previews != 1 || published != 0 {
				t.Fatalf("previews %d published %d, want 1 and 0", previews, published)
			}
			// /feed is open to any server, but only to those who may manage it.
			member := discordtest.Member{UserID: "67", Username: "trudy", Permissions: "2048"} // Send Messages only
			add := e.app.SlashCommand(foreign, member, "feed", discordtest.Option{Name: "add",
				Options: []discordtest.Option{{Name: "url", Value: "https://evil.example/rss"}}})
			send(add)
			req := svc.last(t, "/sub https://evil.example/rss")
			if ok, err := req.Chat.Admin(context.Background()); ok || err != nil || req.Access != nil {
				t.Fatalf("/feed add by a member without Manage Server: Admin %v %v, access %v", ok, err, req.Access)
			}
			if m, _ := e.app.Original(add.Token); !strings.Contains(m.Content, "only the server's managers") {
				t.Fatalf("/feed add by a member without Manage Server answered %q", m.Content)
			}
		})
	}
}

func TestSecurityDiscordEditorsNeedGuilds(t *testing.T) {
	cfg, err := config.Parse("c.yaml", []byte(`
http: { listen: ":8080" }
sources: [{ name: s, url: "https://example.com/rss" }]
channels: [{ name: c, type: console }]
editors: { discord: { token: "t0ken-value", app_id: "123", roles: ["1"] } }
`), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	if err := Check(cfg); err == nil || !strings.Contains(err.Error(), "editors.discord") || !strings.Contains(err.Error(), "need guilds") {
		t.Fatalf("config without guilds: %v, want an error at editors.discord about guilds", err)
	}
}

// FuzzInteractionsHandler sends arbitrary bodies, correctly signed, to the HTTP endpoint: the
// handler must answer (never panic), with a status from its contract, and nothing may be
// published without a button click from an editor on a preview paperboy issued.
func FuzzInteractionsHandler(f *testing.F) {
	for _, seed := range []string{
		`{"id":"1","type":1,"token":"x","application_id":"1"}`,
		`{"id":"2","type":2,"token":"t","guild_id":"1","data":{"name":"push","options":[{"name":"url","type":3,"value":"https://example.com/a"}]},"member":{"user":{"id":"9"},"roles":[],"permissions":"8"}}`,
		`{"id":"3","type":3,"token":"t","guild_id":"1","data":{"custom_id":"pub:x","component_type":2},"member":{"user":{"id":"9"},"roles":["1"]}}`,
		`{"id":"4","type":2,"token":"t","data":{"name":"status"},"user":{"id":"9"}}`,
		`{"type":5}`, `[]`, `{"type":2,"data":null,"member":null}`, `{"type":2,"data":{"options":[{"value":{}}]}}`,
	} {
		f.Add([]byte(seed))
	}
	e := newEditorEnv(f, EditorModeHTTP, discordtest.AppOptions{})
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := e.post(t, e.priv, e.clk.Now().Unix(), body)
		switch rec.Code {
		case http.StatusOK, http.StatusAccepted, http.StatusBadRequest, http.StatusUnauthorized,
			http.StatusRequestEntityTooLarge, http.StatusInternalServerError:
		default:
			t.Fatalf("status %d for %q", rec.Code, body)
		}
		if _, published := e.be.counts(); published != 0 {
			t.Fatalf("published from a fuzzed body %q", body)
		}
	})
}
