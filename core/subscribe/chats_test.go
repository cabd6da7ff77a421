package subscribe

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

const chatsYAML = `
sources:
  - { name: main, url: "https://example.com/rss" }
channels:
  - { name: tg, type: console }
readers: { enabled: true, max_follows: 3, max_readers: 2 }
communities: { enabled: true, max_subs_per_chat: 2, max_chats: 5, remove_after: 2h }
`

func TestReaderFollows(t *testing.T) {
	ctx := context.Background()
	r := newRegistry(t, chatsYAML)
	me := ChatRef{Platform: "telegram", ID: "42", Lang: "ko"}
	if f, err := r.Follow(ctx, me, "  카카오  "); err != nil || f.Keyword != "카카오" {
		t.Fatalf("follow keyword: %+v %v", f, err)
	}
	if f, err := r.Follow(ctx, me, "MAIN"); err != nil || f.Source != "main" {
		t.Fatalf("a source's name follows the source: %+v %v", f, err)
	}
	if _, err := r.Follow(ctx, me, "카카오"); err == nil {
		t.Fatal("the same keyword twice")
	}
	if _, err := r.Follow(ctx, me, "re:.*"); err == nil {
		t.Fatal("a keyword read as a regexp")
	}
	if _, err := r.Follow(ctx, me, strings.Repeat("가", 65)); err == nil {
		t.Fatal("an unbounded keyword")
	}
	if _, err := r.Follow(ctx, me, "Samsung"); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Follow(ctx, me, "LG"); !errors.Is(err, ErrFollowLimit) {
		t.Fatalf("max_follows: %v", err)
	}
	if _, err := r.Follow(ctx, ChatRef{Platform: "telegram", ID: "43"}, "x"); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Follow(ctx, ChatRef{Platform: "discord", ID: "44"}, "x"); !errors.Is(err, ErrChatLimit) {
		t.Fatalf("max_readers: %v", err)
	}
	set, err := r.Effective(ctx)
	if err != nil {
		t.Fatal(err)
	}
	router, err := set.Router(r.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if d := router.Route("other", "카카오뱅크 실적 발표", ""); !slices.Contains(d.Channels, "telegram:42") || slices.Contains(d.Channels, "telegram:43") {
		t.Fatalf("a keyword in the title of any source reaches its reader only: %v", d.Channels)
	}
	if d := router.Route("other", "Weather", "samsung shares rise"); !slices.Contains(d.Channels, "telegram:42") {
		t.Fatalf("keywords match the summary, case-insensitively: %v", d.Channels)
	}
	if d := router.Route("main", "Weather", ""); !slices.Contains(d.Channels, "telegram:42") || !slices.Contains(d.Channels, "tg") {
		t.Fatalf("a followed source reaches the reader, and the file's channels still get it: %v", d.Channels)
	}
	if d := router.Route("other", "Weather", ""); slices.Contains(d.Channels, "telegram:42") {
		t.Fatalf("an unrelated article reached the reader: %v", d.Channels)
	}
	if gone, err := r.Unfollow(ctx, me.Key(), "카카오"); err != nil || len(gone) != 1 {
		t.Fatalf("unfollow: %v %v", gone, err)
	}
	if _, err := r.Unfollow(ctx, me.Key(), "nothing"); err == nil {
		t.Fatal("unfollow of something not followed")
	}
	if _, err := r.Unfollow(ctx, me.Key(), "all"); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := r.Chat(ctx, me.Key()); ok {
		t.Fatal("a reader following nothing keeps a record")
	}
}

func TestQuietHours(t *testing.T) {
	q, err := ParseQuiet("23:00-07:00", "", "Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	seoul, _ := time.LoadLocation("Asia/Seoul")
	at := func(h, m int) time.Time { return time.Date(2026, 12, 4, h, m, 0, 0, seoul) }
	cases := []struct {
		now, want time.Time
	}{
		{at(23, 30), time.Date(2026, 12, 5, 7, 0, 0, 0, seoul)},
		{at(3, 0), at(7, 0)},
		{at(7, 0), at(7, 0)},
		{at(12, 0), at(12, 0)},
		{at(22, 59), at(22, 59)},
	}
	for _, c := range cases {
		if got := q.Until(c.now); !got.Equal(c.want) {
			t.Errorf("Until(%s) = %s, want %s", c.now, got, c.want)
		}
	}
	day, _ := ParseQuiet("13:00-14:00", "UTC", "Asia/Seoul")
	if got := day.Until(time.Date(2026, 1, 1, 13, 30, 0, 0, time.UTC)); !got.Equal(time.Date(2026, 1, 1, 14, 0, 0, 0, time.UTC)) {
		t.Errorf("same-day window: %s", got)
	}
	for _, bad := range []string{"23-07", "25:00-07:00", "10:00-10:00"} {
		if _, err := ParseQuiet(bad, "", "UTC"); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if _, err := ParseQuiet("23:00-07:00", "Mars/Base", "UTC"); err == nil {
		t.Error("unknown zone accepted")
	}
	if q, err := ParseQuiet("off", "", "UTC"); q != nil || err != nil {
		t.Error("off")
	}
	if h := (&Quiet{From: "23:00", To: "07:00", Zone: "Mars/Base"}).Hours(); h != nil {
		t.Error("a damaged record compiles to quiet hours")
	}
	var none *Quiet
	now := time.Now()
	if !none.Until(now).Equal(now) {
		t.Error("no quiet hours hold nothing")
	}
}

func TestCommunitySubscriptions(t *testing.T) {
	ctx := context.Background()
	r := newRegistry(t, chatsYAML)
	g1 := ChatRef{Platform: "telegram", ID: "-1001", Title: "Group one"}
	g2 := ChatRef{Platform: "discord", ID: "555"}
	sub, created, err := r.Subscribe(ctx, g1, Found{Type: "feed", URL: "https://news.example.org/rss", Title: "News"}, time.Minute, "telegram:7")
	if err != nil || !created || sub.Source != "news-example-org" {
		t.Fatalf("first subscription creates the source: %+v %v %v", sub, created, err)
	}
	srcs, _ := r.Sources(ctx)
	if len(srcs) != 1 || srcs[0].Interval != 10*time.Minute || srcs[0].AddedBy != "chat:telegram:-1001" {
		t.Fatalf("the chat's interval is raised to communities.min_interval: %+v", srcs)
	}
	if _, created, err := r.Subscribe(ctx, g2, Found{Type: "feed", URL: "https://NEWS.example.org/rss/"}, 0, "discord:8"); err != nil || created {
		t.Fatalf("a second chat reuses the source (one poll per feed): %v %v", created, err)
	}
	if _, _, err := r.Subscribe(ctx, g1, Found{Type: "feed", URL: "https://example.com/rss"}, 0, "x"); err != nil {
		t.Fatalf("a file source's URL subscribes to it: %v", err)
	}
	if _, _, err := r.Subscribe(ctx, g1, Found{Type: "feed", URL: "https://third.example/rss"}, 0, "x"); !errors.Is(err, ErrSubLimit) {
		t.Fatalf("max_subs_per_chat: %v", err)
	}
	if _, _, err := r.Subscribe(ctx, g1, Found{Type: "feed", URL: "https://example.com/rss"}, 0, "x"); err == nil {
		t.Fatal("the same feed twice in one chat")
	}
	if _, err := r.Set(ctx, g1.Key(), "news-example-org", "include", []string{"경제,", "IT"}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Set(ctx, g1.Key(), "news-example-org", "template", []string{"headline"}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Set(ctx, g1.Key(), "news-example-org", "template", []string{"<b>{{.}}"}); err == nil {
		t.Fatal("unknown template accepted")
	}
	if _, err := r.Set(ctx, g1.Key(), "news-example-org", "exclude", []string{"re:("}); err == nil {
		t.Fatal("a broken regexp filter accepted")
	}
	set, err := r.Effective(ctx)
	if err != nil {
		t.Fatal(err)
	}
	router, _ := set.Router(r.cfg)
	d := router.Route("news-example-org", "IT 뉴스", "")
	if !slices.Contains(d.Channels, "telegram:-1001") || !slices.Contains(d.Channels, "discord:555") {
		t.Fatalf("both chats get the matching article: %v", d.Channels)
	}
	if d := router.Route("news-example-org", "스포츠", ""); slices.Contains(d.Channels, "telegram:-1001") || !slices.Contains(d.Channels, "discord:555") {
		t.Fatalf("the include filter is per chat: %v", d.Channels)
	}
	entries, err := r.ChatEntries(ctx, g1.Key())
	if err != nil || len(entries) != 2 {
		t.Fatalf("export: %+v %v", entries, err)
	}
	// The OPML round trip: a fresh chat importing the export has the same set.
	g3 := ChatRef{Platform: "telegram", ID: "-1003"}
	added, skipped, err := r.ImportChat(ctx, g3, entries, "x")
	if err != nil || len(added) != 2 || len(skipped) != 0 {
		t.Fatalf("import: %v %v %v", added, skipped, err)
	}
	back, _ := r.ChatEntries(ctx, g3.Key())
	urls := func(es []Entry) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.URL)
		}
		slices.Sort(out)
		return out
	}
	if !slices.Equal(urls(back), urls(entries)) {
		t.Fatalf("round trip: %v vs %v", urls(back), urls(entries))
	}
	// Unsubscribing every chat from the chat-made source removes it; the file's stays.
	for _, k := range []string{g1.Key(), g2.Key(), g3.Key()} {
		if _, err := r.Unsubscribe(ctx, k, "https://news.example.org/rss"); err != nil {
			t.Fatal(k, err)
		}
	}
	if srcs, _ := r.Sources(ctx); len(srcs) != 0 {
		t.Fatalf("an orphan chat source is still polled: %+v", srcs)
	}
	if _, err := r.Unsubscribe(ctx, g1.Key(), "main"); err != nil {
		t.Fatal(err)
	}
}

func TestSuspendAndPurge(t *testing.T) {
	ctx := context.Background()
	r := newRegistry(t, chatsYAML)
	now := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	r.now = func() time.Time { return now }
	g := ChatRef{Platform: "telegram", ID: "-1009"}
	if _, _, err := r.Subscribe(ctx, g, Found{Type: "feed", URL: "https://gone.example/rss"}, 0, "x"); err != nil {
		t.Fatal(err)
	}
	if found, err := r.SuspendChat(ctx, g.Key(), "Forbidden: bot was kicked from the group chat"); !found || err != nil {
		t.Fatal(found, err)
	}
	set, _ := r.Effective(ctx)
	router, _ := set.Router(r.cfg)
	if d := router.Route("gone-example", "anything", ""); slices.Contains(d.Channels, g.Key()) {
		t.Fatal("a suspended chat is still routed")
	}
	if gone, _ := r.Purge(ctx); len(gone) != 0 {
		t.Fatal("purged before remove_after")
	}
	if ok, err := r.ResumeChat(ctx, g.Key()); !ok || err != nil {
		t.Fatalf("resume: %v %v", ok, err)
	}
	if ok, _ := r.ResumeChat(ctx, g.Key()); ok {
		t.Fatal("resumed a chat that was not suspended")
	}
	if _, err := r.SuspendChat(ctx, g.Key(), "kicked"); err != nil {
		t.Fatal(err)
	}
	// Its admin subscribing again means the bot is back: the chat is resumed.
	if _, _, err := r.Subscribe(ctx, g, Found{Type: "feed", URL: "https://other.example/rss"}, 0, "x"); err != nil {
		t.Fatal(err)
	}
	if c, _, _ := r.Chat(ctx, g.Key()); c.Suspended {
		t.Fatal("a chat that subscribes again stays suspended")
	}
	if _, err := r.Unsubscribe(ctx, g.Key(), "https://other.example/rss"); err != nil {
		t.Fatal(err)
	}
	if _, err := r.SuspendChat(ctx, g.Key(), "kicked again"); err != nil {
		t.Fatal(err)
	}
	now = now.Add(3 * time.Hour)
	if gone, err := r.Purge(ctx); err != nil || len(gone) != 1 {
		t.Fatalf("purge: %v %v", gone, err)
	}
	if srcs, _ := r.Sources(ctx); len(srcs) != 0 {
		t.Fatalf("the purged chat's source stays: %+v", srcs)
	}
	if found, _ := r.SuspendChat(ctx, "telegram:unknown", "x"); found {
		t.Fatal("suspended a chat that does not exist")
	}
}

func TestChatsOff(t *testing.T) {
	ctx := context.Background()
	r := newRegistry(t, cfgYAML)
	if _, err := r.Follow(ctx, ChatRef{Platform: "telegram", ID: "1"}, "x"); !errors.Is(err, ErrReadersOff) {
		t.Fatal(err)
	}
	if _, _, err := r.Subscribe(ctx, ChatRef{Platform: "telegram", ID: "-1"}, Found{Type: "feed", URL: "https://a.example/rss"}, 0, "x"); !errors.Is(err, ErrCommunitiesOff) {
		t.Fatal(err)
	}
}
