package editorbot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"paperboy/bots/discord"
	"paperboy/bots/discord/discordtest"
	"paperboy/bots/discord/rest"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

func TestSignedInteractions(t *testing.T) {
	e := newEditorEnv(t, EditorModeHTTP, discordtest.AppOptions{})
	_, stranger, _ := ed25519.GenerateKey(rand.Reader)
	now := e.clk.Now().Unix()
	ping := func(nonce string) []byte {
		return []byte(`{"id":"` + nonce + `","type":1,"token":"x","application_id":"1"}`)
	}
	cases := []struct {
		name string
		key  ed25519.PrivateKey
		ts   int64
		body []byte
		want int
	}{
		{"valid ping", e.priv, now, ping("1"), http.StatusOK},
		{"other key", stranger, now, ping("2"), http.StatusUnauthorized},
		{"stale timestamp", e.priv, now - 301, ping("3"), http.StatusUnauthorized},
		{"timestamp from the future", e.priv, now + 301, ping("4"), http.StatusUnauthorized},
		{"just inside the window", e.priv, now - 299, ping("5"), http.StatusOK},
		{"replayed body", e.priv, now, ping("1"), http.StatusUnauthorized},
		{"oversized body", e.priv, now, bytes.Repeat([]byte(" "), maxInteractionBody+1), http.StatusRequestEntityTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := e.post(t, c.key, c.ts, c.body)
			if rec.Code != c.want {
				t.Fatalf("status %d (%q), want %d", rec.Code, rec.Body.String(), c.want)
			}
			if c.want == http.StatusOK && strings.TrimSpace(rec.Body.String()) != `{"type":1}` {
				t.Fatalf("PING answered %q, want PONG", rec.Body.String())
			}
		})
	}
	t.Run("tampered body", func(t *testing.T) {
		stamp := "1714564800"
		req := httptest.NewRequest(http.MethodPost, InteractionsPath, strings.NewReader(string(ping("6"))+" "))
		req.Header.Set("X-Signature-Timestamp", stamp)
		sig := ed25519.Sign(e.priv, append([]byte(stamp), ping("6")...))
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
		rec := httptest.NewRecorder()
		e.bot.Handler().ServeHTTP(rec, req)
		if rec.Code != http.StatusUnauthorized {
			t.Fatalf("status %d, want 401", rec.Code)
		}
	})
	for _, h := range []map[string]string{{}, {"X-Signature-Timestamp": "1714564800"}, {"X-Signature-Ed25519": "zz", "X-Signature-Timestamp": "1714564800"}} {
		req := httptest.NewRequest(http.MethodPost, InteractionsPath, strings.NewReader(string(ping("7"))))
		for k, v := range h {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		e.bot.Handler().ServeHTTP(rec, req)
		if rec.Code != http.StatusUnauthorized {
			t.Errorf("headers %v: status %d, want 401", h, rec.Code)
		}
	}
	rec := httptest.NewRecorder()
	e.bot.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, InteractionsPath, nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET: status %d, want 405", rec.Code)
	}
	if n := len(e.app.Callbacks()); n != 0 {
		t.Errorf("%d callbacks for pings, want none (PONG goes in the HTTP answer)", n)
	}
}

func TestPushFlowOverHTTP(t *testing.T) {
	e := newEditorEnv(t, EditorModeHTTP, discordtest.AppOptions{})
	g := e.app.GuildID()
	push := e.app.SlashCommand(g, editorMember(), "push",
		discordtest.Option{Name: "url", Value: "https://www.fntimes.com/html/view.php?ud=1"},
		discordtest.Option{Name: "channels", Value: "dc-news, tg-news"})
	e.deliver(t, push)

	cb := e.app.Callbacks()
	if len(cb) != 1 || cb[0].Type != discordtest.ResponseDeferred {
		t.Fatalf("callbacks %+v, want one deferred (type 5)", cb)
	}
	msg, ok := e.app.Original(push.Token)
	if !ok || msg.Deferred {
		t.Fatalf("original %+v: want edited after the deferral", msg)
	}
	if len(msg.Embeds) != 1 || msg.Embeds[0].Title != "반도체 수출 3개월 연속 증가" || msg.Embeds[0].URL != "https://www.fntimes.com/html/view.php?ud=1" {
		t.Fatalf("preview embed %+v", msg.Embeds)
	}
	if len(msg.Components) != 1 || len(msg.Components[0].Components) != 2 {
		t.Fatalf("components %+v, want one row of Publish and Cancel", msg.Components)
	}
	publish, cancel := msg.Components[0].Components[0], msg.Components[0].Components[1]
	if publish.Label != "Publish" || !strings.HasPrefix(publish.CustomID, "pub:") || cancel.Label != "Cancel" || msg.Content != "Publish this?" {
		t.Fatalf("buttons %+v %+v, content %q", publish, cancel, msg.Content)
	}
	if previews, published := e.be.counts(); previews != 1 || published != 0 {
		t.Fatalf("previews %d published %d before the click, want 1 and 0", previews, published)
	}

	// A member without the role cannot click Publish.
	e.deliver(t, e.app.Click(g, discordtest.Member{UserID: "9", Username: "eve"}, msg.ID, publish.CustomID))
	if _, published := e.be.counts(); published != 0 {
		t.Fatal("a stranger's click published")
	}
	if last := lastCallback(t, e.app); last.Type != discordtest.ResponseChannelMessage || !isEphemeral(last) {
		t.Fatalf("stranger's click answered %+v, want an ephemeral message", last)
	}

	e.deliver(t, e.app.Click(g, editorMember(), msg.ID, publish.CustomID))
	if last := lastCallback(t, e.app); last.Type != discordtest.ResponseUpdate {
		t.Fatalf("click answered type %d, want 7 (update message)", last.Type)
	}
	e.be.mu.Lock()
	pub, by := e.be.published, e.be.by
	e.be.mu.Unlock()
	if len(pub) != 1 || strings.Join(pub[0], " ") != "dc-news tg-news" || by[0] != "discord:kim" {
		t.Fatalf("published %v by %v, want once to dc-news and tg-news by discord:kim", pub, by)
	}
	msg, _ = e.app.Original(push.Token)
	if !strings.Contains(msg.Content, "Queued for publishing") || len(msg.Components) != 0 || len(msg.Embeds) != 1 {
		t.Fatalf("after publish: content %q, %d button rows, %d embeds; want the result, no buttons, the preview kept", msg.Content, len(msg.Components), len(msg.Embeds))
	}
	// The same button again (a double click) publishes nothing more.
	e.deliver(t, e.app.Click(g, editorMember(), msg.ID, publish.CustomID))
	if _, published := e.be.counts(); published != 1 {
		t.Fatalf("published %d times, want once", published)
	}
}

func TestRefusals(t *testing.T) {
	e := newEditorEnv(t, EditorModeHTTP, discordtest.AppOptions{})
	other := e.app.AddGuild()
	cases := []struct {
		name   string
		guild  string
		member discordtest.Member
		want   string
	}{
		{"no role", e.app.GuildID(), discordtest.Member{UserID: "9", Username: "eve", Roles: []string{"123"}}, "not allowed"},
		{"korean client", e.app.GuildID(), discordtest.Member{UserID: "9", Roles: []string{"123"}, Locale: "ko"}, "권한이 없습니다"},
		{"administrator of an unserved guild", other, discordtest.Member{UserID: "9", Permissions: "8"}, "not allowed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e.deliver(t, e.app.SlashCommand(c.guild, c.member, "push", discordtest.Option{Name: "url", Value: "https://example.com/a"}))
			last := lastCallback(t, e.app)
			var body struct {
				Data struct{ Content string } `json:"data"`
			}
			_ = json.Unmarshal(last.Body, &body)
			if last.Type != discordtest.ResponseChannelMessage || !isEphemeral(last) || !strings.Contains(body.Data.Content, c.want) {
				t.Fatalf("answered %s, want an ephemeral refusal containing %q", last.Body, c.want)
			}
		})
	}
	if previews, published := e.be.counts(); previews != 0 || published != 0 {
		t.Fatalf("refused members caused %d previews and %d publishes", previews, published)
	}
	// Administrator in a served guild needs no role.
	admin := discordtest.Member{UserID: "10", Username: "boss", Permissions: "2251799813685256"} // bits 3 and 51
	e.deliver(t, e.app.SlashCommand(e.app.GuildID(), admin, "status"))
	if last := lastCallback(t, e.app); last.Type != discordtest.ResponseDeferred {
		t.Fatalf("administrator's /status answered type %d, want 5", last.Type)
	}
}

func TestSlowPublishDefersTheUpdate(t *testing.T) {
	e := newEditorEnv(t, EditorModeHTTP, discordtest.AppOptions{})
	e.bot.pressBudget = 0
	e.be.gate = make(chan struct{})
	g := e.app.GuildID()
	push := e.app.SlashCommand(g, editorMember(), "push", discordtest.Option{Name: "url", Value: "https://example.com/a"})
	e.deliver(t, push)
	msg, _ := e.app.Original(push.Token)
	click := e.app.Click(g, editorMember(), msg.ID, msg.Components[0].Components[0].CustomID)

	// Publish blocks until the gate opens, so the click must be answered before it finishes.
	rec := httptest.NewRecorder()
	e.bot.Handler().ServeHTTP(rec, signedRequest(e.priv, e.clk.Now().Unix(), click.Body))
	if rec.Code != http.StatusAccepted {
		t.Fatalf("click: status %d", rec.Code)
	}
	if last := lastCallback(t, e.app); last.Type != discordtest.ResponseDeferredUpdate {
		t.Fatalf("slow click answered type %d, want 6 (deferred update)", last.Type)
	}
	close(e.be.gate)
	e.bot.Wait()
	msg, _ = e.app.Original(push.Token)
	if !strings.Contains(msg.Content, "Queued for publishing") || len(msg.Components) != 0 {
		t.Fatalf("after the deferred publish: %q with %d rows", msg.Content, len(msg.Components))
	}
}

func signedRequest(key ed25519.PrivateKey, ts int64, body []byte) *http.Request {
	stamp := strconv.FormatInt(ts, 10)
	req := httptest.NewRequest(http.MethodPost, InteractionsPath, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(stamp), body...))))
	return req
}

func lastCallback(t *testing.T, app *discordtest.App) discordtest.Callback {
	t.Helper()
	cb := app.Callbacks()
	if len(cb) == 0 {
		t.Fatal("no interaction callback")
	}
	return cb[len(cb)-1]
}

func isEphemeral(c discordtest.Callback) bool {
	var body struct {
		Data struct{ Flags int } `json:"data"`
	}
	return json.Unmarshal(c.Body, &body) == nil && body.Data.Flags&discordtest.FlagEphemeral != 0
}

func TestNewEditorBotValidates(t *testing.T) {
	svc := editor.New(&edBackend{}, nil)
	good := Config{Token: "s3cret.T0ken", AppID: "123", Mode: "http", PublicKey: strings.Repeat("ab", 32), Guilds: []string{"1"}, Roles: []string{"2"}}
	cases := []struct {
		name   string
		change func(*Config)
		want   string
	}{
		{"no token", func(c *Config) { c.Token = "" }, "need token"},
		{"bad app id", func(c *Config) { c.AppID = "app" }, "app_id"},
		{"http without key", func(c *Config) { c.PublicKey = "" }, "public_key"},
		{"short key", func(c *Config) { c.PublicKey = "abcd" }, "public_key"},
		{"bad mode", func(c *Config) { c.Mode = "webhook" }, "mode"},
		{"bad guild", func(c *Config) { c.Guilds = []string{"general"} }, "guilds[0]"},
		{"no guilds", func(c *Config) { c.Guilds = nil }, "need guilds"},
		{"bad role", func(c *Config) { c.Roles = []string{"@editors"} }, "roles[0]"},
		{"bad api_url", func(c *Config) { c.APIURL = "ftp://x" }, "api_url"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := good
			c.change(&cfg)
			_, err := New(cfg, svc, opts(nil))
			if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "s3cret") {
				t.Fatalf("err %v, want one mentioning %q and no token", err, c.want)
			}
		})
	}
	b, err := New(Config{Token: "t", AppID: "123", Guilds: []string{"1"}}, svc, opts(nil))
	if err != nil || b.Mode() != EditorModeGateway || b.cfg.APIURL != discord.DefaultAPIURL || b.Path() != "/discord/interactions" {
		t.Fatalf("defaults: %v %+v", err, b)
	}
	if _, err := NewInteractionsHandler(good, svc, opts(nil)); err != nil {
		t.Fatalf("NewInteractionsHandler: %v", err)
	}
}

func TestInteractionTokenNeverInErrors(t *testing.T) {
	e := newEditorEnv(t, EditorModeHTTP, discordtest.AppOptions{})
	it := &interaction{ID: "1", Token: "aW50-interaction-s3cret", Type: interactionCommand}
	e.bot.hooks = rest.NewClient(nil, "http://127.0.0.1:1/api/v10", "")
	err := e.bot.callback(context.Background(), it, response{Type: responseDeferred})
	if err == nil || strings.Contains(err.Error(), it.Token) || channel.Classify(err).Reason != channel.Transient {
		t.Fatalf("callback error %v: want a transient error without the interaction token", err)
	}
	// Against the fake, an unknown interaction is Discord's 10062, still without the token.
	e.bot.hooks = rest.NewClient(nil, e.app.URL, "")
	err = e.bot.callback(context.Background(), it, response{Type: responseDeferred})
	if err == nil || strings.Contains(err.Error(), it.Token) || !strings.Contains(err.Error(), "10062") {
		t.Fatalf("callback error %v: want 10062 without the token", err)
	}
	rec := e.post(t, e.priv, e.clk.Now().Unix(), []byte(`{"id":"5","type":4,"token":"t"}`))
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("autocomplete interaction: status %d, want 400", rec.Code)
	}
}
