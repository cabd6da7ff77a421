package editor

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"paperboy/core/article"
	"paperboy/core/store"
)

type fakeBackend struct {
	published [][]string
	paused    map[string]bool
	retried   []string
}

func (f *fakeBackend) Preview(_ context.Context, url string) (*article.Article, error) {
	if strings.Contains(url, "127.0.0.1") {
		return nil, errors.New("fetch: refusing to connect to private address 127.0.0.1")
	}
	return &article.Article{ID: "a1", URL: url, Title: "제목"}, nil
}

func (f *fakeBackend) Publish(_ context.Context, a *article.Article, chans []string, by string) ([]Outcome, error) {
	f.published = append(f.published, chans)
	if len(f.published) > 1 {
		return []Outcome{{Channel: "tg", Previous: store.Claim{State: store.StateSent, RemoteID: "@news:7", At: time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)}}}, nil
	}
	return []Outcome{{Channel: "tg", Queued: true}}, nil
}

func (f *fakeBackend) Status(context.Context) (Status, error) {
	return Status{Sources: []SourceStatus{{Name: "fn", Failures: 2, LastError: "timeout"}}, Channels: []ChannelStatus{{Name: "tg", Type: "telegram", Queue: 3, Breaker: "open"}}, Dead: 1}, nil
}

func (f *fakeBackend) Recent(context.Context, int) ([]Delivery, error) {
	return []Delivery{{Channel: "tg", Title: "t", URL: "https://x/1", At: time.Now()}}, nil
}

func (f *fakeBackend) SetPaused(_ context.Context, name string, p bool) (string, error) {
	if name != "fn" {
		return "", errors.New("no source or channel named " + name)
	}
	f.paused[name] = p
	return "source", nil
}

func (f *fakeBackend) DeadLetters(context.Context, int) ([]store.DeadLetter, error) {
	return []store.DeadLetter{{ID: "d1", Entry: store.Entry{Channel: "tg"}, Reason: "chat not found"}}, nil
}

func (f *fakeBackend) RetryDead(_ context.Context, id string) error {
	f.retried = append(f.retried, id)
	return nil
}

func TestPushPreviewPublish(t *testing.T) {
	fb := &fakeBackend{paused: map[string]bool{}}
	s := New(fb, nil)
	ctx := context.Background()
	r := Request{Platform: "telegram", UserID: "42", Access: user42, Text: "/push@PaperBot https://news.example/a tg", BotName: "paperbot"}
	rep := s.Handle(ctx, r)
	if rep.Preview == nil || len(rep.Actions) != 2 || !strings.HasPrefix(rep.Actions[0].Data, "pub:") {
		t.Fatalf("push reply: %+v", rep)
	}
	if len(fb.published) != 0 {
		t.Fatal("nothing may be published before the button")
	}
	rep = s.Press(ctx, r, rep.Actions[0].Data)
	if len(fb.published) != 1 || fb.published[0][0] != "tg" || !strings.Contains(rep.Text, "tg: queued") {
		t.Fatalf("publish: %+v %v", rep, fb.published)
	}
	if again := s.Press(ctx, r, "pub:"+strings.TrimPrefix(rep.Text, "x")); !strings.Contains(again.Text, "expired") {
		t.Fatalf("a used token must not publish twice: %+v", again)
	}
	// Pushing the same URL again reports where it was posted.
	rep = s.Handle(ctx, r)
	rep = s.Press(ctx, r, rep.Actions[0].Data)
	if !strings.Contains(rep.Text, "already posted at 2026-11-26 09:00 (@news:7)") {
		t.Fatalf("already posted: %q", rep.Text)
	}
	// Cancel publishes nothing.
	rep = s.Handle(ctx, r)
	before := len(fb.published)
	if rep = s.Press(ctx, r, rep.Actions[1].Data); rep.Text != "Cancelled." || len(fb.published) != before {
		t.Fatalf("cancel: %+v", rep)
	}
}

func TestRefusedAndIgnored(t *testing.T) {
	fb := &fakeBackend{paused: map[string]bool{}}
	s := New(fb, nil)
	ctx := context.Background()
	if rep := s.Handle(ctx, Request{Platform: "telegram", UserID: "7", Access: user42, Text: "/push https://x"}); !strings.Contains(rep.Text, "not allowed") {
		t.Fatalf("stranger: %+v", rep)
	}
	if rep := s.Handle(ctx, Request{Platform: "telegram", UserID: "7", Access: user42, Lang: "ko", Text: "/status"}); !strings.Contains(rep.Text, "권한이 없습니다") {
		t.Fatalf("korean refusal: %+v", rep)
	}
	if rep := s.Handle(ctx, Request{Platform: "telegram", UserID: "42", Access: user42, Text: "/push@OtherBot https://x", BotName: "paperbot"}); !rep.Ignore {
		t.Fatalf("another bot's command must be ignored: %+v", rep)
	}
	if rep := s.Handle(ctx, Request{Platform: "telegram", UserID: "42", Access: user42, Text: "hello"}); !rep.Ignore {
		t.Fatal("plain text is no command")
	}
	yes, no := AccessFunc(func(Request) bool { return true }), AccessFunc(func(Request) bool { return false })
	if !s.Allowed(Request{Platform: "discord", Access: yes}) || s.Allowed(Request{Platform: "discord", Access: no}) || s.Allowed(Request{Platform: "discord"}) {
		t.Fatal("the platform's rule decides; no rule refuses")
	}
	if rep := s.Press(ctx, Request{Platform: "telegram", UserID: "7", Access: user42}, "pub:x"); !strings.Contains(rep.Text, "not allowed") {
		t.Fatal("a stranger cannot press Publish")
	}
	if len(fb.published) != 0 {
		t.Fatal("nothing published")
	}
}

func TestOtherCommands(t *testing.T) {
	fb := &fakeBackend{paused: map[string]bool{}}
	s := New(fb, nil)
	ctx := context.Background()
	do := func(text string) string {
		return s.Handle(ctx, Request{Platform: "telegram", UserID: "42", Access: user42, Text: text}).Text
	}
	if out := do("/status"); !strings.Contains(out, "fn — 2× timeout") || !strings.Contains(out, "tg [telegram] — open, queue 3") {
		t.Errorf("status: %q", out)
	}
	if out := do("/pause fn"); out != "Paused source fn." || !fb.paused["fn"] {
		t.Errorf("pause: %q", out)
	}
	if out := do("/resume nope"); !strings.HasPrefix(out, "Failed: no source") {
		t.Errorf("resume unknown: %q", out)
	}
	if out := do("/retry"); !strings.Contains(out, "d1 tg: chat not found") {
		t.Errorf("retry list: %q", out)
	}
	if out := do("/retry all"); out != "Re-queued 1 deliveries." || len(fb.retried) != 1 {
		t.Errorf("retry all: %q", out)
	}
	if out := do("/preview https://127.0.0.1/x"); !strings.Contains(out, "private address") {
		t.Errorf("private preview: %q", out)
	}
	if out := do("/help"); !strings.Contains(out, "/push — ") {
		t.Errorf("help: %q", out)
	}
	if out := do("/recent 3"); !strings.Contains(out, "https://x/1") {
		t.Errorf("recent: %q", out)
	}
}

// memValues is an in-memory Values for the test (the real one is the store's contract-tested KV).
type memValues struct{ m map[string][]byte }

func (v *memValues) PutValue(_ context.Context, k string, b []byte, _ time.Duration) error {
	v.m[k] = b
	return nil
}

func (v *memValues) GetValue(_ context.Context, k string) ([]byte, error) {
	b, ok := v.m[k]
	if !ok {
		return nil, store.ErrNotFound
	}
	return b, nil
}

func (v *memValues) DeleteValue(_ context.Context, k string) error {
	delete(v.m, k)
	return nil
}

// With a shared store, a preview made on one replica is published by a click on another.
func TestHeldPreviewsAcrossReplicas(t *testing.T) {
	shared := &memValues{m: map[string][]byte{}}
	fb := &fakeBackend{paused: map[string]bool{}}
	one := New(fb, nil)
	two := New(fb, nil)
	one.ShareHeld(shared)
	two.ShareHeld(shared)
	ctx := context.Background()
	r := Request{Platform: "telegram", UserID: "42", Access: user42, Text: "/push https://news.example/a tg"}
	rep := one.Handle(ctx, r)
	if len(rep.Actions) != 2 {
		t.Fatalf("push: %+v", rep)
	}
	if got := two.Press(ctx, r, rep.Actions[0].Data); !strings.Contains(got.Text, "tg: queued") || len(fb.published) != 1 {
		t.Fatalf("publish on the other replica: %+v", got)
	}
	if got := one.Press(ctx, r, rep.Actions[0].Data); !strings.Contains(got.Text, "expired") || len(fb.published) != 1 {
		t.Fatalf("the token must be used up everywhere: %+v", got)
	}
}

// user42 is a platform rule that lets user 42 in.
var user42 = AccessFunc(func(r Request) bool { return r.UserID == "42" })
