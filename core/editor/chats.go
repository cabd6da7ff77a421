package editor

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/subscribe"
)

// maxOPML bounds an /import file: a few thousand outlines fit well under it.
const maxOPML = 1 << 20

var (
	readerCmds    = map[string]bool{"follow": true, "following": true, "unfollow": true, "quiet": true}
	communityCmds = map[string]bool{"sub": true, "unsub": true, "list": true, "set": true, "import": true, "export": true}
)

// handleChat runs reader and community commands, which have their own access rules: anyone
// in a private chat may follow (readers.enabled), a chat's admins — asked of the platform on
// every command — may change its subscriptions (communities.enabled). ok is false for other
// commands, or when the deployment has the feature off (the editor path then answers).
func (s *Service) handleChat(ctx context.Context, r Request, cmd string, args []string) (Reply, bool) {
	src, has := s.b.(Sources)
	if !has {
		return Reply{}, false
	}
	reg := src.Registry()
	readers, communities := reg.ChatsEnabled()
	switch {
	case (cmd == "help" || cmd == "start") && !s.Allowed(r):
		if readers && r.Chat.Kind == ChatPrivate {
			return Reply{Text: listHelp(pick(r.Lang, "Follow what you care about:", "관심 있는 것을 구독하세요:"), ReaderCommands(r.Lang))}, true
		}
		if communities && r.Chat.Kind == ChatGroup {
			return Reply{Text: listHelp(pick(r.Lang, "This chat's admins can subscribe it to feeds:", "이 채팅의 관리자는 피드를 구독할 수 있습니다:"), CommunityCommands(r.Lang))}, true
		}
		return Reply{}, false
	case (readerCmds[cmd] && readers || communityCmds[cmd] && communities) && !s.chatTurn(r):
		// Every change rewrites the catalog every replica re-reads: a chat spamming commands
		// must not keep all of them busy.
		return Reply{Text: pick(r.Lang, "Too many commands: wait a minute and try again.", "명령이 너무 많습니다. 1분 뒤에 다시 해 보세요.")}, true
	case readerCmds[cmd] && readers:
		if r.Chat.Kind != ChatPrivate || r.Chat.ID == "" {
			return Reply{Text: pick(r.Lang, "Follow things in a private chat with me.", "저와의 1:1 대화에서 구독하세요.")}, true
		}
		return s.reader(ctx, r, reg, cmd, args), true
	case communityCmds[cmd] && communities:
		if r.Chat.Kind != ChatGroup || r.Chat.ID == "" {
			return Reply{Text: pick(r.Lang, "Subscriptions are for groups and channels: add me to one and run this there.", "구독은 그룹과 채널용입니다. 저를 추가한 뒤 거기서 실행하세요.")}, true
		}
		if !s.chatAdmin(ctx, r, cmd) {
			return Reply{Text: pick(r.Lang, "Only this chat's admins may change its subscriptions.", "이 채팅의 관리자만 구독을 바꿀 수 있습니다.")}, true
		}
		return s.community(ctx, r, src, cmd, args), true
	}
	return Reply{}, false
}

// chatAdmin asks the platform whether the sender administers the chat; any doubt refuses.
func (s *Service) chatAdmin(ctx context.Context, r Request, cmd string) bool {
	if r.Chat.Admin == nil {
		return false
	}
	ok, err := r.Chat.Admin(ctx)
	if err != nil {
		s.log.Warn("community command refused: could not check the sender's admin rights", "platform", r.Platform, "chat", r.Chat.ID, "user_id", r.UserID, "command", cmd, "err", err)
		return false
	}
	if !ok {
		s.log.Warn("community command refused: sender is not an admin of the chat", "platform", r.Platform, "chat", r.Chat.ID, "user_id", r.UserID, "command", cmd)
	}
	return ok
}

// chatTurns bounds reader and community commands per user in a chat (per replica): a burst
// of 20, then one every 3 seconds. Per user, so members spamming a group cannot lock its admin out.
const (
	chatBurst    = 20
	chatEvery    = 3 * time.Second
	chatLimiters = 10000 // chats remembered; beyond it the table starts afresh
)

// chatTurn reports whether the user may run one more reader or community command now.
func (s *Service) chatTurn(r Request) bool {
	key := r.Platform + ":" + r.Chat.ID + ":" + r.UserID
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.turns == nil || len(s.turns) >= chatLimiters {
		s.turns = map[string]*rate.Limiter{}
	}
	l, ok := s.turns[key]
	if !ok {
		l = rate.NewLimiter(rate.Every(chatEvery), chatBurst)
		s.turns[key] = l
	}
	return l.Allow()
}

func ref(r Request) subscribe.ChatRef {
	return subscribe.ChatRef{Platform: r.Platform, ID: r.Chat.ID, Title: r.Chat.Title, Lang: r.Lang}
}

// reader runs /follow, /following, /unfollow and /quiet in a private chat.
func (s *Service) reader(ctx context.Context, r Request, reg *subscribe.Registry, cmd string, args []string) Reply {
	t := texts(r.Lang)
	key := ref(r).Key()
	switch cmd {
	case "follow":
		if len(args) == 0 {
			return Reply{Text: fmt.Sprintf(t.usage, "/follow <keyword|source>")}
		}
		f, err := reg.Follow(ctx, ref(r), strings.Join(args, " "))
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		s.log.Info("reader follows", "platform", r.Platform, "chat", r.Chat.ID, "follow", f.String())
		if f.Source != "" {
			return Reply{Text: fmt.Sprintf(pick(r.Lang, "Following the source %s: its new articles arrive here.", "%s 소스를 구독합니다. 새 기사가 여기로 옵니다."), f.Source)}
		}
		return Reply{Text: fmt.Sprintf(pick(r.Lang, "Following %q: new articles that mention it arrive here.", "%q 구독을 시작합니다. 이 말이 들어간 새 기사가 여기로 옵니다."), f.Keyword)}
	case "following":
		c, ok, err := reg.Chat(ctx, key)
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		if !ok || len(c.Follows) == 0 {
			return Reply{Text: pick(r.Lang, "You follow nothing yet: /follow <keyword|source>.", "아직 구독한 것이 없습니다: /follow <키워드|소스>")}
		}
		var b strings.Builder
		b.WriteString(pick(r.Lang, "You follow:\n", "구독 중:\n"))
		for _, f := range c.Follows {
			kind := pick(r.Lang, "keyword", "키워드")
			if f.Source != "" {
				kind = pick(r.Lang, "source", "소스")
			}
			fmt.Fprintf(&b, "• %s (%s)\n", f.String(), kind)
		}
		if c.Quiet != nil {
			fmt.Fprintf(&b, pick(r.Lang, "Quiet hours: %s-%s (%s)\n", "방해 금지: %s-%s (%s)\n"), c.Quiet.From, c.Quiet.To, c.Quiet.Zone)
		}
		if c.Suspended {
			b.WriteString(pick(r.Lang, "(suspended: "+c.SuspendedWhy+")\n", "(중지됨: "+c.SuspendedWhy+")\n"))
		}
		return Reply{Text: strings.TrimSpace(b.String())}
	case "unfollow":
		if len(args) == 0 {
			return Reply{Text: fmt.Sprintf(t.usage, "/unfollow <keyword|source|all>")}
		}
		gone, err := reg.Unfollow(ctx, key, strings.Join(args, " "))
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		names := make([]string, len(gone))
		for i, f := range gone {
			names[i] = f.String()
		}
		return Reply{Text: fmt.Sprintf(pick(r.Lang, "Stopped following %s.", "%s 구독을 해지했습니다."), strings.Join(names, ", "))}
	default: // quiet
		if len(args) == 0 {
			return Reply{Text: fmt.Sprintf(t.usage, "/quiet 23:00-07:00 [Asia/Seoul] · /quiet off")}
		}
		zone := ""
		if len(args) > 1 {
			zone = args[1]
		}
		q, err := subscribe.ParseQuiet(args[0], zone, reg.ReaderZone())
		if err == nil {
			err = reg.SetQuiet(ctx, ref(r), q)
		}
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		if q == nil {
			return Reply{Text: pick(r.Lang, "Quiet hours off.", "방해 금지 시간을 껐습니다.")}
		}
		return Reply{Text: fmt.Sprintf(pick(r.Lang, "Quiet from %s to %s (%s): what comes then waits until the end.", "%s부터 %s까지 (%s) 조용히: 그동안 온 기사는 끝나면 보냅니다."), q.From, q.To, q.Zone)}
	}
}

// community runs /sub, /unsub, /list, /set, /import and /export for a chat's admin.
func (s *Service) community(ctx context.Context, r Request, src Sources, cmd string, args []string) Reply {
	t := texts(r.Lang)
	reg := src.Registry()
	key := ref(r).Key()
	by := r.Platform + ":" + r.UserID
	switch cmd {
	case "sub":
		if len(args) == 0 {
			return Reply{Text: fmt.Sprintf(t.usage, "/sub <url> [interval]")}
		}
		var interval time.Duration
		if len(args) > 1 {
			d, err := time.ParseDuration(args[1])
			if err != nil {
				return Reply{Text: t.failed + fmt.Sprintf("%q is not an interval like 15m or 1h", args[1])}
			}
			interval = d
		}
		if err := subscribe.CheckURL(args[0]); err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		found, err := src.DetectSource(ctx, args[0], "")
		if err != nil {
			s.log.Warn("community /sub: detection failed", "platform", r.Platform, "chat", r.Chat.ID, "url", args[0], "err", err)
			return Reply{Text: t.failed + err.Error()}
		}
		sub, _, err := reg.Subscribe(ctx, ref(r), found, interval, by)
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		s.log.Info("community subscribed", "platform", r.Platform, "chat", r.Chat.ID, "user_id", r.UserID, "source", sub.Source, "url", sub.URL)
		var b strings.Builder
		fmt.Fprintf(&b, pick(r.Lang, "Subscribed to %s as %s. Newest items:\n", "%s 구독 (%s). 최근 항목:\n"), firstNonEmpty(found.Title, found.URL), sub.Name)
		for _, it := range found.Preview {
			fmt.Fprintf(&b, "• %s\n", it.Title)
		}
		b.WriteString(pick(r.Lang, "New articles will be posted here.", "새 기사를 여기에 올립니다."))
		return Reply{Text: b.String()}
	case "unsub":
		if len(args) == 0 {
			return Reply{Text: fmt.Sprintf(t.usage, "/unsub <subscription|url>")}
		}
		sub, err := reg.Unsubscribe(ctx, key, args[0])
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		return Reply{Text: fmt.Sprintf(pick(r.Lang, "Unsubscribed from %s.", "%s 구독을 취소했습니다."), sub.Name)}
	case "list":
		c, ok, err := reg.Chat(ctx, key)
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		if !ok || len(c.Subs) == 0 {
			return Reply{Text: pick(r.Lang, "No subscriptions: /sub <url>.", "구독이 없습니다: /sub <url>")}
		}
		var b strings.Builder
		for _, sub := range c.Subs {
			fmt.Fprintf(&b, "• %s — %s", sub.Name, sub.URL)
			if len(sub.Include) > 0 {
				fmt.Fprintf(&b, " [include: %s]", strings.Join(sub.Include, ", "))
			}
			if len(sub.Exclude) > 0 {
				fmt.Fprintf(&b, " [exclude: %s]", strings.Join(sub.Exclude, ", "))
			}
			if sub.Template != "" {
				fmt.Fprintf(&b, " [template: %s]", sub.Template)
			}
			b.WriteByte('\n')
		}
		return Reply{Text: strings.TrimSpace(b.String())}
	case "set":
		if len(args) < 2 {
			return Reply{Text: fmt.Sprintf(t.usage, "/set <subscription> include|exclude <words…> · /set <subscription> template "+strings.Join(subscribe.Templates, "|"))}
		}
		sub, err := reg.Set(ctx, key, args[0], args[1], args[2:])
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		return Reply{Text: fmt.Sprintf(pick(r.Lang, "Saved %s: include %v, exclude %v, template %s.", "%s 저장: include %v, exclude %v, 형식 %s."), sub.Name, sub.Include, sub.Exclude, firstNonEmpty(sub.Template, "full"))}
	case "import":
		if r.File == nil {
			return Reply{Text: pick(r.Lang, "Attach an OPML file and write /import as its caption (or reply /import to it).", "OPML 파일을 첨부하고 설명에 /import 라고 쓰세요 (또는 그 파일에 /import 로 답장).")}
		}
		_, data, err := r.File(ctx)
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		if len(data) > maxOPML {
			return Reply{Text: t.failed + fmt.Sprintf("the file is larger than %d KiB", maxOPML>>10)}
		}
		entries, err := subscribe.ReadOPML(bytes.NewReader(data))
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		added, skipped, err := reg.ImportChat(ctx, ref(r), entries, by)
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		var b strings.Builder
		fmt.Fprintf(&b, pick(r.Lang, "Subscribed to %d of %d feeds.", "%d/%d개 피드를 구독했습니다."), len(added), len(entries))
		for i, sk := range skipped {
			if i == 10 {
				fmt.Fprintf(&b, "\n… +%d", len(skipped)-10)
				break
			}
			b.WriteString("\n• " + sk)
		}
		return Reply{Text: b.String()}
	default: // export
		entries, err := reg.ChatEntries(ctx, key)
		if err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		var buf bytes.Buffer
		if err := subscribe.WriteOPML(&buf, firstNonEmpty(r.Chat.Title, "paperboy"), entries); err != nil {
			return Reply{Text: t.failed + err.Error()}
		}
		return Reply{
			Text: fmt.Sprintf(pick(r.Lang, "%d subscriptions.", "구독 %d개."), len(entries)),
			File: &File{Name: "subscriptions.opml", Type: "text/x-opml", Data: buf.Bytes()},
		}
	}
}

func listHelp(title string, cmds []Command) string {
	var b strings.Builder
	b.WriteString(title + "\n")
	for _, c := range cmds {
		fmt.Fprintf(&b, "/%s — %s\n", c.Name, c.Description)
	}
	return strings.TrimSpace(b.String())
}
