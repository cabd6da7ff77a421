package bluesky

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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
	var ce *channel.Error
	if errors.As(err, &ce) {
		return ce.Code
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
	c.mu.Lock()
	s := c.sess
	c.mu.Unlock()
	cl := channel.Call{Method: k.method, Path: k.nsid, Query: k.query, Op: k.nsid, Body: k.body,
		ContentType: k.contentType, Secrets: []string{s.AccessJwt, s.RefreshJwt, k.auth}}
	if k.auth != "" {
		cl.Header = http.Header{"Authorization": {"Bearer " + k.auth}}
	}
	_, err := c.api.Do(ctx, cl, out)
	return err
}

// classify maps one non-2xx XRPC answer onto channel.Error, refining channel.FromStatus:
//   - 429 RateLimitExceeded: RetryAfter until the ratelimit-reset header (epoch seconds), else Retry-After.
//   - 401 AuthenticationRequired / InvalidToken / AccountTakedown, 403: Unauthorized (pause; a bad
//     app password must not loop: createSession allows 30 attempts per 5 minutes).
//   - 400 ExpiredToken: Unauthorized (Send refreshes once before it gets here); 400 InvalidRequest
//     and other 4xx: Permanent; 413 PayloadTooLarge: TooLong; 5xx: Transient.
//
// The error name is the result's Code, which the session logic reads.
func classify(status int, h http.Header, body []byte, now time.Time) *channel.Error {
	ce := channel.Classify(channel.FromStatus(status, h, body))
	xe := &xrpcError{Status: status}
	if json.Unmarshal(body, xe) != nil || (xe.Name == "" && xe.Message == "") {
		xe.Name, xe.Message = "", channel.Trimmed(body, 200)
	}
	ce.Err, ce.Code, ce.Description = xe, xe.Name, xe.Message
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
