// Package commands defines the slash commands the Discord editor bot registers (editor.Commands
// with Korean localizations, options in the order the command line takes them) and keeps a
// guild's registered set equal to them with as few writes as possible. It is split out of the
// editor bot because the definitions change with the command set, not with the interaction
// handling.
package commands

import (
	"bytes"
	"context"
	"encoding/json"
	"net/url"
	"sort"
	"strings"

	"paperboy/bots/discord/rest"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

// Application command and option types (Discord's numbering).
const (
	commandChatInput = 1
	optionSubcommand = 1
	optionString     = 3
	optionInteger    = 4
	optionAttachment = 11
)

// maxCommandDescription is Discord's limit for command and option descriptions.
const maxCommandDescription = 100

// Command is a slash command as registered. GET answers carry more fields (id, version…);
// decoding into this type keeps only what we define, which is what "changed" compares.
type Command struct {
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations,omitempty"`
	Options                  []Option          `json:"options,omitempty"`
	// DefaultMemberPermissions is the permission bitfield a member needs to see the command
	// ("32": Manage Server); nil = everyone. Server admins may change it per role.
	DefaultMemberPermissions *string `json:"default_member_permissions,omitempty"`
	// Contexts are where a global command may be used: 0 servers, 1 the bot's DMs, 2 other DMs.
	Contexts []int `json:"contexts,omitempty"`
	// IntegrationTypes are the installs the command comes with: 0 installed to a server.
	IntegrationTypes []int `json:"integration_types,omitempty"`
}

// Option is one option of a slash command.
type Option struct {
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations,omitempty"`
	Required                 bool              `json:"required,omitempty"`
	MinValue                 *float64          `json:"min_value,omitempty"`
	MaxValue                 *float64          `json:"max_value,omitempty"`
	Choices                  []Choice          `json:"choices,omitempty"`
	Options                  []Option          `json:"options,omitempty"` // a subcommand's options
}

// Choice is one fixed value of a string option.
type Choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// optionSpec is an option before localization: English and Korean descriptions.
type optionSpec struct {
	name     string
	typ      int
	required bool
	en, ko   string
	min, max float64  // integer bounds when max > 0
	choices  []string // fixed values of a string option
}

// commandOptions lists each command's options in the order the command line takes them:
// Text rebuilds "/push <url> <channels>" from them in this order.
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

// Set is the definition paperboy registers in every guild: editor.Commands with Korean
// descriptions as the "ko" localization, sorted by name.
func Set() []Command {
	ko := map[string]string{}
	for _, c := range editor.Commands("ko") {
		ko[c.Name] = c.Description
	}
	var out []Command
	for _, c := range editor.Commands("en") {
		ac := Command{Type: commandChatInput, Name: c.Name, Description: describe(c.Description)}
		if k := ko[c.Name]; k != "" {
			ac.DescriptionLocalizations = map[string]string{"ko": describe(k)}
		}
		ac.Options = options(commandOptions[c.Name])
		out = append(out, ac)
	}
	sortCommands(out)
	return out
}

// options defines specs as Discord options, with Korean localizations.
func options(specs []optionSpec) []Option {
	var out []Option
	for _, o := range specs {
		ao := Option{Type: o.typ, Name: o.name, Description: describe(o.en), Required: o.required,
			DescriptionLocalizations: map[string]string{"ko": describe(o.ko)}}
		if o.max > 0 {
			lo, hi := o.min, o.max
			ao.MinValue, ao.MaxValue = &lo, &hi
		}
		for _, c := range o.choices {
			ao.Choices = append(ao.Choices, Choice{Name: c, Value: c})
		}
		out = append(out, ao)
	}
	return out
}

// describe fits a description into Discord's 100 characters.
func describe(s string) string {
	return channel.Truncate(s, maxCommandDescription, channel.CodePoints)
}

// sortCommands orders cs by name, the order Set returns and comparisons use.
func sortCommands(cs []Command) {
	sort.Slice(cs, func(i, j int) bool { return cs[i].Name < cs[j].Name })
}

// same reports whether two sets define the same commands, whatever their order.
func same(a, b []Command) bool {
	a, b = append([]Command(nil), a...), append([]Command(nil), b...)
	sortCommands(a)
	sortCommands(b)
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}

// Sync makes guild's commands of application appID (the global ones when guild is "") equal
// to want: it reads the registered ones (with their localizations) and, only when they
// differ, replaces them with one bulk overwrite, because Discord refuses more than 200 command
// creates a day per guild (and per application for global ones). It reports whether it wrote.
func Sync(ctx context.Context, c *rest.Client, appID, guild string, want []Command) (bool, error) {
	path := "/applications/" + appID + "/guilds/" + guild + "/commands"
	if guild == "" {
		path = "/applications/" + appID + "/commands"
	}
	if want == nil {
		want = []Command{} // a bulk overwrite with [] removes them all; null is refused
	}
	var have []Command
	if err := c.Do(ctx, "GET", path, url.Values{"with_localizations": {"true"}}, nil, &have); err != nil {
		return false, err
	}
	if guild != "" {
		// Contexts and installation types belong to global commands; whatever Discord echoes
		// for a guild's (integration_types [0]) must not make every start rewrite them.
		for i := range have {
			have[i].Contexts, have[i].IntegrationTypes = nil, nil
		}
	}
	if same(have, want) {
		return false, nil
	}
	if err := c.Do(ctx, "PUT", path, nil, want, nil); err != nil {
		return false, err
	}
	return true, nil
}

// Text rebuilds the command line editor.Service parses from a slash command's option values
// by option name, e.g. "/push https://… dc-news tg-news". Commas between channel names count
// as spaces; options the command does not define are ignored.
func Text(name string, values map[string]string) string {
	return line(name, commandOptions[name], values)
}

// line is "/name" followed by the values of specs in order, commas counting as spaces.
func line(name string, specs []optionSpec, values map[string]string) string {
	parts := []string{"/" + name}
	for _, spec := range specs {
		if spec.typ == optionAttachment {
			continue // the file travels beside the line (editor.Request.File)
		}
		v := strings.TrimSpace(strings.ReplaceAll(values[spec.name], ",", " "))
		if v != "" {
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, " ")
}
