package editorbot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"paperboy/bots/telegram"
	"paperboy/bots/telegram/botapi"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/editor"
	"paperboy/core/store"
)

const editorID = 42 // the one user on the editors list

// fakeBackend is the pipeline as the editor sees it; the bot calls it from its own goroutine.
type fakeBackend struct {
	mu        sync.Mutex
	previews  []string
	published int
	statusErr error
	noImage   bool
}

func (f *fakeBackend) Preview(_ context.Context, u string) (*article.Article, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.previews = append(f.previews, u)
	if strings.Contains(u, "127.0.0.1") {
		return nil, errors.New("fetch: refusing to connect to private address 127.0.0.1 <&>")
	}
	a := &article.Article{
		ID: article.ID(u), URL: u, SourceTitle: "한국금융신문", Title: "카카오 <서비스> 장애 & 복구",
		Summary: "카카오의 주요 서비스들이 접속 장애를 일으키고 있다.", ImageURL: "https://img.example/lead.jpg",
		Published: time.Date(2022, 10, 15, 14, 3, 0, 0, time.UTC), Tags: []string{"카카오", "IT"},
	}
	if f.noImage {
		a.ImageURL = ""
	}
	return a, nil
}

func (f *fakeBackend) Publish(context.Context, *article.Article, []string, string) ([]editor.Outcome, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.published++
	return []editor.Outcome{{Channel: "tg-news", Queued: true}}, nil
}

func (f *fakeBackend) Status(context.Context) (editor.Status, error) {
	if f.statusErr != nil {
		return editor.Status{}, f.statusErr
	}
	return editor.Status{Channels: []editor.ChannelStatus{{Name: "tg-news", Type: "telegram", Breaker: "closed"}}}, nil
}

func (f *fakeBackend) Recent(context.Context, int) ([]editor.Delivery, error) { return nil, nil }

func (f *fakeBackend) SetPaused(context.Context, string, bool) (string, error) { return "source", nil }

func (f *fakeBackend) DeadLetters(context.Context, int) ([]store.DeadLetter, error) { return nil, nil }

func (f *fakeBackend) RetryDead(context.Context, string) error { return nil }

func (f *fakeBackend) counts() (previews, published int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.previews), f.published
}

// logBuffer collects log lines from several goroutines.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

type harness struct {
	fake *telegramtest.Server
	fb   *fakeBackend
	bot  *Bot
	logs *logBuffer
}

// newHarness builds a bot against a fresh fake; mod adjusts the config.
func newHarness(t *testing.T, mod func(*Config)) *harness {
	t.Helper()
	h := &harness{fake: telegramtest.New(), fb: &fakeBackend{}, logs: &logBuffer{}}
	t.Cleanup(h.fake.Close)
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cfg := Config{Token: telegramtest.DefaultToken, Users: []int64{editorID}, APIURL: h.fake.URL}
	if mod != nil {
		mod(&cfg)
	}
	svc := editor.New(h.fb, log)
	b, err := New(cfg, svc, channel.Options{Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	h.bot = b
	t.Cleanup(func() {
		if strings.Contains(h.logs.String(), telegramtest.DefaultToken) {
			t.Error("the token appeared in a log line")
		}
	})
	return h
}

// run starts Run; the returned stop cancels it and returns Run's result.
func (h *harness) run(t *testing.T) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.bot.Run(ctx) }()
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				err = errors.New("Run did not return after its context ended")
			}
		})
		return err
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	return stop
}

// waitFor polls cond until it holds, failing the test after a bounded time.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// replies are the fake's messages in chat that answer something (everything the bot sent there).
func replies(fake *telegramtest.Server, chat int64) []telegramtest.Message {
	var out []telegramtest.Message
	for _, m := range fake.Messages() {
		if m.ChatID == chat {
			out = append(out, m)
		}
	}
	return out
}

// buttons decodes a message's inline keyboard into label → callback data.
func buttons(t *testing.T, m telegramtest.Message) map[string]string {
	t.Helper()
	var kb struct {
		Rows [][]struct {
			Text string `json:"text"`
			Data string `json:"callback_data"`
		} `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(m.ReplyMarkup), &kb); err != nil {
		t.Fatalf("reply_markup %q: %v", m.ReplyMarkup, err)
	}
	out := map[string]string{}
	for _, row := range kb.Rows {
		for _, b := range row {
			out[b.Text] = b.Data
		}
	}
	return out
}

func TestEditorPushPublishOnce(t *testing.T) {
	h := newHarness(t, nil)
	h.run(t)
	h.fake.PushMessage(editorID, editorID, "/push https://news.example/a")
	waitFor(t, "the preview", func() bool { return len(replies(h.fake, editorID)) == 1 })
	preview := replies(h.fake, editorID)[0]

	// The preview is the real post: the very caption a channel sends for this article.
	ch, err := telegram.New(telegram.Config{Token: telegramtest.DefaultToken, Chat: "@news"}, channel.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := h.fb.Preview(context.Background(), "https://news.example/a")
	want, err := ch.Preview(channel.Delivery{Post: a.Post()})
	if err != nil {
		t.Fatal(err)
	}
	if preview.Method != "sendPhoto" || want.Method != "sendPhoto" || preview.HTML != want.Fields["caption"] || preview.Photo != a.ImageURL {
		t.Fatalf("preview %s %q\nwant %s %q", preview.Method, preview.HTML, want.Method, want.Fields["caption"])
	}
	btn := buttons(t, preview)
	if len(btn) != 2 || !strings.HasPrefix(btn["Publish"], "pub:") || !strings.HasPrefix(btn["Cancel"], "cancel:") {
		t.Fatalf("buttons %v", btn)
	}
	var sent telegramtest.Request
	for _, r := range h.fake.Requests() {
		if r.Method == "sendPhoto" {
			sent = r
		}
	}
	if !strings.Contains(sent.Params["reply_parameters"], `"message_id":1`) {
		t.Errorf("the preview does not reply to the command: %q", sent.Params["reply_parameters"])
	}
	if _, published := h.fb.counts(); published != 0 {
		t.Fatal("published before the button was pressed")
	}

	h.fake.PushCallback(editorID, editorID, preview.ID, btn["Publish"])
	waitFor(t, "the result", func() bool { return replies(h.fake, editorID)[0].Edits == 1 })
	done := replies(h.fake, editorID)[0]
	if done.Text != "Queued for publishing:\n• tg-news: queued" || done.ReplyMarkup != "" {
		t.Errorf("edited preview %q markup %q: want the result and no buttons", done.Text, done.ReplyMarkup)
	}
	// A second press (a double tap, a replayed update) finds the preview used up.
	h.fake.PushCallback(editorID, editorID, preview.ID, btn["Publish"])
	waitFor(t, "two callback answers", func() bool { return len(h.fake.CallbackAnswers()) == 2 })
	ans := h.fake.CallbackAnswers()
	if ans[0].Text != "Queued for publishing:" || ans[0].ShowAlert || !strings.Contains(ans[1].Text, "expired") {
		t.Errorf("callback answers %+v", ans)
	}
	if _, published := h.fb.counts(); published != 1 {
		t.Errorf("Publish called %d times, want exactly 1", published)
	}
}

func TestEditorRefusesStrangers(t *testing.T) {
	const stranger = 7
	h := newHarness(t, nil)
	h.run(t)
	h.fake.PushMessage(stranger, stranger, "/push https://news.example/a")
	waitFor(t, "the refusal", func() bool { return len(replies(h.fake, stranger)) == 1 })
	if got := replies(h.fake, stranger)[0]; got.Method != "sendMessage" || !strings.HasPrefix(got.Text, "Sorry, you are not allowed") {
		t.Errorf("stranger got %s %q", got.Method, got.Text)
	}
	if logs := h.logs.String(); !strings.Contains(logs, "refused") || !strings.Contains(logs, "user_id=7") {
		t.Errorf("no log line for the refusal:\n%s", logs)
	}

	// In a group, a stranger presses Publish under an editor's preview: an alert, nothing else.
	const group = -1001234567890
	h.fake.PushMessage(group, editorID, "/push https://news.example/b")
	waitFor(t, "the preview", func() bool { return len(replies(h.fake, group)) == 1 })
	preview := replies(h.fake, group)[0]
	h.fake.PushCallback(group, stranger, preview.ID, buttons(t, preview)["Publish"])
	waitFor(t, "the alert", func() bool { return len(h.fake.CallbackAnswers()) == 1 })
	if a := h.fake.CallbackAnswers()[0]; !a.ShowAlert || !strings.Contains(a.Text, "not allowed") {
		t.Errorf("stranger's press answered %+v", a)
	}
	if previews, published := h.fb.counts(); previews != 1 || published != 0 || replies(h.fake, group)[0].Edits != 0 {
		t.Errorf("previews %d published %d edits %d: a stranger must change nothing", previews, published, replies(h.fake, group)[0].Edits)
	}
	// The editor's own press still works afterwards.
	h.fake.PushCallback(group, editorID, preview.ID, buttons(t, preview)["Publish"])
	waitFor(t, "the publish", func() bool { _, p := h.fb.counts(); return p == 1 })
}

func TestEditorTextPreviewCancel(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Lang = "ko" })
	h.fb.noImage = true
	h.run(t)
	h.fake.PushMessage(editorID, editorID, "/push https://news.example/a tg-news")
	waitFor(t, "the preview", func() bool { return len(replies(h.fake, editorID)) == 1 })
	preview := replies(h.fake, editorID)[0]
	if preview.Method != "sendMessage" || !strings.Contains(preview.LinkPreview, "https://news.example/a") {
		t.Fatalf("text preview %s with link preview %q", preview.Method, preview.LinkPreview)
	}
	btn := buttons(t, preview)
	h.fake.PushCallback(editorID, editorID, preview.ID, btn["취소"])
	waitFor(t, "the edit", func() bool { return replies(h.fake, editorID)[0].Edits == 1 })
	if got := replies(h.fake, editorID)[0]; got.Text != "취소했습니다." || got.ReplyMarkup != "" {
		t.Errorf("cancelled preview %q markup %q", got.Text, got.ReplyMarkup)
	}
	if _, published := h.fb.counts(); published != 0 {
		t.Error("Cancel published")
	}
}

func TestEditorPreviewImageRefused(t *testing.T) {
	h := newHarness(t, nil)
	api := telegramtest.Interpose(t, h.fake, func(w http.ResponseWriter, method string) bool {
		if method != "sendPhoto" {
			return false
		}
		apiFailure(400, "Bad Request: wrong type of the web page content", 0)(w)
		return true
	})
	h.bot.client = botapi.NewClient(api, telegramtest.DefaultToken, nil)
	h.run(t)
	h.fake.PushMessage(editorID, editorID, "/push https://news.example/a")
	waitFor(t, "the preview", func() bool { return len(replies(h.fake, editorID)) == 1 })
	// Like a channel post, the preview falls back to text with a large link preview, buttons kept.
	got := replies(h.fake, editorID)[0]
	if got.Method != "sendMessage" || !strings.Contains(got.LinkPreview, `"prefer_large_media":true`) || len(buttons(t, got)) != 2 {
		t.Errorf("fallback %s %q buttons %q", got.Method, got.LinkPreview, got.ReplyMarkup)
	}
}
