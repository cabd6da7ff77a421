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
	GuildID                  string            `json:"guild_id"`
	Version                  string            `json:"version"`
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations,omitempty"`
	DescriptionLocalized     string            `json:"description_localized,omitempty"`
	Options                  []CommandOption   `json:"options,omitempty"`
	DefaultMemberPermissions *string           `json:"default_member_permissions"`
	NSFW                     bool              `json:"nsfw"`
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
}

var (
	commandsRoute = regexp.MustCompile(`^/applications/([0-9]+)/guilds/([0-9]+)/commands$`)
	// commandName is Discord's CHAT_INPUT name rule (lowercase where the script has case).
	commandName = regexp.MustCompile(`^[-_\p{L}\p{N}]{1,32}$`)
	// locales Discord accepts as localization keys.
	locales = map[string]bool{"id": true, "da": true, "de": true, "en-GB": true, "en-US": true, "es-ES": true,
		"es-419": true, "fr": true, "hr": true, "it": true, "lt": true, "hu": true, "nl": true, "no": true, "pl": true,
		"pt-BR": true, "ro": true, "fi": true, "sv-SE": true, "vi": true, "tr": true, "cs": true, "el": true, "bg": true,
		"ru": true, "uk": true, "hi": true, "th": true, "zh-CN": true, "ja": true, "zh-TW": true, "ko": true}
)

// Commands returns the commands registered in guild, in registration order.
func (a *App) Commands(guild string) []Command {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Command(nil), a.commands[guild]...)
}

// CommandWrites counts the bulk overwrites (PUT) of guild's commands.
func (a *App) CommandWrites(guild string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.writes[guild]
}

// serveCommands answers GET and PUT /applications/{app}/guilds/{guild}/commands.
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
	case m[1] != a.ID || !a.guilds[m[2]]:
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
		if fe := validateCommands(in); fe.n > 0 {
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
		reflect.DeepEqual(a.DescriptionLocalizations, b.DescriptionLocalizations) && reflect.DeepEqual(a.Options, b.Options)
}

// validateCommands applies Discord's rules for CHAT_INPUT commands and their options.
func validateCommands(in []Command) *formErrors {
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
		if len(c.Options) > 25 {
			fe.add(at+"options", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
		}
		optional := false
		for j, o := range c.Options {
			oat := fmt.Sprintf("%soptions.%d.", at, j)
			checkName(fe, oat+"name", o.Name)
			checkDescription(fe, oat+"description", o.Description, o.DescriptionLocalizations)
			if o.Type < 1 || o.Type > 11 {
				fe.add(oat+"type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.")
			}
			if o.Required && optional {
				fe.add(oat+"required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options")
			}
			optional = optional || !o.Required
		}
	}
	return fe
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
