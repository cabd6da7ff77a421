// Package mastodon posts articles to a Mastodon account as statuses (title, summary, link,
// hashtags, optional image with alt text), idempotently through the Idempotency-Key header,
// and maps Mastodon's answers onto channel.Error.
package mastodon

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"text/template"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
)

// Mastodon's defaults and documented rate limits: 300 statuses per 3 hours per account.
const (
	defaultLimit     = 500
	minLimit         = 100
	defaultImageSize = 10 << 20
	defaultAltText   = 1500
	statusRate       = rate.Limit(300.0 / (3 * 3600))
	statusBurst      = 30
)

// Channel is one Mastodon account posting statuses.
type Channel struct {
	name    string
	cfg     Config
	api     *channel.API         // the instance's API only
	fetcher channel.MediaFetcher // lead images: URLs from content, through the fetch guard
	log     *slog.Logger
	now     func() time.Time
	spoiler *template.Template

	mu     sync.Mutex
	limits *limits                 // the instance's limits, read once
	media  channel.Uploads[string] // delivery key → uploaded attachment id ("" = skipped), reused by retries

	deletes *rate.Limiter // the account's deletion budget, shared by every channel of the account
}

// New validates cfg (filling its defaults) and builds the channel.
func New(cfg Config, opts channel.Options) (*Channel, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	c := &Channel{name: opts.Name, cfg: cfg, fetcher: opts.Media, log: opts.Logger, now: opts.Now}
	c.api = &channel.API{Platform: "mastodon", Base: cfg.Server, Client: opts.API(cfg.Server), Secrets: []string{cfg.Token},
		Header: http.Header{"Authorization": {"Bearer " + cfg.Token}, "Accept": {"application/json"}},
		Check:  func(r *channel.Response) *channel.Error { return classify(r.Status, r.Header, r.Body, c.now()) }}
	c.deletes = deleteLimiter(opts.Limiters, cfg)
	c.spoiler, _ = parseSpoiler(cfg.Spoiler)
	return c, nil
}

// Name is the configured channel name.
func (c *Channel) Name() string { return c.name }

// Limits reports the instance's character limit (once read; until then the configured or
// default 500), counted the Mastodon way: graphemes, every URL as 23. Statuses carry an
// Idempotency-Key, so an in-doubt resend is safe.
func (c *Channel) Limits() channel.Limits {
	c.mu.Lock()
	n := defaultLimit
	if c.cfg.MaxCharacters > 0 {
		n = c.cfg.MaxCharacters
	}
	if c.limits != nil {
		n = c.limits.chars
	}
	c.mu.Unlock()
	return channel.Limits{TextMax: n, Unit: channel.Weighted, Rate: statusRate, Burst: statusBurst, Idempotent: true}
}

// statusRequest is the body of POST /api/v1/statuses.
type statusRequest struct {
	Status      string   `json:"status"`
	Visibility  string   `json:"visibility"`
	Language    string   `json:"language,omitempty"`
	SpoilerText string   `json:"spoiler_text,omitempty"`
	MediaIDs    []string `json:"media_ids,omitempty"`
}

// status is the part of Mastodon's Status entity a receipt needs.
type status struct {
	ID  string `json:"id"`
	URL string `json:"url"`
	URI string `json:"uri"`
}

// Send renders d and posts it as one status with Idempotency-Key: d.Key, so a retried
// delivery returns the status the first attempt created. With media on, the lead image is
// uploaded first; an image that cannot be fetched or is refused is left out, not fatal.
func (c *Channel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	lim := c.loadLimits(ctx)
	req, err := c.render(d.Post, lim.chars)
	if err != nil {
		return channel.Receipt{}, err
	}
	if c.cfg.Media && d.Post.ImageURL != "" {
		// A retry reuses the attachment the first attempt uploaded: re-uploading would leave
		// orphans and, while the instance still processes it, never become attachable.
		id, ok := c.media.Get(d.Key)
		if !ok {
			if id, err = c.uploadImage(ctx, d.Post, lim); err != nil {
				return channel.Receipt{}, err
			}
			c.media.Put(d.Key, id)
		}
		if id != "" {
			req.MediaIDs = []string{id}
		}
	}
	b, err := channel.JSON(req)
	if err != nil {
		return channel.Receipt{}, channel.Errorf(channel.Permanent, "mastodon: encode status: %w", err)
	}
	body := bytes.NewReader(b)
	var st status
	h := http.Header{"Idempotency-Key": {idempotencyKey(d.Key)}}
	if err := c.do(ctx, http.MethodPost, "/api/v1/statuses", "application/json", body, h, &st); err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "mastodon send failed", slog.String("channel", c.name),
			slog.String("delivery_key", d.Key), slog.String("error", err.Error()))
		return channel.Receipt{}, err
	}
	if st.ID == "" {
		return channel.Receipt{}, channel.Errorf(channel.Transient, "mastodon: post status: answer has no id")
	}
	u := st.URL
	if u == "" {
		u = st.URI
	}
	m := channel.Message{ID: st.ID, Kind: channel.KindText, URL: u}
	if len(req.MediaIDs) > 0 {
		// An edit that names no media removes it: the attachment id goes with the receipt.
		m.Kind, m.Ref = channel.KindCaption, req.MediaIDs[0]
	}
	return channel.Receipt{RemoteID: st.ID, URL: u, SentAt: c.now(), Messages: []channel.Message{m}}, nil
}

// idempotencyKey is d.Key when it is a valid header value, else a hash of it, so an odd key
// still reaches Mastodon, the same on every attempt.
func idempotencyKey(key string) string {
	for i := 0; i < len(key); i++ {
		if key[i] < 0x21 || key[i] > 0x7e {
			sum := sha256.Sum256([]byte(key))
			return "sha256-" + hex.EncodeToString(sum[:])
		}
	}
	return key
}

// Check verifies the token once at start (GET /api/v1/accounts/verify_credentials) and reads
// the instance's limits. A bad token is Unauthorized.
func (c *Channel) Check(ctx context.Context) error {
	var acct struct {
		ID string `json:"id"`
	}
	if err := c.do(ctx, http.MethodGet, "/api/v1/accounts/verify_credentials", "", nil, nil, &acct); err != nil {
		return err
	}
	if acct.ID == "" {
		return channel.Errorf(channel.Transient, "mastodon: verify credentials: answer has no id")
	}
	c.loadLimits(ctx)
	return nil
}

// Preview returns the status Send would post for d (with the limit known so far, without
// network access); an image to upload is shown as media_url.
func (c *Channel) Preview(d channel.Delivery) (channel.Request, error) {
	req, err := c.render(d.Post, c.Limits().TextMax)
	if err != nil {
		return channel.Request{}, err
	}
	fields, err := channel.Fields(req)
	if err != nil {
		return channel.Request{}, fmt.Errorf("mastodon: preview: %w", err)
	}
	fields["_idempotency_key"] = idempotencyKey(d.Key)
	if c.cfg.Media && d.Post.ImageURL != "" {
		fields["_media_url"] = d.Post.ImageURL
	}
	return channel.Request{Method: http.MethodPost, URL: channel.RedactURL(c.cfg.Server + "/api/v1/statuses"), Fields: fields}, nil
}

var (
	_ channel.Channel   = (*Channel)(nil)
	_ channel.Checker   = (*Channel)(nil)
	_ channel.Previewer = (*Channel)(nil)
)

// View is the status text Send would post for d.
func (c *Channel) View(d channel.Delivery) (channel.View, error) {
	req, err := c.render(d.Post, c.Limits().TextMax)
	if err != nil {
		return channel.View{}, err
	}
	return channel.TextView(req.Status, c.Limits()), nil
}
