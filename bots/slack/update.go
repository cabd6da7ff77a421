package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"paperboy/core/channel"
)

// updateRequest is chat.update's body: the message by channel and ts, and its new content.
type updateRequest struct {
	Channel string  `json:"channel"`
	TS      string  `json:"ts"`
	Text    string  `json:"text"`
	Blocks  []Block `json:"blocks"`
}

// deleteRequest is chat.delete's body.
type deleteRequest struct {
	Channel string `json:"channel"`
	TS      string `json:"ts"`
}

// errMessageNotFound is Slack's error code for a message that no longer exists: an update
// cannot apply; for a deletion it is done.
const errMessageNotFound = "message_not_found"

// target is the channel and ts of a stored message: Message.Chat and ID, or RemoteID's
// "channel:ts" for receipts that list no messages.
func (c *Channel) target(m channel.Message) (chID, ts string, err error) {
	if c.cfg.Mode() == ModeWebhook {
		// An incoming webhook answers "ok" and no ts: there is nothing to address.
		return "", "", channel.Errorf(channel.Permanent, "slack: incoming webhooks cannot edit or delete their messages (use a bot token)")
	}
	chID, ts = m.Chat, m.ID
	if chID == "" {
		chID, ts, _ = strings.Cut(m.ID, ":")
	}
	if chID == "" || ts == "" || strings.ContainsAny(ts, ":/ ") {
		return "", "", channel.Errorf(channel.Permanent, "slack: receipt message %q has no channel and ts", m.ID)
	}
	return chID, ts, nil
}

// Update rewrites the message with chat.update into u.Post, the same blocks Send posts.
// Slack accepts an unchanged update.
func (c *Channel) Update(ctx context.Context, u channel.Update) (channel.Receipt, error) {
	m, err := c.render(u.Post)
	if err != nil {
		return channel.Receipt{}, err
	}
	for _, msg := range u.Receipt.AllMessages() {
		chID, ts, err := c.target(msg)
		if err != nil {
			return channel.Receipt{}, err
		}
		if _, err := c.call(ctx, "chat.update", updateRequest{Channel: chID, TS: ts, Text: m.Text, Blocks: m.Blocks}); err != nil {
			return channel.Receipt{}, err
		}
	}
	out := u.Receipt
	out.Revision = u.Revision
	return out, nil
}

// Retract deletes every message with chat.delete; one already gone counts as deleted.
func (c *Channel) Retract(ctx context.Context, x channel.Retraction) error {
	for _, msg := range x.Receipt.AllMessages() {
		chID, ts, err := c.target(msg)
		if err != nil {
			return err
		}
		code, err := c.call(ctx, "chat.delete", deleteRequest{Channel: chID, TS: ts})
		if err != nil && code != errMessageNotFound {
			return err
		}
	}
	return nil
}

// call makes one Web API request with the bot token and returns Slack's error code with the
// classified error when the answer is ok:false.
func (c *Channel) call(ctx context.Context, method string, body any) (string, error) {
	resp, data, err := c.post(ctx, c.cfg.APIURL+"/"+method, "Bearer "+c.cfg.Token, body)
	if err != nil {
		return "", err
	}
	var a apiAnswer
	if err := json.Unmarshal(data, &a); err != nil {
		return "", channel.Errorf(channel.Transient, "slack: %s: decode answer: %w", method, err)
	}
	if !a.OK {
		ce := apiError(a, resp.Header, c.now())
		ce.Err = fmt.Errorf("slack: %s: %w", method, ce.Err)
		return a.Error, ce
	}
	return "", nil
}

var (
	_ channel.Updater   = (*Channel)(nil)
	_ channel.Retracter = (*Channel)(nil)
)
