package slack

import (
	"errors"
	"fmt"
	"net/url"
	"paperboy/core/channel"
	"regexp"
	"strings"
	"time"
)

// Modes a Slack channel can post in.
const (
	ModeAPI     = "api"     // a bot token posting with chat.postMessage to a channel
	ModeWebhook = "webhook" // an incoming webhook URL, bound to one channel when it was created
)

// DefaultAPIURL is Slack's Web API base URL.
const DefaultAPIURL = "https://slack.com/api"

// Config is one Slack destination as written in the config file.
type Config struct {
	// Token is the bot token (xoxb-…) with the chat:write scope; it is a secret, prefer token_file.
	Token string `yaml:"token"`
	// Channel is the channel id (C0123ABCD, preferred: survives renames) or #name the bot posts to (with token).
	Channel string `yaml:"channel"`
	// Webhook is an incoming webhook URL (https://hooks.slack.com/services/…); it is a secret, prefer webhook_file.
	Webhook string `yaml:"webhook"`
	// APIURL is the Web API base URL (default https://slack.com/api), for a proxy or a test fake.
	APIURL string `yaml:"api_url"`
	// Button shows a "Read more" link button under the summary instead of a link line inside it.
	Button bool `yaml:"button"`
	// LinkText labels the article link (default "기사 보기" for Korean posts, "Read more" otherwise).
	LinkText string `yaml:"link_text"`
	// Timezone is the IANA zone of the time in the context line (default Asia/Seoul).
	Timezone string `yaml:"timezone"`
}

var (
	channelID   = regexp.MustCompile(`^[CGD][A-Z0-9]{8,}$`)
	channelName = regexp.MustCompile(`^#?[\p{Ll}\p{Lo}0-9_.-]{1,80}$`)
)

// Mode reports which way the channel posts: "webhook" when a webhook is set, else "api".
func (c *Config) Mode() string {
	if c.Webhook != "" {
		return ModeWebhook
	}
	return ModeAPI
}

// Validate fills defaults, then checks every field. Errors never contain the token or webhook URL.
func (c *Config) Validate() error {
	c.Channel = strings.TrimSpace(c.Channel)
	c.APIURL = strings.TrimRight(strings.TrimSpace(c.APIURL), "/")
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	var errs []error
	switch {
	case c.Webhook != "" && (c.Token != "" || c.Channel != ""):
		errs = append(errs, channel.FieldErr("webhook", errors.New("slack: webhook: set either webhook, or token and channel, not both")))
	case c.Webhook != "":
		if u, err := url.Parse(c.Webhook); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || len(u.Path) < 2 {
			errs = append(errs, channel.FieldErr("webhook", errors.New("slack: webhook: must be an incoming webhook URL like https://hooks.slack.com/services/T…/B…/…")))
		}
	case c.Token != "":
		if strings.ContainsAny(c.Token, " \t\r\n") {
			errs = append(errs, channel.FieldErr("token", errors.New("slack: token: contains whitespace")))
		}
		if c.Channel == "" {
			errs = append(errs, channel.FieldErr("channel", errors.New("slack: channel: is required with token (a channel id like C0123ABCD or #name)")))
		} else if !channelID.MatchString(c.Channel) && !channelName.MatchString(c.Channel) {
			errs = append(errs, channel.FieldErr("channel", fmt.Errorf("slack: channel: %q is not a channel id or #name", c.Channel)))
		}
	default:
		errs = append(errs, channel.FieldErr("token", errors.New("slack: token: set token and channel (chat.postMessage) or webhook (incoming webhook)")))
	}
	if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, channel.FieldErr("api_url", errors.New("slack: api_url: must be an http(s) URL")))
	}
	if n := len([]rune(c.LinkText)); n > maxButtonText {
		errs = append(errs, channel.FieldErr("link_text", fmt.Errorf("slack: link_text: is %d characters, at most %d", n, maxButtonText)))
	}
	if _, err := loadZone(c.Timezone); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// loadZone resolves the timezone field; nil with no error means "use the default".
func loadZone(name string) (*time.Location, error) {
	if name == "" {
		return nil, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, channel.FieldErr("timezone", fmt.Errorf("slack: timezone: %w", err))
	}
	return loc, nil
}
