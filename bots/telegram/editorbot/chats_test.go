package editorbot

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"paperboy/bots/telegram/botapi"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/channel"
	"paperboy/core/editor"
	"paperboy/core/source"
	"paperboy/core/store/bolt"
	"paperboy/core/subscribe"
)

const (
	group    = -1001000000042 // a supergroup the bot was added to
	channelC = -1001000000077 // a channel the bot administers
	stranger = 501            // a member of the group, no admin, not an editor
	reader   = 777            // someone who opened a private chat with the bot
)

// chatBackend is the pipeline with the runtime catalog (reader and community commands act on
// it) and the suspensions ChatGone asks for.
type chatBackend struct {
	fakeBackend
	reg *subscribe.Registry

	smu       sync.Mutex
	suspended []string // "platform chat: why"
}

func (b *chatBackend) Registry() *subscribe.Registry { return b.reg }

func (b *chatBackend) DetectSource(_ context.Context, url, _ string) (subscribe.Found, error) {
	return subscribe.Found{Type: "feed", URL: url, Title: "Paper", Preview: []source.Item{{Title: "first item", URL: "https://news.example/1"}}}, nil
}

func (b *chatBackend) SuspendChat(_ context.Context, platform, chatID, why string) error {
	b.smu.Lock()
	defer b.smu.Unlock()
	b.suspended = append(b.suspended, platform+" "+chatID+": "+why)
	return nil
}

func (b *chatBackend) ResumeChat(_ context.Context, platform, chatID string) (bool, error) {
	b.smu.Lock()
	defer b.smu.Unlock()
	b.suspended = append(b.suspended, platform+" "+chatID+": back")
	return true, nil
}

func (b *chatBackend) suspensions() []string {
	b.smu.Lock()
	defer b.smu.Unlock()
	return append([]string(nil), b.suspended...)
}

// newChatHarness builds the bot through Listen from a configuration with readers and
// communities as given, over the real editor service and a catalog in bbolt.
func newChatHarness(t *testing.T, readers, communities bool) (*harness, *chatBackend) {
	t.Helper()
	fake := telegramtest.New()
	t.Cleanup(fake.Close)
	cfg := chatConfig(t, `editors: { telegram: { token: "`+telegramtest.DefaultToken+`", users: [`+strconv.Itoa(editorID)+`], api_url: "`+fake.URL+`", lang: en } }
readers: { enabled: `+strconv.FormatBool(readers)+` }
communities: { enabled: `+strconv.FormatBool(communities)+` }
`)
	st, err := bolt.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	be := &chatBackend{reg: subscribe.New(st, cfg)}
	h := &harness{fake: fake, fb: &be.fakeBackend, logs: &logBuffer{}}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	l, err := Listen(cfg, editor.New(be, log), channel.Options{Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	h.bot = l.(*Bot)
	t.Cleanup(func() {
		if strings.Contains(h.logs.String(), telegramtest.DefaultToken) {
			t.Error("the token appeared in a log line")
		}
	})
	return h, be
}

// ask makes in arrive and returns the bot's next message in that chat.
func ask(t *testing.T, h *harness, in telegramtest.Incoming) telegramtest.Message {
	t.Helper()
	before := len(replies(h.fake, in.ChatID))
	h.fake.PushIncoming(in)
	waitFor(t, "an answer to "+in.Text, func() bool { return len(replies(h.fake, in.ChatID)) > before })
	return replies(h.fake, in.ChatID)[before]
}

// memberChecks counts getChatMember calls for user in chat.
func memberChecks(fake *telegramtest.Server, chat, user int64) int {
	n := 0
	for _, r := range fake.Requests() {
		if r.Method == "getChatMember" && r.ChatID == chat && r.Params["user_id"] == strconv.FormatInt(user, 10) {
			n++
		}
	}
	return n
}

func subs(t *testing.T, be *chatBackend, chat int64) []subscribe.Sub {
	t.Helper()
	c, _, err := be.reg.Chat(context.Background(), subscribe.ChatRef{Platform: "telegram", ID: strconv.FormatInt(chat, 10)}.Key())
	if err != nil {
		t.Fatal(err)
	}
	return c.Subs
}

func TestCommunityCommandsNeedATelegramAdmin(t *testing.T) {
	h, be := newChatHarness(t, false, true)
	h.fake.AddChat(telegramtest.Chat{ID: group, Type: "supergroup", Title: "Readers' club"})
	h.fake.AddChat(telegramtest.Chat{ID: channelC, Type: "channel", Title: "News channel"})
	h.run(t)
	sub := telegramtest.Incoming{ChatID: group, FromID: stranger, Text: "/sub https://feeds.example/rss"}

	// A member who is no admin: refused, after asking Telegram.
	if got := ask(t, h, sub); !strings.Contains(got.Text, "Only this chat's admins") {
		t.Fatalf("a stranger's /sub: %q", got.Text)
	}
	if n := memberChecks(h.fake, group, stranger); n != 1 || len(subs(t, be, group)) != 0 {
		t.Fatalf("getChatMember asked %d times, subscriptions %+v", n, subs(t, be, group))
	}
	// Nor may they run editor commands.
	if got := ask(t, h, telegramtest.Incoming{ChatID: group, FromID: stranger, Text: "/status"}); !strings.Contains(got.Text, "not allowed") {
		t.Fatalf("a stranger's /status: %q", got.Text)
	}

	// Promoted: the next command is asked again and allowed.
	h.fake.SetMember(group, stranger, "administrator")
	if got := ask(t, h, sub); !strings.Contains(got.Text, "Subscribed to Paper") {
		t.Fatalf("an admin's /sub: %q", got.Text)
	}
	if s := subs(t, be, group); len(s) != 1 || s[0].URL != "https://feeds.example/rss" {
		t.Fatalf("subscriptions %+v", s)
	}
	// Demoted: refused at once.
	h.fake.SetMember(group, stranger, "member")
	if got := ask(t, h, telegramtest.Incoming{ChatID: group, FromID: stranger, Text: "/unsub " + subs(t, be, group)[0].Name}); !strings.Contains(got.Text, "Only this chat's admins") {
		t.Fatalf("a demoted admin's /unsub: %q", got.Text)
	}
	h.fake.SetMember(group, 502, "creator")
	if got := ask(t, h, telegramtest.Incoming{ChatID: group, FromID: 502, Text: "/list"}); !strings.Contains(got.Text, "feeds.example") {
		t.Fatalf("the creator's /list: %q", got.Text)
	}

	// An anonymous admin writes as the group; a channel's posts are its admins'. Neither needs
	// getChatMember (there is no user to ask about), neither is an editor.
	checks := len(h.fake.Requests())
	if got := ask(t, h, telegramtest.Incoming{ChatID: group, SenderChat: group, Text: "/list"}); !strings.Contains(got.Text, "feeds.example") {
		t.Fatalf("an anonymous admin's /list: %q", got.Text)
	}
	if got := ask(t, h, telegramtest.Incoming{ChatID: channelC, SenderChat: channelC, ChannelPost: true, Text: "/sub https://other.example/feed"}); !strings.Contains(got.Text, "Subscribed") {
		t.Fatalf("a channel post's /sub: %q", got.Text)
	}
	if got := ask(t, h, telegramtest.Incoming{ChatID: channelC, SenderChat: channelC, ChannelPost: true, Text: "/status"}); !strings.Contains(got.Text, "not allowed") {
		t.Fatalf("a channel post's /status: %q", got.Text)
	}
	for _, r := range h.fake.Requests()[checks:] {
		if r.Method == "getChatMember" {
			t.Errorf("getChatMember asked for a chat speaking as itself: %v", r.Params)
		}
	}
	if s := subs(t, be, channelC); len(s) != 1 {
		t.Fatalf("channel subscriptions %+v", s)
	}
	// Someone posting as another chat (their own channel) is nobody's admin here: ignored.
	before := len(replies(h.fake, group))
	h.fake.PushIncoming(telegramtest.Incoming{ChatID: group, SenderChat: channelC, Text: "/unsub " + subs(t, be, group)[0].Name})
	if got := ask(t, h, telegramtest.Incoming{ChatID: group, SenderChat: group, Text: "/list"}); len(replies(h.fake, group)) != before+1 || !strings.Contains(got.Text, "feeds.example") {
		t.Fatalf("a message sent as another chat was answered or acted on: %q", got.Text)
	}
}

func TestReaderCommandsInPrivateChats(t *testing.T) {
	h, be := newChatHarness(t, true, false)
	h.run(t)
	if got := ask(t, h, telegramtest.Incoming{ChatID: reader, FromID: reader, Text: "/follow 카카오"}); !strings.Contains(got.Text, "Following") {
		t.Fatalf("/follow: %q", got.Text)
	}
	c, ok, err := be.reg.Chat(context.Background(), subscribe.ChatRef{Platform: "telegram", ID: strconv.Itoa(reader)}.Key())
	if err != nil || !ok || len(c.Follows) != 1 || c.Follows[0].Keyword != "카카오" {
		t.Fatalf("reader %+v %v %v", c, ok, err)
	}
	// A reader is no editor.
	if got := ask(t, h, telegramtest.Incoming{ChatID: reader, FromID: reader, Text: "/push https://news.example/a"}); !strings.Contains(got.Text, "not allowed") {
		t.Fatalf("a reader's /push: %q", got.Text)
	}
	if previews, _ := h.fb.counts(); previews != 0 {
		t.Fatalf("a reader's /push fetched %d previews", previews)
	}
	if got := ask(t, h, telegramtest.Incoming{ChatID: group, FromID: reader, Text: "/follow 삼성"}); !strings.Contains(got.Text, "private chat") {
		t.Fatalf("/follow in a group: %q", got.Text)
	}
}

const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>feeds</title></head><body>
<outline text="A" type="rss" xmlUrl="https://a.example/rss"/><outline text="B" type="rss" xmlUrl="https://b.example/rss"/>
</body></opml>`

func TestImportDownloadsTheDocumentAndExportSendsOne(t *testing.T) {
	h, be := newChatHarness(t, false, true)
	h.fake.SetMember(group, stranger, "administrator")
	h.run(t)
	// "/import" as the document's caption.
	file := h.fake.AddFile("feeds.opml", "text/x-opml", []byte(opml))
	if got := ask(t, h, telegramtest.Incoming{ChatID: group, FromID: stranger, Text: "/import", FileID: file}); !strings.Contains(got.Text, "2 of 2") {
		t.Fatalf("/import with the file: %q", got.Text)
	}
	if s := subs(t, be, group); len(s) != 2 {
		t.Fatalf("subscriptions %+v", s)
	}
	// "/import" as a reply to the document; and a file over 1 MiB is refused before download.
	big := h.fake.AddFile("big.opml", "text/x-opml", make([]byte, maxImportFile+1))
	if got := ask(t, h, telegramtest.Incoming{ChatID: group, FromID: stranger, Text: "/import", ReplyTo: &telegramtest.Incoming{FromID: stranger, FileID: big}}); !strings.Contains(got.Text, "larger than 1024 KiB") {
		t.Fatalf("/import of a big file: %q", got.Text)
	}
	downloads := 0
	for _, r := range h.fake.Requests() {
		if r.Method == "file" {
			downloads++
		}
	}
	if downloads != 1 {
		t.Errorf("%d downloads, want 1 (the big file is refused by its size)", downloads)
	}

	got := ask(t, h, telegramtest.Incoming{ChatID: group, FromID: stranger, Text: "/export"})
	if got.Method != "sendDocument" || got.Document != "subscriptions.opml" || !strings.Contains(string(got.DocumentData), "https://b.example/rss") || got.Text != "2 subscriptions." {
		t.Fatalf("/export answer: %s %q %q %q", got.Method, got.Document, got.Text, got.DocumentData)
	}
	for _, r := range h.fake.Requests() {
		if r.Method == "sendDocument" && (r.Encoding != "multipart" || len(r.Uploads) != 1 || r.Uploads[0].Type != "text/x-opml") {
			t.Errorf("sendDocument request %+v", r)
		}
	}
}

func TestDownloadIsBoundedWhateverTheSizeSays(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	id := fake.AddFile("big.opml", "", make([]byte, 3000))
	// A getFile answer that understates the size: the download itself stops at the limit.
	front := telegramtest.Interpose(t, fake, func(w http.ResponseWriter, method string) bool {
		if method != "getFile" {
			return false
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"ok":true,"result":{"file_id":"` + id + `","file_size":10,"file_path":"documents/file_1.opml"}}`))
		return true
	})
	c := botapi.NewClient(front, telegramtest.DefaultToken, nil)
	if _, err := c.Download(context.Background(), id, 1000); !botapi.HasCode(err, botapi.CodeFileTooBig) {
		t.Fatalf("an understated file: %v", err)
	}
	if data, err := c.Download(context.Background(), id, 3000); err != nil || len(data) != 3000 {
		t.Fatalf("a file at the limit: %d bytes, %v", len(data), err)
	}
	// A file_path that would leave /file/bot<token>/ is never requested.
	evil := telegramtest.Interpose(t, fake, func(w http.ResponseWriter, method string) bool {
		_, _ = w.Write([]byte(`{"ok":true,"result":{"file_id":"x","file_size":1,"file_path":"../../botOTHER/getMe"}}`))
		return true
	})
	if _, err := botapi.NewClient(evil, telegramtest.DefaultToken, nil).Download(context.Background(), "x", 1000); err == nil {
		t.Fatal("a file_path with .. was followed")
	}
}

func TestRemovedOrBlockedBotSuspendsTheChat(t *testing.T) {
	h, be := newChatHarness(t, true, true)
	h.run(t)
	h.fake.PushMyChatMember(group, stranger, "member", "administrator") // promoted: nothing to do
	h.fake.PushMyChatMember(group, stranger, "administrator", "kicked")
	h.fake.PushMyChatMember(channelC, stranger, "administrator", "left")
	h.fake.PushMyChatMember(reader, reader, "member", "kicked")                         // the reader blocked the bot
	h.fake.PushMyChatMember(group, stranger, "kicked", "member")                        // added back
	ask(t, h, telegramtest.Incoming{ChatID: editorID, FromID: editorID, Text: "/help"}) // updates run in order
	want := []string{
		"telegram " + strconv.Itoa(group) + ": the bot was removed from the chat by user 501",
		"telegram " + strconv.Itoa(channelC) + ": the bot left the chat by user 501",
		"telegram " + strconv.Itoa(reader) + ": the reader blocked the bot",
		"telegram " + strconv.Itoa(group) + ": back",
	}
	if got := be.suspensions(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("suspensions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTell(t *testing.T) {
	h, _ := newChatHarness(t, true, true)
	ctx := context.Background()
	if err := h.bot.Tell(ctx, strconv.Itoa(reader), "Feed <b>gone</b> & removed"); err != nil {
		t.Fatal(err)
	}
	if m := replies(h.fake, reader); len(m) != 1 || m[0].Text != "Feed <b>gone</b> & removed" {
		t.Fatalf("told %+v", m)
	}
	h.fake.SetChatError(strconv.Itoa(reader), telegramtest.Failure{Status: 403, Description: "Forbidden: bot was blocked by the user"})
	if err := h.bot.Tell(ctx, strconv.Itoa(reader), "again"); channel.Classify(err).Reason != channel.Gone {
		t.Fatalf("telling a reader who blocked the bot: %v", err)
	}
	if err := h.bot.Tell(ctx, "@someone", "x"); err == nil {
		t.Fatal("a chat that is no numeric id was accepted")
	}
}

func TestMenusForReadersAndAdmins(t *testing.T) {
	h, _ := newChatHarness(t, true, true)
	h.run(t)
	waitFor(t, "the menus", func() bool { return len(h.fake.CommandsFor("all_chat_administrators", "ko")) > 0 })
	names := func(cmds []telegramtest.Command) string {
		var out []string
		for _, c := range cmds {
			out = append(out, c.Command)
		}
		return strings.Join(out, " ")
	}
	want := func(cmds ...[]editor.Command) string {
		var out []string
		seen := map[string]bool{}
		for _, list := range cmds {
			for _, c := range list {
				if !seen[c.Name] {
					seen[c.Name] = true
					out = append(out, c.Name)
				}
			}
		}
		return strings.Join(out, " ")
	}
	for _, lang := range []string{"", "ko"} {
		for scope, cmds := range map[string]string{
			"default":                        want(editor.Commands(lang)),
			"all_private_chats":              want(editor.ReaderCommands(lang)),
			"all_chat_administrators":        want(editor.CommunityCommands(lang)),
			"chat:" + strconv.Itoa(editorID): want(editor.Commands(lang), editor.ReaderCommands(lang)),
		} {
			if got := names(h.fake.CommandsFor(scope, lang)); got != cmds {
				t.Errorf("%s/%s menu %q, want %q", scope, lang, got, cmds)
			}
		}
	}
	if ko := h.fake.CommandsFor("all_private_chats", "ko"); len(ko) == 0 || ko[0].Description != editor.ReaderCommands("ko")[0].Description {
		t.Errorf("korean reader menu %+v", ko)
	}
}

// TestSourceAddHasItsButtons: /source add answers with text and the Add and Cancel buttons
// (a text reply keeps its actions), and Add saves the source.
func TestSourceAddHasItsButtons(t *testing.T) {
	h, be := newChatHarness(t, false, false)
	h.run(t)
	got := ask(t, h, telegramtest.Incoming{ChatID: editorID, FromID: editorID, Text: "/source add https://feeds.example/rss paper"})
	if !strings.Contains(got.Text, "Add this source?") || !strings.Contains(got.ReplyMarkup, `"srcadd:`) || !strings.Contains(got.ReplyMarkup, `"srcno:`) {
		t.Fatalf("/source add answered %q with keyboard %q", got.Text, got.ReplyMarkup)
	}
	var kb struct {
		Rows [][]struct {
			Data string `json:"callback_data"`
		} `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(got.ReplyMarkup), &kb); err != nil || len(kb.Rows) != 1 || len(kb.Rows[0]) != 2 {
		t.Fatalf("keyboard %q: %v", got.ReplyMarkup, err)
	}
	h.fake.PushCallback(editorID, editorID, got.ID, kb.Rows[0][0].Data)
	waitFor(t, "the source saved", func() bool {
		srcs, err := be.reg.Sources(context.Background())
		return err == nil && len(srcs) == 1 && srcs[0].Name == "paper"
	})
}
