// Package matrix posts articles to a Matrix room as one m.room.message with a plain body and
// an HTML formatted_body, using the delivery key as the transaction id so a retried send is
// de-duplicated by the homeserver.
package matrix

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
)

// Synapse's default rc_message limits for ordinary users: 0.2 messages/s with a burst of 10.
const (
	roomRate  = rate.Limit(0.2)
	roomBurst = 10
)

// apiPrefix is the client-server API version this package speaks.
const apiPrefix = "/_matrix/client/v3"

// Channel is one Matrix room posted to by one user's access token.
type Channel struct {
	name   string
	cfg    Config
	client *client
	media  channel.MediaFetcher // lead images: URLs from content, through the fetch guard
	log    *slog.Logger
	now    func() time.Time
	loc    *time.Location

	mu     sync.Mutex
	roomID string                        // resolved once from an alias, or the configured id
	images channel.Uploads[*inlineImage] // delivery key → its upload (nil: shown without), reused by retries
}

// New validates cfg (filling its defaults) and builds the channel. An alias is resolved on
// the first Send, not here, so a homeserver that is down at start does not stop the process.
func New(cfg Config, opts channel.Options) (*Channel, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	c := &Channel{
		name:   opts.Name,
		cfg:    cfg,
		client: newClient(opts.API(cfg.Homeserver), cfg.Homeserver, cfg.AccessToken),
		media:  opts.Media,
		log:    opts.Logger,
		now:    opts.Now,
		loc:    opts.Location,
	}
	if strings.HasPrefix(cfg.Room, "!") {
		c.roomID = cfg.Room
	}
	return c, nil
}

// Name is the configured channel name.
func (c *Channel) Name() string { return c.name }

// Limits reports the text budget in UTF-8 bytes (a whole event must fit in 65,536 bytes and
// carries the text twice) and Synapse's default message rate. Sends are idempotent: the
// homeserver de-duplicates by transaction id.
func (c *Channel) Limits() channel.Limits {
	return channel.Limits{TextMax: maxText, Unit: channel.Bytes, Rate: roomRate, Burst: roomBurst, Idempotent: true}
}

// Send resolves the room alias (once per channel), uploads the lead image (once per
// delivery), then makes one PUT with txnId = d.Key: a retry of the same delivery returns the
// original event id and posts nothing new.
func (c *Channel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	if d.Key == "" {
		return channel.Receipt{}, channel.Errorf(channel.Permanent, "matrix: delivery has no key")
	}
	roomID, err := c.resolve(ctx)
	if err != nil {
		return channel.Receipt{}, err
	}
	img, err := c.leadImage(ctx, d)
	if err != nil {
		return channel.Receipt{}, err
	}
	msg, err := c.message(d, img)
	if err != nil {
		return channel.Receipt{}, err
	}
	var out struct {
		EventID string `json:"event_id"`
	}
	if err := c.client.do(ctx, "PUT", sendPath(roomID, d.Key), msg, &out); err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "matrix send failed", slog.String("channel", c.name),
			slog.String("delivery_key", d.Key), slog.String("error", err.Error()))
		return channel.Receipt{}, err
	}
	if out.EventID == "" {
		return channel.Receipt{}, channel.Errorf(channel.Transient, "matrix: send: answer has no event_id")
	}
	link := "https://matrix.to/#/" + url.PathEscape(roomID) + "/" + url.PathEscape(out.EventID)
	return channel.Receipt{
		RemoteID: out.EventID,
		URL:      link,
		SentAt:   c.now(),
		Messages: []channel.Message{{ID: out.EventID, Chat: roomID, Kind: channel.KindText, URL: link}},
	}, nil
}

// message renders d (with its uploaded image, if any) and checks the size limit.
func (c *Channel) message(d channel.Delivery, img *inlineImage) (content, error) {
	msg := render(d.Post, c.cfg.MsgType, c.loc, img)
	b, err := channel.JSON(msg)
	if err != nil {
		return content{}, channel.Errorf(channel.Permanent, "matrix: encode: %w", err)
	}
	if len(b) > maxContent {
		return content{}, channel.Errorf(channel.TooLong, "matrix: content is %d bytes, at most %d", len(b), maxContent)
	}
	return msg, nil
}

// resolve returns the room id, looking an alias up in the room directory the first time.
func (c *Channel) resolve(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.roomID != "" {
		return c.roomID, nil
	}
	var out struct {
		RoomID string `json:"room_id"`
	}
	if err := c.client.do(ctx, "GET", apiPrefix+"/directory/room/"+url.PathEscape(c.cfg.Room), nil, &out); err != nil {
		return "", err
	}
	if !strings.HasPrefix(out.RoomID, "!") {
		return "", channel.Errorf(channel.Transient, "matrix: alias %s resolved to %q, not a room id", c.cfg.Room, out.RoomID)
	}
	c.roomID = out.RoomID
	return c.roomID, nil
}

func sendPath(roomID, txnID string) string {
	return apiPrefix + "/rooms/" + url.PathEscape(roomID) + "/send/m.room.message/" + url.PathEscape(txnID)
}

// Check verifies the access token at start (GET /account/whoami) and resolves the room.
func (c *Channel) Check(ctx context.Context) error {
	var who struct {
		UserID string `json:"user_id"`
	}
	if err := c.client.do(ctx, "GET", apiPrefix+"/account/whoami", nil, &who); err != nil {
		return err
	}
	if who.UserID == "" {
		return channel.Errorf(channel.Transient, "matrix: whoami: answer has no user_id")
	}
	_, err := c.resolve(ctx)
	return err
}

// Preview returns the request Send would make for d. An alias is shown unresolved, since a
// preview makes no network call; the access token travels in a header and is not shown.
func (c *Channel) Preview(d channel.Delivery) (channel.Request, error) {
	msg, err := c.message(d, nil)
	if err != nil {
		return channel.Request{}, err
	}
	c.mu.Lock()
	room := c.roomID
	c.mu.Unlock()
	if room == "" {
		room = c.cfg.Room
	}
	preview := map[string]any{"msgtype": msg.MsgType, "body": msg.Body, "format": msg.Format, "formatted_body": msg.FormattedBody}
	if c.cfg.media() && d.Post.ImageURL != "" {
		preview["image"] = "uploaded to " + mediaPrefix + "/upload and shown inline: " + d.Post.ImageURL
	}
	return channel.Request{
		Method: "PUT",
		URL:    c.cfg.Homeserver + sendPath(room, d.Key),
		Fields: preview,
	}, nil
}

// String names the channel for logs without its token.
func (c *Channel) String() string {
	return fmt.Sprintf("matrix(%s, room %s)", c.name, c.cfg.Room)
}

var (
	_ channel.Channel   = (*Channel)(nil)
	_ channel.Checker   = (*Channel)(nil)
	_ channel.Previewer = (*Channel)(nil)
)

// View is the message body Send would post for d.
func (c *Channel) View(d channel.Delivery) (channel.View, error) {
	msg, err := c.message(d, nil)
	if err != nil {
		return channel.View{}, err
	}
	return channel.TextView(msg.Body, c.Limits()), nil
}
