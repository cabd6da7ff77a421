package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"paperboy/bots/discord/discordtest"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/store/redis/redistest"
	"paperboy/core/subscribe"
)

// TestChatsEndToEnd is issue 19's "show it": the real assembly (Load, Open, Serve) on each
// store — two replicas on one Redis, one on the embedded store — with the Telegram and Discord
// editor bots talking to their fakes over HTTP and a feed served by httptest. An editor adds the
// feed from chat and it is polled once per interval by one replica; a Telegram group admin
// (per getChatMember) and a Discord member with Manage Server subscribe their chats while a
// member and a member without the permission are refused; a reader who follows "카카오" gets
// exactly the matching articles, once each; OPML exported in one group and imported in another
// gives the same set; the bot is kicked from both groups (a 403 on the next post for one, a
// my_chat_member update for the other) and their subscriptions are suspended in the catalog
// after at most one failed send, while the reader and the Discord channel go on receiving.
func TestChatsEndToEnd(t *testing.T) {
	for _, tc := range []struct {
		name     string
		replicas int
		store    func(t *testing.T) string // the store: section
	}{
		{"embedded", 1, func(t *testing.T) string {
			return fmt.Sprintf("store: { path: %s }\n", filepath.Join(t.TempDir(), "pb.db"))
		}},
		{"redis-two-replicas", 2, func(t *testing.T) string {
			url, prefix := redistest.Server(t)
			return fmt.Sprintf("store: { redis: { url: %q, prefix: %q } }\n", url, prefix)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			chatsEndToEnd(t, tc.store(t), tc.replicas)
		})
	}
}

// The fixed cast of the story.
const (
	e2eEditor    = 42         // Telegram user in editors.telegram.users (private chat 42)
	e2eReader    = 77         // Telegram reader (private chat 77)
	e2eGroup     = -100500100 // the Telegram group that subscribes, then kicks the bot (a 403)
	e2eAdmin     = 7          // its administrator
	e2eMember    = 8          // a plain member of it
	e2eGroupB    = -100600200 // the group that imports the first one's OPML, then kicks the bot (my_chat_member)
	e2eAdminB    = 9          // its administrator
	e2eKicked    = "Forbidden: bot was kicked from the group chat"
	e2eInterval  = 10 * time.Second // the editor's source's interval: the shortest allowed
	e2eManageSrv = "32"             // Discord's MANAGE_GUILD permission bit
)

// e2eTitles are the feed's articles by the poll that first sees them: the first poll records
// the old one as seen (a new source posts nothing), the second finds three (two mention
// 카카오), the third one more.
var e2eTitles = [][]string{
	{"어제의 지난 소식"},
	{"카카오 새 서비스 출시", "내일 전국 맑음", "카카오뱅크 1분기 실적"},
	{"카카오 속보: 서버 복구 완료"},
}

// e2eFeed is the news site: /news.xml (the feed everyone follows) and /other.xml (a second feed
// for the OPML set). Detection requests (the editor's /source add, a /sub) are told apart from
// polls by their Accept header; a poll that should find new articles waits for its gate, so
// the test decides what each poll sees whatever the machine's speed.
type e2eFeed struct {
	srv      *httptest.Server
	mu       sync.Mutex
	polls    []time.Time     // arrival of each poll of /news.xml
	detects  int             // detections of /news.xml
	previews int             // detections whose preview has not come yet
	gates    []chan struct{} // gates[i] opens poll i+2
}

func newE2EFeed(t *testing.T) *e2eFeed {
	f := &e2eFeed{gates: []chan struct{}{make(chan struct{}), make(chan struct{})}}
	published := time.Now().Add(-time.Hour)
	item := func(b *strings.Builder, n int, title string) {
		fmt.Fprintf(b, `<item><title>%s</title><link>%s/news/%d</link><guid>%s/news/%d</guid><description>%s: 본문 요약 %d번.</description><pubDate>%s</pubDate></item>`,
			title, f.srv.URL, n, f.srv.URL, n, title, n, published.Add(time.Duration(n)*time.Minute).Format(time.RFC1123Z))
	}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>`)
		switch r.URL.Path {
		case "/news.xml":
			seen := f.pollOrDetect(r)
			w.Header().Set("ETag", fmt.Sprintf(`"v%d"`, seen))
			b.WriteString(`<title>파란일보</title><link>` + f.srv.URL + `</link>`)
			n := 0
			for _, titles := range e2eTitles[:seen] {
				for _, title := range titles {
					item(&b, n, title)
					n++
				}
			}
		case "/other.xml":
			b.WriteString(`<title>초록신문</title><link>` + f.srv.URL + `</link>`)
			item(&b, 100, "초록신문 창간")
		default:
			http.NotFound(w, r)
			return
		}
		b.WriteString(`</channel></rss>`)
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		_, _ = w.Write([]byte(b.String()))
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// pollOrDetect counts a request for /news.xml and says how many of e2eTitles' groups it sees.
// A detection (subscribe.Detect: its Accept takes pages too) is followed by a preview through
// the source's watcher, which looks like a poll but never sends the validators a real poll has
// after the first one. A poll waits for its gate (at most 25 s, so a broken test cannot hang).
func (f *e2eFeed) pollOrDetect(r *http.Request) int {
	f.mu.Lock()
	seen := max(1, len(f.polls))
	switch {
	case strings.Contains(r.Header.Get("Accept"), "text/html"):
		f.detects++
		f.previews++
		f.mu.Unlock()
		return seen
	case r.Header.Get("If-None-Match") == "" && f.previews > 0:
		f.previews--
		f.mu.Unlock()
		return seen
	}
	f.polls = append(f.polls, time.Now())
	n := len(f.polls)
	f.mu.Unlock()
	if n >= 2 && n-2 < len(f.gates) {
		select {
		case <-f.gates[n-2]:
		case <-r.Context().Done():
		case <-time.After(25 * time.Second):
		}
	}
	return min(n, len(e2eTitles))
}

func (f *e2eFeed) pollTimes() []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.polls)
}

// e2eReplica is one running paperboy process.
type e2eReplica struct {
	svc  *Service
	log  *os.File // its log (a file takes concurrent writes and reads)
	done chan error
}

func (r *e2eReplica) logs() string {
	b, _ := os.ReadFile(r.log.Name())
	return string(b)
}

func chatsEndToEnd(t *testing.T, storeYAML string, replicas int) {
	feed := newE2EFeed(t)
	newsURL, otherURL := feed.srv.URL+"/news.xml", feed.srv.URL+"/other.xml"
	tg := telegramtest.New()
	t.Cleanup(tg.Close)
	dc := discordtest.NewApp(discordtest.AppOptions{})
	t.Cleanup(dc.Close)

	ctx, cancel := context.WithCancel(context.Background())
	var running []*e2eReplica
	stopped := false
	stop := func() {
		cancel()
		if stopped {
			return
		}
		stopped = true
		for _, r := range running {
			if err := <-r.done; err != nil {
				t.Errorf("serve: %v", err)
			}
			r.svc.Close()
			r.log.Close()
		}
	}
	t.Cleanup(stop)
	logs := func() string {
		var b strings.Builder
		for i, r := range running {
			fmt.Fprintf(&b, "--- replica %d ---\n%s", i+1, r.logs())
		}
		return b.String()
	}
	eventually := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(25 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("not within 25s: %s\n%s", what, logs())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	dir := t.TempDir()
	for i := 1; i <= replicas; i++ {
		yml := storeYAML + fmt.Sprintf(`replica: r%d
log: { format: text }
fetch: { allow_private: true }
subscriptions: { min_interval: 10s, reload: 1s }
readers: { enabled: true }
communities: { enabled: true, min_interval: 1m }
channels:
  - { name: desk, type: console, output: stderr }
routes:
  - { sources: [push], channels: [desk] }
editors:
  telegram: { token: %q, users: [%d], api_url: %s }
  discord: { token: %q, app_id: %q, guilds: [%q], api_url: %s }
`, i, telegramtest.DefaultToken, e2eEditor, tg.URL, dc.Token, dc.ID, dc.GuildID(), dc.URL)
		path := filepath.Join(dir, fmt.Sprintf("r%d.yaml", i))
		if err := os.WriteFile(path, []byte(yml), 0o600); err != nil {
			t.Fatal(err)
		}
		logFile, err := os.Create(filepath.Join(dir, fmt.Sprintf("r%d.log", i)))
		if err != nil {
			t.Fatal(err)
		}
		r := &e2eReplica{log: logFile, done: make(chan error, 1)}
		svc, err := Load(path, logFile)
		if err != nil {
			t.Fatal(err)
		}
		if err := svc.Open(ctx); err != nil {
			t.Fatal(err)
		}
		r.svc = svc
		running = append(running, r)
		go func() { r.done <- svc.Serve(ctx, RunOptions{Grace: time.Second, Reload: make(chan os.Signal)}) }()
	}
	catalog := subscribe.New(running[0].svc.st, running[0].svc.cfg)
	suspended := func(key, why string) bool {
		c, ok, err := catalog.Chat(ctx, key)
		return err == nil && ok && c.Suspended && strings.Contains(c.SuspendedWhy, why)
	}

	// Telegram: what the bot said in a chat, and the articles it posted there.
	said := func(chat int64, text string) func() bool {
		return func() bool {
			for _, m := range tg.Messages() {
				if m.ChatID == chat && strings.Contains(m.Text, text) {
					return true
				}
			}
			return false
		}
	}
	articles := func(chat int64) []string {
		var out []string
		for _, m := range tg.Messages() {
			if m.ChatID != chat || (m.Method != "sendMessage" && m.Method != "sendPhoto") {
				continue
			}
			// An article's post links to it; a command's answer may name titles, not links.
			n := 0
			for _, titles := range e2eTitles {
				for _, title := range titles {
					if strings.Contains(m.Text, title) && strings.Contains(m.HTML, fmt.Sprintf(`href="%s/news/%d"`, feed.srv.URL, n)) {
						out = append(out, title)
					}
					n++
				}
			}
		}
		slices.Sort(out)
		return out
	}
	group := func(chat, from int64, title, text, fileID string) {
		tg.PushIncoming(telegramtest.Incoming{ChatID: chat, ChatType: "supergroup", Title: title, FromID: from, Text: text, FileID: fileID})
	}

	// 1. An editor adds the feed from their chat: a preview with an Add button, then the click.
	tg.PushMessage(e2eEditor, e2eEditor, fmt.Sprintf("/source add %s news %s", newsURL, e2eInterval))
	var add string
	eventually("the /source add preview with its Add button", func() bool {
		for _, m := range tg.Messages() {
			if m.ChatID == e2eEditor && strings.Contains(m.Text, "Add this source?") {
				add = e2eButton(t, m, "Add")
				tg.PushCallback(e2eEditor, e2eEditor, m.ID, add)
				return true
			}
		}
		return false
	})
	eventually("the editor told the source is added", said(e2eEditor, "Added news"))
	eventually("the new source's first poll", func() bool { return len(feed.pollTimes()) == 1 })

	// 2. Communities. Telegram asks getChatMember each time: the member is refused, the admin
	// subscribes the group (to the editor's source: one poll per feed) and to a second feed.
	tg.SetMember(e2eGroup, e2eAdmin, "administrator")
	tg.SetMember(e2eGroup, e2eMember, "member")
	tg.SetMember(e2eGroupB, e2eAdminB, "creator")
	group(e2eGroup, e2eMember, "카카오 모임", "/sub "+newsURL, "")
	eventually("the member refused", said(e2eGroup, "Only this chat's admins"))
	group(e2eGroup, e2eAdmin, "카카오 모임", "/sub "+newsURL, "")
	eventually("the admin's /sub answered", said(e2eGroup, "Subscribed to"))
	// Discord: /feed add in a channel of another server, by Manage Server only.
	eventually("the Discord editor bot on the gateway", func() bool { return dc.GatewayStats().Ready == 1 })
	server, room := dc.AddGuild(), dc.AddChannel()
	feedAdd := func(m discordtest.Member) string {
		t.Helper()
		it := dc.SlashCommandIn(server, room, m, "feed", discordtest.Option{Name: "add", Options: []discordtest.Option{{Name: "url", Value: newsURL}}})
		if err := dc.Dispatch(it); err != nil {
			t.Fatal(err)
		}
		var got discordtest.ResponseMessage
		eventually("the answer to /feed add", func() bool {
			m, ok := dc.Original(it.Token)
			got = m
			return ok && !m.Deferred && m.Content != ""
		})
		return got.Content
	}
	if got := feedAdd(discordtest.Member{UserID: "555000000000000001", Username: "guest", Permissions: "2048"}); !strings.Contains(got, "Only this chat's admins") {
		t.Fatalf("/feed add without Manage Server answered %q", got)
	}
	if got := feedAdd(discordtest.Member{UserID: "555000000000000002", Username: "park", Permissions: e2eManageSrv}); !strings.Contains(got, "Subscribed to") {
		t.Fatalf("/feed add with Manage Server answered %q", got)
	}
	// A reader follows a keyword in a private chat.
	tg.PushMessage(e2eReader, e2eReader, "/follow 카카오")
	eventually("the reader's /follow answered", said(e2eReader, `"카카오"`))
	// The second feed comes last: when every replica has started polling it, every replica has
	// read the catalog with all the chats above.
	group(e2eGroup, e2eAdmin, "카카오 모임", "/sub "+otherURL, "")
	eventually("the second /sub answered", func() bool { return len(subsOf(ctx, t, catalog, e2eGroup)) == 2 })
	for i, r := range running {
		eventually(fmt.Sprintf("replica %d follows the catalog", i+1), func() bool { return strings.Contains(r.logs(), "runtime_sources=2") })
	}

	// 3. The second poll finds three articles: the reader gets the two about 카카오, the group
	// and the Discord channel all three.
	close(feed.gates[0])
	matching := []string{e2eTitles[1][0], e2eTitles[1][2]}
	slices.Sort(matching)
	second := slices.Sorted(slices.Values(e2eTitles[1]))
	eventually("the reader's two articles", func() bool { return slices.Equal(articles(e2eReader), matching) })
	eventually("the group's three articles", func() bool { return slices.Equal(articles(e2eGroup), second) })
	eventually("the Discord channel's three posts", func() bool { return slices.Equal(e2ePosts(dc, room), second) })

	// 4. OPML round trip: /export in the group is a document; /import of it in another group
	// subscribes that one to the same set, which its own /export shows.
	group(e2eGroup, e2eAdmin, "카카오 모임", "/export", "")
	exported := e2eDocument(t, tg, e2eGroup, 1, eventually)
	group(e2eGroupB, e2eAdminB, "뉴스방", "/import", tg.AddFile("subscriptions.opml", "text/x-opml", exported))
	eventually("the import answered", said(e2eGroupB, "Subscribed to 2 of 2 feeds"))
	group(e2eGroupB, e2eAdminB, "뉴스방", "/export", "")
	reexported := e2eDocument(t, tg, e2eGroupB, 1, eventually)
	want, got := opmlURLs(t, exported), opmlURLs(t, reexported)
	if !slices.Equal(want, got) || !slices.Equal(want, []string{newsURL, otherURL}) {
		t.Fatalf("OPML round trip: exported %q, the importing chat exports %q; want both %q", want, got, []string{newsURL, otherURL})
	}

	// 5. The bot is kicked from both groups. The second one says so (my_chat_member) and is
	// suspended at once; the first one's next post is answered 403.
	kickedAt := len(tg.Requests())
	for _, chat := range []int64{e2eGroup, e2eGroupB} {
		tg.SetChatError(fmt.Sprint(chat), telegramtest.Failure{Status: http.StatusForbidden, Description: e2eKicked})
	}
	tg.PushMyChatMember(e2eGroupB, e2eAdminB, "administrator", "kicked")
	eventually("the group that removed the bot suspended", func() bool {
		return suspended(subscribe.ChatKey("telegram", fmt.Sprint(e2eGroupB)), "removed from the chat")
	})
	close(feed.gates[1])
	all := append(slices.Clone(matching), e2eTitles[2][0])
	slices.Sort(all)
	eventually("the reader's third article", func() bool { return slices.Equal(articles(e2eReader), all) })
	everything := slices.Sorted(slices.Values(append(slices.Clone(e2eTitles[1]), e2eTitles[2]...)))
	eventually("the Discord channel's fourth post", func() bool { return slices.Equal(e2ePosts(dc, room), everything) })
	eventually("the kicked group suspended", func() bool {
		return suspended(subscribe.ChatKey("telegram", fmt.Sprint(e2eGroup)), "kicked")
	})
	if c, _, _ := catalog.Chat(ctx, subscribe.ChatKey("discord", room)); c.Suspended {
		t.Fatal("the Discord channel was suspended too")
	}
	stop()

	// Counted after every replica stopped: anything sent twice or retried would be here.
	if got := articles(e2eReader); !slices.Equal(got, all) {
		t.Errorf("the reader got %q, want exactly %q once each", got, all)
	}
	if got := articles(e2eGroup); !slices.Equal(got, second) {
		t.Errorf("the group got %q before the kick, want %q once each", got, second)
	}
	if got := e2ePosts(dc, room); !slices.Equal(got, everything) {
		t.Errorf("the Discord channel got %q, want %q once each", got, everything)
	}
	// The group kicked by a 403 had one post refused; the one that said so first, none (at most
	// one, should a replica have routed a post before it read the suspension).
	for chat, most := range map[int64]int{e2eGroup: 1, e2eGroupB: 1} {
		failed, sent := 0, 0
		for _, r := range tg.Requests()[kickedAt:] {
			if r.ChatID != chat || !strings.HasPrefix(r.Method, "send") {
				continue
			}
			if r.Status == http.StatusOK {
				sent++
			} else {
				failed++
			}
		}
		if sent != 0 || failed > most || (chat == e2eGroup && failed != 1) {
			t.Errorf("after the kick, chat %d got %d sends through and %d refused, want none through and at most %d refused", chat, sent, failed, most)
		}
	}
	// One replica polled the feed once per interval: the first poll right after the Add, the
	// next ones no sooner than the interval (detections by /source add and /sub aside).
	polls := feed.pollTimes()
	if len(polls) < 3 {
		t.Errorf("%d polls of the feed, want at least 3", len(polls))
	}
	for i := 1; i < len(polls); i++ {
		if gap := polls[i].Sub(polls[i-1]); gap < e2eInterval*9/10 {
			t.Errorf("polls %d and %d of the feed came %s apart: two polls within one interval", i, i+1, gap)
		}
	}
	feed.mu.Lock()
	detects := feed.detects
	feed.mu.Unlock()
	if n := detects; n != 3 {
		t.Errorf("%d detections of the feed, want 3 (the editor's /source add, the group's /sub, the Discord /feed add)", n)
	}
	if t.Failed() {
		t.Log(logs())
	}
}

// e2eButton is the callback data of the inline button labelled label on m.
func e2eButton(t *testing.T, m telegramtest.Message, label string) string {
	t.Helper()
	var kb struct {
		Rows [][]struct {
			Text string `json:"text"`
			Data string `json:"callback_data"`
		} `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(m.ReplyMarkup), &kb); err != nil {
		t.Fatalf("keyboard %q: %v", m.ReplyMarkup, err)
	}
	for _, row := range kb.Rows {
		for _, b := range row {
			if b.Text == label {
				return b.Data
			}
		}
	}
	t.Fatalf("no %q button in %q", label, m.ReplyMarkup)
	return ""
}

// e2eDocument waits for the nth document the bot sent to chat and returns its bytes.
func e2eDocument(t *testing.T, tg *telegramtest.Server, chat int64, n int, eventually func(string, func() bool)) []byte {
	t.Helper()
	var data []byte
	eventually(fmt.Sprintf("document %d in chat %d", n, chat), func() bool {
		seen := 0
		for _, m := range tg.Messages() {
			if m.ChatID == chat && m.Method == "sendDocument" {
				if seen++; seen == n {
					data = m.DocumentData
					return true
				}
			}
		}
		return false
	})
	return data
}

// e2ePosts are the titles of the bot's messages in a Discord channel (a message naming none
// counts as "?"), sorted.
func e2ePosts(dc *discordtest.App, channelID string) []string {
	var out []string
	for _, m := range dc.Messages() {
		if m.ChannelID != channelID || m.BotToken != dc.Token {
			continue
		}
		title := "?"
		for _, titles := range e2eTitles {
			for _, t := range titles {
				if strings.Contains(string(m.Body), t) {
					title = t
				}
			}
		}
		out = append(out, title)
	}
	slices.Sort(out)
	return out
}

// opmlURLs are an OPML file's feed URLs, sorted.
func opmlURLs(t *testing.T, data []byte) []string {
	t.Helper()
	entries, err := subscribe.ReadOPML(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("OPML %q: %v", data, err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.URL)
	}
	slices.Sort(out)
	return out
}

// subsOf are a Telegram chat's subscriptions in the catalog.
func subsOf(ctx context.Context, t *testing.T, catalog *subscribe.Registry, chat int64) []subscribe.Sub {
	t.Helper()
	c, _, err := catalog.Chat(ctx, subscribe.ChatKey("telegram", fmt.Sprint(chat)))
	if err != nil {
		t.Fatal(err)
	}
	return c.Subs
}
