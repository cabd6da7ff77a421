package commands

import (
	"strings"

	"paperboy/core/editor"
)

// Feed is the community command: /feed add|remove|list|set|import|export in a server channel.
const Feed = "feed"

// manageGuild is the Manage Server permission bit as Discord's default_member_permissions
// string: only members who may manage the server see /feed (server admins may widen it per
// role; editor.Service still asks Chat.Admin on every call).
const manageGuild = "32"

// Interaction contexts and installation types (Discord's numbering).
const (
	contextGuild       = 0 // a server channel
	contextBotDM       = 1 // the DM between a user and the app's bot
	installationGuild  = 0 // installed to a server
	feedDescriptionEN  = "This channel's feed subscriptions"
	feedDescriptionKO  = "이 채널의 피드 구독"
	subscriptionOption = "sub"
)

// feedVerbs maps each /feed subcommand onto the community command editor.Service takes, in
// the order the subcommands are registered.
var feedVerbs = []struct{ sub, verb string }{
	{"add", "sub"}, {"remove", "unsub"}, {"list", "list"}, {"set", "set"}, {"import", "import"}, {"export", "export"},
}

// feedOptions are each /feed subcommand's options, in the order the command line takes them.
var feedOptions = map[string][]optionSpec{
	"add": {
		{name: "url", typ: optionString, required: true, en: "Feed or site URL", ko: "피드나 사이트 URL"},
		{name: "interval", typ: optionString, en: "How often to check, e.g. 30m or 2h", ko: "확인 간격, 예: 30m, 2h"},
	},
	"remove": {{name: subscriptionOption, typ: optionString, required: true, en: "Subscription number or URL (see /feed list)", ko: "구독 번호나 URL (/feed list 참고)"}},
	"set": {
		{name: subscriptionOption, typ: optionString, required: true, en: "Subscription number or URL (see /feed list)", ko: "구독 번호나 URL (/feed list 참고)"},
		{name: "option", typ: optionString, required: true, en: "What to change", ko: "바꿀 항목", choices: []string{"include", "exclude", "template"}},
		{name: "value", typ: optionString, required: true, en: "Words (include/exclude), or full|compact|headline|link (template)", ko: "단어 (include/exclude) 또는 full|compact|headline|link (template)"},
	},
	"import": {{name: "file", typ: optionAttachment, required: true, en: "An OPML file (at most 1 MiB)", ko: "OPML 파일 (최대 1 MiB)"}},
}

// readerOptions are the reader commands' options, in the order the command line takes them.
var readerOptions = map[string][]optionSpec{
	"follow":   {{name: "what", typ: optionString, required: true, en: "A keyword or a source name", ko: "키워드나 소스 이름"}},
	"unfollow": {{name: "what", typ: optionString, required: true, en: "A keyword, a source name, or all", ko: "키워드, 소스 이름 또는 all"}},
	"quiet":    {{name: "hours", typ: optionString, required: true, en: "e.g. 23:00-07:00 [zone], or off", ko: "예: 23:00-07:00 [시간대], 또는 off"}},
}

// Global is the application's global command set: /feed (server channels, Manage Server) when
// communities is on, the reader commands (the bot's DMs) when readers is on; empty when
// neither is, so turning them off removes them. Sorted by name.
func Global(readers, communities bool) []Command {
	out := []Command{}
	if communities {
		feed := Command{Type: commandChatInput, Name: Feed, Description: feedDescriptionEN,
			DescriptionLocalizations: map[string]string{"ko": feedDescriptionKO},
			Contexts:                 []int{contextGuild}, IntegrationTypes: []int{installationGuild}}
		perm := manageGuild
		feed.DefaultMemberPermissions = &perm
		en, ko := descriptions(editor.CommunityCommands("en"), editor.CommunityCommands("ko"))
		for _, f := range feedVerbs {
			feed.Options = append(feed.Options, Option{Type: optionSubcommand, Name: f.sub, Description: describe(en[f.verb]),
				DescriptionLocalizations: map[string]string{"ko": describe(ko[f.verb])}, Options: options(feedOptions[f.sub])})
		}
		out = append(out, feed)
	}
	if readers {
		en, ko := descriptions(editor.ReaderCommands("en"), editor.ReaderCommands("ko"))
		for _, c := range editor.ReaderCommands("en") {
			out = append(out, Command{Type: commandChatInput, Name: c.Name, Description: describe(en[c.Name]),
				DescriptionLocalizations: map[string]string{"ko": describe(ko[c.Name])}, Options: options(readerOptions[c.Name]),
				Contexts: []int{contextBotDM}, IntegrationTypes: []int{installationGuild}})
		}
	}
	sortCommands(out)
	return out
}

// descriptions maps command names to their descriptions without the usage after ": /",
// which the options show on Discord.
func descriptions(en, ko []editor.Command) (map[string]string, map[string]string) {
	short := func(cs []editor.Command) map[string]string {
		m := map[string]string{}
		for _, c := range cs {
			d, _, _ := strings.Cut(c.Description, ": /")
			m[c.Name] = d
		}
		return m
	}
	return short(en), short(ko)
}

// Reader reports whether name is a reader command (used in the bot's DMs).
func Reader(name string) bool {
	for _, c := range editor.ReaderCommands("en") {
		if c.Name == name {
			return true
		}
	}
	return false
}

// ReaderText is the command line of a reader command, e.g. "/follow 반도체".
func ReaderText(name string, values map[string]string) string {
	return line(name, readerOptions[name], values)
}

// FeedText is the command line of a /feed subcommand, e.g. "/set 2 include 반도체 수출" for
// /feed set; "" for an unknown subcommand.
func FeedText(sub string, values map[string]string) string {
	for _, f := range feedVerbs {
		if f.sub == sub {
			return line(f.verb, feedOptions[sub], values)
		}
	}
	return ""
}
