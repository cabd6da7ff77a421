// Package discord posts articles to Discord as one rich embed, through an incoming webhook
// or a bot token, and maps Discord's answers onto channel.Error.
package discord

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"text/template"
	"time"

	"golang.org/x/time/rate"

	"paperboy/bots/discord/rest"
	"paperboy/core/channel"
)

// Rates from Discord's documentation and observed bucket headers: message creation is about
// 5 per 2 s per channel or webhook (a fixed window), and a bot token has 50 requests/s across all
// routes. A token bucket never exceeds burst + rate·T in a window T, so 2.4/s with a burst of 1
// keeps any 2 s window at 5 and any 1 s window at 50 — where a burst of 5 (or 50) would let
// twice the window's allowance through at its edges and earn 429s.
const (
	destinationRate  = rate.Limit(2.4)
	destinationBurst = 1
	globalRate       = rate.Limit(49)
	globalBurst      = 1
	// A reader's DM or a community's server channel, posted to by the editor bot: Discord
	// allows about one message a second into a DM, and five per five seconds in a server
	// channel; nothing in the chat id says which it is, so both get the stricter pace.
	chatRate  = rate.Limit(1)
	chatBurst = 1
)

// Channel is one Discord destination: a webhook (optionally a thread of it) or a bot's channel.
type Channel struct {
	name    string
	cfg     Config
	client  *rest.Client
	path    string     // request path below the client's base: /webhooks/ID/TOKEN or /channels/ID/messages
	query   url.Values // wait=true and thread_id for webhooks
	color   int        // -1: per source
	content *template.Template
	loc     *time.Location
	log     *slog.Logger
	now     func() time.Time
	credKey string
	rate    rate.Limit // per-destination pace; 0 = destinationRate
}

// New validates cfg (filling its defaults) and builds the channel.
func New(cfg Config, opts channel.Options) (*Channel, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	c := &Channel{name: opts.Name, cfg: cfg, log: opts.Logger, now: opts.Now, loc: opts.Location}
	c.color, _ = parseColor(cfg.Color)
	c.content, _ = parseContent(cfg.Content)
	if loc, _ := loadZone(cfg.Timezone); loc != nil {
		c.loc = loc
	}
	switch cfg.Mode {
	case ModeWebhook:
		base, id, token, _ := splitWebhook(cfg.Webhook)
		switch {
		case cfg.APIURL != "":
			base = cfg.APIURL
		case strings.HasSuffix(base, "/api"):
			// Webhook URLs copied from Discord are unversioned, which selects a deprecated
			// API version; pin the one this package is written against.
			base += "/" + apiVersion
		}
		c.client = rest.NewClient(opts.API(base), base, "", token, cfg.Webhook)
		c.path = "/webhooks/" + id + "/" + token
		c.query = url.Values{"wait": {"true"}}
		if cfg.ThreadID != "" {
			c.query.Set("thread_id", cfg.ThreadID)
		}
		c.credKey = "discord:webhooks"
	case ModeBot:
		c.client = rest.NewClient(opts.API(cfg.APIURL), cfg.APIURL, cfg.Token)
		c.path = "/channels/" + cfg.ChannelID + "/messages"
		c.credKey = "discord:bot:" + shortHash(cfg.Token)
	}
	return c, nil
}

// NewChat builds the bot-mode channel that posts to one reader's DM or one community's server
// channel (channelID) with the editor bot's token: the same credential key as any configured
// channel of that token, so they share its 50 requests/s and its global 429s, at a chat's pace.
func NewChat(token, apiURL, channelID string, opts channel.Options) (*Channel, error) {
	c, err := New(Config{Mode: ModeBot, Token: token, ChannelID: channelID, APIURL: apiURL}, opts)
	if err != nil {
		return nil, err
	}
	c.rate = chatRate
	return c, nil
}

// Name is the configured channel name.
func (c *Channel) Name() string { return c.name }

// Limits reports Discord's content limit and the per-channel/webhook message bucket. Only bot
// mode is idempotent: webhooks have no nonce, so an in-doubt webhook resend can duplicate.
func (c *Channel) Limits() channel.Limits {
	r, burst := destinationRate, destinationBurst
	if c.rate > 0 {
		r, burst = c.rate, chatBurst
	}
	return channel.Limits{
		TextMax:    maxContent,
		Unit:       channel.CodePoints,
		Rate:       r,
		Burst:      burst,
		Idempotent: c.cfg.Mode == ModeBot,
	}
}

// CredentialKey names the budget shared with other channels: in bot mode every channel of the
// same token (50 requests/s, and a global 429 stops them all); in webhook mode every webhook of
// this process, since Discord counts unauthenticated webhook calls against one global budget
// per IP — fifty webhooks at their own 2.4/s each would otherwise send 120/s and draw global
// 429s. (Two threads of one webhook each keep their own destination pace and may meet the
// webhook's bucket; the retry_after they get is obeyed.)
func (c *Channel) CredentialKey() (string, rate.Limit, int) {
	return c.credKey, globalRate, globalBurst
}

// sentMessage is the part of Discord's message object a receipt needs.
type sentMessage struct {
	ID        string `json:"id"`
	ChannelID string `json:"channel_id"`
	GuildID   string `json:"guild_id"`
}

// Send renders d and makes exactly one POST. Webhooks use ?wait=true so the answer carries
// the message id; bot messages carry a nonce from d.Key with enforce_nonce.
func (c *Channel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	m, err := c.render(d)
	if err != nil {
		return channel.Receipt{}, err
	}
	if err := check(m); err != nil {
		return channel.Receipt{}, channel.Errorf(channel.TooLong, "discord: render: %w", err)
	}
	var sent sentMessage
	if err := c.client.Do(ctx, "POST", c.path, c.query, m, &sent); err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "discord send failed", slog.String("channel", c.name),
			slog.String("delivery_key", d.Key), slog.String("error", err.Error()))
		return channel.Receipt{}, err
	}
	if sent.ID == "" {
		return channel.Receipt{}, channel.Errorf(channel.Transient, "discord: post message: answer has no message id")
	}
	rc := channel.Receipt{RemoteID: sent.ID, SentAt: c.now()}
	if sent.GuildID != "" && sent.ChannelID != "" {
		rc.URL = "https://discord.com/channels/" + sent.GuildID + "/" + sent.ChannelID + "/" + sent.ID
	}
	// The thread a webhook posted into must be named again to edit or delete the message.
	rc.Messages = []channel.Message{{ID: sent.ID, Chat: sent.ChannelID, Thread: c.cfg.ThreadID, Kind: channel.KindText, URL: rc.URL}}
	return rc, nil
}

// CheckScope implements channel.CheckScoper: in bot mode Check asks who the token is, once
// for all its channels; a webhook is checked on its own (a deleted one fails alone).
func (c *Channel) CheckScope() string {
	if c.cfg.Mode == ModeBot {
		return c.credKey
	}
	return ""
}

// Check verifies the credentials once at start: GET /users/@me for a bot, GET the webhook
// for a webhook. A bad token comes back as Unauthorized.
func (c *Channel) Check(ctx context.Context) error {
	path := "/users/@me"
	if c.cfg.Mode == ModeWebhook {
		path = c.path
	}
	var who struct {
		ID string `json:"id"`
	}
	if err := c.client.Do(ctx, "GET", path, nil, nil, &who); err != nil {
		return err
	}
	if who.ID == "" {
		return channel.Errorf(channel.Transient, "discord: check: answer has no id")
	}
	return nil
}

// Preview returns the exact request Send would make for d, with the webhook token redacted
// from the URL (the body holds no secret: the bot token travels in a header).
func (c *Channel) Preview(d channel.Delivery) (channel.Request, error) {
	m, err := c.render(d)
	if err != nil {
		return channel.Request{}, err
	}
	if err := check(m); err != nil {
		return channel.Request{}, channel.Errorf(channel.TooLong, "discord: render: %w", err)
	}
	fields, err := channel.Fields(m)
	if err != nil {
		return channel.Request{}, fmt.Errorf("discord: preview: %w", err)
	}
	u := channel.RedactURL(c.client.Base() + c.path)
	if c.cfg.Mode == ModeWebhook {
		u += "?" + c.query.Encode()
	}
	return channel.Request{Method: "POST", URL: u, Fields: fields}, nil
}

// shortHash names a credential without revealing it.
func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:6])
}

var (
	_ channel.Channel   = (*Channel)(nil)
	_ channel.Checker   = (*Channel)(nil)
	_ channel.Previewer = (*Channel)(nil)
	_ channel.Keyed     = (*Channel)(nil)
)
