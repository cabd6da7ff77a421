package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"paperboy/bots/discord/discordtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestGoldenRequests(t *testing.T) {
	tests := []struct {
		name string
		bot  bool
		cfg  Config
	}{
		{name: "webhook.json", cfg: Config{Username: "뉴스봇", Color: "#1e90ff"}},
		{name: "webhook_content.json", cfg: Config{Content: "**{{.Source}}** · {{.Title}}", Timezone: "UTC"}},
		{name: "bot.json", bot: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk := newClock()
			srv := discordtest.NewServer(discordtest.Options{Now: clk.Now})
			defer srv.Close()
			cfg := tt.cfg
			if tt.bot {
				srv.AddBot(testBotToken)
				cfg.Token, cfg.ChannelID, cfg.APIURL = testBotToken, srv.AddChannel(), srv.URL
			} else {
				cfg.Webhook = srv.WebhookURL(srv.AddWebhook())
			}
			ch := mustNew(t, cfg, opts(clk.Now))
			if _, err := ch.Send(context.Background(), channel.Delivery{Key: "golden-key", Post: channeltest.SamplePost()}); err != nil {
				t.Fatalf("Send: %v", err)
			}
			msgs := srv.Messages()
			if len(msgs) != 1 {
				t.Fatalf("%d messages", len(msgs))
			}
			channeltest.GoldenJSON(t, tt.name, msgs[0].Body)
		})
	}
}

func TestPreviewMatchesRequest(t *testing.T) {
	clk := newClock()
	ch, srv, wh := fakeWebhook(t, clk, discordtest.Options{}, Config{ThreadID: "42"})
	d := channel.Delivery{Key: "k", Post: channeltest.SamplePost()}
	req, err := ch.Preview(d)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(req.URL, wh.Token) || !strings.HasSuffix(req.URL, "/webhooks/<redacted>?thread_id=42&wait=true") {
		t.Errorf("preview url %q", req.URL)
	}
	if _, err := ch.Send(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	previewed, _ := json.Marshal(req.Fields)
	var a, b any
	_ = json.Unmarshal(previewed, &a)
	_ = json.Unmarshal(srv.Messages()[0].Body, &b)
	pa, _ := json.Marshal(a)
	pb, _ := json.Marshal(b)
	if !bytes.Equal(pa, pb) {
		t.Errorf("preview body differs from the sent body:\n%s\n%s", pa, pb)
	}
	if got := srv.Messages()[0].ThreadID; got != "42" {
		t.Errorf("thread_id %q", got)
	}
}

func TestWebhookURLVersioned(t *testing.T) {
	tests := map[string]string{
		testWebhook: "https://discord.com/api/v10/webhooks/<redacted>?wait=true",
		"https://discord.com/api/v9/webhooks/1/" + testWebhookToken: "https://discord.com/api/v9/webhooks/<redacted>?wait=true",
		"http://127.0.0.1:8080/webhooks/1/" + testWebhookToken:      "http://127.0.0.1:8080/webhooks/<redacted>?wait=true",
	}
	for hook, want := range tests {
		req, err := mustNew(t, Config{Webhook: hook}, opts(nil)).Preview(channel.Delivery{Key: "k", Post: channeltest.SamplePost()})
		if err != nil || req.URL != want {
			t.Errorf("webhook %s: preview url %q (%v), want %q", channel.RedactURL(hook), req.URL, err, want)
		}
	}
}

func TestEmbedShape(t *testing.T) {
	ch := mustNew(t, Config{Webhook: testWebhook}, opts(nil))
	p := channeltest.SamplePost()
	m, err := ch.render(channel.Delivery{Key: "k", Post: p})
	if err != nil {
		t.Fatal(err)
	}
	e := m.Embeds[0]
	switch {
	case e.Title != p.Title || e.URL != p.URL || e.Description != p.Summary:
		t.Errorf("title/url/description %q %q %q", e.Title, e.URL, e.Description)
	case e.Image == nil || e.Image.URL != p.ImageURL:
		t.Errorf("image %+v", e.Image)
	case e.Author == nil || e.Author.Name != p.Source || e.Author.IconURL != "https://www.fntimes.com/favicon.ico":
		t.Errorf("author %+v", e.Author)
	case e.Footer == nil || e.Footer.Text != "한국금융신문 · 2022-10-15 23:03 KST":
		t.Errorf("footer %+v", e.Footer)
	case e.Timestamp != "2022-10-15T14:03:00Z":
		t.Errorf("timestamp %q", e.Timestamp)
	case e.Color != sourceColor(p.Source) || sourceColor(p.Source) != sourceColor("한국금융신문"):
		t.Errorf("color %x not the stable source color", e.Color)
	case m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0:
		t.Errorf("allowed_mentions %+v", m.AllowedMentions)
	}
	b, _ := json.Marshal(m)
	if !bytes.Contains(b, []byte(`"allowed_mentions":{"parse":[],`)) {
		t.Errorf("body lacks allowed_mentions parse []: %s", b)
	}
	// Unusable links are dropped, not sent for Discord to refuse.
	p.URL, p.ImageURL = "javascript:alert(1)", "data:image/png;base64,AAAA"
	m, _ = ch.render(channel.Delivery{Key: "k", Post: p})
	if e := m.Embeds[0]; e.URL != "" || e.Image != nil || e.Author.IconURL != "" {
		t.Errorf("unsafe urls kept: %+v", e)
	}
}

func TestLimitsEnforced(t *testing.T) {
	long := func(s string, n int) string { return strings.Repeat(s, n) }
	tests := []struct {
		name string
		post func(p *channel.Delivery)
	}{
		{"long korean title", func(d *channel.Delivery) { d.Post.Title = long("카카오톡 먹통 ", 60) }},
		{"huge summary", func(d *channel.Delivery) { d.Post.Summary = long("가나다라마바사. ", 2000) }},
		{"everything long", func(d *channel.Delivery) {
			d.Post.Title, d.Post.Source = long("👍🏽", 400), long("출처", 300)
			d.Post.Summary = long("emoji 🇰🇷 text ", 900)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk := newClock()
			ch, srv, _ := fakeWebhook(t, clk, discordtest.Options{}, Config{Content: "{{.Title}} {{.Summary}}"})
			d := channel.Delivery{Key: "k", Post: channeltest.SamplePost()}
			tt.post(&d)
			if _, err := ch.Send(context.Background(), d); err != nil {
				t.Fatalf("the fake refused the rendered message: %v", err)
			}
			m := srv.Messages()[0]
			e := m.Embeds[0]
			total := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description) +
				utf8.RuneCountInString(e.Footer.Text) + utf8.RuneCountInString(e.Author.Name)
			if total > 6000 || utf8.RuneCountInString(m.Content) > 2000 {
				t.Errorf("embed total %d, content %d", total, utf8.RuneCountInString(m.Content))
			}
		})
	}
}

func TestContentTemplate(t *testing.T) {
	ch := mustNew(t, Config{Webhook: testWebhook, Content: "{{.Source}}: {{.Title}} {{.URL}} {{.Published.Format \"15:04\"}}"}, opts(nil))
	p := channeltest.SamplePost()
	m, err := ch.render(channel.Delivery{Key: "k", Post: p})
	if err != nil {
		t.Fatal(err)
	}
	want := p.Source + ": " + p.Title + " " + p.URL + " 23:03"
	if m.Content != want {
		t.Errorf("content %q, want %q", m.Content, want)
	}
}

func FuzzRenderAccepted(f *testing.F) {
	f.Add("카톡·카카오T 먹통에…", "15일 카카오톡 장애. @everyone @here <@&123>", "한국금융신문")
	f.Add(strings.Repeat("👨‍👩‍👧‍👦", 300), strings.Repeat("다.", 5000), strings.Repeat("🇰🇷", 200))
	f.Add("", "", "")
	f.Add("\x00\xff\xfe bad utf8", "line\nbreak\r\n\ttab", "src\u200b")
	clk := newClock()
	srv := discordtest.NewServer(discordtest.Options{Now: clk.Now, BucketLimit: 1 << 30, GlobalLimit: 1 << 30})
	defer srv.Close()
	ch := mustNew(f, Config{Webhook: srv.WebhookURL(srv.AddWebhook()), Content: "{{.Title}}"}, opts(clk.Now))
	f.Fuzz(func(t *testing.T, title, summary, source string) {
		p := channeltest.SamplePost()
		p.Title, p.Summary, p.Source = title, summary, source
		before := len(srv.Messages())
		if _, err := ch.Send(context.Background(), channel.Delivery{Key: "fuzz", Post: p}); err != nil {
			t.Fatalf("the fake refused the rendered message: %v", err)
		}
		msgs := srv.Messages()
		if len(msgs) != before+1 {
			t.Fatalf("no message recorded")
		}
		if am := msgs[len(msgs)-1].AllowedMentions; am == nil || len(am.Parse) != 0 {
			t.Errorf("allowed_mentions %+v would ping", am)
		}
		clk.Advance(time.Millisecond)
	})
}
