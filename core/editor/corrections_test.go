package editor

import (
	"context"
	"strings"
	"testing"
	"time"

	"paperboy/core/article"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// fakeCorrector is a backend whose article "a1" was posted to tg and dc, showing the title
// "Old title".
type fakeCorrector struct {
	fakeBackend
	corrected []article.Post
	retracted []string
	by        []string
	withdrawn bool
}

func (f *fakeCorrector) Posts(_ context.Context, url string) (Posts, error) {
	if !strings.Contains(url, "news.example") {
		return Posts{}, nil
	}
	state := "posted"
	if f.withdrawn {
		state = "withdrawn"
	}
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	return Posts{ArticleID: "a1", URL: url, Shown: article.Post{Title: "Old title", Summary: "Old summary."},
		Posts: []Post{{Channel: "tg", Type: "telegram", Links: []string{"https://t.me/news/7"}, State: state, SentAt: at, Revision: "r1"},
			{Channel: "dc", Type: "discord", State: state, SentAt: at, Revision: "r1"}},
		Audit: []store.Audit{{At: at, Who: "telegram:ann", Action: "correct", Reason: "typo"}}}, nil
}

func (f *fakeCorrector) Correct(_ context.Context, id string, p article.Post, _, by string) ([]outbox.Planned, error) {
	f.corrected = append(f.corrected, p)
	f.by = append(f.by, by)
	return []outbox.Planned{{Channel: "tg", Outcome: outbox.PlannedQueued}, {Channel: "dc", Outcome: outbox.PlannedQueued}}, nil
}

func (f *fakeCorrector) Retract(_ context.Context, id, reason, by string) ([]outbox.Planned, error) {
	f.retracted = append(f.retracted, id+":"+reason)
	return []outbox.Planned{{Channel: "tg", Outcome: outbox.PlannedQueued}}, nil
}

func TestCorrectRetractPosts(t *testing.T) {
	fc := &fakeCorrector{fakeBackend: fakeBackend{paused: map[string]bool{}}}
	s := New(fc, nil)
	ctx := context.Background()
	req := func(text, lang string) Request {
		return Request{Platform: "telegram", UserID: "42", UserName: "ann", Access: user42, Text: text, Lang: lang}
	}

	rep := s.Handle(ctx, req("/posts https://news.example/a", "en"))
	for _, want := range []string{"tg [telegram]", "https://t.me/news/7", "dc [discord]", "History:", "typo"} {
		if !strings.Contains(rep.Text, want) {
			t.Fatalf("/posts reply lacks %q:\n%s", want, rep.Text)
		}
	}
	if rep := s.Handle(ctx, req("/posts https://elsewhere.example/a", "en")); !strings.Contains(rep.Text, "not been posted") {
		t.Fatalf("/posts of an unknown article: %q", rep.Text)
	}

	rep = s.Handle(ctx, req("/correct https://news.example/a", "ko"))
	if !strings.Contains(rep.Text, "정정 전:\nOld title") || !strings.Contains(rep.Text, "정정 후:\n제목") || len(rep.Actions) != 2 {
		t.Fatalf("/correct reply: %+v", rep)
	}
	if len(fc.corrected) != 0 {
		t.Fatal("a correction was published before Publish")
	}
	if got := s.Press(ctx, req("", "en"), "pub:"+strings.TrimPrefix(rep.Actions[0].Data, "cor:")); !strings.Contains(got.Text, "Cancelled") {
		t.Fatalf("a correction's token pressed as a push: %q", got.Text)
	}
	rep = s.Handle(ctx, req("/correct https://news.example/a", "en"))
	got := s.Press(ctx, req("", "en"), rep.Actions[0].Data)
	if len(fc.corrected) != 1 || fc.corrected[0].Title != "제목" || fc.by[0] != "telegram:ann" || !strings.Contains(got.Text, "tg: queued") {
		t.Fatalf("after Publish: %+v, reply %q", fc.corrected, got.Text)
	}
	if again := s.Press(ctx, req("", "en"), rep.Actions[0].Data); !strings.Contains(again.Text, "expired") || len(fc.corrected) != 1 {
		t.Fatalf("second press: %q", again.Text)
	}

	rep = s.Handle(ctx, req("/retract https://news.example/a wrong person named", "en"))
	if !strings.Contains(rep.Text, "48 hours") || len(rep.Actions) != 2 {
		t.Fatalf("/retract reply: %+v", rep)
	}
	if got := s.Press(ctx, req("", "en"), rep.Actions[1].Data); !strings.Contains(got.Text, "Cancelled") || len(fc.retracted) != 0 {
		t.Fatalf("Cancel: %q, retracted %v", got.Text, fc.retracted)
	}
	rep = s.Handle(ctx, req("/retract https://news.example/a wrong person named", "en"))
	s.Press(ctx, req("", "en"), rep.Actions[0].Data)
	if len(fc.retracted) != 1 || fc.retracted[0] != "a1:wrong person named" {
		t.Fatalf("retracted %v", fc.retracted)
	}

	fc.withdrawn = true
	if rep := s.Handle(ctx, req("/retract https://news.example/a", "en")); !strings.Contains(rep.Text, "already withdrawn") {
		t.Fatalf("/retract of a withdrawn article: %q", rep.Text)
	}
	stranger := req("/retract https://news.example/a", "en")
	stranger.UserID = "7"
	if rep := s.Handle(ctx, stranger); !strings.Contains(rep.Text, "not allowed") {
		t.Fatalf("a stranger's /retract: %q", rep.Text)
	}
	// A backend without corrections says so.
	plain := New(&fakeBackend{paused: map[string]bool{}}, nil)
	if rep := plain.Handle(ctx, req("/posts https://news.example/a", "en")); !strings.Contains(rep.Text, "not available") {
		t.Fatalf("no corrector: %q", rep.Text)
	}
}
