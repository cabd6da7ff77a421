package discordtest

import (
	"fmt"
	"net/http"
	"reflect"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Command is a registered application command as Discord stores and returns it.
type Command struct {
	ID                       string            `json:"id"`
	ApplicationID            string            `json:"application_id"`
	GuildID                  string            `json:"guild_id,omitempty"` // "" for a global command
	Version                  string            `json:"version"`
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations,omitempty"`
	DescriptionLocalized     string            `json:"description_localized,omitempty"`
	Options                  []CommandOption   `json:"options,omitempty"`
	DefaultMemberPermissions *string           `json:"default_member_permissions"`
	NSFW                     bool              `json:"nsfw"`
	Contexts                 []int             `json:"contexts,omitempty"`          // global commands: 0 servers, 1 bot DMs, 2 private channels
	IntegrationTypes         []int             `json:"integration_types,omitempty"` // global commands: 0 server install, 1 user install
}

// CommandOption is one option of a command.
type CommandOption struct {
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations,omitempty"`
	Required                 bool              `json:"required,omitempty"`
	MinValue                 *float64          `json:"min_value,omitempty"`
	MaxValue                 *float64          `json:"max_value,omitempty"`
	Choices                  []CommandChoice   `json:"choices,omitempty"`
	Options                  []CommandOption   `json:"options,omitempty"` // a subcommand's options
}

// CommandChoice is one fixed value of an option.
type CommandChoice struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

// Option types with a meaning of their own to the fake (Discord's numbering).
const (
	OptionSubcommand      = 1  // SUB_COMMAND
	OptionSubcommandGroup = 2  // SUB_COMMAND_GROUP
	OptionString          = 3  // STRING
	OptionInteger         = 4  // INTEGER
	OptionAttachment      = 11 // ATTACHMENT
)

var (
	commandsRoute = regexp.MustCompile(`^/applications/([0-9]+)(?:/guilds/([0-9]+))?/commands$`)
	permissions   = regexp.MustCompile(`^[0-9]{1,40}$`)
	// commandName is Discord's CHAT_INPUT name rule (lowercase where the script has case).
	commandName = regexp.MustCompile(`^[-_\p{L}\p{N}]{1,32}$`)
	// locales Discord accepts as localization keys.
	locales = map[string]bool{"id": true, "da": true, "de": true, "en-GB": true, "en-US": true, "es-ES": true,
		"es-419": true, "fr": true, "hr": true, "it": true, "lt": true, "hu": true, "nl": true, "no": true, "pl": true,
		"pt-BR": true, "ro": true, "fi": true, "sv-SE": true, "vi": true, "tr": true, "cs": true, "el": true, "bg": true,
		"ru": true, "uk": true, "hi": true, "th": true, "zh-CN": true, "ja": true, "zh-TW": true, "ko": true}
)

// Commands returns the commands registered in guild (the global ones for ""), in registration order.
func (a *App) Commands(guild string) []Command {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Command(nil), a.commands[guild]...)
}

// CommandWrites counts the bulk overwrites (PUT) of guild's commands ("" = the global ones).
func (a *App) CommandWrites(guild string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.writes[guild]
}

// serveCommands answers GET and PUT /applications/{app}/guilds/{guild}/commands and, for the
// application's global commands, /applications/{app}/commands.
func (a *App) serveCommands(w http.ResponseWriter, r *http.Request, p string) bool {
	m := commandsRoute.FindStringSubmatch(p)
	if m == nil {
		return false
	}
	if !a.authorized(w, r) {
		return true
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	switch {
	case m[1] != a.ID || m[2] != "" && !a.guilds[m[2]]:
		writeJSON(w, http.StatusForbidden, apiErr(50001, "Missing Access"))
	case r.Method == http.MethodGet:
		withLoc := r.URL.Query().Get("with_localizations") == "true"
		out := make([]Command, 0, len(a.commands[m[2]]))
		for _, c := range a.commands[m[2]] {
			out = append(out, localized(c, withLoc))
		}
		writeJSON(w, http.StatusOK, out)
	case r.Method == http.MethodPut:
		var in []Command
		if _, ok := readJSON(w, r, &in); !ok {
			return true
		}
		if fe := validateCommands(in, m[2] == ""); fe.n > 0 {
			writeJSON(w, http.StatusBadRequest, fe.body())
			return true
		}
		a.overwrite(w, m[2], in)
	default:
		writeJSON(w, http.StatusMethodNotAllowed, apiErr(0, "405: Method Not Allowed"))
	}
	return true
}

// overwrite replaces guild's commands, keeping the id (and version, when unchanged) of commands
// whose name stays; callers hold mu.
func (a *App) overwrite(w http.ResponseWriter, guild string, in []Command) {
	old := map[string]Command{}
	for _, c := range a.commands[guild] {
		old[c.Name] = c
	}
	created := 0
	for _, c := range in {
		if _, ok := old[c.Name]; !ok {
			created++
		}
	}
	if a.creates[guild]+created > 200 {
		writeJSON(w, http.StatusTooManyRequests, map[string]any{"message": "Max number of daily application command creates has been reached (200)",
			"code": 30034, "retry_after": 86400.0, "global": false})
		return
	}
	a.creates[guild] += created
	a.Fake.mu.Lock()
	out := make([]Command, len(in))
	for i, c := range in {
		c.ApplicationID, c.GuildID, c.DescriptionLocalized = a.ID, guild, ""
		if guild != "" {
			c.IntegrationTypes = []int{0} // Discord reports a guild command as installed to the guild
		}
		if c.Type == 0 {
			c.Type = 1
		}
		prev, ok := old[c.Name]
		c.ID, c.Version = prev.ID, prev.Version
		if !ok {
			c.ID = a.Fake.newID()
		}
		if !ok || !sameDefinition(prev, c) {
			c.Version = a.Fake.newID()
		}
		out[i] = c
	}
	a.Fake.mu.Unlock()
	a.commands[guild] = out
	a.writes[guild]++
	a.touch()
	writeJSON(w, http.StatusOK, out)
}

// localized is c as GET returns it: full localization maps only with with_localizations=true,
// otherwise the one description for the requester's locale (en-US here).
func localized(c Command, full bool) Command {
	if full {
		return c
	}
	c.DescriptionLocalizations, c.DescriptionLocalized = nil, c.Description
	opts := make([]CommandOption, len(c.Options))
	for i, o := range c.Options {
		o.DescriptionLocalizations = nil
		opts[i] = o
	}
	if len(opts) > 0 {
		c.Options = opts
	}
	return c
}

func sameDefinition(a, b Command) bool {
	return a.Type == b.Type && a.Description == b.Description &&
		reflect.DeepEqual(a.DescriptionLocalizations, b.DescriptionLocalizations) && reflect.DeepEqual(a.Options, b.Options) &&
		reflect.DeepEqual(a.DefaultMemberPermissions, b.DefaultMemberPermissions) && reflect.DeepEqual(a.Contexts, b.Contexts) &&
		reflect.DeepEqual(a.IntegrationTypes, b.IntegrationTypes)
}

// validateCommands applies Discord's rules for CHAT_INPUT commands and their options;
// contexts and integration_types are refused on guild commands, where Discord ignores them
// (a test that sets them there is testing nothing).
func validateCommands(in []Command, global bool) *formErrors {
	fe := &formErrors{}
	if len(in) > 100 {
		fe.add("", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
	}
	seen := map[string]bool{}
	for i, c := range in {
		at := fmt.Sprintf("%d.", i)
		checkName(fe, at+"name", c.Name)
		if seen[c.Name] {
			fe.add(at+"name", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique")
		}
		seen[c.Name] = true
		checkDescription(fe, at+"description", c.Description, c.DescriptionLocalizations)
		if p := c.DefaultMemberPermissions; p != nil && !permissions.MatchString(*p) {
			fe.add(at+"default_member_permissions", "NUMBER_TYPE_COERCE", fmt.Sprintf("Value %q is not int.", *p))
		}
		checkEnum(fe, at+"contexts", c.Contexts, 2, global)
		checkEnum(fe, at+"integration_types", c.IntegrationTypes, 1, global)
		checkOptions(fe, at+"options.", c.Options, 0)
	}
	return fe
}

// checkEnum checks that every value is 0…max, and that the field is only on global commands.
func checkEnum(fe *formErrors, path string, vs []int, max int, global bool) {
	if len(vs) > 0 && !global {
		fe.add(path, "BASE_TYPE_INVALID", "Only global commands take this field.")
	}
	for j, v := range vs {
		if v < 0 || v > max {
			fe.add(fmt.Sprintf("%s.%d", path, j), "ENUM_TYPE_COERCE", fmt.Sprintf("Value \"%d\" is not a valid enum value.", v))
		}
	}
}

// checkOptions applies the option rules at one level (parent: the type of the option holding
// them, 0 for the command): at most 25, required before optional, subcommands not mixed with
// values and only in a command or a group, groups only in a command, choices only on strings
// and numbers.
func checkOptions(fe *formErrors, at string, opts []CommandOption, parent int) {
	if len(opts) > 25 {
		fe.add(strings.TrimSuffix(at, "."), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
	}
	optional, subs := false, 0
	for j, o := range opts {
		oat := fmt.Sprintf("%s%d.", at, j)
		checkName(fe, oat+"name", o.Name)
		checkDescription(fe, oat+"description", o.Description, o.DescriptionLocalizations)
		if o.Type < 1 || o.Type > 11 {
			fe.add(oat+"type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.")
		}
		if o.Required && optional {
			fe.add(oat+"required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options")
		}
		optional = optional || !o.Required
		if len(o.Choices) > 25 || len(o.Choices) > 0 && o.Type != OptionString && o.Type != OptionInteger && o.Type != 10 {
			fe.add(oat+"choices", "APPLICATION_COMMAND_OPTION_CHOICES_INVALID", "Choices are for string, integer and number options, at most 25.")
		}
		switch o.Type {
		case OptionSubcommand, OptionSubcommandGroup:
			subs++
			nested := parent == OptionSubcommand || o.Type == OptionSubcommandGroup && parent != 0
			if nested || o.Required {
				fe.add(oat+"type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID", "Subcommands cannot be nested here or required.")
			}
			checkOptions(fe, oat+"options.", o.Options, o.Type)
		default:
			if len(o.Options) > 0 {
				fe.add(oat+"options", "BASE_TYPE_INVALID", "Only subcommands have options.")
			}
		}
	}
	if subs > 0 && subs < len(opts) {
		fe.add(strings.TrimSuffix(at, "."), "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Subcommands cannot be mixed with other options.")
	}
}

func checkName(fe *formErrors, path, name string) {
	if !commandName.MatchString(name) || strings.ToLower(name) != name {
		fe.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
	}
}

func checkDescription(fe *formErrors, path, desc string, loc map[string]string) {
	if n := utf8.RuneCountInString(desc); n < 1 || n > 100 {
		fe.add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
	}
	for k, v := range loc {
		if !locales[k] {
			fe.add(path+"_localizations."+k, "ENUM_TYPE_COERCE", fmt.Sprintf("Value %q is not a valid enum value.", k))
		}
		if n := utf8.RuneCountInString(v); n < 1 || n > 100 {
			fe.add(path+"_localizations."+k, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
		}
	}
}
