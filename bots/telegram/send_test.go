package telegram

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"paperboy/bots/telegram/botapi"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/channel"
)

func TestSendPhotoWithCaption(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	ch := newChannel(t, fake.URL, nil)
	rc, err := ch.Send(context.Background(), delivery())
	if err != nil {
		t.Fatal(err)
	}
	msgs := fake.Messages()
	if len(msgs) != 1 || msgs[0].Method != "sendPhoto" || msgs[0].Photo != delivery().Post.ImageURL {
		t.Fatalf("messages %+v", msgs)
	}
	if !strings.HasPrefix(msgs[0].Text, "카톡·카카오T") || !strings.HasSuffix(msgs[0].Text, "#카카오 #IT") {
		t.Errorf("caption %q", msgs[0].Text)
	}
	if want := "https://t.me/paperboy_news/1"; rc.URL != want || !strings.HasSuffix(rc.RemoteID, ":1") {
		t.Errorf("receipt %+v, want URL %s", rc, want)
	}
}

func TestSendLongTextAsLargePreview(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	ch := newChannel(t, fake.URL, nil)
	d := delivery()
	d.Post.Summary = strings.Repeat("카카오의 주요 서비스들이 접속 장애를 일으키고 있다. ", 300)
	if _, err := ch.Send(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	msgs := fake.Messages()
	if len(msgs) != 1 || msgs[0].Method != "sendMessage" || !strings.Contains(msgs[0].LinkPreview, `"prefer_large_media":true`) {
		t.Fatalf("messages %+v", msgs)
	}
	if n := telegramtest.Length(msgs[0].Text); n > TextMax || n < TextMax-200 {
		t.Errorf("text is %d units: it should use most of the 4096 budget and never exceed it", n)
	}
}

func TestSendSplitRetriesOnlyTheText(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	var mu sync.Mutex
	failText := 1
	url := telegramtest.Interpose(t, fake, func(w http.ResponseWriter, method string) bool {
		mu.Lock()
		defer mu.Unlock()
		if method == "sendMessage" && failText > 0 {
			failText--
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadGateway)
			_, _ = w.Write([]byte(`{"ok":false,"error_code":502,"description":"Bad Gateway"}`))
			return true
		}
		return false
	})
	split := func(c *Config) { c.LongText = LongTextSplit }
	ch := newChannel(t, url, split)
	d := delivery()
	d.Progress = &memProgress{}
	d.Post.Summary = strings.Repeat("카카오의 주요 서비스들이 접속 장애를 일으키고 있다. ", 60)
	_, err := ch.Send(context.Background(), d)
	if r := channel.Classify(err).Reason; r != channel.Transient {
		t.Fatalf("first attempt: %v, want a transient error", err)
	}
	// The retry runs on another replica: a new channel, the same progress in the store.
	if _, err := newChannel(t, url, split).Send(context.Background(), d); err != nil {
		t.Fatalf("retry: %v", err)
	}
	msgs := fake.Messages()
	if len(msgs) != 2 || msgs[0].Method != "sendPhoto" || msgs[0].HTML != "" || msgs[1].Method != "sendMessage" {
		t.Fatalf("want one bare photo then one text, got %+v", msgs)
	}
	if msgs[1].LinkPreview != `{"is_disabled":true}` {
		t.Errorf("the text after the photo must not repeat it as a preview: %s", msgs[1].LinkPreview)
	}
	// A new delivery of the same channel sends its own photo again.
	d.Key, d.Progress = "pb-key-2", &memProgress{}
	if _, err := ch.Send(context.Background(), d); err != nil || len(fake.Messages()) != 4 {
		t.Errorf("second delivery: %v, %d messages", err, len(fake.Messages()))
	}
}

func TestSendBadImageFallsBackToText(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	url := telegramtest.Interpose(t, fake, func(w http.ResponseWriter, method string) bool {
		if method != "sendPhoto" {
			return false
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte(`{"ok":false,"error_code":400,"description":"Bad Request: wrong type of the web page content"}`))
		return true
	})
	ch := newChannel(t, url, nil)
	if _, err := ch.Send(context.Background(), delivery()); err != nil {
		t.Fatal(err)
	}
	if msgs := fake.Messages(); len(msgs) != 1 || msgs[0].Method != "sendMessage" || !strings.Contains(msgs[0].LinkPreview, "prefer_large_media") {
		t.Errorf("messages %+v", msgs)
	}
}

func TestTopicAndSilentReachTheFake(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	fake.AddChat(telegramtest.Chat{ID: -100777, Type: "supergroup", Title: "forum", IsForum: true})
	fake.AddChat(telegramtest.Chat{ID: -100888, Type: "supergroup", Title: "plain"})
	ch := newChannel(t, fake.URL, func(c *Config) { c.Chat, c.Topic, c.Silent = "-100777", 9, true })
	rc, err := ch.Send(context.Background(), delivery())
	if err != nil {
		t.Fatal(err)
	}
	m := fake.Messages()[0]
	if m.ChatID != -100777 || m.ThreadID != 9 || !m.Silent {
		t.Errorf("message %+v: want chat -100777, thread 9, silent", m)
	}
	if rc.RemoteID != "-100777:1" || rc.URL != "https://t.me/c/777/1" {
		t.Errorf("receipt %+v", rc)
	}
	plain := newChannel(t, fake.URL, func(c *Config) { c.Chat, c.Topic = "-100888", 9 })
	_, err = plain.Send(context.Background(), delivery())
	if ce := channel.Classify(err); ce.Reason != channel.Permanent || !strings.Contains(ce.Error(), "message thread not found") {
		t.Errorf("topic in a chat without topics: %v", err)
	}
}

func TestSendErrorsFromTheFake(t *testing.T) {
	clk := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	fake := telegramtest.New(telegramtest.WithClock(func() time.Time { return clk }))
	defer fake.Close()
	fake.AddChat(telegramtest.Chat{ID: -100555, Type: "channel", Title: "kicked"})
	fake.SetStrictChats(true)
	fake.SetChatError("-100555", telegramtest.Failure{Status: 403, Description: "Forbidden: bot was kicked from the channel chat"})
	fake.AddChat(telegramtest.Chat{ID: -100556, Type: "channel", Title: "busy"})
	fake.SetFlood(telegramtest.Flood{Max: 1, Per: time.Minute, RetryAfter: 20})
	tests := []struct {
		chat   string
		reason channel.Reason
		retry  time.Duration
		text   string
	}{
		{"@nowhere_chat", channel.Gone, 0, "chat not found"},
		{"-100555", channel.Gone, 0, "bot was kicked from the channel chat"},
		{"-100556", -1, 0, ""}, // the first message is accepted
		{"-100556", channel.RateLimited, 20 * time.Second, "retry after 20"},
	}
	for _, tt := range tests {
		ch := newChannel(t, fake.URL, func(c *Config) { c.Chat = tt.chat })
		_, err := ch.Send(context.Background(), delivery())
		if tt.reason < 0 {
			if err != nil {
				t.Errorf("%s: %v", tt.chat, err)
			}
			continue
		}
		ce := channel.Classify(err)
		if ce.Reason != tt.reason || ce.RetryAfter != tt.retry || !strings.Contains(ce.Error(), tt.text) {
			t.Errorf("%s: %v (retry %v), want %v %v containing %q", tt.chat, err, ce.RetryAfter, tt.reason, tt.retry, tt.text)
		}
		if tt.reason == channel.Gone && (ce.Code != botapi.CodeChatGone || ce.Status/100 != 4 || !strings.Contains(ce.Description, tt.text)) {
			t.Errorf("%s: a gone chat keeps the answer: status %d code %q description %q", tt.chat, ce.Status, ce.Code, ce.Description)
		}
	}
	if v := fake.Violations(); len(v) != 0 {
		t.Errorf("the channel itself never resends inside a window: %+v", v)
	}
}

func TestCheck(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	if err := newChannel(t, fake.URL, nil).Check(context.Background()); err != nil {
		t.Errorf("Check with the right token: %v", err)
	}
	other := "42:AAAAwrongwrongwrong"
	bad := newChannel(t, fake.URL, func(c *Config) { c.Token = other })
	err := bad.Check(context.Background())
	if channel.Classify(err).Reason != channel.Unauthorized || strings.Contains(err.Error(), other) {
		t.Errorf("Check with a wrong token: %v", err)
	}
}

func TestLimitsAndCredentialKey(t *testing.T) {
	tests := []struct {
		chat  string
		rate  rate.Limit
		burst int
	}{
		{"@paperboy_news", rate.Limit(20.0 / 60.0), 3},
		{"-1001234567890", rate.Limit(20.0 / 60.0), 3},
		{"-4567", rate.Limit(20.0 / 60.0), 3},
		{"987654321", 1, 1},
	}
	for _, tt := range tests {
		l := newChannel(t, DefaultAPIURL, func(c *Config) { c.Chat = tt.chat }).Limits()
		if l.Rate != tt.rate || l.Burst != tt.burst || l.TextMax != 4096 || l.CaptionMax != 1024 || l.Unit != channel.UTF16 || l.Idempotent {
			t.Errorf("%s: limits %+v", tt.chat, l)
		}
	}
	k1, r, b := newChannel(t, DefaultAPIURL, nil).CredentialKey()
	k2, _, _ := newChannel(t, DefaultAPIURL, func(c *Config) { c.Chat = "-100999" }).CredentialKey()
	k3, _, _ := newChannel(t, DefaultAPIURL, func(c *Config) { c.Token = "42:other" }).CredentialKey()
	if k1 != k2 || k1 == k3 || r != BotRate || b != BotBurst || strings.Contains(k1, "AAF") || strings.Contains(k1, "123456789") {
		t.Errorf("keys %q %q %q (rate %v burst %d): one per token, never the token", k1, k2, k3, r, b)
	}
}

// memProgress stands in for the store's progress of one delivery.
type memProgress struct{ step string }

func (p *memProgress) Step(context.Context) (string, error) { return p.step, nil }

func (p *memProgress) SetStep(_ context.Context, step string) error {
	p.step = step
	return nil
}
