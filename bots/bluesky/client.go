package bluesky

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"paperboy/core/channel"
)

// Why plain XRPC over HTTP instead of bluesky-social/indigo: indigo's generated client is
// cheap to call but pulls in its whole module (CBOR, IPLD, crypto, OpenTelemetry, hundreds of
// transitive packages) for the five JSON calls we make, and its xrpc.Client retries and
// refreshes on its own. The JSON shapes below follow the lexicons in bluesky-social/atproto.

// maxResponse bounds how much of an answer is read; XRPC answers to these calls are small.
const maxResponse = 1 << 20

// xrpcError is an XRPC error answer: {"error":"ExpiredToken","message":"Token has expired"}.
type xrpcError struct {
	Status  int    `json:"-"`
	Name    string `json:"error"`
	Message string `json:"message"`
}

func (e *xrpcError) Error() string {
	s := fmt.Sprintf("http %d", e.Status)
	if e.Name != "" {
		s += ": " + e.Name
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	return s
}

// errName returns the XRPC error name inside err ("" when there is none).
func errName(err error) string {
	var xe *xrpcError
	if errors.As(err, &xe) {
		return xe.Name
	}
	return ""
}

// call is one XRPC request. body is JSON-encoded unless it is a []byte (sent as contentType).
type call struct {
	method, nsid string
	query        url.Values
	auth         string // bearer token, "" for none
	body         any
	contentType  string
}

// do makes exactly one HTTP request and decodes a 2xx answer into out.
func (c *Channel) do(ctx context.Context, k call, out any) error {
	var (
		body io.Reader
		ct   = k.contentType
	)
	switch b := k.body.(type) {
	case nil:
	case []byte:
		body = bytes.NewReader(b)
	default:
		enc, err := channel.JSON(b)
		if err != nil {
			return channel.Errorf(channel.Permanent, "bluesky: %s: encode: %w", k.nsid, err)
		}
		body, ct = bytes.NewReader(enc), "application/json"
	}
	u := c.cfg.Service + "/xrpc/" + k.nsid
	if len(k.query) > 0 {
		u += "?" + k.query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, k.method, u, body)
	if err != nil {
		return channel.Errorf(channel.Permanent, "bluesky: %s: %w", k.nsid, c.redact(err))
	}
	if ct != "" {
		req.Header.Set("Content-Type", ct)
	}
	if k.auth != "" {
		req.Header.Set("Authorization", "Bearer "+k.auth)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("bluesky: %s: %w", k.nsid, c.redact(err))}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("bluesky: %s: read answer: %w", k.nsid, c.redact(err))}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		ce := classify(resp.StatusCode, resp.Header, data, c.now())
		ce.Err = fmt.Errorf("bluesky: %s: %w", k.nsid, ce.Err)
		return ce
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("bluesky: %s: decode answer: %w", k.nsid, err)}
		}
	}
	return nil
}

// redact removes the app password and session tokens from an error's text.
func (c *Channel) redact(err error) error {
	c.mu.Lock()
	s := c.sess
	c.mu.Unlock()
	return channel.RedactError(err, c.cfg.AppPassword, s.AccessJwt, s.RefreshJwt)
}

// classify maps one non-2xx XRPC answer onto channel.Error, refining channel.FromStatus:
//   - 429 RateLimitExceeded: RetryAfter until the ratelimit-reset header (epoch seconds), else Retry-After.
//   - 401 AuthenticationRequired / InvalidToken / AccountTakedown, 403: Unauthorized (pause; a bad
//     app password must not loop: createSession allows 30 attempts per 5 minutes).
//   - 400 ExpiredToken: Unauthorized (Send refreshes once before it gets here); 400 InvalidRequest
//     and other 4xx: Permanent; 413 PayloadTooLarge: TooLong; 5xx: Transient.
//
// The xrpcError stays inside the result, so the session logic can see the error name.
func classify(status int, h http.Header, body []byte, now time.Time) *channel.Error {
	ce := channel.Classify(channel.FromStatus(status, h, body))
	xe := &xrpcError{Status: status}
	if json.Unmarshal(body, xe) != nil || (xe.Name == "" && xe.Message == "") {
		xe.Name, xe.Message = "", strings.TrimSpace(string(body))
		if len(xe.Message) > 200 {
			xe.Message = xe.Message[:200] + "…"
		}
	}
	ce.Err = xe
	switch {
	case status == http.StatusTooManyRequests:
		if reset, err := strconv.ParseInt(strings.TrimSpace(h.Get("ratelimit-reset")), 10, 64); err == nil {
			ce.RetryAfter = max(time.Unix(reset, 0).Sub(now), 0)
		}
	case xe.Name == "ExpiredToken" || xe.Name == "InvalidToken" || xe.Name == "AuthenticationRequired" ||
		xe.Name == "AccountTakedown" || xe.Name == "AuthMissing":
		ce.Reason = channel.Unauthorized
	}
	return ce
}
