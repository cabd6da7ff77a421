// Package bluesky posts articles to Bluesky (AT Protocol) as one app.bsky.feed.post with a
// link facet and an external link card, created under a record key derived from the delivery
// key so a retried delivery can never post twice.
package bluesky

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
)

// A PDS allows 5,000 write points per hour per account and a create costs 3: about 0.46
// posts/s sustained. The burst is ours, to stay clear of the hourly budget.
const (
	postRate  = rate.Limit(5000.0 / 3 / 3600)
	postBurst = 10
)

// session is what createSession and refreshSession answer.
type session struct {
	AccessJwt  string `json:"accessJwt"`
	RefreshJwt string `json:"refreshJwt"`
	Handle     string `json:"handle"`
	DID        string `json:"did"`
}

// Channel is one Bluesky account.
type Channel struct {
	name  string
	cfg   Config
	api   *channel.API         // the PDS's API only
	media channel.MediaFetcher // lead images: URLs from content, through the fetch guard
	log   *slog.Logger
	now   func() time.Time

	mu   sync.Mutex
	sess session // zero until the first createSession
}

// New validates cfg (filling its defaults) and builds the channel. No request is made: the
// session is created on the first Send (or Check).
func New(cfg Config, opts channel.Options) (*Channel, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	c := &Channel{name: opts.Name, cfg: cfg, media: opts.Media, log: opts.Logger, now: opts.Now}
	c.api = &channel.API{Platform: "bluesky", Base: cfg.Service + "/xrpc/", Client: opts.API(cfg.Service),
		Secrets: []string{cfg.AppPassword},
		Check: func(r *channel.Response) *channel.Error {
			if r.Status >= 200 && r.Status <= 299 {
				return nil
			}
			return classify(r.Status, r.Header, r.Body, c.now())
		}}
	return c, nil
}

// Name is the configured channel name.
func (c *Channel) Name() string { return c.name }

// Limits reports Bluesky's 300-grapheme post limit and the PDS write budget. Sends are
// idempotent: the record key is derived from the delivery key.
func (c *Channel) Limits() channel.Limits {
	return channel.Limits{TextMax: maxGraphemes, Unit: channel.Graphemes, Rate: postRate, Burst: postBurst, Idempotent: true}
}

// blobRef is the blob object uploadBlob returns and records embed.
type blobRef = json.RawMessage

// Send makes one post. Around the single createRecord it may (1) create or refresh the
// session: when an answer says ExpiredToken it refreshes once and repeats that one call,
// which is authentication, not a retry of the post; (2) upload the thumbnail; and (3) after
// a failed createRecord, read the record at our rkey: the reference PDS answers a create at
// an existing key with 500 (a newer one with an explicit error), and a record found there
// is this delivery's earlier attempt, returned as success.
func (c *Channel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	if d.Key == "" {
		return channel.Receipt{}, channel.Errorf(channel.Permanent, "bluesky: delivery has no key")
	}
	rec := render(d.Post, c.now())
	rkey := TID(d.Key, d.Post.Published)
	if rec.Embed != nil && d.Post.ImageURL != "" && isHTTP(d.Post.ImageURL) {
		blob, err := c.uploadThumb(ctx, d.Post.ImageURL)
		if err != nil {
			return channel.Receipt{}, err
		}
		if blob != nil {
			rec.Embed.External.Thumb = blob
		}
	}
	uri, cid, err := c.create(ctx, rkey, rec)
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "bluesky send failed", slog.String("channel", c.name),
			slog.String("delivery_key", d.Key), slog.String("error", err.Error()))
		return channel.Receipt{}, err
	}
	link := c.postURL(rkey)
	return channel.Receipt{RemoteID: uri, URL: link, SentAt: c.now(),
		Messages: []channel.Message{{ID: uri, Ref: cid, Kind: channel.KindText, URL: link}}}, nil
}

// create makes one createRecord of rec at rkey. After a failure it reads the record at rkey:
// the reference PDS answers a create at an existing key with 500 (a newer one with an explicit
// error), and a record found there is this operation's earlier attempt, returned as success.
func (c *Channel) create(ctx context.Context, rkey string, rec any) (uri, cid string, err error) {
	var out struct {
		URI string `json:"uri"`
		CID string `json:"cid"`
	}
	err = c.authed(ctx, func(s session) error {
		return c.do(ctx, call{method: "POST", nsid: "com.atproto.repo.createRecord", auth: s.AccessJwt,
			body: map[string]any{"repo": s.DID, "collection": Collection, "rkey": rkey, "record": rec}}, &out)
	})
	if err != nil {
		if r := channel.Classify(err).Reason; r == channel.Transient || r == channel.Permanent {
			if uri, cid, ok := c.existing(ctx, rkey); ok {
				out.URI, out.CID, err = uri, cid, nil
			}
		}
	}
	if err != nil {
		return "", "", err
	}
	if out.URI == "" {
		return "", "", channel.Errorf(channel.Transient, "bluesky: createRecord: answer has no uri")
	}
	return out.URI, out.CID, nil
}

// postURL is the web link of the account's post with rkey.
func (c *Channel) postURL(rkey string) string {
	c.mu.Lock()
	did := c.sess.DID
	c.mu.Unlock()
	return "https://bsky.app/profile/" + did + "/post/" + rkey
}

// uploadThumb fetches the lead image and uploads it. An image that cannot be fetched or used
// is skipped (the card shows without a thumbnail); a failing upload fails the Send, since it
// speaks for the PDS (rate limit, bad session) the post would meet next.
func (c *Channel) uploadThumb(ctx context.Context, imageURL string) (blobRef, error) {
	data, mime, err := c.fetchThumb(ctx, imageURL)
	if err != nil {
		if ctx.Err() != nil {
			return nil, &channel.Error{Reason: channel.Transient, Err: ctx.Err()}
		}
		c.log.LogAttrs(ctx, slog.LevelInfo, "bluesky thumbnail skipped", slog.String("channel", c.name),
			slog.String("image_url", channel.RedactURL(imageURL)), slog.String("error", err.Error()))
		return nil, nil
	}
	var out struct {
		Blob blobRef `json:"blob"`
	}
	err = c.authed(ctx, func(s session) error {
		return c.do(ctx, call{method: "POST", nsid: "com.atproto.repo.uploadBlob", auth: s.AccessJwt, body: data, contentType: mime}, &out)
	})
	if err != nil {
		return nil, err
	}
	if len(out.Blob) == 0 {
		return nil, channel.Errorf(channel.Transient, "bluesky: uploadBlob: answer has no blob")
	}
	return out.Blob, nil
}

// existing reads our record key back; ok when the record is there.
func (c *Channel) existing(ctx context.Context, rkey string) (uri, cid string, ok bool) {
	c.mu.Lock()
	did := c.sess.DID
	c.mu.Unlock()
	if did == "" {
		return "", "", false
	}
	var out struct {
		URI string `json:"uri"`
		CID string `json:"cid"`
	}
	err := c.do(ctx, call{method: "GET", nsid: "com.atproto.repo.getRecord",
		query: url.Values{"repo": {did}, "collection": {Collection}, "rkey": {rkey}}}, &out)
	return out.URI, out.CID, err == nil && out.URI != ""
}

// authed runs fn with a session, creating one first if needed. When fn's answer is
// ExpiredToken it refreshes the session (or, if the refresh token expired too, creates a new
// one) and runs fn once more.
func (c *Channel) authed(ctx context.Context, fn func(session) error) error {
	s, err := c.session(ctx)
	if err != nil {
		return err
	}
	err = fn(s)
	if errName(err) != "ExpiredToken" {
		return err
	}
	if s, err = c.refresh(ctx, s); err != nil {
		return err
	}
	return fn(s)
}

// session returns the current session, creating one when there is none.
func (c *Channel) session(ctx context.Context) (session, error) {
	c.mu.Lock()
	s := c.sess
	c.mu.Unlock()
	if s.AccessJwt != "" {
		return s, nil
	}
	return c.login(ctx)
}

// login calls createSession with the app password.
func (c *Channel) login(ctx context.Context) (session, error) {
	var s session
	err := c.do(ctx, call{method: "POST", nsid: "com.atproto.server.createSession",
		body: map[string]string{"identifier": c.cfg.Identifier, "password": c.cfg.AppPassword}}, &s)
	if err != nil {
		return session{}, err
	}
	if s.AccessJwt == "" || !strings.HasPrefix(s.DID, "did:") {
		return session{}, channel.Errorf(channel.Transient, "bluesky: createSession: answer has no session")
	}
	c.mu.Lock()
	c.sess = s
	c.mu.Unlock()
	return s, nil
}

// refresh trades the refresh token for a new session; an expired or revoked refresh token
// falls back to a new login.
func (c *Channel) refresh(ctx context.Context, old session) (session, error) {
	var s session
	err := c.do(ctx, call{method: "POST", nsid: "com.atproto.server.refreshSession", auth: old.RefreshJwt}, &s)
	if n := errName(err); n == "ExpiredToken" || n == "InvalidToken" {
		return c.login(ctx)
	}
	if err != nil {
		return session{}, err
	}
	if s.AccessJwt == "" {
		return session{}, channel.Errorf(channel.Transient, "bluesky: refreshSession: answer has no session")
	}
	c.mu.Lock()
	c.sess = s
	c.mu.Unlock()
	return s, nil
}

// Check verifies the app password at start with a fresh createSession.
func (c *Channel) Check(ctx context.Context) error {
	_, err := c.login(ctx)
	return err
}

// Preview returns the createRecord request Send would make for d, without any network call:
// repo shows the configured identifier (Send uses the session's DID) and the thumbnail,
// uploaded at send time, is shown as the image URL it comes from.
func (c *Channel) Preview(d channel.Delivery) (channel.Request, error) {
	rec := render(d.Post, c.now())
	if rec.Embed != nil && isHTTP(d.Post.ImageURL) {
		rec.Embed.External.Thumb = "<uploaded from " + d.Post.ImageURL + ">"
	}
	fields, err := channel.Fields(rec)
	if err != nil {
		return channel.Request{}, channel.Errorf(channel.Permanent, "bluesky: preview: %w", err)
	}
	return channel.Request{
		Method: "POST",
		URL:    c.cfg.Service + "/xrpc/com.atproto.repo.createRecord",
		Fields: map[string]any{"repo": c.cfg.Identifier, "collection": Collection, "rkey": TID(d.Key, d.Post.Published), "record": fields},
	}, nil
}

var (
	_ channel.Channel   = (*Channel)(nil)
	_ channel.Checker   = (*Channel)(nil)
	_ channel.Previewer = (*Channel)(nil)
)

// View is the post text Send would create for d.
func (c *Channel) View(d channel.Delivery) (channel.View, error) {
	return channel.TextView(render(d.Post, c.now()).Text, c.Limits()), nil
}
