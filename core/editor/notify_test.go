package editor

import (
	"context"
	"strings"
	"testing"

	"paperboy/core/article"
)

// fakeAnnouncer records the notices in its language.
type fakeAnnouncer struct {
	lang    string
	targets bool
	got     []Reply
}

func (f *fakeAnnouncer) Notifies() bool { return f.targets }
func (f *fakeAnnouncer) Announce(_ context.Context, n Notice) {
	f.got = append(f.got, n.Reply(f.lang))
}

func TestArticleChangedAnnouncesAndPublishes(t *testing.T) {
	fc := &fakeCorrector{fakeBackend: fakeBackend{paused: map[string]bool{}}}
	s := New(fc, nil)
	ctx := context.Background()
	en, ko, none := &fakeAnnouncer{lang: "en", targets: true}, &fakeAnnouncer{lang: "ko", targets: true}, &fakeAnnouncer{lang: "en"}
	for _, a := range []Announcer{en, ko, none} {
		s.AddAnnouncer(a)
	}
	changed := &article.Article{ID: "a1", URL: "https://news.example/a", Title: "New title", Summary: "New summary."}
	if err := s.ArticleChanged(ctx, changed); err != nil {
		t.Fatal(err)
	}
	if len(en.got) != 1 || len(ko.got) != 1 || len(none.got) != 0 {
		t.Fatalf("notices: en %d ko %d no-targets %d", len(en.got), len(ko.got), len(none.got))
	}
	e := en.got[0]
	for _, want := range []string{"Old title: the source changed it — before → after", "Before:\nOld title\nOld summary.", "After:\nNew title\nNew summary.", "https://news.example/a"} {
		if !strings.Contains(e.Text, want) {
			t.Fatalf("notice lacks %q:\n%s", want, e.Text)
		}
	}
	if len(e.Actions) != 2 || e.Actions[0].Label != "Publish correction" || !strings.HasPrefix(e.Actions[0].Data, "cor:") || e.Actions[1].Data != "cancel:"+strings.TrimPrefix(e.Actions[0].Data, "cor:") {
		t.Fatalf("notice buttons %+v", e.Actions)
	}
	if k := ko.got[0]; !strings.Contains(k.Text, "출처에서 기사가 바뀌었습니다") || k.Actions[0].Label != "정정 게시" || k.Actions[0].Data != e.Actions[0].Data {
		t.Fatalf("Korean notice %+v", k)
	}
	if len(fc.corrected) != 0 {
		t.Fatal("corrected before Publish")
	}
	req := Request{Platform: "telegram", UserID: "42", UserName: "ann", Access: user42, Lang: "en"}
	got := s.Press(ctx, req, e.Actions[0].Data)
	if len(fc.corrected) != 1 || fc.corrected[0].Title != "New title" || fc.by[0] != "telegram:ann" || !strings.Contains(got.Text, "tg: queued") {
		t.Fatalf("after Publish: %+v, reply %q", fc.corrected, got.Text)
	}
	// The other bot's button is the same held correction: already used.
	if again := s.Press(ctx, req, ko.got[0].Actions[0].Data); !strings.Contains(again.Text, "expired") || len(fc.corrected) != 1 {
		t.Fatalf("second press: %q", again.Text)
	}
	// Nothing to tell when the posts already show this version, or the article is withdrawn.
	same := &article.Article{ID: "a1", URL: "https://news.example/a", Title: "Old title", Summary: "Old summary."}
	fc.withdrawn = false
	if err := s.ArticleChanged(ctx, same); err != nil || len(en.got) != 1 {
		t.Fatalf("unchanged article announced: %v, %d", err, len(en.got))
	}
	fc.withdrawn = true
	if err := s.ArticleChanged(ctx, changed); err != nil || len(en.got) != 1 {
		t.Fatalf("withdrawn article announced: %v, %d", err, len(en.got))
	}
}
