package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"paperboy/bots/telegram/editorbot"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
	"paperboy/core/editor"
)

// TestOnUpdateNotifyTelegram: with on_update: notify and a Telegram editor bot that has a
// notify chat, a changed feed item posts one notice with Publish/Cancel buttons there (one per
// min_update_interval), and pressing Publish updates every post of the article.
func TestOnUpdateNotifyTelegram(t *testing.T) {
	const notifyChat, editorID = -1001234567890, 42
	st := testStore(t)
	pages := map[string]string{}
	srv := site(t, pages)
	link := srv.URL + "/n/1"
	pages["/rss"] = rss(item("Mayor resigns", link, "Thu, 26 Nov 2026 09:00:00 +0900"))
	a, b := channeltest.NewRecorder("a"), channeltest.NewRecorder("b")
	svc := newService(t, fmt.Sprintf(twoChannels, "  - { name: s, url: \""+srv.URL+"/rss\", backfill: all, on_update: notify }"), st, a, b)

	fake := telegramtest.New()
	t.Cleanup(fake.Close)
	es := editor.New(svc, slog.Default())
	es.ShareHeld(svc.Store())
	bot, err := editorbot.New(editorbot.Config{Token: telegramtest.DefaultToken, Users: []int64{editorID}, APIURL: fake.URL,
		NotifyChats: []int64{notifyChat}}, es, channel.Options{})
	if err != nil {
		t.Fatal(err)
	}
	es.AddAnnouncer(bot)
	svc.SetNotifier(es)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- bot.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })

	if sum, err := svc.RunOnce(ctx, 5*time.Second); err != nil || sum.Delivered != 2 {
		t.Fatalf("first run: %+v %v", sum, err)
	}
	notices := func() []telegramtest.Message {
		var out []telegramtest.Message
		for _, m := range fake.Messages() {
			if m.ChatID == notifyChat {
				out = append(out, m)
			}
		}
		return out
	}
	for _, title := range []string{"Mayor does not resign", "Mayor does not resign, aide says"} {
		pages["/rss"] = rss(item(title, link, "Thu, 26 Nov 2026 09:00:00 +0900"))
		if _, err := svc.RunOnce(ctx, 5*time.Second); err != nil {
			t.Fatal(err)
		}
	}
	ns := notices()
	if len(ns) != 1 {
		t.Fatalf("%d notices; want 1 (the second change came within min_update_interval)", len(ns))
	}
	n := ns[0]
	if !strings.Contains(n.Text, "Mayor resigns: the source changed it — before → after") || !strings.Contains(n.Text, "After:\nMayor does not resign") {
		t.Fatalf("notice text %q", n.Text)
	}
	var markup struct {
		Keyboard [][]struct {
			Text string `json:"text"`
			Data string `json:"callback_data"`
		} `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(n.ReplyMarkup), &markup); err != nil || len(markup.Keyboard) != 1 || len(markup.Keyboard[0]) != 2 {
		t.Fatalf("notice buttons %q: %v", n.ReplyMarkup, err)
	}
	if _, u, _ := a.Counts(); u != 0 {
		t.Fatal("updated before Publish")
	}
	fake.PushCallback(notifyChat, editorID, n.ID, markup.Keyboard[0][0].Data)
	deadline := time.Now().Add(10 * time.Second)
	for len(fake.CallbackAnswers()) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if ans := fake.CallbackAnswers(); len(ans) != 1 || !strings.Contains(ans[0].Text, "Correction queued") {
		t.Fatalf("callback answers %+v", ans)
	}
	if _, err := svc.RunOnce(ctx, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	for _, r := range []*channeltest.Recorder{a, b} {
		if _, u, _ := r.Counts(); u != 1 || r.Updates()[0].Post.Title != "Mayor does not resign" {
			t.Errorf("%s: %d updates %+v; want 1 showing the notice's version", r.Name(), u, r.Updates())
		}
	}
}
