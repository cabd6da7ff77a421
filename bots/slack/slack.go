// Package slack posts articles to Slack as Block Kit messages, through a bot token
// (chat.postMessage) or an incoming webhook, and maps Slack's answers onto channel.Error.
package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
)

// Slack allows about one message per second per channel, with short bursts.
const (
	sendRate  = rate.Limit(1)
	sendBurst = 3
)

// Channel is one Slack destination: a channel a bot posts to, or an incoming webhook.
type Channel struct {
	name string
	cfg  Config
	api  *channel.API
	log  *slog.Logger
	now  func() time.Time
	loc  *time.Location
}

// New validates cfg (filling its defaults) and builds the channel.
func New(cfg Config, opts channel.Options) (*Channel, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	c := &Channel{name: opts.Name, cfg: cfg, log: opts.Logger, now: opts.Now, loc: opts.Location, api: &channel.API{
		Platform: "slack", Client: opts.API(cfg.APIURL, cfg.Webhook), Secrets: secrets(cfg), Check: classify,
	}}
	if loc, _ := loadZone(cfg.Timezone); loc != nil {
		c.loc = loc
	}
	return c, nil
}

// Name is the configured channel name.
func (c *Channel) Name() string { return c.name }

// Limits: the summary lives in a section block (3000 characters); Slack has no idempotency
// key, so an in-doubt resend may duplicate.
func (c *Channel) Limits() channel.Limits {
	return channel.Limits{TextMax: maxSection, Unit: channel.CodePoints, Rate: sendRate, Burst: sendBurst, Idempotent: false}
}

// endpoint is where Send posts, and the Authorization header it needs.
func (c *Channel) endpoint() (u, auth string) {
	if c.cfg.Mode() == ModeWebhook {
		return c.cfg.Webhook, ""
	}
	return c.cfg.APIURL + "/chat.postMessage", "Bearer " + c.cfg.Token
}

// Send renders d and makes exactly one POST.
func (c *Channel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	m, err := c.render(d.Post)
	if err != nil {
		return channel.Receipt{}, err
	}
	u, auth := c.endpoint()
	resp, data, err := c.post(ctx, u, auth, m)
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "slack send failed", slog.String("channel", c.name),
			slog.String("delivery_key", d.Key), slog.String("error", err.Error()))
		return channel.Receipt{}, err
	}
	now := c.now()
	if c.cfg.Mode() == ModeWebhook {
		// An incoming webhook answers 200 "ok" and no message id: the delivery key names it.
		// Any 2xx counts (a proxy may rewrite the body); calling it a failure would resend.
		return channel.Receipt{RemoteID: "webhook:" + d.Key, SentAt: now}, nil
	}
	var a apiAnswer
	if err := json.Unmarshal(data, &a); err != nil {
		return channel.Receipt{}, channel.Errorf(channel.Transient, "slack: chat.postMessage: decode answer: %w", err)
	}
	if !a.OK {
		ce := apiError(a, resp.Header, now)
		ce.Err = fmt.Errorf("slack: chat.postMessage: %w", ce.Err)
		return channel.Receipt{}, ce
	}
	if a.TS == "" {
		return channel.Receipt{}, channel.Errorf(channel.Transient, "slack: chat.postMessage: answer has no ts")
	}
	return channel.Receipt{RemoteID: a.Channel + ":" + a.TS, SentAt: now,
		Messages: []channel.Message{{ID: a.TS, Chat: a.Channel, Kind: channel.KindText}}}, nil
}

// Check verifies the bot token once at start with auth.test; a bad token is Unauthorized.
// Incoming webhooks have no read endpoint, so they are verified by their first post.
func (c *Channel) Check(ctx context.Context) error {
	if c.cfg.Mode() == ModeWebhook {
		return nil
	}
	resp, data, err := c.post(ctx, c.cfg.APIURL+"/auth.test", "Bearer "+c.cfg.Token, struct{}{})
	if err != nil {
		return err
	}
	var a apiAnswer
	if err := json.Unmarshal(data, &a); err != nil {
		return channel.Errorf(channel.Transient, "slack: auth.test: decode answer: %w", err)
	}
	if !a.OK {
		ce := apiError(a, resp.Header, c.now())
		ce.Err = fmt.Errorf("slack: auth.test: %w", ce.Err)
		return ce
	}
	return nil
}

// Preview returns the exact request Send would make for d; the webhook URL is redacted and
// the token, which travels in a header, is not shown.
func (c *Channel) Preview(d channel.Delivery) (channel.Request, error) {
	m, err := c.render(d.Post)
	if err != nil {
		return channel.Request{}, err
	}
	fields, err := channel.Fields(m)
	if err != nil {
		return channel.Request{}, fmt.Errorf("slack: preview: %w", err)
	}
	u, _ := c.endpoint()
	return channel.Request{Method: http.MethodPost, URL: c.redactedURL(u), Fields: fields}, nil
}

var (
	_ channel.Channel   = (*Channel)(nil)
	_ channel.Checker   = (*Channel)(nil)
	_ channel.Previewer = (*Channel)(nil)
)

// View is the message's top-level text Send would post for d.
func (c *Channel) View(d channel.Delivery) (channel.View, error) {
	m, err := c.render(d.Post)
	if err != nil {
		return channel.View{}, err
	}
	return channel.TextView(m.Text, c.Limits()), nil
}
