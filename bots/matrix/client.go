package matrix

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

// Why plain HTTP instead of mautrix-go: we need four endpoints (directory lookup, send,
// whoami, media upload), one attempt per call and the exact retry_after_ms; mautrix's client retries
// rate-limited and failed requests by itself (DefaultHTTPRetries) and pulls a crypto stack.

// client is a minimal Matrix client-server API client: one attempt per call, answers mapped
// onto channel.Error, the access token never in an error.
type client struct {
	api *channel.API
}

// newClient returns a client for the homeserver at base with token.
func newClient(hc *http.Client, base, token string) *client {
	return &client{api: &channel.API{Platform: "matrix", Base: base, Client: hc, Secrets: []string{token},
		Header: http.Header{"Authorization": {"Bearer " + token}}, Check: checkAnswer}}
}

// checkAnswer classifies one answer: nil for 2xx.
func checkAnswer(r *channel.Response) *channel.Error {
	if r.Status >= 200 && r.Status <= 299 {
		return nil
	}
	return classify(r.Status, r.Header, r.Body, time.Now())
}

// do sends one request to base+path (path already escaped), JSON-encoding in when it is not
// nil, and decodes a 2xx answer into out.
func (c *client) do(ctx context.Context, method, path string, in, out any) error {
	if in == nil {
		return c.send(ctx, method, path, "", nil, out)
	}
	return c.run(ctx, c.call(method, path, in, ""), out)
}

// upload stores data in the homeserver's media repository (POST /_matrix/media/v3/upload)
// and returns its mxc:// URI.
func (c *client) upload(ctx context.Context, data []byte, ctype, filename string) (string, error) {
	var out struct {
		ContentURI string `json:"content_uri"`
	}
	path := mediaPrefix + "/upload?filename=" + url.QueryEscape(filename)
	if err := c.send(ctx, http.MethodPost, path, ctype, bytes.NewReader(data), &out); err != nil {
		return "", err
	}
	if !strings.HasPrefix(out.ContentURI, "mxc://") {
		return "", channel.Errorf(channel.Transient, "matrix: upload: answer has no mxc content_uri (%q)", out.ContentURI)
	}
	return out.ContentURI, nil
}

// send makes one request with body of type ctype ("" = none) and decodes a 2xx answer into out.
func (c *client) send(ctx context.Context, method, path, ctype string, body io.Reader, out any) error {
	k := c.call(method, path, nil, ctype)
	if body != nil {
		k.Body = body
	}
	return c.run(ctx, k, out)
}

// run makes the call; a refusal gets the remedy that fits the request's path.
func (c *client) run(ctx context.Context, k channel.Call, out any) error {
	_, err := c.api.Do(ctx, k, out)
	var ce *channel.Error
	if errors.As(err, &ce) && ce.Status != 0 {
		ce.Fix = fixFor(ce.Status, ce.Code, k.Path)
	}
	return err
}

// call describes one request; its answer is classified with the path in mind (see fixFor).
func (c *client) call(method, path string, body any, ctype string) channel.Call {
	return channel.Call{Method: method, Path: path, Op: strings.ToLower(method) + " " + opName(path), Body: body, ContentType: ctype}
}

// opName shortens an API path for error texts: the client-server prefix is implied, and a
// query (an upload's file name) is left out.
func opName(path string) string {
	path, _, _ = strings.Cut(path, "?")
	return strings.TrimPrefix(path, "/_matrix/client/v3")
}

// apiError is the standard Matrix error body, e.g.
// {"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests","retry_after_ms":2000}.
type apiError struct {
	ErrCode      string `json:"errcode"`
	Error        string `json:"error"`
	RetryAfterMS *int64 `json:"retry_after_ms"`
}

// classify maps one non-2xx answer onto channel.Error, refining channel.FromStatus:
//   - 429 M_LIMIT_EXCEEDED: RetryAfter is retry_after_ms exactly, else the Retry-After header
//     (spec v1.10 sends both; older servers only the body field).
//   - 401 M_UNKNOWN_TOKEN / M_MISSING_TOKEN, 403 M_FORBIDDEN (not in the room, no power): Unauthorized.
//   - 404 M_NOT_FOUND (room or alias gone, wrong homeserver path): Unauthorized too, so the
//     channel pauses instead of dead-lettering every article one by one.
//   - 413 M_TOO_LARGE: TooLong. Other 4xx (M_BAD_JSON, M_NOT_JSON): Permanent. 5xx: Transient.
func classify(status int, h http.Header, body []byte, now time.Time) *channel.Error {
	ce := channel.Classify(channel.FromStatus(status, h, body))
	var ae apiError
	msg := fmt.Sprintf("http %d", status)
	if json.Unmarshal(body, &ae) == nil && ae.ErrCode != "" {
		ce.Code, ce.Description = ae.ErrCode, ae.Error
		msg += ": " + ae.ErrCode
		if ae.Error != "" {
			msg += ": " + ae.Error
		}
	} else if t := channel.Trimmed(body, 200); t != "" {
		msg += ": " + t
	}
	ce.Err = errors.New(msg)
	switch {
	case status == http.StatusTooManyRequests || ae.ErrCode == "M_LIMIT_EXCEEDED":
		ce.Reason = channel.RateLimited
		ce.RetryAfter = channel.ParseRetryAfter(h.Get("Retry-After"), now)
		if ae.RetryAfterMS != nil && *ae.RetryAfterMS >= 0 {
			ce.RetryAfter = time.Duration(*ae.RetryAfterMS) * time.Millisecond
		}
	case status == http.StatusNotFound:
		ce.Reason = channel.Unauthorized
	}
	return ce
}

// fixFor says what to change when the homeserver refuses for good: which room is unknown, or
// that the bot is not in it, rather than "check the token". path is the request's API path.
func fixFor(status int, errcode, path string) string {
	room := ""
	if rest, ok := strings.CutPrefix(path, apiPrefix+"/directory/room/"); ok {
		room, _ = url.PathUnescape(rest)
	} else if rest, ok := strings.CutPrefix(path, apiPrefix+"/rooms/"); ok {
		seg, _, _ := strings.Cut(rest, "/")
		room, _ = url.PathUnescape(seg)
	}
	switch {
	case errcode == "M_UNKNOWN_TOKEN":
		return "the homeserver does not know this access token (M_UNKNOWN_TOKEN): log the bot user in again for a new one (a token dies when its session is logged out)"
	case errcode == "M_MISSING_TOKEN":
		return "no access token reached the homeserver (M_MISSING_TOKEN): set access_token or access_token_file; a proxy in between may drop the Authorization header"
	case status == http.StatusNotFound && strings.HasPrefix(room, "#"):
		return fmt.Sprintf("the homeserver knows no room alias %s (%s): check room: in the configuration, and that the room still exists", room, codeOr(errcode, "404"))
	case status == http.StatusNotFound && room != "":
		return fmt.Sprintf("the homeserver knows no room %s (%s): check room: (an alias like #news:example.org, or a room id like !AbC:example.org) and that homeserver is the room's server", room, codeOr(errcode, "404"))
	case status == http.StatusNotFound:
		return "the homeserver answered 404 for the client-server API: homeserver must be its base URL (https://matrix.example.org), without /_matrix"
	case status == http.StatusForbidden && room != "":
		return fmt.Sprintf("the bot user is not in room %s, or may not post there (%s): invite it, accept the invite as the bot (join the room), and give it the power to send messages", room, codeOr(errcode, "403"))
	}
	return ""
}

func codeOr(code, status string) string {
	if code == "" {
		return "http " + status
	}
	return code
}
