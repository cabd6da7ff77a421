package mastodon

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"paperboy/core/channel"
)

// do sends one request to the instance with the bearer token and decodes a 2xx JSON answer
// into out. Every failure is a *channel.Error without the token.
func (c *Channel) do(ctx context.Context, method, path, contentType string, body io.Reader, header http.Header, out any) error {
	call := channel.Call{Method: method, Path: path, Op: strings.ToLower(method) + " " + path, Header: header}
	if body != nil {
		call.Body, call.ContentType = body, contentType
	}
	_, err := c.api.Do(ctx, call, out)
	return err
}

// Named conditions of a 422 answer, read from Mastodon's message once here (it has no error
// codes) and carried in channel.Error.Code.
const (
	codeTooLong   = "character_limit"  // the status is over the instance's limit
	codeMediaWait = "media_processing" // an attachment is not processed yet
)

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
		ce.Description = e.Error
	}
	if status == http.StatusUnprocessableEntity {
		switch {
		case strings.Contains(e.Error, "character limit"):
			ce.Code = codeTooLong
		case strings.Contains(e.Error, "finished processing"):
			ce.Code = codeMediaWait
		}
	}
	switch {
	case status == http.StatusTooManyRequests:
		if t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(h.Get("X-RateLimit-Reset"))); err == nil {
			ce.RetryAfter = max(t.Sub(now), 0)
		}
	case ce.Code == codeTooLong:
		ce.Reason = channel.TooLong
	case ce.Code == codeMediaWait:
		ce.Reason = channel.Transient
	}
	return ce
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
