package channel

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Reason classifies why a Send failed, which decides what deliver does next.
type Reason int

// Failure reasons, from "try again soon" to "stop this channel".
const (
	Transient    Reason = iota // network error, 5xx, timeout: retry with backoff
	RateLimited                // 429: retry after exactly RetryAfter
	Permanent                  // the platform will never accept this message: dead-letter it
	Unauthorized               // bad token or lost access: pause the channel, never loop
	TooLong                    // the message exceeded a limit: a render bug, dead-letter it
	// Gone: the destination is gone for this bot — removed or blocked the bot, chat or channel
	// deleted (Telegram 403 "bot was kicked"/"blocked by the user", 400 "chat not found";
	// Discord Unknown Channel, Missing Access). A reader's or community's chat is suspended
	// (never retried); a configured channel is paused like Unauthorized.
	Gone
)

// Reasons lists every reason's name, for metrics created at zero.
func Reasons() []string {
	var out []string
	for r := Transient; r <= Gone; r++ {
		out = append(out, r.String())
	}
	return out
}

// String names the reason for logs and metrics labels.
func (r Reason) String() string {
	switch r {
	case Transient:
		return "transient"
	case RateLimited:
		return "rate_limited"
	case Permanent:
		return "permanent"
	case Unauthorized:
		return "unauthorized"
	case TooLong:
		return "too_long"
	case Gone:
		return "gone"
	}
	return "unknown"
}

// Error is the one error type Send returns.
type Error struct {
	Reason     Reason
	RetryAfter time.Duration // from 429 retry_after / Retry-After: wait exactly this; 0 = deliver's backoff
	Global     bool          // the limit applies to the whole credential (Discord "global": true)
	Err        error         // redacted: never holds a token or a webhook URL
	// Fix tells the operator what to change when the failure is one no retry cures and its
	// cause is not the obvious one (a server without STARTTLS, an unknown room); "" = the
	// reason's usual remedy (see Remedy).
	Fix string
	// Status is the HTTP status of the answer (or the platform's numeric equivalent, such as
	// the Bot API's error_code); 0 when no answer came.
	Status int
	// Code is the platform's own error code ("50035", "M_FORBIDDEN", "channel_not_found",
	// "ExpiredToken", a platform package's named condition): what callers branch on.
	Code string
	// Description is the platform's human-readable message, for logs and replies only.
	Description string
}

// Cause is what went wrong, without the reason prefix: the platform's answer.
func (e *Error) Cause() string {
	if e.Err == nil {
		return e.Reason.String()
	}
	return e.Err.Error()
}

// Remedy is what the operator should do about a failure that stops the channel: Fix when the
// platform package knows the cause, else the reason's usual remedy.
func (e *Error) Remedy() string {
	if e.Fix != "" {
		return e.Fix
	}
	switch e.Reason {
	case Unauthorized:
		return "check the channel's credentials and that they may post to its destination"
	case Permanent, TooLong:
		return "the platform will not take this post: see the dead-letter list (paperboy dead list)"
	case Gone:
		return "add the bot back to the chat (or fix the chat id), then resume the channel"
	}
	return "nothing: paperboy retries"
}

// Error implements error.
func (e *Error) Error() string {
	msg := e.Reason.String()
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return msg
}

// Unwrap exposes the cause.
func (e *Error) Unwrap() error { return e.Err }

// Classify returns the Error inside err, or a Transient one wrapping err when it is unclassified.
func Classify(err error) *Error {
	if err == nil {
		return nil
	}
	var ce *Error
	if errors.As(err, &ce) {
		return ce
	}
	return &Error{Reason: Transient, Err: err}
}

// Errorf builds an Error with a formatted message.
func Errorf(r Reason, format string, args ...any) *Error {
	return &Error{Reason: r, Err: fmt.Errorf(format, args...)}
}

// FromStatus is the one place HTTP outcomes are classified. It returns nil for 2xx.
// The platform's message from body (trimmed) becomes the error text; Retry-After is
// read from the header (seconds or HTTP date) when present.
func FromStatus(code int, h http.Header, body []byte) error {
	if code >= 200 && code < 300 {
		return nil
	}
	msg := Trimmed(body, 512)
	e := &Error{Err: fmt.Errorf("http %d: %s", code, msg), Status: code, Description: msg}
	switch {
	case code == http.StatusTooManyRequests:
		e.Reason = RateLimited
		e.RetryAfter = ParseRetryAfter(h.Get("Retry-After"), time.Now())
	case code == http.StatusUnauthorized || code == http.StatusForbidden:
		e.Reason = Unauthorized
	case code == http.StatusRequestEntityTooLarge:
		e.Reason = TooLong
	case code == http.StatusRequestTimeout || code == http.StatusConflict || code == http.StatusTooEarly:
		e.Reason = Transient
	case code >= 500:
		e.Reason = Transient
		e.RetryAfter = ParseRetryAfter(h.Get("Retry-After"), time.Now())
	default:
		e.Reason = Permanent
	}
	return e
}

// ParseRetryAfter reads a Retry-After header value: delta seconds (fractions allowed) or an HTTP date.
func ParseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil {
		if f < 0 {
			return 0
		}
		return time.Duration(f * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

var botTokenInPath = regexp.MustCompile(`/bot[0-9]+:[A-Za-z0-9_-]+`)

// RedactURL returns u with secrets removed: the path after a webhook id, bot tokens in the
// path, user info and the query. It is what an error may mention instead of the real URL.
func RedactURL(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "<unparseable url>"
	}
	p.User = nil
	p.RawQuery = ""
	path := botTokenInPath.ReplaceAllString(p.Path, "/bot<redacted>")
	for _, secretAfter := range []string{"/webhooks/", "/interactions/", "/services/"} {
		if i := strings.Index(path, secretAfter); i >= 0 {
			path = path[:i] + secretAfter + "<redacted>"
		}
	}
	return p.Scheme + "://" + p.Host + path
}

// RedactError replaces every occurrence of each secret in err's text, so wrapping a
// *url.Error (which prints the URL) cannot leak a token.
func RedactError(err error, secrets ...string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	changed := false
	for _, s := range secrets {
		if s != "" && strings.Contains(msg, s) {
			msg = strings.ReplaceAll(msg, s, "<redacted>")
			changed = true
		}
	}
	if !changed {
		return err
	}
	return errors.New(msg)
}

// FieldError is a configuration error about one key of a platform's Config: Key is the YAML
// key, so the config loader can point at its line (errors.As) without reading the message.
type FieldError struct {
	Key string // the YAML key, e.g. "chat"
	Err error  // the message as the platform wrote it
}

// Error implements error.
func (e *FieldError) Error() string { return e.Err.Error() }

// Unwrap exposes the message.
func (e *FieldError) Unwrap() error { return e.Err }

// FieldErr tags err as being about key.
func FieldErr(key string, err error) error { return &FieldError{Key: key, Err: err} }
