// Package bots is the one place that maps a channel type name to its platform package.
package bots

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"paperboy/bots/bluesky"
	"paperboy/bots/console"
	"paperboy/bots/discord"
	dceditor "paperboy/bots/discord/editorbot"
	"paperboy/bots/email"
	"paperboy/bots/mastodon"
	"paperboy/bots/matrix"
	"paperboy/bots/slack"
	"paperboy/bots/telegram"
	tgeditor "paperboy/bots/telegram/editorbot"
	"paperboy/bots/webhook"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

type factory func(ch config.Channel, opts channel.Options) (channel.Channel, error)

// factories is the wiring table: one line per platform.
func factories() map[string]factory {
	return map[string]factory{
		"console":  build(console.New),
		"telegram": build(telegram.New),
		"discord":  build(discord.New),
		"slack":    build(slack.New),
		"mastodon": build(mastodon.New),
		"webhook":  build(webhook.New),
		"bluesky":  build(bluesky.New),
		"matrix":   build(matrix.New),
		"email":    build(email.New),
	}
}

// listener is a platform's editor bot: Check reports what is wrong with its editors: section,
// Listen builds the bot when the section turns it on (nil when it does not), Chat builds the
// channel that posts to one reader's or community's chat with that bot's credentials.
type listener struct {
	check  func(*config.Config) error
	listen func(*config.Config, *editor.Service, channel.Options) (editor.Listener, error)
	chat   func(cfg *config.Config, chatID string, opts channel.Options) (channel.Channel, error)
}

// listeners is the wiring table of platforms that take editor commands: one line per platform.
func listeners() map[string]listener {
	return map[string]listener{
		"discord":  {dceditor.Check, dceditor.Listen, dceditor.ChatChannel},
		"telegram": {tgeditor.Check, tgeditor.Listen, tgeditor.ChatChannel},
	}
}

// ChatChannel builds the channel that posts to chatID on platform with the platform's editor
// bot (readers' private chats, communities' groups and server channels). opts.Name names it.
func ChatChannel(cfg *config.Config, platform, chatID string, opts channel.Options) (channel.Channel, error) {
	l, ok := listeners()[platform]
	if !ok {
		return nil, fmt.Errorf("no chat subscriptions on %s (platforms with a bot: %s)", platform, strings.Join(sortedNames(listeners()), ", "))
	}
	if opts.Limiters == nil {
		opts.Limiters = channel.NewLimiters()
	}
	return l.chat(cfg, chatID, opts)
}

// CheckListeners reports every problem in the editors: sections: a platform that takes no
// commands, and each platform's own checks.
func CheckListeners(cfg *config.Config) error {
	table := listeners()
	var errs []error
	for _, name := range sortedNames(cfg.Editors) {
		l, ok := table[name]
		if !ok {
			errs = append(errs, cfg.Editors[name].Errorf("", "no editor commands on %s (platforms with commands: %s)", name, strings.Join(sortedNames(table), ", ")))
			continue
		}
		if err := l.check(cfg); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// sortedNames are m's keys in order.
func sortedNames[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Listener is one configured editor bot and the platform it serves.
type Listener struct {
	Platform string
	editor.Listener
}

// Listeners builds the editor bots cfg turns on, in platform order, all answering through svc.
func Listeners(cfg *config.Config, svc *editor.Service, opts channel.Options) ([]Listener, error) {
	if err := CheckListeners(cfg); err != nil {
		return nil, err
	}
	table := listeners()
	var out []Listener
	for _, name := range sortedNames(table) {
		l, err := table[name].listen(cfg, svc, opts)
		if err != nil {
			return nil, err
		}
		if l != nil {
			out = append(out, Listener{Platform: name, Listener: l})
		}
	}
	return out, nil
}

// Types lists the channel types this build knows, sorted.
func Types() []string {
	var out []string
	for k := range factories() {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// New builds the channel ch describes. Errors carry the config file, line and key.
func New(ch config.Channel, opts channel.Options) (channel.Channel, error) {
	f, ok := factories()[ch.Type]
	if !ok {
		return nil, ch.Errorf("type", "unknown type %q (known: %s)", ch.Type, strings.Join(Types(), ", "))
	}
	if opts.Name == "" {
		opts.Name = ch.Name
	}
	return f(ch, opts)
}

// Build builds every configured channel; all errors are reported together.
func Build(cfg *config.Config, opts channel.Options) ([]channel.Channel, error) {
	var (
		out  []channel.Channel
		errs []error
	)
	if opts.Limiters == nil {
		// One set for all channels: two channels of one Mastodon account share its budgets.
		opts.Limiters = channel.NewLimiters()
	}
	for _, cc := range cfg.Channels {
		o := opts
		o.Name = cc.Name
		ch, err := New(cc, o)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, ch)
	}
	return out, errors.Join(errs...)
}

// build adapts a platform constructor: decode its Config strictly, fill defaults and validate
// (errors positioned at the offending key), then construct.
func build[C any, PC interface {
	*C
	Validate() error
}, T channel.Channel](newFn func(C, channel.Options) (T, error)) factory {
	return func(ch config.Channel, opts channel.Options) (channel.Channel, error) {
		var c C
		if err := ch.Decode(&c); err != nil {
			return nil, err
		}
		if err := PC(&c).Validate(); err != nil {
			return nil, ch.WrapValidate(err)
		}
		t, err := newFn(c, opts)
		if err != nil {
			return nil, ch.WrapValidate(err)
		}
		return t, nil
	}
}

// sampleYAML is a minimal configuration with placeholder credentials, for showing a
// platform's requests (`preview --as TYPE`, the demo) without any account.
func sampleYAML(typ string) (string, bool) {
	switch typ {
	case "console":
		return "type: console", true
	case "telegram":
		return "type: telegram\ntoken: \"123456789:PREVIEW-ONLY-TOKEN\"\nchat: \"@your_channel\"", true
	case "discord":
		return "type: discord\nwebhook: \"https://discord.com/api/webhooks/123456789012345678/preview-only-token\"", true
	case "slack":
		return "type: slack\ntoken: \"xoxb-PREVIEW-ONLY-TOKEN\"\nchannel: \"#news\"", true
	case "mastodon":
		return "type: mastodon\nserver: \"https://mastodon.example\"\ntoken: \"PREVIEW-ONLY-TOKEN\"\nmedia: true", true
	case "webhook":
		return "type: webhook\nurl: \"https://example.com/hooks/paperboy\"\nsecret: \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"", true
	case "bluesky":
		return "type: bluesky\nidentifier: \"news.example.com\"\napp_password: \"preview-only-app-password\"", true
	case "matrix":
		return "type: matrix\nhomeserver: \"https://matrix.example.org\"\naccess_token: \"preview-only-token\"\nroom: \"#news:example.org\"", true
	case "email":
		return "type: email\nhost: \"smtp.example.com\"\nfrom: \"news@example.com\"\nto: [\"desk@example.org\"]", true
	}
	return "", false
}

// Sample builds a channel of type typ with placeholder credentials; it is for previews only.
func Sample(typ string) (channel.Channel, error) {
	y, ok := sampleYAML(typ)
	if !ok {
		return nil, fmt.Errorf("bots: no channel type %q (known: %s)", typ, strings.Join(Types(), ", "))
	}
	cfg, err := config.Parse("sample", []byte("channels:\n  - name: "+typ+"-preview\n    "+strings.ReplaceAll(y, "\n", "\n    ")+"\n"), func(string) (string, bool) { return "", false })
	if err != nil {
		return nil, err
	}
	return New(cfg.Channels[0], channel.Options{})
}
