package editor

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"paperboy/config"
	"paperboy/core/source"
	"paperboy/core/store/bolt"
	"paperboy/core/subscribe"
)

type sourcesBackend struct {
	fakeBackend
	reg *subscribe.Registry
}

func (b *sourcesBackend) Registry() *subscribe.Registry { return b.reg }

func (b *sourcesBackend) DetectSource(_ context.Context, url, _ string) (subscribe.Found, error) {
	return subscribe.Found{Type: "feed", URL: url, Title: "Paper", Preview: []source.Item{
		{Title: "one", URL: "https://e.example/1"}, {Title: "two", URL: "https://e.example/2"}, {Title: "three", URL: "https://e.example/3"},
	}}, nil
}

func TestSourceCommands(t *testing.T) {
	ctx := context.Background()
	cfg, err := config.Parse("t.yaml", []byte("sources:\n  - { name: fn, url: \"https://fn.example/rss\" }\nchannels:\n  - { name: tg, type: console }\n"), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	st, err := bolt.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	b := &sourcesBackend{reg: subscribe.New(st, cfg)}
	s := New(b, nil)
	s.ShareHeld(st) // the Add click may reach another replica
	other := New(b, nil)
	other.ShareHeld(st)
	ed := Request{Platform: "telegram", Access: user42, UserID: "42", BotName: "pb"}
	say := func(svc *Service, r Request, text string) Reply {
		r.Text = text
		return svc.Handle(ctx, r)
	}
	if rep := say(s, Request{Platform: "telegram", Access: user42, UserID: "7"}, "/source add https://hn.example/rss"); !strings.Contains(rep.Text, "not allowed") {
		t.Fatalf("non-editor: %q", rep.Text)
	}
	rep := say(s, ed, "/source add https://hn.example/rss hn 10m")
	if !strings.Contains(rep.Text, "three") || len(rep.Actions) != 2 {
		t.Fatalf("proposal: %+v", rep)
	}
	if srcs, _ := b.reg.Sources(ctx); len(srcs) != 0 {
		t.Fatal("saved before the Add click")
	}
	if rep := other.Press(ctx, ed, rep.Actions[0].Data); !strings.Contains(rep.Text, "Added hn") {
		t.Fatalf("add click on another replica: %q", rep.Text)
	}
	if rep := other.Press(ctx, ed, rep.Actions[0].Data); !strings.Contains(rep.Text, "expired") {
		t.Fatalf("second click: %q", rep.Text)
	}
	if rep := say(s, ed, "/sources"); !strings.Contains(rep.Text, "fn [config") || !strings.Contains(rep.Text, "hn [runtime, feed, 10m0s]") {
		t.Fatalf("/sources: %q", rep.Text)
	}
	if rep := say(s, ed, "/route hn tg include 카카오, 삼성"); !strings.Contains(rep.Text, "saved") {
		t.Fatalf("/route: %q", rep.Text)
	}
	routes, _ := b.reg.Routes(ctx)
	if len(routes) != 1 || strings.Join(routes[0].Include, "|") != "카카오|삼성" {
		t.Fatalf("routes: %+v", routes)
	}
	if rep := say(s, ed, "/route hn nowhere"); !strings.Contains(rep.Text, "no channel") {
		t.Fatalf("/route to an unknown channel: %q", rep.Text)
	}
	if rep := say(s, ed, "/source remove fn"); !strings.Contains(rep.Text, "configuration file") {
		t.Fatalf("removing a file source: %q", rep.Text)
	}
	if rep := say(s, ed, "/source remove hn"); !strings.Contains(rep.Text, "Removed hn") {
		t.Fatalf("remove: %q", rep.Text)
	}
	plain := New(&fakeBackend{}, nil)
	if rep := say(plain, ed, "/sources"); !strings.Contains(rep.Text, "not available") {
		t.Fatalf("backend without sources: %q", rep.Text)
	}
}
