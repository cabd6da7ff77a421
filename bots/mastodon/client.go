package mastodon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"paperboy/core/channel"
)

// maxResponse bounds how much of an answer is read; Mastodon's answers are small.
const maxResponse = 1 << 20

// do sends one request to the instance with the bearer token and decodes a 2xx JSON answer
// into out. Every failure is a *channel.Error without the token.
func (c *Channel) do(ctx context.Context, method, path, contentType string, body io.Reader, header http.Header, out any) error {
	op := strings.ToLower(method) + " " + path
	req, err := http.NewRequestWithContext(ctx, method, c.cfg.Server+path, body)
	if err != nil {
		return channel.Errorf(channel.Permanent, "mastodon: %s: %w", op, c.redact(err))
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.Token)
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("mastodon: %s: %w", op, c.redact(err))}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("mastodon: %s: read answer: %w", op, c.redact(err))}
	}
	if ce := classify(resp.StatusCode, resp.Header, data, c.now()); ce != nil {
		ce.Err = fmt.Errorf("mastodon: %s: %w", op, c.redact(ce.Err))
		return ce
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("mastodon: %s: decode answer: %w", op, err)}
		}
	}
	return nil
}

// classify maps a Mastodon answer onto channel.Error (nil for 2xx):
//   - 429: RetryAfter until X-RateLimit-Reset (an ISO 8601 time), else from Retry-After;
//   - 401, 403: Unauthorized (revoked token, suspended or disabled account);
//   - 422: Permanent with Mastodon's {"error": …} message, except "character limit" (TooLong:
//     a render bug) and unprocessed media (Transient: it will be ready in a moment);
//   - 5xx and the rest as channel.FromStatus.
func classify(status int, h http.Header, body []byte, now time.Time) *channel.Error {
	if status >= 200 && status < 300 {
		return nil
	}
	ce := channel.Classify(channel.FromStatus(status, h, body))
	var e struct {
		Error string `json:"error"`
	}
	if json.Unmarshal(body, &e) == nil && e.Error != "" {
		ce.Err = fmt.Errorf("http %d: %s", status, e.Error)
	}
	switch {
	case status == http.StatusTooManyRequests:
		if t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(h.Get("X-RateLimit-Reset"))); err == nil {
			ce.RetryAfter = max(t.Sub(now), 0)
		}
	case status == http.StatusUnprocessableEntity && strings.Contains(e.Error, "character limit"):
		ce.Reason = channel.TooLong
	case status == http.StatusUnprocessableEntity && strings.Contains(e.Error, "finished processing"):
		ce.Reason = channel.Transient
	case status == http.StatusNotFound:
		// "Record not found": the status is gone, or is not this account's.
		ce.Err = fmt.Errorf("%w (%w)", ce.Err, errNotFound)
	}
	return ce
}

// redact removes the token from err.
func (c *Channel) redact(err error) error {
	return channel.RedactError(err, c.cfg.Token)
}

// instance is the part of /api/v2/instance (and /api/v1/instance) this package reads.
type instance struct {
	Configuration struct {
		Statuses struct {
			MaxCharacters int `json:"max_characters"`
		} `json:"statuses"`
		MediaAttachments struct {
			ImageSizeLimit   int64 `json:"image_size_limit"`
			DescriptionLimit int   `json:"description_limit"`
		} `json:"media_attachments"`
	} `json:"configuration"`
	MaxTootChars int `json:"max_toot_chars"` // Pleroma, Akkoma and glitch-soc forks
}

// limits are the instance's limits as this channel uses them.
type limits struct {
	chars     int   // status characters (URLs counted as 23)
	imageSize int64 // bytes of an image upload
	altText   int   // characters of a media description
}

// loadLimits reads the instance's limits once; until a read succeeds every Send tries again
// and meanwhile uses the defaults (500 characters is what an unmodified Mastodon allows).
func (c *Channel) loadLimits(ctx context.Context) limits {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.limits != nil {
		return *c.limits
	}
	l := limits{chars: defaultLimit, imageSize: defaultImageSize, altText: defaultAltText}
	if c.cfg.MaxCharacters > 0 && !c.cfg.Media {
		l.chars = c.cfg.MaxCharacters // nothing else to learn from the instance
		c.limits = &l
		return l
	}
	var in instance
	err := c.do(ctx, http.MethodGet, "/api/v2/instance", "", nil, nil, &in)
	if ce := channel.Classify(err); err != nil && ce.Reason == channel.Permanent {
		// Instances older than Mastodon 4.0 have only v1, with the same configuration block.
		err = c.do(ctx, http.MethodGet, "/api/v1/instance", "", nil, nil, &in)
	}
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelWarn, "mastodon instance limits unavailable, using defaults",
			slog.String("channel", c.name), slog.String("error", err.Error()))
		return l
	}
	switch {
	case in.Configuration.Statuses.MaxCharacters > 0:
		l.chars = in.Configuration.Statuses.MaxCharacters
	case in.MaxTootChars > 0:
		l.chars = in.MaxTootChars
	}
	if n := in.Configuration.MediaAttachments.ImageSizeLimit; n > 0 {
		l.imageSize = n
	}
	if n := in.Configuration.MediaAttachments.DescriptionLimit; n > 0 {
		l.altText = n
	}
	if c.cfg.MaxCharacters > 0 {
		l.chars = c.cfg.MaxCharacters
	}
	c.limits = &l
	return l
}
