package commands

import (
	"slices"
	"strings"
	"testing"

	"paperboy/core/channel"
)

func TestCommandSetFitsDiscord(t *testing.T) {
	for _, c := range append(Set(), Global(true, true)...) {
		if n := channel.Count(c.Description, channel.CodePoints); n < 1 || n > maxCommandDescription {
			t.Errorf("/%s description is %d characters", c.Name, n)
		}
		for _, o := range append(c.Options, subOptions(c.Options)...) {
			for _, d := range []string{o.Description, o.DescriptionLocalizations["ko"]} {
				if n := channel.Count(d, channel.CodePoints); n < 1 || n > maxCommandDescription {
					t.Errorf("/%s %s: description %q is %d characters", c.Name, o.Name, d, n)
				}
			}
		}
	}
}

func subOptions(opts []Option) []Option {
	var out []Option
	for _, o := range opts {
		out = append(out, o.Options...)
	}
	return out
}

func TestGlobalCommands(t *testing.T) {
	if g := Global(false, false); g == nil || len(g) != 0 {
		t.Fatalf("Global(false, false) = %#v, want an empty (non-nil) set", g)
	}
	feed := Global(false, true)
	if len(feed) != 1 || feed[0].Name != "feed" || feed[0].DefaultMemberPermissions == nil || *feed[0].DefaultMemberPermissions != "32" ||
		!slices.Equal(feed[0].Contexts, []int{0}) || !slices.Equal(feed[0].IntegrationTypes, []int{0}) {
		t.Fatalf("communities only: %+v, want /feed for Manage Server in servers", feed)
	}
	var subs []string
	for _, o := range feed[0].Options {
		subs = append(subs, o.Name)
		if o.Type != optionSubcommand {
			t.Errorf("/feed %s has type %d, want a subcommand", o.Name, o.Type)
		}
	}
	if strings.Join(subs, " ") != "add remove list set import export" {
		t.Errorf("/feed subcommands %v", subs)
	}
	readers := Global(true, false)
	var names []string
	for _, c := range readers {
		names = append(names, c.Name)
		if !slices.Equal(c.Contexts, []int{1}) || c.DefaultMemberPermissions != nil {
			t.Errorf("/%s contexts %v permissions %v, want the bot's DMs for everyone", c.Name, c.Contexts, c.DefaultMemberPermissions)
		}
		if strings.Contains(c.Description, ": /") {
			t.Errorf("/%s description %q keeps the usage", c.Name, c.Description)
		}
	}
	if strings.Join(names, " ") != "follow following help quiet unfollow" {
		t.Errorf("reader commands %v", names)
	}
}

func TestChatTexts(t *testing.T) {
	cases := []struct{ got, want string }{
		{FeedText("add", map[string]string{"url": " https://a.example/rss ", "interval": "30m"}), "/sub https://a.example/rss 30m"},
		{FeedText("add", map[string]string{"url": "https://a.example/rss"}), "/sub https://a.example/rss"},
		{FeedText("remove", map[string]string{"sub": "2"}), "/unsub 2"},
		{FeedText("list", nil), "/list"},
		{FeedText("set", map[string]string{"value": "반도체, 수출", "option": "include", "sub": "1"}), "/set 1 include 반도체  수출"},
		{FeedText("import", map[string]string{"file": "1234567890"}), "/import"},
		{FeedText("export", nil), "/export"},
		{FeedText("bogus", nil), ""},
		{ReaderText("follow", map[string]string{"what": "삼성전자"}), "/follow 삼성전자"},
		{ReaderText("following", nil), "/following"},
		{ReaderText("unfollow", map[string]string{"what": "all"}), "/unfollow all"},
		{ReaderText("quiet", map[string]string{"hours": "23:00-07:00 Asia/Seoul"}), "/quiet 23:00-07:00 Asia/Seoul"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if !Reader("follow") || !Reader("help") || Reader("push") || Reader("feed") {
		t.Error("Reader misclassifies a command")
	}
}
