package matrix

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"

	"paperboy/core/channel"
)

// relation is m.relates_to of an edit: rel_type m.replace pointing at the original event.
type relation struct {
	RelType string `json:"rel_type"`
	EventID string `json:"event_id"`
}

// edit is the content of a replacement event (spec: "Event replacements"): a fallback body
// marked "* " for clients without edits, the new content, and the relation.
type edit struct {
	content
	NewContent content  `json:"m.new_content"`
	RelatesTo  relation `json:"m.relates_to"`
}

// target is the room and event of a stored message; receipts without a room use the channel's.
func (c *Channel) target(ctx context.Context, m channel.Message) (room, event string, err error) {
	if !strings.HasPrefix(m.ID, "$") {
		return "", "", channel.Errorf(channel.Permanent, "matrix: receipt message %q is not an event id", m.ID)
	}
	if strings.HasPrefix(m.Chat, "!") {
		return m.Chat, m.ID, nil
	}
	room, err = c.resolve(ctx)
	return room, m.ID, err
}

// txn derives a transaction id from the operation key and the event it concerns, so a retry
// of the same edit or redaction is de-duplicated by the homeserver and different events of
// one operation never share one.
func txn(key, event string, i int) string {
	sum := sha256.Sum256([]byte(key + "\x00" + event))
	return "pb" + strconv.Itoa(i) + "-" + hex.EncodeToString(sum[:12])
}

// Update sends an m.replace edit of every event into u.Post, with the transaction id derived
// from u.Key: the homeserver answers a retried edit with the first edit's event.
func (c *Channel) Update(ctx context.Context, u channel.Update) (channel.Receipt, error) {
	d := channel.Delivery{Key: u.Key, Post: u.Post, Attempt: u.Attempt}
	img, err := c.leadImage(ctx, d)
	if err != nil {
		return channel.Receipt{}, err
	}
	msg, err := c.message(d, img)
	if err != nil {
		return channel.Receipt{}, err
	}
	for i, m := range u.Receipt.AllMessages() {
		room, event, err := c.target(ctx, m)
		if err != nil {
			return channel.Receipt{}, err
		}
		fallback := msg
		fallback.Body = "* " + msg.Body
		fallback.FormattedBody = "* " + msg.FormattedBody
		e := edit{content: fallback, NewContent: msg, RelatesTo: relation{RelType: "m.replace", EventID: event}}
		b, err := channel.JSON(e)
		if err != nil {
			return channel.Receipt{}, channel.Errorf(channel.Permanent, "matrix: encode edit: %w", err)
		}
		if len(b) > maxContent {
			return channel.Receipt{}, channel.Errorf(channel.TooLong, "matrix: edit is %d bytes, at most %d", len(b), maxContent)
		}
		if err := c.client.do(ctx, "PUT", sendPath(room, txn(u.Key, event, i)), e, nil); err != nil {
			return channel.Receipt{}, err
		}
	}
	out := u.Receipt
	out.Revision = u.Revision
	return out, nil
}

// redaction is the body of a redaction: the reason shown in place of the event.
type redaction struct {
	Reason string `json:"reason,omitempty"`
}

// Retract redacts every event (PUT /rooms/{room}/redact/{event}/{txnId}) with x.Reason;
// redacting an event twice is accepted by the homeserver, so a retry is harmless.
func (c *Channel) Retract(ctx context.Context, x channel.Retraction) error {
	reason := redaction{Reason: channel.Truncate(oneLine(x.Reason), 512, channel.Bytes)}
	for i, m := range x.Receipt.AllMessages() {
		room, event, err := c.target(ctx, m)
		if err != nil {
			return err
		}
		path := apiPrefix + "/rooms/" + url.PathEscape(room) + "/redact/" + url.PathEscape(event) + "/" + url.PathEscape(txn(x.Key, event, i))
		if err := c.client.do(ctx, "PUT", path, reason, nil); err != nil {
			return err
		}
	}
	return nil
}

var (
	_ channel.Updater   = (*Channel)(nil)
	_ channel.Retracter = (*Channel)(nil)
)
