// Package email sends articles as e-mail over SMTP (STARTTLS, AUTH) with github.com/wneessen/go-mail:
// one multipart text + HTML mail per article, whose Message-ID comes from the delivery key, or
// digests of several articles through SendBatch.
package email

import (
	"context"
	"crypto/x509"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"text/template"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// One mail per second with a small burst keeps us far below any submission relay's limits
// (Gmail: 2,000 recipients/day for Workspace; SES starts at 1 mail/s).
const (
	mailRate  = rate.Limit(1)
	mailBurst = 5
)

// Channel is one set of recipients reached through one SMTP server.
type Channel struct {
	name    string
	cfg     Config
	subject *template.Template
	roots   *x509.CertPool
	log     *slog.Logger
	now     func() time.Time
	loc     *time.Location
}

// New validates cfg (filling its defaults) and builds the channel. No connection is made.
func New(cfg Config, opts channel.Options) (*Channel, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	c := &Channel{name: opts.Name, cfg: cfg, log: opts.Logger, now: opts.Now, loc: opts.Location}
	c.subject, _ = parseSubject(cfg.Subject)
	c.roots, _ = cfg.caPool()
	return c, nil
}

// Name is the configured channel name.
func (c *Channel) Name() string { return c.name }

// Limits reports our own cap on a summary (mail has no hard text limit) and a conservative
// relay rate. Not Idempotent: an SMTP server accepts a resent mail again; the stable
// Message-ID only lets receivers that de-duplicate (Gmail does) keep one copy.
func (c *Channel) Limits() channel.Limits {
	return channel.Limits{TextMax: maxSummary, Unit: channel.CodePoints, Rate: mailRate, Burst: mailBurst}
}

// Send sends one mail for d in one SMTP conversation; it succeeds only once the server
// accepted the message (250 after DATA).
func (c *Channel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	return c.SendBatch(ctx, []channel.Delivery{d})
}

// Digest reports the digest settings for the deliverer (channel.Batcher): up to n articles
// per mail, an article waiting at most period after it was queued (n ≤ 1 and no period: no
// digests, every article is its own mail through Send).
func (c *Channel) Digest() (n int, period time.Duration) {
	return c.cfg.Digest, c.cfg.DigestPeriod
}

// SendBatch sends one mail holding every delivery in ds (a digest) and returns one receipt
// for all of them. Its Message-ID hashes the sorted keys, so resending the same batch
// carries the same id. It keeps Send's contract: one attempt, success only once accepted.
func (c *Channel) SendBatch(ctx context.Context, ds []channel.Delivery) (channel.Receipt, error) {
	if len(ds) == 0 {
		return channel.Receipt{}, channel.Errorf(channel.Permanent, "email: nothing to send")
	}
	m, err := c.build(ds)
	if err != nil {
		return channel.Receipt{}, err
	}
	if err := c.send(ctx, m); err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "email send failed", slog.String("channel", c.name),
			slog.Int("articles", len(ds)), slog.String("error", err.Error()))
		return channel.Receipt{}, err
	}
	id := m.GetGenHeader("Message-ID")
	rc := channel.Receipt{SentAt: c.now()}
	if len(id) > 0 {
		// The Message-ID is what a correction's In-Reply-To and References name.
		rc.RemoteID = id[0]
		rc.Messages = []channel.Message{{ID: id[0], Kind: channel.KindText}}
	}
	return rc, nil
}

// Check connects, negotiates STARTTLS and authenticates, without sending anything.
func (c *Channel) Check(ctx context.Context) error {
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	if err := cl.DialWithContext(ctx); err != nil {
		ce := classify(err)
		ce.Err = c.redact(err)
		ce.Fix = c.fix(ce)
		return ce
	}
	_ = cl.Close()
	return nil
}

// Preview returns the mail Send would send for d: its headers and both parts.
func (c *Channel) Preview(d channel.Delivery) (channel.Request, error) {
	m, err := c.build([]channel.Delivery{d})
	if err != nil {
		return channel.Request{}, err
	}
	fields := map[string]any{
		"from": c.cfg.From, "to": c.cfg.To, "subject": strings.Join(m.GetGenHeader("Subject"), ""),
		"message_id": strings.Join(m.GetGenHeader("Message-ID"), ""),
		"text":       c.textBody([]article.Post{d.Post}), "html": c.htmlBody([]article.Post{d.Post}),
	}
	return channel.Request{Method: "SMTP", URL: "smtp://" + net.JoinHostPort(c.cfg.Host, strconv.Itoa(c.cfg.Port)), Fields: fields}, nil
}

var (
	_ channel.Channel   = (*Channel)(nil)
	_ channel.Checker   = (*Channel)(nil)
	_ channel.Previewer = (*Channel)(nil)
	_ channel.Batcher   = (*Channel)(nil)
)

// View is the plain-text part of the mail Send would send for d.
func (c *Channel) View(d channel.Delivery) (channel.View, error) {
	return channel.TextView(c.textBody([]article.Post{d.Post}), c.Limits()), nil
}
