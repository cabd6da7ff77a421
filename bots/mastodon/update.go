package mastodon

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
)

// Mastodon limits deleting statuses to 30 per 30 minutes per account (API docs, rate limits),
// counted in a fixed window. A token bucket admits burst + rate·T in any window T: 10 at once
// plus one per 90 s keeps every 30 minutes at or under 30.
const (
	deleteRate  = rate.Limit(1.0 / 90)
	deleteBurst = 10
)

// gone reports a 404 "Record not found": the status was deleted (or is not this account's,
// which a receipt of ours never names).
func gone(err error) bool {
	_, status := channel.ErrorCode(err)
	return status == http.StatusNotFound
}

// deleteLimiter is the account's deletion budget from the shared set (one per server and
// token), or a budget of the channel's own when the channel was built alone.
func deleteLimiter(set *channel.Limiters, cfg Config) *rate.Limiter {
	if set == nil {
		set = channel.NewLimiters()
	}
	return set.Get("mastodon-deletes:"+strings.TrimRight(cfg.Server, "/")+":"+tokenHash(cfg.Token), deleteRate, deleteBurst)
}

// editRequest is the body of PUT /api/v1/statuses/:id. Visibility cannot change in an edit;
// media_ids must name the attachments to keep.
type editRequest struct {
	Status      string   `json:"status"`
	Language    string   `json:"language,omitempty"`
	SpoilerText string   `json:"spoiler_text,omitempty"`
	MediaIDs    []string `json:"media_ids,omitempty"`
}

// statusPath is /api/v1/statuses/:id of a stored message.
func statusPath(m channel.Message) (string, error) {
	if m.ID == "" || strings.ContainsAny(m.ID, "/?#%") {
		return "", channel.Errorf(channel.Permanent, "mastodon: receipt status id %q is not a status id", m.ID)
	}
	return "/api/v1/statuses/" + url.PathEscape(m.ID), nil
}

// Update edits the status into u.Post (PUT /api/v1/statuses/:id), keeping its attachment.
// The Idempotency-Key is the update's key; an edit that changes nothing is accepted.
func (c *Channel) Update(ctx context.Context, u channel.Update) (channel.Receipt, error) {
	lim := c.loadLimits(ctx)
	req, err := c.render(u.Post, lim.chars)
	if err != nil {
		return channel.Receipt{}, err
	}
	for _, m := range u.Receipt.AllMessages() {
		path, err := statusPath(m)
		if err != nil {
			return channel.Receipt{}, err
		}
		e := editRequest{Status: req.Status, Language: req.Language, SpoilerText: req.SpoilerText}
		if m.Ref != "" {
			e.MediaIDs = []string{m.Ref}
		}
		b, err := channel.JSON(e)
		if err != nil {
			return channel.Receipt{}, channel.Errorf(channel.Permanent, "mastodon: encode edit: %w", err)
		}
		h := http.Header{"Idempotency-Key": {idempotencyKey(u.Key)}}
		if err := c.do(ctx, http.MethodPut, path, "application/json", bytes.NewReader(b), h, nil); err != nil {
			return channel.Receipt{}, err
		}
	}
	out := u.Receipt
	out.Revision = u.Revision
	return out, nil
}

// Retract deletes the status (DELETE /api/v1/statuses/:id), paced by the account's deletion
// budget: with none left it answers RateLimited with the wait, before any request. A status
// already gone counts as deleted.
func (c *Channel) Retract(ctx context.Context, x channel.Retraction) error {
	now := x.Now
	if now.IsZero() {
		now = c.now()
	}
	for _, m := range x.Receipt.AllMessages() {
		path, err := statusPath(m)
		if err != nil {
			return err
		}
		if wait := channel.Admit(c.deletes, now); wait > 0 {
			return &channel.Error{Reason: channel.RateLimited, RetryAfter: wait,
				Err: errors.New("mastodon: the account's deletion budget (30 per 30 minutes) is spent")}
		}
		if err := c.do(ctx, http.MethodDelete, path, "", nil, nil, nil); err != nil && !gone(err) {
			return err
		}
	}
	return nil
}

var (
	_ channel.Updater   = (*Channel)(nil)
	_ channel.Retracter = (*Channel)(nil)
)

// tokenHash names an account's token without revealing it.
func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:6])
}
