package pipeline

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"paperboy/config"
	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/editor"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
)

// chatPlatform is one fake platform holding every chat's channel, shared by the replicas
// the way the real platform is: what two replicas send to one chat lands in one list.
type chatPlatform struct {
	mu    sync.Mutex
	chats map[string]*fakeChannel
	gone  map[string]bool // chats that removed the bot: sends fail with channel.Gone
}

func (p *chatPlatform) build(platform, id, name string) (channel.Channel, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if c, ok := p.chats[name]; ok {
		return c, nil
	}
	c := &fakeChannel{name: name, fail: func(channel.Delivery, int) error {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.gone[name] {
			return &channel.Error{Reason: channel.Gone, Status: 403, Description: "Forbidden: bot was kicked from the group chat", Err: fmt.Errorf("Forbidden: bot was kicked from the group chat")}
		}
		return nil
	}}
	p.chats[name] = c
	return c, nil
}

func (p *chatPlatform) titles(name string) []string {
	p.mu.Lock()
	c := p.chats[name]
	p.mu.Unlock()
	if c == nil {
		return nil
	}
	return c.titles()
}

func (p *chatPlatform) attempts(name string) int {
	p.mu.Lock()
	c := p.chats[name]
	p.mu.Unlock()
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.seen {
		n += v
	}
	return n
}

// TestReadersAndCommunitiesEndToEnd: on both stores (two replicas on Redis), a reader follows
// "카카오" and gets exactly the matching articles once; a group admin subscribes the group and
// a member who is not an admin is refused; when the bot is kicked from the group, its
// subscription is suspended on every replica and nothing loops.
func TestReadersAndCommunitiesEndToEnd(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stores func(t *testing.T) []store.Store
	}{
		{"bolt", func(t *testing.T) []store.Store {
			st, err := bolt.Open(filepath.Join(t.TempDir(), "s.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = st.Close() })
			return []store.Store{st}
		}},
		{"redis-two-replicas", func(t *testing.T) []store.Store {
			a, b := redisPair(t)
			return []store.Store{a, b}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			feed := &mutableSite{body: rss(item("old news", "https://news.example/0", "Mon, 02 Jan 2006 15:04:05 +0000"))}
			srv := httptest.NewServer(feed)
			defer srv.Close()
			yml := "fetch: { allow_private: true }\nsources:\n  - { name: filed, url: \"http://127.0.0.1:1/rss\", interval: 1h }\n" +
				"channels:\n  - { name: c, type: console }\nroutes:\n  - { sources: [filed], channels: [c] }\n" +
				"subscriptions: { reload: 1h }\nreaders: { enabled: true }\ncommunities: { enabled: true, min_interval: 1h }\n"
			cfg, err := config.Parse("test.yaml", []byte(yml), os.LookupEnv)
			if err != nil {
				t.Fatal(err)
			}
			plat := &chatPlatform{chats: map[string]*fakeChannel{}, gone: map[string]bool{}}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var svcs []*Service
			var wg sync.WaitGroup
			for i, st := range tc.stores(t) {
				svc, err := New(Options{Config: cfg, Store: st, Channels: []channel.Channel{&fakeChannel{name: "c"}}, Replica: fmt.Sprintf("r%d", i), Chats: plat.build})
				if err != nil {
					t.Fatal(err)
				}
				svcs = append(svcs, svc)
				wg.Add(1)
				go func() { defer wg.Done(); _ = svc.Run(ctx, time.Second) }()
			}
			first, last := editor.New(svcs[0], nil), editor.New(svcs[len(svcs)-1], nil)
			say := func(ed *editor.Service, r editor.Request, text string) string {
				r.Text = text
				return ed.Handle(ctx, r).Text
			}
			admin := func(yes bool) func(context.Context) (bool, error) {
				return func(context.Context) (bool, error) { return yes, nil }
			}
			group := editor.Request{Platform: "telegram", UserID: "1", Chat: editor.Chat{ID: "-100200", Kind: editor.ChatGroup, Admin: admin(false)}}
			if got := say(first, group, "/sub "+srv.URL+"/rss"); !strings.Contains(got, "Only this chat's admins") {
				t.Fatalf("a member who is not an admin: %q", got)
			}
			group.Chat.Admin = admin(true)
			if got := say(first, group, "/sub "+srv.URL+"/rss"); !strings.Contains(got, "Subscribed") {
				t.Fatalf("the admin subscribes: %q", got)
			}
			reader := editor.Request{Platform: "telegram", UserID: "77", Chat: editor.Chat{ID: "77", Kind: editor.ChatPrivate}}
			if got := say(last, reader, "/follow 카카오"); !strings.Contains(got, "카카오") {
				t.Fatalf("follow: %q", got)
			}
			for i, svc := range svcs {
				eventually(t, fmt.Sprintf("replica %d has both chats", i), func() bool { return len(svc.chatNames()) == 2 })
			}
			srcName := ""
			eventually(t, "the group's source polled", func() bool {
				for _, w := range svcs[0].allSources() {
					if svcs[0].isRuntime(w.cfg.Name) {
						srcName = w.cfg.Name
						ss, _ := svcs[0].Store().SourceState(ctx, srcName)
						return ss.Seeded
					}
				}
				return false
			})
			feed.set(rss(
				item("카카오 새 서비스", "https://news.example/1", "Tue, 03 Jan 2006 15:04:05 +0000"),
				item("날씨", "https://news.example/2", "Tue, 03 Jan 2006 15:04:05 +0000"),
				item("카카오뱅크 실적", "https://news.example/3", "Tue, 03 Jan 2006 15:04:05 +0000"),
				item("old news", "https://news.example/0", "Mon, 02 Jan 2006 15:04:05 +0000")))
			// Both replicas poll (a replica not owning the source still may be asked by hand);
			// claims keep every chat's posts to one each.
			for _, svc := range svcs {
				var w *watched
				for _, x := range svc.allSources() {
					if x.cfg.Name == srcName {
						w = x
					}
				}
				if _, err := svc.PollSource(ctx, w); err != nil {
					t.Fatal(err)
				}
			}
			eventually(t, "reader and group served", func() bool {
				return len(plat.titles("telegram:77")) == 2 && len(plat.titles("telegram:-100200")) == 3
			})
			time.Sleep(300 * time.Millisecond) // room for a (wrong) second delivery
			got := plat.titles("telegram:77")
			slices.Sort(got)
			if !slices.Equal(got, []string{"카카오 새 서비스", "카카오뱅크 실적"}) {
				t.Fatalf("the reader got %q, want exactly the two matching articles once", got)
			}
			if n := len(plat.titles("telegram:-100200")); n != 3 {
				t.Fatalf("the group got %d posts, want 3", n)
			}
			// The bot is kicked from the group: the next post fails with Gone, the chat is
			// suspended everywhere and no send is tried again.
			plat.mu.Lock()
			plat.gone["telegram:-100200"] = true
			plat.mu.Unlock()
			feed.set(rss(item("카카오 속보", "https://news.example/4", "Wed, 04 Jan 2006 15:04:05 +0000"), item("old news", "https://news.example/0", "Mon, 02 Jan 2006 15:04:05 +0000")))
			var w *watched
			for _, x := range svcs[0].allSources() {
				if x.cfg.Name == srcName {
					w = x
				}
			}
			if _, err := svcs[0].PollSource(ctx, w); err != nil {
				t.Fatal(err)
			}
			eventually(t, "the kicked group suspended", func() bool {
				c, ok, _ := svcs[0].Registry().Chat(ctx, "telegram:-100200")
				return ok && c.Suspended && strings.Contains(c.SuspendedWhy, "kicked")
			})
			for i, svc := range svcs {
				eventually(t, fmt.Sprintf("replica %d stopped the group's worker", i), func() bool { return len(svc.chatNames()) == 1 })
			}
			eventually(t, "the kicked group's post parked in the dead letters, its pause lifted", func() bool {
				dl, _ := svcs[0].Store().DeadList(ctx, 10)
				paused, _ := svcs[0].Store().Paused(ctx, "channel", "telegram:-100200")
				return len(dl) == 1 && dl[0].Entry.Channel == "telegram:-100200" && strings.Contains(dl[0].Reason, "chat suspended") && !paused
			})
			eventually(t, "the reader got the new article", func() bool { return len(plat.titles("telegram:77")) == 3 })
			if _, err := svcs[0].Publish(ctx, &article.Article{ID: "x1", URL: "https://news.example/x1", Title: "aimed at a reader"}, []string{"telegram:77"}, "ed"); err == nil {
				t.Fatal("an editor's push reached a reader's chat by naming it")
			}
			ed := editor.Request{Platform: "telegram", UserID: "42", Access: editor.AccessFunc(func(r editor.Request) bool { return r.UserID == "42" }), Text: "/status"}
			if got := first.Handle(ctx, ed).Text; !strings.Contains(got, "Readers: 1 (+0 suspended) · Communities: 0 (+1 suspended)") {
				t.Fatalf("/status does not count the chats:\n%s", got)
			}
			tries := plat.attempts("telegram:-100200")
			time.Sleep(500 * time.Millisecond)
			if again := plat.attempts("telegram:-100200"); again != tries || tries != 4 {
				t.Fatalf("sends to the kicked group: %d then %d, want 3 posts and one failed try", tries, again)
			}
			cancel()
			wg.Wait()
		})
	}
}

func TestShapeTemplates(t *testing.T) {
	p := article.Post{Title: "T", Summary: "S", URL: "https://e.example/a", ImageURL: "https://e.example/i.jpg", Source: "src", Author: "A", Tags: []string{"x"}}
	if got := Shape(p, ""); got.ImageURL == "" || got.Summary == "" {
		t.Error("full keeps everything")
	}
	if got := Shape(p, "compact"); got.ImageURL != "" || got.Summary == "" {
		t.Error("compact drops the image only")
	}
	if got := Shape(p, "headline"); got.ImageURL != "" || got.Summary != "" || got.Author == "" {
		t.Error("headline keeps title, source, author, link")
	}
	if got := Shape(p, "link"); got.Author != "" || got.Summary != "" || got.URL == "" || got.Title == "" {
		t.Error("link keeps title and link")
	}
}

// TestReaderDailyCapAndQuietHours: a reader gets at most readers.max_per_day articles a day
// (the rest counted, not queued), and nothing during quiet hours until they are lifted.
func TestReaderDailyCapAndQuietHours(t *testing.T) {
	a, _ := redisPair(t)
	feed := &mutableSite{body: rss(item("old", "https://news.example/0", "Mon, 02 Jan 2006 15:04:05 +0000"))}
	srv := httptest.NewServer(feed)
	defer srv.Close()
	yml := "fetch: { allow_private: true }\nsources:\n  - { name: src, url: \"" + srv.URL + "/rss\", interval: 1h }\n" +
		"channels:\n  - { name: c, type: console }\nsubscriptions: { reload: 1h }\nreaders: { enabled: true, max_per_day: 2, timezone: UTC }\n"
	cfg, err := config.Parse("test.yaml", []byte(yml), os.LookupEnv)
	if err != nil {
		t.Fatal(err)
	}
	plat := &chatPlatform{chats: map[string]*fakeChannel{}, gone: map[string]bool{}}
	svc, err := New(Options{Config: cfg, Store: a, Channels: []channel.Channel{&fakeChannel{name: "c"}}, Replica: "r", Chats: plat.build})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() { defer close(done); _ = svc.Run(ctx, time.Second) }()
	ed := editor.New(svc, nil)
	reader := editor.Request{Platform: "telegram", UserID: "5", Chat: editor.Chat{ID: "5", Kind: editor.ChatPrivate}}
	for _, text := range []string{"/follow 경제", "/quiet 00:00-23:59 UTC"} {
		reader.Text = text
		if rep := ed.Handle(ctx, reader); strings.Contains(rep.Text, "Failed") {
			t.Fatal(rep.Text)
		}
	}
	now := time.Now().UTC()
	if now.Hour() == 23 && now.Minute() >= 58 {
		t.Skip("too close to the end of the quiet window")
	}
	eventually(t, "the reader's chat", func() bool { return len(svc.chatNames()) == 1 })
	w := svc.allSources()[0]
	if _, err := svc.PollSource(ctx, w); err != nil {
		t.Fatal(err)
	}
	var items []string
	for i := 1; i <= 4; i++ {
		items = append(items, item(fmt.Sprintf("경제 뉴스 %d", i), fmt.Sprintf("https://news.example/%d", i), "Tue, 03 Jan 2006 15:04:05 +0000"))
	}
	feed.set(rss(items...))
	if _, err := svc.PollSource(ctx, w); err != nil {
		t.Fatal(err)
	}
	if n, _ := a.Pending(ctx, "telegram:5"); n != 2 {
		t.Fatalf("queued for the reader: %d, want max_per_day = 2", n)
	}
	time.Sleep(500 * time.Millisecond)
	if got := plat.titles("telegram:5"); len(got) != 0 {
		t.Fatalf("sent during quiet hours: %q", got)
	}
	reader.Text = "/quiet off"
	ed.Handle(ctx, reader)
	eventually(t, "the held posts sent once quiet hours are lifted", func() bool { return len(plat.titles("telegram:5")) == 2 })
	if v := testutil.ToFloat64(svc.Metrics().ReaderCapped); v != 2 {
		t.Fatalf("reader_capped_total = %v, want 2", v)
	}
	cancel()
	<-done
}
