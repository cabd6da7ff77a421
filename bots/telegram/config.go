package telegram

import (
	"errors"
	"fmt"
	"net/url"
	"paperboy/bots/telegram/botapi"
	"paperboy/core/channel"
	"regexp"
	"strings"
	"text/template"
	"time"
)

// DefaultAPIURL is the public Bot API.
const DefaultAPIURL = botapi.DefaultURL

// Config is one Telegram destination: a chat, channel or forum topic that a bot posts to.
type Config struct {
	// Token is the bot token from @BotFather ("123456789:AA…"); use token_file to read it from a file.
	Token string `yaml:"token"`
	// Chat is the numeric chat id (-100… for channels and supergroups) or the public @username of a channel.
	Chat string `yaml:"chat"`
	// Topic is the forum topic (message_thread_id) to post in; 0 posts to the chat itself.
	Topic int `yaml:"topic"`
	// APIURL is the Bot API base URL: a local Bot API server, a proxy or a test fake (default https://api.telegram.org).
	APIURL string `yaml:"api_url"`
	// Silent posts without a notification sound (disable_notification).
	Silent bool `yaml:"silent"`
	// LinkPreview places the article's link preview: off, above, below (default) or large (big image, below).
	LinkPreview string `yaml:"link_preview"`
	// Template is an optional Go text/template for the plain-text body under the headline; fields: .Title .Summary
	// .URL .Source .Author .Time (formatted) .Published .Tags .Hashtags .Share.{Facebook,X,Telegram,Line}. The result is
	// escaped, never parsed as HTML.
	Template string `yaml:"template"`
	// Timezone is the IANA zone for published times (default Asia/Seoul, or the service's zone when it sets one).
	Timezone string `yaml:"timezone"`
	// Image is how a lead image is shown: photo (default: a photo with the post as caption), preview (the link
	// preview shows it, large) or none.
	Image string `yaml:"image"`
	// LongText is what happens when a post with a photo does not fit a 1024-character caption: preview (default:
	// one text message with a large link preview) or split (the photo, then the text as a second message).
	LongText string `yaml:"long_text"`
}

// Accepted values of the enumerated options.
const (
	PreviewOff   = "off"
	PreviewAbove = "above"
	PreviewBelow = "below"
	PreviewLarge = "large"

	ImagePhoto   = "photo"
	ImagePreview = "preview"
	ImageNone    = "none"

	LongTextPreview = "preview"
	LongTextSplit   = "split"
)

var (
	tokenPattern    = regexp.MustCompile(`^[0-9]+:[A-Za-z0-9_-]+$`)
	chatIDPattern   = regexp.MustCompile(`^-?[0-9]{1,20}$`)
	usernamePattern = regexp.MustCompile(`^@[A-Za-z][A-Za-z0-9_]{3,31}$`)
)

// Validate fills defaults, then checks every field; all problems are reported together.
func (c *Config) Validate() error {
	c.Token = strings.TrimSpace(c.Token)
	c.Chat = strings.TrimSpace(c.Chat)
	c.APIURL = strings.TrimRight(strings.TrimSpace(c.APIURL), "/")
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	c.LinkPreview = defaultLower(c.LinkPreview, PreviewBelow)
	c.Image = defaultLower(c.Image, ImagePhoto)
	c.LongText = defaultLower(c.LongText, LongTextPreview)
	c.Timezone = strings.TrimSpace(c.Timezone)

	var errs []error
	switch {
	case c.Token == "":
		errs = append(errs, channel.FieldErr("token", errors.New("telegram: token is required (token or token_file)")))
	case !tokenPattern.MatchString(c.Token):
		// Never echo the value: it is a secret even when malformed.
		errs = append(errs, channel.FieldErr("token", errors.New(`telegram: token must look like "123456789:AA…" as @BotFather gives it`)))
	}
	switch {
	case c.Chat == "":
		errs = append(errs, channel.FieldErr("chat", errors.New("telegram: chat is required (numeric id or @username)")))
	case c.Chat == "0" || !chatIDPattern.MatchString(c.Chat) && !usernamePattern.MatchString(c.Chat):
		errs = append(errs, channel.FieldErr("chat", fmt.Errorf("telegram: chat %q must be a numeric id (e.g. -1001234567890) or @username (5-32 letters, digits, _)", c.Chat)))
	}
	if c.Topic < 0 {
		errs = append(errs, channel.FieldErr("topic", fmt.Errorf("telegram: topic %d must be a positive message_thread_id or 0", c.Topic)))
	}
	if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, channel.FieldErr("api_url", fmt.Errorf("telegram: api_url %q must be an absolute http(s) URL", c.APIURL)))
	}
	if !oneOf(c.LinkPreview, PreviewOff, PreviewAbove, PreviewBelow, PreviewLarge) {
		errs = append(errs, channel.FieldErr("link_preview", fmt.Errorf("telegram: link_preview %q must be off, above, below or large", c.LinkPreview)))
	}
	if !oneOf(c.Image, ImagePhoto, ImagePreview, ImageNone) {
		errs = append(errs, channel.FieldErr("image", fmt.Errorf("telegram: image %q must be photo, preview or none", c.Image)))
	}
	if !oneOf(c.LongText, LongTextPreview, LongTextSplit) {
		errs = append(errs, channel.FieldErr("long_text", fmt.Errorf("telegram: long_text %q must be preview or split", c.LongText)))
	}
	if c.Timezone != "" {
		if _, err := loadLocation(c.Timezone); err != nil {
			errs = append(errs, channel.FieldErr("timezone", fmt.Errorf("telegram: timezone: %w", err)))
		}
	}
	if c.Template != "" {
		if _, err := parseTemplate(c.Template); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// loadLocation loads an IANA zone; Asia/Seoul works even without a tz database.
func loadLocation(name string) (*time.Location, error) {
	loc, err := time.LoadLocation(name)
	if err != nil && name == "Asia/Seoul" {
		return time.FixedZone("KST", 9*3600), nil
	}
	return loc, err
}

// parseTemplate compiles a body template; missing fields are errors so typos show at load.
func parseTemplate(text string) (*template.Template, error) {
	t, err := template.New("telegram").Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, channel.FieldErr("template", fmt.Errorf("telegram: template: %w", err))
	}
	return t, nil
}

// isGroupChat reports whether chat is a channel, supergroup or group (20 messages/min) rather than
// a private chat with a user (1 message/s).
func isGroupChat(chat string) bool {
	return strings.HasPrefix(chat, "@") || strings.HasPrefix(chat, "-")
}

func defaultLower(v, def string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "" {
		return def
	}
	return v
}

func oneOf(v string, allowed ...string) bool {
	for _, a := range allowed {
		if v == a {
			return true
		}
	}
	return false
}
