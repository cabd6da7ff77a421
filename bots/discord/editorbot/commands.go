package editorbot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sort"
	"strings"

	"paperboy/core/channel"
	"paperboy/core/editor"
)

// Application command and option types (Discord's numbering).
const (
	commandChatInput = 1
	optionString     = 3
	optionInteger    = 4
)

// maxCommandDescription is Discord's limit for command and option descriptions.
const maxCommandDescription = 100

// appCommand is a slash command as registered. GET answers carry more fields (id, version…);
// decoding into this type keeps only what we define, which is what "changed" compares.
type appCommand struct {
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations,omitempty"`
	Options                  []appOption       `json:"options,omitempty"`
}

// appOption is one option of a slash command.
type appOption struct {
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations,omitempty"`
	Required                 bool              `json:"required,omitempty"`
	MinValue                 *float64          `json:"min_value,omitempty"`
	MaxValue                 *float64          `json:"max_value,omitempty"`
}

// optionSpec is an option before localization: English and Korean descriptions.
type optionSpec struct {
	name     string
	typ      int
	required bool
	en, ko   string
	min, max float64 // integer bounds when max > 0
}

// commandOptions lists each command's options in the order the command line takes them:
// commandText rebuilds "/push <url> <channels>" from them in this order.
var commandOptions = map[string][]optionSpec{
	"push": {
		{name: "url", typ: optionString, required: true, en: "Article URL", ko: "기사 URL"},
		{name: "channels", typ: optionString, en: "Channel names separated by spaces (default: all routed)", ko: "채널 이름, 공백으로 구분 (기본: 라우팅된 모든 채널)"},
	},
	"preview": {{name: "url", typ: optionString, required: true, en: "Article URL", ko: "기사 URL"}},
	"recent":  {{name: "n", typ: optionInteger, en: "How many posts (1–50, default 5)", ko: "게시물 수 (1–50, 기본 5)", min: 1, max: 50}},
	"pause":   {{name: "name", typ: optionString, required: true, en: "Source or channel name", ko: "소스나 채널 이름"}},
	"resume":  {{name: "name", typ: optionString, required: true, en: "Source or channel name", ko: "소스나 채널 이름"}},
	"retry":   {{name: "id", typ: optionString, en: "Dead-letter id, or all (empty: list them)", ko: "실패 목록 id 또는 all (비우면 목록)"}},
	"source":  {{name: "args", typ: optionString, required: true, en: "add <url> [name] [interval] · remove <name>", ko: "add <url> [이름] [간격] · remove <이름>"}},
	"route":   {{name: "args", typ: optionString, required: true, en: "<source> <channel> [include|exclude words]", ko: "<소스> <채널> [include|exclude 단어]"}},
}

// commandSet is the definition paperboy registers in every guild: editor.Commands with Korean
// descriptions as the "ko" localization, sorted by name.
func commandSet() []appCommand {
	ko := map[string]string{}
	for _, c := range editor.Commands("ko") {
		ko[c.Name] = c.Description
	}
	var out []appCommand
	for _, c := range editor.Commands("en") {
		ac := appCommand{Type: commandChatInput, Name: c.Name, Description: describe(c.Description)}
		if k := ko[c.Name]; k != "" {
			ac.DescriptionLocalizations = map[string]string{"ko": describe(k)}
		}
		for _, o := range commandOptions[c.Name] {
			ao := appOption{Type: o.typ, Name: o.name, Description: describe(o.en), Required: o.required,
				DescriptionLocalizations: map[string]string{"ko": describe(o.ko)}}
			if o.max > 0 {
				lo, hi := o.min, o.max
				ao.MinValue, ao.MaxValue = &lo, &hi
			}
			ac.Options = append(ac.Options, ao)
		}
		out = append(out, ac)
	}
	sortCommands(out)
	return out
}

// describe fits a description into Discord's 100 characters.
func describe(s string) string {
	return channel.Truncate(s, maxCommandDescription, channel.CodePoints)
}

func sortCommands(cs []appCommand) {
	sort.Slice(cs, func(i, j int) bool { return cs[i].Name < cs[j].Name })
}

// sameCommands reports whether two sets define the same commands, whatever their order.
func sameCommands(a, b []appCommand) bool {
	a, b = append([]appCommand(nil), a...), append([]appCommand(nil), b...)
	sortCommands(a)
	sortCommands(b)
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}

// Register makes every configured guild's slash commands match commandSet: it reads the
// registered ones (with their localizations) and, only when they differ, replaces them with
// one bulk overwrite. Discord refuses more than 200 command creates a day per guild, so
// registering identical definitions on every start would be wasteful and eventually fail.
func (b *Bot) Register(ctx context.Context) error {
	if len(b.cfg.Guilds) == 0 {
		b.log.Warn("discord editors: no guilds configured, slash commands not registered")
		return nil
	}
	want := commandSet()
	var errs []error
	for _, g := range b.cfg.Guilds {
		changed, err := b.registerGuild(ctx, g, want)
		if err != nil {
			errs = append(errs, fmt.Errorf("discord: register commands in guild %s: %w", g, err))
			continue
		}
		b.log.Info("discord slash commands checked", "guild", g, "changed", changed, "commands", len(want))
	}
	return errors.Join(errs...)
}

// registerGuild compares guild's commands with want and overwrites them when they differ.
func (b *Bot) registerGuild(ctx context.Context, guild string, want []appCommand) (bool, error) {
	path := "/applications/" + b.cfg.AppID + "/guilds/" + guild + "/commands"
	var have []appCommand
	if err := b.rest.Do(ctx, "GET", path, url.Values{"with_localizations": {"true"}}, nil, &have); err != nil {
		return false, err
	}
	if sameCommands(have, want) {
		return false, nil
	}
	if err := b.rest.Do(ctx, "PUT", path, nil, want, nil); err != nil {
		return false, err
	}
	return true, nil
}

// commandText rebuilds the command line editor.Service parses from a slash command's options,
// e.g. "/push https://… dc-news tg-news". Commas between channel names count as spaces.
func commandText(name string, opts []optionValue) string {
	values := map[string]string{}
	for _, o := range opts {
		values[o.Name] = o.text()
	}
	parts := []string{"/" + name}
	for _, spec := range commandOptions[name] {
		v := strings.TrimSpace(strings.ReplaceAll(values[spec.name], ",", " "))
		if v != "" {
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, " ")
}

// logCommand is the attribute set logged for one interaction (never its token).
func logCommand(it *interaction) []any {
	return []any{slog.String("interaction_id", it.ID), slog.String("guild", it.GuildID), slog.String("user_id", it.userID())}
}
