package editor

import "context"

// ReaderCommands lists the commands a reader may use in a private chat with the bot, for the
// platform's command menus (Telegram's all_private_chats scope, Discord's DM commands).
func ReaderCommands(lang string) []Command {
	return []Command{
		{"follow", pick(lang, "Follow a keyword or a source: /follow <keyword|source>", "키워드나 소스 구독: /follow <키워드|소스>")},
		{"following", pick(lang, "What you follow, and your quiet hours", "구독 중인 것과 방해 금지 시간")},
		{"unfollow", pick(lang, "Stop following: /unfollow <keyword|source|all>", "구독 해지: /unfollow <키워드|소스|all>")},
		{"quiet", pick(lang, "No messages during these hours: /quiet 23:00-07:00 [zone] · /quiet off", "이 시간엔 보내지 않기: /quiet 23:00-07:00 [시간대] · /quiet off")},
		{"help", pick(lang, "What I can do", "도움말")},
	}
}

// CommunityCommands lists the commands a chat's admins may use in their group, channel or
// server channel (Telegram's all_chat_administrators scope; Discord's /feed subcommands).
func CommunityCommands(lang string) []Command {
	return []Command{
		{"sub", pick(lang, "Subscribe this chat to a feed: /sub <url> [interval]", "이 채팅에 피드 구독: /sub <url> [간격]")},
		{"unsub", pick(lang, "Remove a subscription: /unsub <sub|url>", "구독 삭제: /unsub <구독|url>")},
		{"list", pick(lang, "This chat's subscriptions", "이 채팅의 구독 목록")},
		{"set", pick(lang, "Filter or format a subscription: /set <sub> include|exclude <words> · /set <sub> template full|compact|headline|link", "구독 필터·형식: /set <구독> include|exclude <단어> · /set <구독> template full|compact|headline|link")},
		{"import", pick(lang, "Subscribe to every feed of an attached OPML file", "첨부한 OPML 파일의 피드 모두 구독")},
		{"export", pick(lang, "This chat's subscriptions as an OPML file", "이 채팅의 구독을 OPML 파일로")},
	}
}

// ChatSuspender is the part of the backend that suspends a chat's subscriptions when the
// platform says the bot is gone from it; pipeline.Service implements it.
type ChatSuspender interface {
	// SuspendChat suspends every subscription and follow of platform's chatID, saying why.
	SuspendChat(ctx context.Context, platform, chatID, why string) error
}

// ChatGone is called by an editor bot when the platform reports the bot removed from a chat
// or blocked by a reader (Telegram my_chat_member "kicked"/"left", Discord guild removal):
// that chat's subscriptions are suspended before a delivery has to fail on them.
func (s *Service) ChatGone(ctx context.Context, platform, chatID, why string) {
	g, ok := s.b.(ChatSuspender)
	if !ok {
		return
	}
	if err := g.SuspendChat(ctx, platform, chatID, why); err != nil {
		s.log.Warn("could not suspend the subscriptions of a chat the bot left", "platform", platform, "chat", chatID, "err", err)
		return
	}
	s.log.Info("chat subscriptions suspended: the bot is gone from the chat", "platform", platform, "chat", chatID, "why", why)
}

// ChatResumer is the part of the backend that resumes a suspended chat when the platform says
// the bot is back; pipeline.Service implements it.
type ChatResumer interface {
	// ResumeChat lifts the suspension of platform's chatID; resumed is false when there was none.
	ResumeChat(ctx context.Context, platform, chatID string) (resumed bool, err error)
}

// ChatBack is called by an editor bot when the platform reports the bot added back to a chat
// or unblocked by a reader (Telegram my_chat_member "member"/"administrator"): a chat suspended
// because the bot was gone gets its subscriptions again.
func (s *Service) ChatBack(ctx context.Context, platform, chatID string) {
	g, ok := s.b.(ChatResumer)
	if !ok {
		return
	}
	resumed, err := g.ResumeChat(ctx, platform, chatID)
	if err != nil {
		s.log.Warn("could not resume the subscriptions of a chat the bot is back in", "platform", platform, "chat", chatID, "err", err)
		return
	}
	if resumed {
		s.log.Info("chat subscriptions resumed: the bot is back in the chat", "platform", platform, "chat", chatID)
	}
}
