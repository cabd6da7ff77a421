package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"
)

var (
	// ErrRedirectLoop is wrapped by the error of a Get whose redirects revisit a URL.
	ErrRedirectLoop = errors.New("fetch: redirect loop")
	// ErrTooManyRedirects is wrapped by the error of a Get that needed more than 5 redirects.
	ErrTooManyRedirects = errors.New("fetch: too many redirects")
	// ErrUnsupportedScheme is wrapped when a URL (or a redirect) is not http or https.
	ErrUnsupportedScheme = errors.New("fetch: unsupported scheme")
)

// StatusError is a response outside 2xx and 304. Sources use Code to tell a gone feed
// (404, 410) from a busy one (429, 503) and wait RetryAfter before the next poll.
type StatusError struct {
	Code       int           // HTTP status code
	RetryAfter time.Duration // from the Retry-After header; 0 when absent or in the past
	URL        string        // the URL that answered, after redirects
}

// Error reads like "fetch: GET https://example.com/rss: status 429 Too Many Requests, retry after 30s".
func (e *StatusError) Error() string {
	msg := fmt.Sprintf("fetch: GET %s: status %d %s", redact(e.URL), e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		msg += ", retry after " + e.RetryAfter.String()
	}
	return msg
}

// TooLargeError is a body over Config.MaxBody, declared by Content-Length or found while
// reading (after decompression).
type TooLargeError struct {
	Limit int64 // the configured maximum, in bytes
}

// Error reads like "fetch: body larger than 10485760 bytes".
func (e *TooLargeError) Error() string {
	return fmt.Sprintf("fetch: body larger than %d bytes", e.Limit)
}

// PrivateAddressError is a connection refused by the SSRF guard.
type PrivateAddressError struct {
	Addr netip.Addr // the resolved address that is not public
}

// Error names the address and the setting that would allow it.
func (e *PrivateAddressError) Error() string {
	return fmt.Sprintf("fetch: refusing to connect to private address %s (set fetch.allow_private to allow)", e.Addr)
}

// parseRetryAfter reads Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3).
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(min(secs, int64(24*time.Hour/time.Second))) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// redact drops user info, query and fragment from a URL for messages: private feed URLs
// carry their access tokens there.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "<invalid url>"
	}
	u.User, u.RawQuery, u.ForceQuery, u.Fragment, u.RawFragment = nil, "", false, "", ""
	return u.String()
}
