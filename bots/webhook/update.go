package webhook

import (
	"context"

	"paperboy/core/channel"
)

// Event types of corrections and retractions, next to the configured event_type of new posts.
const (
	EventUpdated   = "article.updated"
	EventRetracted = "article.retracted"
)

// Update sends a signed article.updated event with the new revision. Its webhook-id is u.Key
// (one per article, channel and revision), so receivers de-duplicate a retry the same way as a
// new post; data.original names the article.published event it corrects.
func (c *Channel) Update(ctx context.Context, u channel.Update) (channel.Receipt, error) {
	now := c.now()
	if u.Key == "" {
		return channel.Receipt{}, channel.Errorf(channel.Permanent, "webhook: update has no key")
	}
	extra := Data{Original: u.Receipt.RemoteID, Revision: u.Revision, Previous: u.Receipt.Revision,
		Reason: channel.Truncate(u.Reason, maxSummary, channel.CodePoints)}
	body, err := c.event(EventUpdated, channel.Delivery{Key: u.Key, Post: u.Post}, extra, now)
	if err != nil {
		return channel.Receipt{}, err
	}
	if err := c.post(ctx, u.Key, body, now); err != nil {
		return channel.Receipt{}, err
	}
	out := u.Receipt
	out.Revision = u.Revision
	return out, nil
}

// Retract sends a signed article.retracted event (webhook-id x.Key) naming the original event
// and the reason: the receiver withdraws the article on its side.
func (c *Channel) Retract(ctx context.Context, x channel.Retraction) error {
	now := c.now()
	if x.Key == "" {
		return channel.Errorf(channel.Permanent, "webhook: retraction has no key")
	}
	extra := Data{Original: x.Receipt.RemoteID, Previous: x.Receipt.Revision,
		Reason: channel.Truncate(x.Reason, maxSummary, channel.CodePoints)}
	body, err := c.event(EventRetracted, channel.Delivery{Key: x.Key, Post: x.Post}, extra, now)
	if err != nil {
		return err
	}
	return c.post(ctx, x.Key, body, now)
}

var (
	_ channel.Updater   = (*Channel)(nil)
	_ channel.Retracter = (*Channel)(nil)
)
