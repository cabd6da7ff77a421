package editorbot

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"paperboy/bots/discord/discordtest"
	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/editor"
	"paperboy/core/store"
)

// edBackend is a fake editor.Backend recording what the commands did.
type edBackend struct {
	mu        sync.Mutex
	previews  []string
	published [][]string
	by        []string
	gate      chan struct{} // when set, Publish waits for it to close
}

func (f *edBackend) Preview(_ context.Context, u string) (*article.Article, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.previews = append(f.previews, u)
	return &article.Article{ID: "a1", URL: u, Title: "반도체 수출 3개월 연속 증가", Summary: "산업통상자원부는 1일 …",
		Source: "fntimes", Published: time.Date(2024, 5, 1, 9, 30, 0, 0, time.UTC)}, nil
}

func (f *edBackend) Publish(ctx context.Context, _ *article.Article, chans []string, by string) ([]editor.Outcome, error) {
	if f.gate != nil {
		select {
		case <-f.gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.published = append(f.published, chans)
	f.by = append(f.by, by)
	var out []editor.Outcome
	for _, c := range chans {
		out = append(out, editor.Outcome{Channel: c, Queued: true})
	}
	return out, nil
}

func (f *edBackend) Status(context.Context) (editor.Status, error) {
	return editor.Status{Channels: []editor.ChannelStatus{{Name: "dc-news", Type: "discord", Breaker: "closed"}}}, nil
}

func (f *edBackend) Recent(context.Context, int) ([]editor.Delivery, error) { return nil, nil }

func (f *edBackend) SetPaused(context.Context, string, bool) (string, error) { return "channel", nil }

func (f *edBackend) DeadLetters(context.Context, int) ([]store.DeadLetter, error) { return nil, nil }

func (f *edBackend) RetryDead(context.Context, string) error {
	return errors.New("no such dead letter")
}

func (f *edBackend) counts() (previews, published int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.previews), len(f.published)
}

const editorRole = "555000000000000001"

// editorEnv is a bot wired to an App fake, with a signing key for the HTTP endpoint.
type editorEnv struct {
	app  *discordtest.App
	bot  *Bot
	be   *edBackend
	clk  *discordtest.Clock
	priv ed25519.PrivateKey
}

func newEditorEnv(t testing.TB, mode string, ao discordtest.AppOptions) *editorEnv {
	t.Helper()
	clk := discordtest.NewClock()
	ao.Now = clk.Now
	app := discordtest.NewApp(ao)
	t.Cleanup(app.Close)
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	be := &edBackend{}
	svc := editor.New(be, nil)
	cfg := Config{Token: app.Token, AppID: app.ID, PublicKey: hex.EncodeToString(pub),
		Roles: []string{editorRole}, Guilds: []string{app.GuildID()}, Mode: mode, APIURL: app.URL}
	bot, err := New(cfg, svc, opts(clk.Now))
	if err != nil {
		t.Fatal(err)
	}
	bot.gw.backoff = func(int) time.Duration { return 0 }
	t.Cleanup(bot.Wait)
	return &editorEnv{app: app, bot: bot, be: be, clk: clk, priv: priv}
}

// post sends body to the HTTP endpoint signed at ts with key, and waits for background work.
func (e *editorEnv) post(t *testing.T, key ed25519.PrivateKey, ts int64, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	req := signedRequest(key, ts, body)
	rec := httptest.NewRecorder()
	e.bot.Handler().ServeHTTP(rec, req)
	e.bot.Wait()
	return rec
}

// deliver posts it, correctly signed now, and requires 202.
func (e *editorEnv) deliver(t *testing.T, it discordtest.Interaction) {
	t.Helper()
	if rec := e.post(t, e.priv, e.clk.Now().Unix(), it.Body); rec.Code != http.StatusAccepted {
		t.Fatalf("interaction answered %d %q, want 202", rec.Code, rec.Body.String())
	}
}

func editorMember() discordtest.Member {
	return discordtest.Member{UserID: "777000000000000001", Username: "kim", Roles: []string{"111", editorRole}}
}

func await(t *testing.T, app *discordtest.App, what string, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := app.Await(ctx, cond); err != nil {
		t.Fatalf("waiting for %s: %v", what, err)
	}
}

// opts are a bot's options in tests: the clock now and Seoul's offset.
func opts(now func() time.Time) channel.Options {
	return channel.Options{Name: "dc-test", Now: now, Location: time.FixedZone("KST", 9*3600)}
}
