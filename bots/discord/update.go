package discord

import (
	"context"
	"errors"
	"net/url"
	"strconv"

	"paperboy/core/channel"
)

// Discord's JSON error codes about one message (API reference, "JSON Error Codes").
const (
	codeUnknownMessage = 10008 // the message does not exist (deleted, or not in this channel/thread)
	codeNotAuthor      = 50005 // "Cannot edit a message authored by another user"
)

// messageCall makes one request about one message. A missing message or one written by
// someone else is that message's problem (Permanent), never the credential's: the shared
// client calls a 404 or 403 Unauthorized, which would pause the channel.
func (c *Channel) messageCall(ctx context.Context, method, path string, q url.Values, in any) error {
	err := c.client.Do(ctx, method, path, q, in, nil)
	var ce *channel.Error
	if errors.As(err, &ce) && (ce.Code == strconv.Itoa(codeUnknownMessage) || ce.Code == strconv.Itoa(codeNotAuthor)) {
		ce.Reason = channel.Permanent
	}
	return err
}

// unknownMessage reports a 404 Unknown Message: an update cannot apply, a retraction is done.
func unknownMessage(err error) bool {
	code, _ := channel.ErrorCode(err)
	return code == strconv.Itoa(codeUnknownMessage)
}

// messagePath is the route of one sent message, and the thread_id query a webhook needs to
// find a message in a thread: PATCH/DELETE /webhooks/{id}/{token}/messages/{message_id} or
// /channels/{channel_id}/messages/{message_id}.
func (c *Channel) messagePath(m channel.Message) (string, url.Values, error) {
	// Anything but a snowflake in a receipt is refused before it reaches a path.
	if !snowflake.MatchString(m.ID) {
		return "", nil, channel.Errorf(channel.Permanent, "discord: receipt message id %q is not a snowflake", m.ID)
	}
	if c.cfg.Mode == ModeWebhook {
		var q url.Values
		thread := m.Thread
		if thread == "" {
			thread = c.cfg.ThreadID
		}
		if thread != "" {
			q = url.Values{"thread_id": {thread}}
		}
		return c.path + "/messages/" + m.ID, q, nil
	}
	ch := c.cfg.ChannelID
	if m.Chat != "" && snowflake.MatchString(m.Chat) {
		ch = m.Chat
	}
	return "/channels/" + ch + "/messages/" + m.ID, nil, nil
}

// Update edits the message into u.Post: the same embed and content Send would post, without
// the fields an edit does not take (webhook username and avatar, nonce).
func (c *Channel) Update(ctx context.Context, u channel.Update) (channel.Receipt, error) {
	m, err := c.render(channel.Delivery{Key: u.Key, Post: u.Post, Attempt: u.Attempt})
	if err != nil {
		return channel.Receipt{}, err
	}
	if err := check(m); err != nil {
		return channel.Receipt{}, channel.Errorf(channel.TooLong, "discord: render: %w", err)
	}
	m.Username, m.AvatarURL, m.Nonce, m.EnforceNonce = "", "", "", false
	for _, msg := range u.Receipt.AllMessages() {
		path, q, err := c.messagePath(msg)
		if err != nil {
			return channel.Receipt{}, err
		}
		if err := c.messageCall(ctx, "PATCH", path, q, m); err != nil {
			return channel.Receipt{}, err
		}
	}
	out := u.Receipt
	out.Revision = u.Revision
	return out, nil
}

// Retract deletes every message of the post; one Discord no longer knows counts as deleted.
func (c *Channel) Retract(ctx context.Context, x channel.Retraction) error {
	for _, msg := range x.Receipt.AllMessages() {
		path, q, err := c.messagePath(msg)
		if err != nil {
			return err
		}
		if err := c.messageCall(ctx, "DELETE", path, q, nil); err != nil && !unknownMessage(err) {
			return err
		}
	}
	return nil
}

var (
	_ channel.Updater   = (*Channel)(nil)
	_ channel.Retracter = (*Channel)(nil)
)
