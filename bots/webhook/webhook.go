// Package webhook posts articles to any HTTP endpoint as signed JSON, following the Standard
// Webhooks specification (webhook-id, webhook-timestamp, webhook-signature), so receivers can
// verify the sender and de-duplicate retries on webhook-id.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
)

// Limits of a generic receiver: there is no platform limit, but a summary longer than this is
// a bug upstream, and receivers commonly refuse bodies of a few hundred kilobytes.
const (
	maxSummary   = 20000
	sendRate     = rate.Limit(10)
	sendBurst    = 10
	maxResponse  = 64 << 10
	userAgent    = "paperboy-webhook/1"
	publishedFmt = time.RFC3339
)

// Channel is one webhook endpoint.
type Channel struct {
	name    string
	cfg     Config
	key     []byte
	headers http.Header
	api     *channel.API
	log     *slog.Logger
	now     func() time.Time
	secrets []string
}

// New validates cfg (filling its defaults) and builds the channel.
func New(cfg Config, opts channel.Options) (*Channel, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	key, _ := decodeSecret(cfg.Secret)
	c := &Channel{name: opts.Name, cfg: cfg, key: key, log: opts.Logger, now: opts.Now,
		headers: http.Header{}, secrets: []string{cfg.Secret, strings.TrimPrefix(cfg.Secret, secretPrefix), cfg.URL}}
	for k, v := range cfg.Headers {
		c.headers.Set(strings.TrimSpace(k), v)
		c.secrets = append(c.secrets, v)
	}
	if u, err := url.Parse(cfg.URL); err == nil {
		// The path and query may be tokens on their own; keep each out of errors as well.
		c.secrets = append(c.secrets, u.RawQuery, u.User.String())
		if len(u.Path) > 1 {
			c.secrets = append(c.secrets, u.Path)
		}
	}
	h := c.headers.Clone()
	if h.Get("User-Agent") == "" {
		h.Set("User-Agent", userAgent)
	}
	c.api = &channel.API{Platform: "webhook", Client: opts.API(cfg.URL), Header: h, Secrets: c.secrets,
		MaxBody: maxResponse, Check: classify}
	return c, nil
}

// Name is the configured channel name.
func (c *Channel) Name() string { return c.name }

// Limits: the summary is capped in code points, and the endpoint de-duplicates on webhook-id,
// so an in-doubt resend is safe.
func (c *Channel) Limits() channel.Limits {
	return channel.Limits{TextMax: maxSummary, Unit: channel.CodePoints, Rate: sendRate, Burst: sendBurst, Idempotent: true}
}

// Event is the JSON body: the Standard Webhooks envelope (type, timestamp, data).
type Event struct {
	Type      string `json:"type"`      // e.g. "article.published"
	Timestamp string `json:"timestamp"` // when paperboy sent it, RFC 3339 UTC
	Data      Data   `json:"data"`      // the article
}

// Data is the post as the receiver sees it.
type Data struct {
	Key       string   `json:"key"`     // the delivery key, equal to the webhook-id header
	Title     string   `json:"title"`   // headline
	Summary   string   `json:"summary"` // lead summary, plain text
	URL       string   `json:"url"`     // canonical article URL
	ImageURL  string   `json:"image_url,omitempty"`
	Source    string   `json:"source"`              // publication name
	Author    string   `json:"author,omitempty"`    // byline
	Published string   `json:"published,omitempty"` // RFC 3339 with the source's offset
	Tags      []string `json:"tags,omitempty"`
	Lang      string   `json:"lang,omitempty"`
	// Corrections and retractions (article.updated, article.retracted) only:
	Original string `json:"original,omitempty"` // the key (webhook-id) of the article.published event it changes
	Revision string `json:"revision,omitempty"` // the revision now shown; an update to the same revision is not sent twice
	Previous string `json:"previous,omitempty"` // the revision shown before
	Reason   string `json:"reason,omitempty"`   // why, from the editor or the source
}

// body renders the event for d at time now.
func (c *Channel) body(d channel.Delivery, now time.Time) ([]byte, error) {
	return c.event(c.cfg.EventType, d, Data{}, now)
}

// event renders an event of type typ for d; extra carries the correction fields.
func (c *Channel) event(typ string, d channel.Delivery, extra Data, now time.Time) ([]byte, error) {
	p := d.Post
	ev := Event{Type: typ, Timestamp: now.UTC().Format(time.RFC3339), Data: Data{
		Key: d.Key, Title: p.Title, URL: p.URL, ImageURL: p.ImageURL, Source: p.Source,
		Author: p.Author, Tags: p.Tags, Lang: p.Lang,
		Summary: channel.Truncate(p.Summary, maxSummary, channel.CodePoints),
	}}
	if !p.Published.IsZero() {
		ev.Data.Published = p.Published.Format(publishedFmt)
	}
	ev.Data.Original, ev.Data.Revision, ev.Data.Previous, ev.Data.Reason = extra.Original, extra.Revision, extra.Previous, extra.Reason
	b, err := channel.JSON(ev)
	if err != nil {
		return nil, channel.Errorf(channel.Permanent, "webhook: encode body: %w", err)
	}
	return b, nil
}

// Sign returns the webhook-signature value for one message: "v1," and the base64
// HMAC-SHA256 of "id.timestamp.body" under key.
func Sign(key []byte, id string, timestamp int64, body []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(id + "." + strconv.FormatInt(timestamp, 10) + "."))
	m.Write(body)
	return "v1," + base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// Send signs and POSTs one event. The webhook-id is d.Key on every attempt; the timestamp and
// signature are fresh, so a retry days later is not refused as a replay.
func (c *Channel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	now := c.now()
	body, err := c.body(d, now)
	if err != nil {
		return channel.Receipt{}, err
	}
	if err = c.post(ctx, d.Key, body, now); err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "webhook send failed", slog.String("channel", c.name),
			slog.String("delivery_key", d.Key), slog.String("error", err.Error()))
		return channel.Receipt{}, err
	}
	// Receivers answer with anything (often an empty 204); the webhook-id is the message's identity.
	return channel.Receipt{RemoteID: d.Key, SentAt: now}, nil
}

// post signs body as message id at now and POSTs it once.
func (c *Channel) post(ctx context.Context, id string, body []byte, now time.Time) error {
	ts := now.Unix()
	_, err := c.api.Do(ctx, channel.Call{URL: c.cfg.URL, Op: "post " + redactURL(c.cfg.URL), Body: body,
		ContentType: "application/json", Header: http.Header{
			"Webhook-Id": {id}, "Webhook-Timestamp": {strconv.FormatInt(ts, 10)}, "Webhook-Signature": {Sign(c.key, id, ts, body)},
		}}, nil)
	return err
}

// classify maps a receiver's answer onto channel.Error: channel.FromStatus (429 and 5xx with
// Retry-After, 401/403 Unauthorized, 413 TooLong, other 4xx Permanent), plus 410 Gone, which
// Standard Webhooks defines as "disable this endpoint": the channel pauses instead of
// dead-lettering every article one by one.
func classify(r *channel.Response) *channel.Error {
	ce := channel.CheckStatus(r)
	if ce == nil {
		return nil
	}
	if r.Status == http.StatusGone {
		ce.Reason = channel.Unauthorized
	}
	return ce
}

// Preview returns the request Send would make for d: the URL without its path or query, the
// header names (values of custom headers redacted) and the body fields.
func (c *Channel) Preview(d channel.Delivery) (channel.Request, error) {
	now := c.now()
	body, err := c.body(d, now)
	if err != nil {
		return channel.Request{}, err
	}
	fields, err := channel.Fields(body)
	if err != nil {
		return channel.Request{}, fmt.Errorf("webhook: preview: %w", err)
	}
	names := make([]string, 0, len(c.headers))
	for k := range c.headers {
		names = append(names, k+": <redacted>")
	}
	sort.Strings(names)
	fields["_headers"] = append([]string{"webhook-id: " + d.Key,
		"webhook-timestamp: " + strconv.FormatInt(now.Unix(), 10), "webhook-signature: v1,…"}, names...)
	return channel.Request{Method: http.MethodPost, URL: redactURL(c.cfg.URL), Fields: fields}, nil
}

var (
	_ channel.Channel   = (*Channel)(nil)
	_ channel.Previewer = (*Channel)(nil)
)

// View is the JSON event Send would post for d, indented.
func (c *Channel) View(d channel.Delivery) (channel.View, error) {
	body, err := c.body(d, c.now())
	if err != nil {
		return channel.View{}, err
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, body, "", "  "); err != nil {
		return channel.View{}, fmt.Errorf("webhook: view: %w", err)
	}
	return channel.TextView(buf.String(), c.Limits()), nil
}
