package deliver

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"paperboy/bots/discord"
	"paperboy/bots/discord/discordtest"
	"paperboy/bots/telegram"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
	"paperboy/core/outbox"
)

// TestCorrectionsOnPlatformFakes: three articles go to a Telegram chat as photo posts (the
// first split into photo + text), to a Telegram chat as text and to a Discord webhook thread;
// one is corrected (every message edited once; the same correction again changes nothing),
// one older than 48 hours is withdrawn (Telegram edits it into a notice, Discord deletes it)
// and one recent one is withdrawn (deleted everywhere) — all through deliver's workers.
func TestCorrectionsOnPlatformFakes(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	clk := channeltest.NewClock(time.Now().Add(-49 * time.Hour))
	tg := telegramtest.New(telegramtest.WithClock(clk.Now))
	t.Cleanup(tg.Close)
	dc := discordtest.NewServer(discordtest.Options{Now: clk.Now, BucketLimit: 1000, GlobalLimit: 1000})
	t.Cleanup(dc.Close)
	opts := func(name string) channel.Options { return channel.Options{Name: name, Now: clk.Now} }
	photo, err := telegram.New(tgConfig(tg.URL, "@photos", func(c *telegram.Config) { c.LongText = telegram.LongTextSplit }), opts("tg-photo"))
	if err != nil {
		t.Fatal(err)
	}
	text, err := telegram.New(tgConfig(tg.URL, "@text", func(c *telegram.Config) { c.Image = telegram.ImageNone }), opts("tg-text"))
	if err != nil {
		t.Fatal(err)
	}
	wcfg := discord.Config{Webhook: dc.WebhookURL(dc.AddWebhook()), ThreadID: "555"}
	if err := wcfg.Validate(); err != nil {
		t.Fatal(err)
	}
	hook, err := discord.New(wcfg, opts("dc-hook"))
	if err != nil {
		t.Fatal(err)
	}
	creds := &Credentials{}
	var workers []*Worker
	for _, ch := range []channel.Channel{editable{unthrottled{photo}}, editable{unthrottled{text}}, hook} {
		workers = append(workers, NewWorker(ch, st, settings("r1"), creds, nil, quiet, nil))
	}
	deliverAll := func() {
		t.Helper()
		for _, w := range workers {
			drain(t, st, w, w.Channel().Name())
		}
	}
	post := func(i int, summary string) *article.Article {
		u := fmt.Sprintf("https://news.example/e2e/%d", i)
		a := &article.Article{ID: article.ID(u), URL: u, Source: "wire", SourceTitle: "Wire", Title: fmt.Sprintf("Story %d", i),
			Summary: summary, ImageURL: "https://img.example/" + fmt.Sprint(i) + ".jpg", Published: clk.Now()}
		for _, w := range workers {
			j, err := outbox.NewJob(w.Channel().Name(), a, outbox.Payload{Post: a.Post(), Source: "wire", Detected: clk.Now()}, 0)
			if err != nil {
				t.Fatal(err)
			}
			if ok, err := st.Enqueue(ctx, j); err != nil || !ok {
				t.Fatalf("enqueue: %v %v", ok, err)
			}
		}
		return a
	}
	chans := []string{"tg-photo", "tg-text", "dc-hook"}
	change := func(a *article.Article, p article.Post) outbox.Change {
		return outbox.Change{ArticleID: a.ID, Post: p, Reason: "사실관계 오류", By: "test", Channels: chans}
	}
	long := strings.Repeat("카카오의 주요 서비스들이 접속 장애를 일으키고 있다. ", 60)
	a1, a2 := post(1, long), post(2, "Second story.")
	deliverAll()
	clk.Advance(49 * time.Hour) // a1 and a2 are now older than Telegram's 48-hour delete window
	a3 := post(3, "Third story.")
	deliverAll()
	if n := len(tg.Messages()); n != 7 { // a1 photo + text, a2, a3 photos; three text posts
		t.Fatalf("%d Telegram messages after sending; want 7", n)
	}

	fixed := a1.Post()
	fixed.Title = "Story 1 (corrected)"
	if _, err := outbox.Correct(ctx, st, change(a1, fixed)); err != nil {
		t.Fatal(err)
	}
	deliverAll()
	if dl, _ := st.DeadList(ctx, 10); len(dl) != 0 {
		t.Fatalf("dead letters after the correction: %s %s: %s", dl[0].Entry.Channel, dl[0].Entry.ArticleID, dl[0].Reason)
	}
	again, err := outbox.Correct(ctx, st, change(a1, fixed))
	if err != nil || outbox.Summary(again) != "tg-photo: unchanged, tg-text: unchanged, dc-hook: unchanged" {
		t.Fatalf("second correction: %s %v", outbox.Summary(again), err)
	}
	for _, a := range []*article.Article{a2, a3} {
		if _, err := outbox.Retract(ctx, st, change(a, a.Post())); err != nil {
			t.Fatal(err)
		}
	}
	deliverAll()

	// Which story each Telegram message is: @photos got a1 as photo + text, then a2 and a3.
	story := map[string]map[int]int{"@photos": {1: 1, 2: 1, 3: 2, 4: 3}, "@text": {1: 1, 2: 2, 3: 3}}
	for _, m := range tg.Messages() {
		switch story[m.Chat][m.ID] {
		case 1:
			// The split post's photo has no text to edit (the image did not change): its text part is edited.
			if m.Method == "sendPhoto" && m.Text == "" {
				if m.Deleted || m.Edits != 0 {
					t.Errorf("telegram %s #%d, story 1's photo: edits %d, deleted %v", m.Chat, m.ID, m.Edits, m.Deleted)
				}
				continue
			}
			if m.Edits != 1 || m.Deleted || !strings.Contains(m.Text, "corrected") {
				t.Errorf("telegram %s #%d of story 1: edits %d, deleted %v, text %.40q; want one edit to the correction", m.Chat, m.ID, m.Edits, m.Deleted, m.Text)
			}
		case 2:
			if m.Deleted || !strings.HasPrefix(m.Text, "Withdrawn") {
				t.Errorf("telegram %s #%d of story 2 (49 h old): deleted %v, text %.40q; want a withdrawal notice", m.Chat, m.ID, m.Deleted, m.Text)
			}
		case 3:
			if !m.Deleted {
				t.Errorf("telegram %s #%d of story 3: not deleted", m.Chat, m.ID)
			}
		default:
			t.Errorf("unexpected telegram message %s #%d", m.Chat, m.ID)
		}
	}
	dms := dc.Messages()
	if len(dms) != 3 || dms[0].Edits != 1 || dms[0].Deleted || !dms[1].Deleted || !dms[2].Deleted || dms[0].ThreadID != "555" {
		t.Errorf("discord messages after corrections: %d, first edits %d", len(dms), dms[0].Edits)
	}
	for _, a := range []*article.Article{a2, a3} {
		for _, ch := range chans {
			if r, err := st.Receipt(ctx, a.ID, ch); err != nil || !r.Retracted {
				t.Errorf("%s on %s: receipt %+v %v; want withdrawn", a.Title, ch, r, err)
			}
		}
	}
	if dl, _ := st.DeadList(ctx, 10); len(dl) != 0 {
		t.Errorf("dead letters: %+v", dl)
	}
}

// editable is unthrottled that keeps the channel's correction abilities.
type editable struct{ unthrottled }

func (e editable) Update(ctx context.Context, u channel.Update) (channel.Receipt, error) {
	return e.Channel.(channel.Updater).Update(ctx, u)
}

func (e editable) Retract(ctx context.Context, r channel.Retraction) error {
	return e.Channel.(channel.Retracter).Retract(ctx, r)
}

func tgConfig(apiURL, chat string, mod func(*telegram.Config)) telegram.Config {
	cfg := telegram.Config{Token: telegramtest.DefaultToken, Chat: chat, APIURL: apiURL, LinkPreview: "off"}
	mod(&cfg)
	if err := cfg.Validate(); err != nil {
		panic(err)
	}
	return cfg
}
