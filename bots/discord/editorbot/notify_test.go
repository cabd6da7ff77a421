package editorbot

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"paperboy/bots/discord/discordtest"
	"paperboy/core/article"
	"paperboy/core/editor"
	"paperboy/core/outbox"
)

// corrBackend is edBackend with corrections: article a1 was posted showing "Old title".
type corrBackend struct {
	edBackend
	cmu       sync.Mutex
	corrected []article.Post
}

func (f *corrBackend) Posts(_ context.Context, u string) (editor.Posts, error) {
	return editor.Posts{ArticleID: "a1", URL: u, Shown: article.Post{Title: "Old title", Summary: "Old summary."},
		Posts: []editor.Post{{Channel: "dc-news", Type: "discord", State: "posted", Revision: "r1"}}}, nil
}

func (f *corrBackend) Correct(_ context.Context, _ string, p article.Post, _, _ string) ([]outbox.Planned, error) {
	f.cmu.Lock()
	defer f.cmu.Unlock()
	f.corrected = append(f.corrected, p)
	return []outbox.Planned{{Channel: "dc-news", Outcome: outbox.PlannedQueued}}, nil
}

func (f *corrBackend) Retract(context.Context, string, string, string) ([]outbox.Planned, error) {
	return nil, nil
}

// TestAnnounceNotice: a source-change notice is one bot message in each notify channel, in the
// configured language, with Publish/Cancel buttons; Publish runs the held correction.
func TestAnnounceNotice(t *testing.T) {
	clk := discordtest.NewClock()
	app := discordtest.NewApp(discordtest.AppOptions{Options: discordtest.Options{Now: clk.Now}})
	t.Cleanup(app.Close)
	notify := app.AddChannel()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	be := &corrBackend{}
	svc := editor.New(be, nil)
	cfg := Config{Token: app.Token, AppID: app.ID, PublicKey: hex.EncodeToString(pub), Roles: []string{editorRole},
		Guilds: []string{app.GuildID()}, Mode: EditorModeHTTP, APIURL: app.URL, NotifyChannels: []string{notify}, Lang: "ko"}
	bot, err := New(cfg, svc, opts(clk.Now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(bot.Wait)
	svc.AddAnnouncer(bot)
	if !svc.Announces() {
		t.Fatal("a bot with notify_channels does not announce")
	}
	changed := &article.Article{ID: "a1", URL: "https://news.example/a", Title: "New title", Summary: "New summary."}
	if err := svc.ArticleChanged(context.Background(), changed); err != nil {
		t.Fatal(err)
	}
	msgs := app.Messages()
	if len(msgs) != 1 || msgs[0].ChannelID != notify || msgs[0].BotToken != app.Token {
		t.Fatalf("messages %+v; want one bot message in the notify channel", msgs)
	}
	m := msgs[0]
	if !strings.Contains(m.Content, "Old title: 출처에서 기사가 바뀌었습니다") || !strings.Contains(m.Content, "New title") {
		t.Fatalf("notice content %q", m.Content)
	}
	var body struct {
		Components []actionRow `json:"components"`
	}
	if err := json.Unmarshal(m.Body, &body); err != nil || len(body.Components) != 1 || len(body.Components[0].Components) != 2 {
		t.Fatalf("notice components %s: %v", m.Body, err)
	}
	btn := body.Components[0].Components[0]
	if btn.Label != "정정 게시" || !strings.HasPrefix(btn.CustomID, "cor:") {
		t.Fatalf("Publish button %+v", btn)
	}
	click := app.Click(app.GuildID(), editorMember(), m.ID, btn.CustomID)
	rec := httptest.NewRecorder()
	bot.Handler().ServeHTTP(rec, signedRequest(priv, clk.Now().Unix(), click.Body))
	bot.Wait()
	if rec.Code != http.StatusAccepted {
		t.Fatalf("click answered %d %q", rec.Code, rec.Body.String())
	}
	be.cmu.Lock()
	defer be.cmu.Unlock()
	if len(be.corrected) != 1 || be.corrected[0].Title != "New title" {
		t.Fatalf("corrected %+v; want the notice's version once", be.corrected)
	}
}

// TestNotifyConfig: notify_channels are numeric ids and lang en or ko.
func TestNotifyConfig(t *testing.T) {
	c := Config{Token: "t", AppID: "123456789012345678", Guilds: []string{"123456789012345678"}, NotifyChannels: []string{"#news"}, Lang: "fr"}
	err := c.Validate()
	if err == nil || !strings.Contains(err.Error(), "notify_channels[0]") || !strings.Contains(err.Error(), "lang") {
		t.Fatalf("Validate: %v", err)
	}
}
