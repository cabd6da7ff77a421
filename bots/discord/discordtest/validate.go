package discordtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// payload is a message create / webhook execute body as the fake reads it.
type payload struct {
	Content         *string                   `json:"content"`
	Username        string                    `json:"username"`
	AvatarURL       string                    `json:"avatar_url"`
	Embeds          []*discordgo.MessageEmbed `json:"embeds"`
	AllowedMentions json.RawMessage           `json:"allowed_mentions"`
	Nonce           json.RawMessage           `json:"nonce"`
	EnforceNonce    bool                      `json:"enforce_nonce"`
}

// formErrors collects 50035 "Invalid Form Body" errors by dotted path.
type formErrors struct {
	tree map[string]any
	n    int
}

func (fe *formErrors) add(path, code, msg string) {
	if fe.tree == nil {
		fe.tree = map[string]any{}
	}
	node := fe.tree
	if path != "" {
		for _, part := range strings.Split(path, ".") {
			next, _ := node[part].(map[string]any)
			if next == nil {
				next = map[string]any{}
				node[part] = next
			}
			node = next
		}
	}
	list, _ := node["_errors"].([]any)
	node["_errors"] = append(list, map[string]string{"code": code, "message": msg})
	fe.n++
}

// body is Discord's answer for the collected errors.
func (fe *formErrors) body() map[string]any {
	return map[string]any{"code": 50035, "errors": fe.tree, "message": "Invalid Form Body"}
}

func maxLen(fe *formErrors, path, s string, limit int) {
	if utf8.RuneCountInString(s) > limit {
		fe.add(path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", limit))
	}
}

func checkURL(fe *formErrors, path, s string, allowAttachment bool) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	switch {
	case err != nil || u.Scheme == "" || (u.Host == "" && u.Scheme != "attachment"):
		fe.add(path, "URL_TYPE_INVALID_URL", "Not a well formed URL.")
	case u.Scheme == "http" || u.Scheme == "https" || (allowAttachment && u.Scheme == "attachment"):
	default:
		fe.add(path, "URL_TYPE_INVALID_SCHEME", fmt.Sprintf("Scheme %q is not supported. Scheme must be one of ('http', 'https').", u.Scheme))
	}
	maxLen(fe, path, s, 2048)
}

// validate checks p against Discord's documented limits (code points) and the fake's one
// house rule, that allowed_mentions is present. webhook enables the username rules.
func validate(p *payload, webhook bool) *formErrors {
	fe := &formErrors{}
	if p.Content != nil {
		maxLen(fe, "content", *p.Content, 2000)
	}
	if webhook && p.Username != "" {
		maxLen(fe, "username", p.Username, 80)
		low := strings.ToLower(p.Username)
		if strings.Contains(low, "discord") || strings.Contains(low, "clyde") {
			fe.add("username", "USERNAME_INVALID_CONTAINS", "Username cannot contain \"discord\" or \"clyde\".")
		}
	}
	checkURL(fe, "avatar_url", p.AvatarURL, false)
	if len(p.Embeds) > 10 {
		fe.add("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
	}
	total := 0
	for i, e := range p.Embeds {
		if e == nil {
			fe.add(fmt.Sprintf("embeds.%d", i), "MODEL_TYPE_REQUIRED", "This field is required")
			continue
		}
		at := fmt.Sprintf("embeds.%d.", i)
		maxLen(fe, at+"title", e.Title, 256)
		maxLen(fe, at+"description", e.Description, 4096)
		checkURL(fe, at+"url", e.URL, false)
		total += utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
		if e.Footer != nil {
			maxLen(fe, at+"footer.text", e.Footer.Text, 2048)
			checkURL(fe, at+"footer.icon_url", e.Footer.IconURL, true)
			total += utf8.RuneCountInString(e.Footer.Text)
		}
		if e.Author != nil {
			maxLen(fe, at+"author.name", e.Author.Name, 256)
			checkURL(fe, at+"author.url", e.Author.URL, false)
			checkURL(fe, at+"author.icon_url", e.Author.IconURL, true)
			total += utf8.RuneCountInString(e.Author.Name)
		}
		if e.Image != nil {
			checkURL(fe, at+"image.url", e.Image.URL, true)
		}
		if e.Thumbnail != nil {
			checkURL(fe, at+"thumbnail.url", e.Thumbnail.URL, true)
		}
		if len(e.Fields) > 25 {
			fe.add(at+"fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
		}
		for j, fl := range e.Fields {
			maxLen(fe, fmt.Sprintf("%sfields.%d.name", at, j), fl.Name, 256)
			maxLen(fe, fmt.Sprintf("%sfields.%d.value", at, j), fl.Value, 1024)
			total += utf8.RuneCountInString(fl.Name) + utf8.RuneCountInString(fl.Value)
		}
		if e.Color < 0 || e.Color > 0xFFFFFF {
			fe.add(at+"color", "NUMBER_TYPE_MAX", "Int value should be less than or equal to 16777215.")
		}
		if e.Timestamp != "" {
			if _, err := time.Parse(time.RFC3339Nano, e.Timestamp); err != nil {
				fe.add(at+"timestamp", "DATE_TIME_TYPE_PARSE", fmt.Sprintf("Could not parse %s. Should be ISO8601.", e.Timestamp))
			}
		}
	}
	if total > 6000 {
		fe.add("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")
	}
	checkMentions(fe, p.AllowedMentions)
	if n := nonceString(p.Nonce); utf8.RuneCountInString(n) > 25 {
		fe.add("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
	}
	return fe
}

// checkMentions requires allowed_mentions (the fake's rule: paperboy must never ping) and
// checks its parse list the way Discord does.
func checkMentions(fe *formErrors, raw json.RawMessage) {
	if len(raw) == 0 || string(raw) == "null" {
		fe.add("allowed_mentions", "BASE_TYPE_REQUIRED", "This field is required (fake: every paperboy message must set allowed_mentions)")
		return
	}
	var am struct {
		Parse []string `json:"parse"`
	}
	if err := json.Unmarshal(raw, &am); err != nil {
		fe.add("allowed_mentions", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType")
		return
	}
	for i, v := range am.Parse {
		if v != "roles" && v != "users" && v != "everyone" {
			fe.add(fmt.Sprintf("allowed_mentions.parse.%d", i), "BASE_TYPE_CHOICES", "Value must be one of {'roles', 'users', 'everyone'}.")
		}
	}
}

// nonceString reads a nonce sent as a string or an integer.
func nonceString(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// empty reports whether p has nothing to show (Discord's 50006).
func (p *payload) empty(files int) bool {
	return (p.Content == nil || strings.TrimSpace(*p.Content) == "") && len(p.Embeds) == 0 && files == 0
}
