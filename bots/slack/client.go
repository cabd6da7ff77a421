package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"paperboy/core/channel"
)

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
func (c *Channel) post(ctx context.Context, u, auth string, body any) (*channel.Response, []byte, error) {
	call := channel.Call{URL: u, Op: "post " + c.redactedURL(u), Body: body, ContentType: "application/json; charset=utf-8"}
	if auth != "" {
		call.Header = http.Header{"Authorization": {auth}}
	}
	resp, err := c.api.Do(ctx, call, nil)
	if err != nil {
		return nil, nil, err
	}
	return resp, resp.Body, nil
}

// classify maps a non-2xx answer: the status decides (channel.FromStatus: 429 RateLimited with
// Retry-After, 5xx Transient…) unless the body names a Slack error code we know better. A 2xx
// is nil here; Web API ok:false bodies are mapped by apiError.
func classify(r *channel.Response) *channel.Error {
	if r.Status >= 200 && r.Status < 300 {
		return nil
	}
	ce := channel.CheckStatus(r)
	code := strings.TrimSpace(string(r.Body))
	var a apiAnswer
	if json.Unmarshal(r.Body, &a) == nil {
		code = a.Error
	}
	known, ok := classifyCode(code)
	if ok {
		ce.Code = code
	}
	if ok && r.Status != http.StatusTooManyRequests && r.Status < 500 {
		ce.Reason = known
	}
	return ce
}

// apiError maps a Web API answer with "ok": false onto channel.Error. Slack answers most
// failures with HTTP 200, so this is where channel_not_found and invalid_auth are told apart.
func apiError(a apiAnswer, h http.Header, now time.Time) *channel.Error {
	r, _ := classifyCode(a.Error)
	ce := &channel.Error{Reason: r, Err: fmt.Errorf("slack api error: %s", a.Error), Status: http.StatusOK, Code: a.Error, Description: a.Error}
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

// secrets are the token and webhook URL, and the webhook URL's path (the secret part).
func secrets(cfg Config) []string {
	out := []string{cfg.Token, cfg.Webhook}
	if p, perr := url.Parse(cfg.Webhook); perr == nil && len(p.Path) > 1 {
		out = append(out, p.Path, strings.TrimPrefix(p.Path, "/services"))
	}
	return out
}
