package discord

import (
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"time"

	"paperboy/core/channel"
)

// Modes a Discord channel can post in.
const (
	ModeWebhook = "webhook" // an incoming webhook URL: no bot, no token, one channel or thread
	ModeBot     = "bot"     // a bot token posting to a channel id: idempotent through nonce
)

// apiVersion is the Discord REST API version this package speaks.
const apiVersion = "v10"

// DefaultAPIURL is Discord's REST base URL, versioned.
const DefaultAPIURL = "https://discord.com/api/" + apiVersion

// Config is one Discord destination as written in the config file.
type Config struct {
	// Mode is "webhook" or "bot"; empty means webhook when webhook is set, bot when token is set.
	Mode string `yaml:"mode"`
	// Webhook is the full webhook URL (https://discord.com/api/webhooks/ID/TOKEN); it is a secret, prefer webhook_file.
	Webhook string `yaml:"webhook"`
	// ThreadID posts into this thread or forum post of the webhook's channel (webhook mode).
	ThreadID string `yaml:"thread_id"`
	// Username overrides the webhook's display name for these posts (webhook mode).
	Username string `yaml:"username"`
	// AvatarURL overrides the webhook's avatar for these posts (webhook mode).
	AvatarURL string `yaml:"avatar_url"`
	// Token is the bot token (bot mode); it is a secret, prefer token_file.
	Token string `yaml:"token"`
	// ChannelID is the numeric id of the channel the bot posts to (bot mode).
	ChannelID string `yaml:"channel_id"`
	// APIURL is the REST base URL (default https://discord.com/api/v10); in webhook mode, when set, it replaces the webhook URL's scheme, host and /api[/vNN] prefix so a proxy or test fake can be used (unset, an unversioned webhook URL is sent to /api/v10).
	APIURL string `yaml:"api_url"`
	// Color is the embed's side color as "#1e90ff" (quote it in YAML) or a decimal number; empty picks a stable color per source.
	Color string `yaml:"color"`
	// Content is an optional text/template for the line above the embed, over .Title .URL .Summary .Source .Author .Published .Tags .Share.{Facebook,X,Telegram,Line}.
	Content string `yaml:"content"`
	// Timezone is the IANA zone used for the time in the footer (default Asia/Seoul).
	Timezone string `yaml:"timezone"`
}

var (
	snowflake    = regexp.MustCompile(`^[0-9]{1,20}$`)
	webhookToken = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,200}$`)
	apiPrefix    = regexp.MustCompile(`^(/api(/v[0-9]+)?)?/webhooks/`)
)

// Validate fills defaults, then checks every field. Errors never contain the webhook URL or token.
func (c *Config) Validate() error {
	c.Mode = strings.ToLower(strings.TrimSpace(c.Mode))
	if c.Mode == "" {
		switch {
		case c.Webhook != "":
			c.Mode = ModeWebhook
		case c.Token != "":
			c.Mode = ModeBot
		}
	}
	if c.Mode == ModeBot && c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	c.APIURL = strings.TrimRight(c.APIURL, "/")

	var errs []error
	switch c.Mode {
	case ModeWebhook:
		if c.Webhook == "" {
			errs = append(errs, channel.FieldErr("webhook", errors.New("discord: webhook mode needs webhook (or webhook_file)")))
		} else if _, _, _, err := splitWebhook(c.Webhook); err != nil {
			errs = append(errs, err)
		}
		if c.ThreadID != "" && !snowflake.MatchString(c.ThreadID) {
			errs = append(errs, channel.FieldErr("thread_id", fmt.Errorf("discord: thread_id %q is not a numeric id", c.ThreadID)))
		}
		if n := len([]rune(c.Username)); n > 80 {
			errs = append(errs, channel.FieldErr("username", fmt.Errorf("discord: username is %d characters, at most 80", n)))
		}
		if c.AvatarURL != "" && !isHTTPURL(c.AvatarURL) {
			errs = append(errs, channel.FieldErr("avatar_url", errors.New("discord: avatar_url must be an http(s) URL")))
		}
		if c.Token != "" || c.ChannelID != "" {
			errs = append(errs, channel.FieldErr("token", errors.New("discord: token and channel_id belong to bot mode, not webhook mode")))
		}
	case ModeBot:
		if c.Token == "" {
			errs = append(errs, errors.New("discord: bot mode needs token (or token_file)"))
		}
		if !snowflake.MatchString(c.ChannelID) {
			errs = append(errs, fmt.Errorf("discord: bot mode needs channel_id as a numeric id, got %q", c.ChannelID))
		}
		if c.Webhook != "" || c.ThreadID != "" || c.Username != "" || c.AvatarURL != "" {
			errs = append(errs, errors.New("discord: webhook, thread_id, username and avatar_url belong to webhook mode"))
		}
	case "":
		errs = append(errs, errors.New("discord: set webhook (webhook mode) or token and channel_id (bot mode)"))
	default:
		errs = append(errs, channel.FieldErr("mode", fmt.Errorf("discord: mode %q is not webhook or bot", c.Mode)))
	}
	if c.APIURL != "" {
		if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, channel.FieldErr("api_url", fmt.Errorf("discord: api_url %q is not an http(s) URL", channel.RedactURL(c.APIURL))))
		}
	}
	if _, err := parseColor(c.Color); err != nil {
		errs = append(errs, err)
	}
	if _, err := parseContent(c.Content); err != nil {
		errs = append(errs, err)
	}
	if _, err := loadZone(c.Timezone); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// splitWebhook returns the base URL (scheme, host and /api[/vNN] prefix) and the id and
// token of a webhook URL. The error never repeats the URL: it is a secret.
func splitWebhook(raw string) (base, id, token string, err error) {
	u, perr := url.Parse(raw)
	if perr != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", "", "", channel.FieldErr("webhook", errors.New("discord: webhook is not an http(s) URL"))
	}
	loc := apiPrefix.FindStringIndex(u.Path)
	if loc == nil {
		return "", "", "", channel.FieldErr("webhook", errors.New("discord: webhook URL must look like https://discord.com/api/webhooks/ID/TOKEN"))
	}
	parts := strings.Split(strings.Trim(u.Path[loc[1]:], "/"), "/")
	if len(parts) != 2 || !snowflake.MatchString(parts[0]) || !webhookToken.MatchString(parts[1]) {
		return "", "", "", channel.FieldErr("webhook", errors.New("discord: webhook URL must look like https://discord.com/api/webhooks/ID/TOKEN"))
	}
	prefix := strings.TrimSuffix(u.Path[:loc[1]], "/webhooks/")
	return u.Scheme + "://" + u.Host + prefix, parts[0], parts[1], nil
}

func isHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// parseColor reads "#1e90ff", "0x1e90ff", "1e90ff"-style hex (with a prefix) or a decimal
// number; -1 means "unset: derive one from the source name".
func parseColor(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return -1, nil
	}
	var (
		v   uint64
		err error
	)
	switch {
	case strings.HasPrefix(s, "#"):
		v, err = strconv.ParseUint(s[1:], 16, 32)
	case strings.HasPrefix(strings.ToLower(s), "0x"):
		v, err = strconv.ParseUint(s[2:], 16, 32)
	default:
		v, err = strconv.ParseUint(s, 10, 32)
	}
	if err != nil || v > 0xFFFFFF {
		return 0, channel.FieldErr("color", fmt.Errorf("discord: color %q is not \"#rrggbb\" or a number up to 16777215", s))
	}
	return int(v), nil
}

// palette holds colors that read well on Discord's dark and light themes.
var palette = [...]int{
	0x1e90ff, 0xe74c3c, 0x2ecc71, 0xf39c12, 0x9b59b6, 0x1abc9c,
	0xe67e22, 0x3498db, 0xe91e63, 0x27ae60, 0xd35400, 0x8e44ad,
}

// sourceColor picks a stable color for a source name, so readers learn to tell sources apart.
func sourceColor(source string) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(source))
	return palette[h.Sum32()%uint32(len(palette))]
}

// parseContent compiles the content template and runs it once over a sample post, so a
// misspelled field fails at config load rather than on the first article.
func parseContent(s string) (*template.Template, error) {
	if s == "" {
		return nil, nil
	}
	t, err := template.New("content").Option("missingkey=error").Parse(s)
	if err != nil {
		return nil, channel.FieldErr("content", fmt.Errorf("discord: content template: %w", err))
	}
	var sb strings.Builder
	if err := t.Execute(&sb, contentData{Title: "t", URL: "https://example.com/", Published: time.Unix(0, 0)}); err != nil {
		return nil, channel.FieldErr("content", fmt.Errorf("discord: content template: %w", err))
	}
	return t, nil
}

// loadZone resolves the timezone field; nil with no error means "use the default".
func loadZone(name string) (*time.Location, error) {
	if name == "" {
		return nil, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, channel.FieldErr("timezone", fmt.Errorf("discord: timezone: %w", err))
	}
	return loc, nil
}
