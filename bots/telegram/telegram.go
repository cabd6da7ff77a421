// Package telegram posts articles to Telegram chats, channels and forum topics through the Bot API,
// formatted natively (parse_mode HTML, photo captions, link previews), with Bot API errors mapped
// onto channel.Error.
package telegram

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"golang.org/x/time/rate"

	"paperboy/bots/telegram/botapi"
	"paperboy/bots/telegram/tgformat"
	"paperboy/core/channel"
)

// Telegram's limits (Bot API docs and FAQ).
const (
	TextMax    = 4096 // sendMessage text, UTF-16 units after entity parsing
	CaptionMax = 1024 // photo caption, same counting
	// BotRate and BotBurst are the per-token budget shared by all chats of one bot (~30 msg/s).
	// A token bucket admits Burst + Rate·T sends in any window T, so a burst of 30 at 30/s would
	// send 60 in the first second; Telegram counts per second. Burst 1 and 29/s keep every
	// second at or under 30 with room for send-time jitter (bench fanout: 0 429s).
	BotRate  = rate.Limit(29)
	BotBurst = 1
)

// Channel posts to one Telegram chat (or forum topic) with one bot token.
type Channel struct {
	name   string
	cfg    Config
	client *botapi.Client
	fmt    tgformat.Formatter
	chatID any // int64 for numeric ids, string for @username: the JSON type the API expects
	now    func() time.Time
	log    *slog.Logger
}

// New validates cfg and builds the channel. No request is made; call Check to verify the token.
func New(cfg Config, opts channel.Options) (*Channel, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	loc := opts.Location
	if cfg.Timezone != "" {
		l, err := loadLocation(cfg.Timezone)
		if err != nil {
			return nil, fmt.Errorf("telegram: timezone: %w", err)
		}
		loc = l
	}
	f := tgformat.Formatter{Loc: loc}
	if cfg.Template != "" {
		t, err := parseTemplate(cfg.Template)
		if err != nil {
			return nil, err
		}
		f.Tmpl = t
	}
	var chatID any = cfg.Chat
	if id, err := strconv.ParseInt(cfg.Chat, 10, 64); err == nil {
		chatID = id
	}
	name := opts.Name
	if name == "" {
		name = "telegram:" + cfg.Chat
	}
	return &Channel{
		name: name, cfg: cfg, client: botapi.NewClient(cfg.APIURL, cfg.Token, opts.API(cfg.APIURL)), fmt: f, chatID: chatID,
		now: opts.Now, log: opts.Logger.With("channel", name),
	}, nil
}

// Name is the configured channel name.
func (c *Channel) Name() string { return c.name }

// Client is the Bot API client of this channel's token, for the editors' listener to reuse.
func (c *Channel) Client() *botapi.Client { return c.client }

// Limits reports Telegram's limits: 1 message/s in a private chat, 20/min in channels and groups.
func (c *Channel) Limits() channel.Limits {
	l := channel.Limits{TextMax: TextMax, CaptionMax: CaptionMax, Unit: channel.UTF16, Rate: 1, Burst: 1}
	if isGroupChat(c.cfg.Chat) {
		// The per-minute group budget tolerates a short burst; a 429 is still honoured exactly.
		l.Rate, l.Burst = rate.Limit(20.0/60.0), 3
	}
	return l
}

// CredentialKey names the bot-wide budget: a short hash of the token, never the token.
func (c *Channel) CredentialKey() (string, rate.Limit, int) {
	sum := sha256.Sum256([]byte(c.cfg.Token))
	return "telegram:" + hex.EncodeToString(sum[:6]), BotRate, BotBurst
}

// CheckScope implements channel.CheckScoper: getMe checks the token, shared by its chats.
func (c *Channel) CheckScope() string {
	key, _, _ := c.CredentialKey()
	return key
}

// Check verifies the token with getMe.
func (c *Channel) Check(ctx context.Context) error {
	u, err := c.client.GetMe(ctx)
	if err != nil {
		return err
	}
	c.log.Debug("telegram bot ready", "bot", u.Username)
	return nil
}

// call is one planned Bot API request.
type call struct {
	method string
	fields map[string]any
}

// Preview shows the first request Send would make, with the token redacted. A split post's
// second request (the text after the photo) is not shown.
func (c *Channel) Preview(d channel.Delivery) (channel.Request, error) {
	calls, err := c.plan(d)
	if err != nil {
		return channel.Request{}, err
	}
	return channel.Request{Method: calls[0].method, URL: c.client.MethodURL(calls[0].method), Fields: calls[0].fields}, nil
}

// Send posts d.Post once: one request, or two for a split photo post. It never retries.
func (c *Channel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	calls, err := c.plan(d)
	if err != nil {
		return channel.Receipt{}, err
	}
	if len(calls) == 2 {
		return c.sendSplit(ctx, d, calls)
	}
	m, err := c.post(ctx, calls[0])
	if err != nil && calls[0].method == "sendPhoto" && badImage(err) {
		// A lead image Telegram cannot fetch must not lose the article: post it as text instead.
		c.log.Warn("telegram photo refused, sending text", "err", err)
		var fb call
		if fb, err = c.textCall(d, true); err == nil {
			m, err = c.post(ctx, fb)
		}
	}
	if err != nil {
		return channel.Receipt{}, err
	}
	r := c.receipt(m)
	r.Messages = []channel.Message{c.message(m, kindOf(m), d.Post.ImageURL)}
	return r, nil
}

// stepPhoto is the progress a split post records once its photo is out, followed by ":" and
// the photo's message id (the receipt lists it, so a correction can reach it).
const stepPhoto = "photo_sent"

// sendSplit sends the photo (unless an earlier attempt already did, as d.Progress says), then
// the text.
func (c *Channel) sendSplit(ctx context.Context, d channel.Delivery, calls []call) (channel.Receipt, error) {
	photoSent, photoID := false, 0
	if d.Progress != nil {
		step, err := d.Progress.Step(ctx)
		if err != nil {
			// Unknown whether the photo went out: sending it again could show it twice.
			return channel.Receipt{}, channel.Errorf(channel.Transient, "telegram: read split-post progress: %w", err)
		}
		var id string
		photoSent = step == stepPhoto || strings.HasPrefix(step, stepPhoto+":")
		if _, id, _ = strings.Cut(step, ":"); photoSent {
			photoID, _ = strconv.Atoi(id)
		}
	}
	if !photoSent {
		pm, err := c.post(ctx, calls[0])
		if err != nil && !badImage(err) {
			return channel.Receipt{}, err
		}
		if err == nil {
			photoID = pm.MessageID
		}
		if err == nil && d.Progress != nil {
			if err := d.Progress.SetStep(ctx, stepPhoto+":"+strconv.Itoa(pm.MessageID)); err != nil {
				c.log.Warn("telegram photo sent but not recorded: a retry may send it again", "delivery_key", d.Key, "err", err)
			}
		}
	}
	m, err := c.post(ctx, calls[1])
	if err != nil {
		return channel.Receipt{}, err
	}
	if d.Progress != nil {
		if err := d.Progress.SetStep(ctx, ""); err != nil {
			c.log.Debug("telegram split-post progress not cleared (it expires)", "delivery_key", d.Key, "err", err)
		}
	}
	r := c.receipt(m)
	text := c.message(m, channel.KindText, "")
	if photoID <= 0 {
		r.Messages = []channel.Message{text}
		return r, nil
	}
	// The photo is the first message of the post: it is what a reader sees first and what the
	// receipt links to; the text follows it.
	photo := channel.Message{ID: strconv.Itoa(photoID), Chat: text.Chat, Thread: text.Thread, Kind: channel.KindMedia, Ref: d.Post.ImageURL}
	r.RemoteID = text.Chat + ":" + photo.ID
	if r.URL != "" {
		photo.URL = strings.TrimSuffix(r.URL, "/"+text.ID) + "/" + photo.ID
		r.URL = photo.URL
	}
	r.Messages = []channel.Message{photo, text}
	return r, nil
}

// post makes one request that returns a Message.
func (c *Channel) post(ctx context.Context, k call) (sentMessage, error) {
	var m sentMessage
	if err := c.client.Call(ctx, k.method, k.fields, &m); err != nil {
		return m, err
	}
	return m, nil
}

// receipt turns the API's Message into a Receipt with a t.me link where the chat has one.
func (c *Channel) receipt(m sentMessage) channel.Receipt {
	r := channel.Receipt{RemoteID: strconv.FormatInt(m.Chat.ID, 10) + ":" + strconv.Itoa(m.MessageID), SentAt: c.now()}
	if m.Date > 0 {
		r.SentAt = time.Unix(m.Date, 0)
	}
	switch {
	case m.Chat.Username != "":
		r.URL = "https://t.me/" + m.Chat.Username + "/" + strconv.Itoa(m.MessageID)
	case strings.HasPrefix(strconv.FormatInt(m.Chat.ID, 10), "-100"):
		r.URL = "https://t.me/c/" + strings.TrimPrefix(strconv.FormatInt(m.Chat.ID, 10), "-100") + "/" + strconv.Itoa(m.MessageID)
	}
	return r
}

// badImage reports a 400 about the photo itself (unreachable URL, wrong type, bad dimensions),
// as opposed to the chat or the text.
func badImage(err error) bool {
	var ce *channel.Error
	return errors.As(err, &ce) && ce.Reason == channel.Permanent && ce.Code == botapi.CodeBadImage
}

var (
	_ channel.Channel   = (*Channel)(nil)
	_ channel.Checker   = (*Channel)(nil)
	_ channel.Previewer = (*Channel)(nil)
	_ channel.Keyed     = (*Channel)(nil)
)

// sentMessage is the part of a Message result Send needs for the receipt.
type sentMessage struct {
	MessageID int        `json:"message_id"`
	Date      int64      `json:"date"`
	Photo     photoSizes `json:"photo"`
	Chat      struct {
		ID       int64  `json:"id"`
		Username string `json:"username"`
		Type     string `json:"type"`
	} `json:"chat"`
}

// photoSizes decodes a Message's photo array only as "is there a photo".
type photoSizes bool

// UnmarshalJSON implements json.Unmarshaler.
func (p *photoSizes) UnmarshalJSON(b []byte) error {
	*p = len(b) > 2 && string(b) != "null"
	return nil
}
