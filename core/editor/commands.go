package editor

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/article"
	"paperboy/core/store"
	"paperboy/core/subscribe"
)

// Request is one command from a chat user, already adapted from the platform's update.
type Request struct {
	Platform string // the platform's name, for logs and "pushed by"
	UserID   string // the platform's user id
	UserName string // for logs and "pushed by"
	Access   Access // the platform's rule for this sender; nil refuses
	Text     string // the command line, e.g. "/push@PaperboyBot https://… tg-news"
	BotName  string // the bot's username, so "/cmd@OtherBot" is ignored in groups
	Lang     string // reply language: en | ko
	Chat     Chat   // where the command was typed (reader and community commands need it)
	// File reads the file attached to the command (an OPML file for /import); nil when none.
	// The platform adapter bounds its size.
	File func(ctx context.Context) (name string, data []byte, err error)
}

// Chat is the conversation a command came from, as the platform adapter saw it.
type Chat struct {
	ID    string // the platform's chat id: a Telegram chat id, a Discord channel id ("" = unknown)
	Kind  string // ChatPrivate (a reader's DM with the bot) or ChatGroup (group, channel, server channel)
	Title string // the chat's title, for lists and logs
	Guild string // Discord: the server the channel belongs to
	// Admin asks the platform, at the time of the call, whether the sender may manage this
	// chat's subscriptions (Telegram: creator or administrator per getChatMember; Discord:
	// Manage Server in the interaction's member permissions). nil refuses.
	Admin func(ctx context.Context) (bool, error)
}

// Chat kinds.
const (
	ChatPrivate = "private" // a one-to-one chat with the bot: reader commands
	ChatGroup   = "group"   // a group, supergroup, channel or server channel: community commands
)

// Reply is what the bot answers.
type Reply struct {
	Text    string           // plain text; the adapter escapes and formats it
	Preview *article.Article // set when the reply shows an article preview
	Actions []Action         // buttons to show under the reply
	Ignore  bool             // not for this bot (addressed to another bot): send nothing
	File    *File            // a file to send with the reply (/export's OPML)
}

// File is a document sent with a reply.
type File struct {
	Name string // e.g. "subscriptions.opml"
	Type string // MIME type, e.g. "text/x-opml"
	Data []byte
}

// Action is a button: Data goes back in Press when clicked.
type Action struct {
	Label string
	Data  string // ≤ 64 bytes (Telegram callback_data limit)
}

// Access is a platform's rule for who may run commands (a list of user ids, roles a member
// holds): the editor bot that adapts a request attaches it, so this package names no platform.
type Access interface {
	Allows(r Request) bool
}

// AccessFunc adapts a function to Access.
type AccessFunc func(r Request) bool

// Allows implements Access.
func (f AccessFunc) Allows(r Request) bool { return f(r) }

// Service handles editor commands.
type Service struct {
	b      Backend
	log    *slog.Logger
	now    func() time.Time
	mu     sync.Mutex
	held   map[string]heldPreview   // token → preview awaiting Publish/Cancel (when values is nil)
	values Values                   // shared store for held previews (ShareHeld)
	ann    announcers               // bots that post source-change notices
	turns  map[string]*rate.Limiter // per chat: reader and community commands (chatTurn)
}

type heldPreview struct {
	art      *article.Article
	channels []string
	user     string
	expires  time.Time
	kind     string            // "" = a push; "cor" or "ret": a correction or withdrawal awaiting confirmation
	target   string            // the article id a correction or withdrawal applies to
	reason   string            // the withdrawal's reason
	src      *subscribe.Source // set instead of art for a /source add proposal
}

// previewTTL is how long a preview's Publish button stays valid.
const previewTTL = 30 * time.Minute

// New returns a Service acting on b.
func New(b Backend, log *slog.Logger) *Service {
	if log == nil {
		log = slog.Default()
	}
	return &Service{b: b, log: log, now: time.Now, held: map[string]heldPreview{}}
}

// Commands lists the commands with their help text, for setMyCommands and slash-command registration.
func Commands(lang string) []Command {
	ko := lang == "ko"
	pick := func(en, k string) string {
		if ko {
			return k
		}
		return en
	}
	return []Command{
		{"push", pick("Fetch an article, preview it, then publish: /push <url> [channel…]", "기사를 가져와 미리 보고 게시: /push <url> [채널…]")},
		{"preview", pick("Show how an article would be posted: /preview <url>", "기사가 어떻게 게시될지 보기: /preview <url>")},
		{"status", pick("Sources, queues, failures and breakers", "소스·대기열·실패·차단기 상태")},
		{"recent", pick("The latest posts: /recent [n]", "최근 게시물: /recent [n]")},
		{"pause", pick("Pause a source or channel: /pause <name>", "소스나 채널 일시 중지: /pause <이름>")},
		{"resume", pick("Resume a source or channel: /resume <name>", "소스나 채널 재개: /resume <이름>")},
		{"retry", pick("Retry failed deliveries: /retry [id|all]", "실패한 전송 다시 시도: /retry [id|all]")},
		{"correct", pick("Re-read an article and update every post of it: /correct <url>", "기사를 다시 읽어 모든 게시물 정정: /correct <url>")},
		{"retract", pick("Withdraw an article everywhere: /retract <url> [reason]", "기사를 모든 곳에서 삭제: /retract <url> [사유]")},
		{"posts", pick("Where an article was posted, with links: /posts <url>", "기사가 게시된 곳과 링크: /posts <url>")},
		{"sources", pick("All sources, from the file and added at runtime", "모든 소스 (설정 파일과 추가한 것)")},
		{"source", pick("Add or remove a source: /source add <url> [name] [interval] · /source remove <name>", "소스 추가·삭제: /source add <url> [이름] [간격] · /source remove <이름>")},
		{"route", pick("Send a source to a channel: /route <source> <channel> [include|exclude words]", "소스를 채널로 보내기: /route <소스> <채널> [include|exclude 단어]")},
		{"help", pick("What I can do", "도움말")},
	}
}

// Command is one command's name (without the slash) and description.
type Command struct {
	Name        string
	Description string
}

// Allowed reports whether the requester may run commands: the rule the platform attached.
func (s *Service) Allowed(r Request) bool {
	return r.Access != nil && r.Access.Allows(r)
}

// parse splits "/cmd@Bot arg…"; ok is false when the text is no command or names another bot.
func parse(text, bot string) (cmd string, args []string, ok bool) {
	f := strings.Fields(text)
	if len(f) == 0 || !strings.HasPrefix(f[0], "/") {
		return "", nil, false
	}
	cmd = strings.ToLower(strings.TrimPrefix(f[0], "/"))
	if name, at, found := strings.Cut(cmd, "@"); found {
		if bot != "" && !strings.EqualFold(at, bot) {
			return "", nil, false
		}
		cmd = name
	}
	return cmd, f[1:], true
}

// Handle runs one command.
func (s *Service) Handle(ctx context.Context, r Request) Reply {
	cmd, args, ok := parse(r.Text, r.BotName)
	if !ok {
		return Reply{Ignore: true}
	}
	t := texts(r.Lang)
	if rep, ok := s.handleChat(ctx, r, cmd, args); ok {
		return rep
	}
	if !s.Allowed(r) {
		s.log.Warn("editor command refused: user not allowed", "platform", r.Platform, "user_id", r.UserID, "user", r.UserName, "command", cmd)
		return Reply{Text: t.refused}
	}
	s.log.Info("editor command", "platform", r.Platform, "user_id", r.UserID, "command", cmd)
	if rep, ok := s.handleSources(ctx, r, cmd, args); ok {
		return rep
	}
	switch cmd {
	case "push", "preview":
		if len(args) == 0 {
			return Reply{Text: fmt.Sprintf(t.usage, "/"+cmd+" <url>")}
		}
		return s.preview(ctx, r, cmd == "push", args[0], args[1:])
	case "status":
		return s.status(ctx, t)
	case "recent":
		n := 5
		if len(args) > 0 {
			if v, err := strconv.Atoi(args[0]); err == nil && v > 0 && v <= 50 {
				n = v
			}
		}
		return s.recent(ctx, t, n)
	case "pause", "resume":
		if len(args) == 0 {
			return Reply{Text: fmt.Sprintf(t.usage, "/"+cmd+" <source|channel>")}
		}
		kind, err := s.b.SetPaused(ctx, args[0], cmd == "pause")
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		return Reply{Text: fmt.Sprintf(t.pausedFmt[cmd], kind, args[0])}
	case "retry":
		return s.retry(ctx, t, args)
	case "correct", "retract", "posts":
		return s.corrections(ctx, r, cmd, args)
	case "help", "start":
		return Reply{Text: help(r.Lang)}
	}
	return Reply{Text: fmt.Sprintf(t.unknown, cmd)}
}

// Press handles a button click (Publish / Cancel of a preview).
func (s *Service) Press(ctx context.Context, r Request, data string) Reply {
	t := texts(r.Lang)
	if !s.Allowed(r) {
		s.log.Warn("editor button refused: user not allowed", "platform", r.Platform, "user_id", r.UserID)
		return Reply{Text: t.refused}
	}
	if rep, ok := s.pressSource(ctx, r, data); ok {
		return rep
	}
	verb, token, _ := strings.Cut(data, ":")
	h, ok := s.take(ctx, token)
	if !ok || h.src != nil || s.now().After(h.expires) {
		return Reply{Text: t.expired}
	}
	if verb == "cancel" || verb != "pub" && verb != h.kind || verb == "pub" && h.kind != "" {
		return Reply{Text: t.cancelled}
	}
	if h.kind != "" {
		return s.confirmed(ctx, r, h)
	}
	out, err := s.b.Publish(ctx, h.art, h.channels, r.Platform+":"+r.UserName)
	if err != nil {
		return Reply{Text: t.failed + err.Error()}
	}
	var b strings.Builder
	b.WriteString(t.published + "\n")
	for _, o := range out {
		if o.Queued {
			fmt.Fprintf(&b, "• %s: %s\n", o.Channel, t.queued)
			continue
		}
		fmt.Fprintf(&b, "• %s: %s\n", o.Channel, describeClaim(t, o.Previous))
	}
	return Reply{Text: strings.TrimSpace(b.String())}
}

func (s *Service) preview(ctx context.Context, r Request, push bool, url string, channels []string) Reply {
	t := texts(r.Lang)
	a, err := s.b.Preview(ctx, url)
	if err != nil {
		s.log.Warn("editor preview failed", "url", url, "err", err)
		return Reply{Text: t.failed + err.Error()}
	}
	if !push {
		return Reply{Preview: a}
	}
	token := newToken()
	if err := s.hold(ctx, token, heldPreview{art: a, channels: channels, user: r.UserID, expires: s.now().Add(previewTTL)}); err != nil {
		s.log.Error("editor preview could not be kept", "err", err)
		return Reply{Text: t.failed + "the store is unavailable"}
	}
	return Reply{Preview: a, Text: t.confirm, Actions: []Action{{Label: t.publishBtn, Data: "pub:" + token}, {Label: t.cancelBtn, Data: "cancel:" + token}}}
}

func (s *Service) status(ctx context.Context, t text) Reply {
	st, err := s.b.Status(ctx)
	if err != nil {
		return Reply{Text: t.failed + err.Error()}
	}
	var b strings.Builder
	b.WriteString(t.sources + "\n")
	for _, src := range st.Sources {
		state := "ok"
		if src.Paused {
			state = t.paused
		} else if src.Failures > 0 {
			state = fmt.Sprintf("%d× %s", src.Failures, src.LastError)
		}
		last := "-"
		if !src.LastPoll.IsZero() {
			last = src.LastPoll.Format("01-02 15:04")
		}
		fmt.Fprintf(&b, "• %s — %s (%s)\n", src.Name, state, last)
	}
	b.WriteString(t.channels + "\n")
	for _, ch := range st.Channels {
		state := ch.Breaker
		if ch.Paused {
			state = t.paused
		}
		fmt.Fprintf(&b, "• %s [%s] — %s, %s %d\n", ch.Name, ch.Type, state, t.queue, ch.Queue)
	}
	if st.Chats != nil {
		r, c := st.Chats["reader"], st.Chats["community"]
		fmt.Fprintf(&b, "%s %d (+%d %s) · %s %d (+%d %s)\n", t.readers, r[0], r[1], t.suspended, t.communities, c[0], c[1], t.suspended)
	}
	fmt.Fprintf(&b, "%s %d", t.dead, st.Dead)
	return Reply{Text: b.String()}
}

func (s *Service) recent(ctx context.Context, t text, n int) Reply {
	ds, err := s.b.Recent(ctx, n)
	if err != nil {
		return Reply{Text: t.failed + err.Error()}
	}
	if len(ds) == 0 {
		return Reply{Text: t.none}
	}
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "• %s %s — %s\n  %s\n", d.At.Format("01-02 15:04"), d.Channel, d.Title, d.URL)
	}
	return Reply{Text: strings.TrimSpace(b.String())}
}

func (s *Service) retry(ctx context.Context, t text, args []string) Reply {
	dl, err := s.b.DeadLetters(ctx, 100)
	if err != nil {
		return Reply{Text: t.failed + err.Error()}
	}
	if len(args) == 0 {
		if len(dl) == 0 {
			return Reply{Text: t.none}
		}
		var b strings.Builder
		for _, d := range dl[:min(len(dl), 10)] {
			fmt.Fprintf(&b, "• %s %s: %s\n", d.ID, d.Entry.Channel, d.Reason)
		}
		b.WriteString(t.retryHint)
		return Reply{Text: b.String()}
	}
	var ids []string
	if args[0] == "all" {
		for _, d := range dl {
			ids = append(ids, d.ID)
		}
	} else {
		ids = args
	}
	n := 0
	for _, id := range ids {
		if err := s.b.RetryDead(ctx, id); err != nil {
			return Reply{Text: fmt.Sprintf("%s%s: %v", t.failed, id, err)}
		}
		n++
	}
	return Reply{Text: fmt.Sprintf(t.retried, n)}
}

func describeClaim(t text, c store.Claim) string {
	switch c.State {
	case store.StateSent:
		return fmt.Sprintf(t.alreadySent, c.At.Format("2006-01-02 15:04"), c.RemoteID)
	case store.StateDead:
		return t.alreadyDead
	default:
		return t.alreadyQueued
	}
}

func newToken() string {
	b := make([]byte, 9)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
