package console

import (
	"context"
	"io"
	"strings"

	"paperboy/core/channel"
)

// Update prints the corrected post under a line naming the message it corrects.
func (c *Channel) Update(ctx context.Context, u channel.Update) (channel.Receipt, error) {
	// A write to a terminal cannot be cancelled halfway, so a cancelled context is honoured
	// before anything is printed, as a platform call would be.
	if err := ctx.Err(); err != nil {
		return channel.Receipt{}, err
	}
	head := "✎ correction of " + u.Receipt.RemoteID + " (revision " + u.Revision + ")"
	if r := strings.TrimSpace(u.Reason); r != "" {
		head += ": " + r
	}
	if err := c.write(head + "\n" + Render(channel.Delivery{Key: u.Key, Post: u.Post}, c.cfg.Width, c.loc)); err != nil {
		return channel.Receipt{}, err
	}
	// The console prints a new block rather than editing the old one: the receipt keeps the
	// original's id, so a later correction still names the message readers first saw.
	out := u.Receipt
	out.Revision = u.Revision
	return out, nil
}

// Retract prints the withdrawal of a post.
func (c *Channel) Retract(ctx context.Context, x channel.Retraction) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	line := "✗ withdrawn " + x.Receipt.RemoteID + ": " + x.Post.Title
	if r := strings.TrimSpace(x.Reason); r != "" {
		line += " (" + r + ")"
	}
	return c.write(line + "\n")
}

// write prints text whole, under the channel's lock: each post is one write, so concurrent
// calls on this channel never interleave their lines.
func (c *Channel) write(text string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := io.WriteString(c.w, text); err != nil {
		// Transient: a closed pipe or full disk may recover, and the delivery is retried like
		// any platform's.
		return channel.Errorf(channel.Transient, "console: write: %v", err)
	}
	return nil
}

var (
	_ channel.Updater   = (*Channel)(nil)
	_ channel.Retracter = (*Channel)(nil)
)
