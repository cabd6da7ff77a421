package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"paperboy/core/channel"
)

// maxResponse bounds how much of an answer is read; Slack's answers are small.
const maxResponse = 1 << 20

// apiAnswer is the envelope of every Web API answer: {"ok":false,"error":"channel_not_found"}.
type apiAnswer struct {
	OK      bool   `json:"ok"`
	Error   string `json:"error"`
	Channel string `json:"channel"`
	TS      string `json:"ts"`
	URL     string `json:"url"`     // auth.test: the workspace URL
	TeamID  string `json:"team_id"` // auth.test
}

// reasons maps Slack's error codes (Web API "error" and incoming-webhook plain-text bodies)
// onto what deliver does. Codes not listed are Permanent: Slack reports them for requests it
// will never accept, and looping on an unknown code would hide it.
var reasons = map[string]channel.Reason{
	// The token or webhook is bad or lost access: pause the channel.
	"not_authed": channel.Unauthorized, "invalid_auth": channel.Unauthorized, "account_inactive": channel.Unauthorized,
	"token_revoked": channel.Unauthorized, "token_expired": channel.Unauthorized, "no_permission": channel.Unauthorized,
	"missing_scope": channel.Unauthorized, "org_login_required": channel.Unauthorized, "ekm_access_denied": channel.Unauthorized,
	"team_access_not_granted": channel.Unauthorized, "access_denied": channel.Unauthorized,
	"invalid_token": channel.Unauthorized, "no_service": channel.Unauthorized, "no_service_id": channel.Unauthorized,
	"no_team": channel.Unauthorized, "team_disabled": channel.Unauthorized, "action_prohibited": channel.Unauthorized,
	// The message is too long for Slack: a render bug.
	"msg_too_long": channel.TooLong, "msg_blocks_too_long": channel.TooLong,
	// Slack's own trouble: try again.
	"ratelimited": channel.RateLimited, "rate_limited": channel.RateLimited,
	"internal_error": channel.Transient, "fatal_error": channel.Transient, "service_unavailable": channel.Transient,
	"request_timeout": channel.Transient, "rollup_error": channel.Transient,
}

// classifyCode maps one Slack error code; found is false for codes not in the table.
func classifyCode(code string) (r channel.Reason, found bool) {
	r, found = reasons[code]
	if !found {
		return channel.Permanent, false
	}
	return r, true
}

// post sends body to u with one attempt and returns the raw answer of a 2xx. auth is the
// Authorization header value or "". Every error is a *channel.Error with secrets redacted.
func (c *Channel) post(ctx context.Context, u, auth string, body any) (*http.Response, []byte, error) {
	b, err := channel.JSON(body)
	if err != nil {
		return nil, nil, channel.Errorf(channel.Permanent, "slack: encode request: %w", err)
	}
	buf := bytes.NewReader(b)
	op := "post " + c.redactedURL(u)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, buf)
	if err != nil {
		return nil, nil, channel.Errorf(channel.Permanent, "slack: %s: %w", op, c.redact(err))
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // *url.Error prints the URL: a webhook URL is a secret
		}
		return nil, nil, &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("slack: %s: %w", op, c.redact(err))}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return nil, nil, &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("slack: %s: read answer: %w", op, c.redact(err))}
	}
	if ce := c.classify(resp.StatusCode, resp.Header, data); ce != nil {
		ce.Err = fmt.Errorf("slack: %s: %w", op, c.redact(ce.Err))
		return nil, nil, ce
	}
	return resp, data, nil
}

// classify maps a non-2xx answer: the status decides (channel.FromStatus: 429 RateLimited with
// Retry-After, 5xx Transient…) unless the body names a Slack error code we know better. A 2xx
// is nil here; Web API ok:false bodies are mapped by apiError.
func (c *Channel) classify(status int, h http.Header, body []byte) *channel.Error {
	if status >= 200 && status < 300 {
		return nil
	}
	ce := channel.Classify(channel.FromStatus(status, h, body))
	code := strings.TrimSpace(string(body))
	var a apiAnswer
	if json.Unmarshal(body, &a) == nil {
		code = a.Error
	}
	if r, ok := classifyCode(code); ok && status != http.StatusTooManyRequests && status < 500 {
		ce.Reason = r
	}
	return ce
}

// apiError maps a Web API answer with "ok": false onto channel.Error. Slack answers most
// failures with HTTP 200, so this is where channel_not_found and invalid_auth are told apart.
func apiError(a apiAnswer, h http.Header, now time.Time) *channel.Error {
	r, _ := classifyCode(a.Error)
	ce := &channel.Error{Reason: r, Err: fmt.Errorf("slack api error: %s", a.Error)}
	if r == channel.RateLimited || r == channel.Transient {
		ce.RetryAfter = channel.ParseRetryAfter(h.Get("Retry-After"), now)
	}
	return ce
}

// redactedURL names an endpoint without secrets: incoming webhook URLs are secret after
// /services/, and the Web API URL carries none.
func (c *Channel) redactedURL(u string) string {
	if c.cfg.Webhook != "" && u == c.cfg.Webhook {
		p, err := url.Parse(u)
		if err != nil {
			return "<webhook>"
		}
		return p.Scheme + "://" + p.Host + "/<redacted>"
	}
	return channel.RedactURL(u)
}

// redact removes the token and webhook URL (and its path, the secret part) from err.
func (c *Channel) redact(err error) error {
	secrets := []string{c.cfg.Token, c.cfg.Webhook}
	if p, perr := url.Parse(c.cfg.Webhook); perr == nil && len(p.Path) > 1 {
		secrets = append(secrets, p.Path, strings.TrimPrefix(p.Path, "/services"))
	}
	return channel.RedactError(err, secrets...)
}
