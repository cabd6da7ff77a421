// Package rest is a minimal Discord REST client shared by the channel (bots/discord) and the
// editor bot (bots/discord/editorbot): one attempt per call, Discord's errors mapped onto
// *channel.Error with their codes, bot and webhook tokens never in an error.
package rest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"paperboy/core/channel"
)

// Why a small client of our own instead of a discordgo.Session: discordgo's endpoints are
// package variables (setting them for api_url would be global mutable state, and two channels
// with different api_urls could not coexist), its request path retries 429s by itself unless
// told not to, and its errors lose Discord's retry_after precision and the nested 50035
// details. Send must make exactly one attempt with an exact classification, so the two
// POSTs and two GETs we need are plain HTTP; discordgo's types still describe the JSON.

// Client is a minimal Discord REST client: one attempt per call, Discord's errors mapped onto
// channel.Error, secrets (bot token, webhook token) never in an error. It is safe for
// concurrent use and reusable by other Discord features (editor commands).
type Client struct {
	base string // REST base URL without trailing slash, e.g. https://discord.com/api/v10
	api  *channel.API
}

// NewClient returns a client for base (the api_url); token is the bot token or "" for
// webhook calls; more lists further secrets (webhook tokens) to keep out of errors.
func NewClient(hc *http.Client, base, token string, more ...string) *Client {
	base = strings.TrimRight(base, "/")
	if hc == nil {
		hc = channel.Options{}.API(base) // pinned to base, 30 s timeout
	}
	api := &channel.API{Platform: "discord", Base: base, Client: hc, Check: checkAnswer,
		Header: http.Header{"User-Agent": {"DiscordBot (https://github.com/paperboy, 1) paperboy"}}}
	if token != "" {
		api.Header.Set("Authorization", "Bot "+token)
		api.Secrets = append(api.Secrets, token)
	}
	for _, s := range more {
		if s != "" {
			api.Secrets = append(api.Secrets, s)
		}
	}
	return &Client{base: base, api: api}
}

// Do sends one request to base+path (query may be nil), JSON-encoding in when it is not
// nil, and decodes a 2xx answer into out when out is not nil. A failure is a *channel.Error.
func (c *Client) Do(ctx context.Context, method, path string, query url.Values, in, out any) error {
	if in == nil {
		return c.DoRaw(ctx, method, path, query, "", nil, out)
	}
	_, err := c.api.Do(ctx, channel.Call{Method: method, Path: path, Query: query, Op: c.op(method, path), Body: in}, out)
	return err
}

// DoRaw is Do with a pre-encoded body of the given content type (JSON or multipart).
func (c *Client) DoRaw(ctx context.Context, method, path string, query url.Values, contentType string, body io.Reader, out any) error {
	call := channel.Call{Method: method, Path: path, Query: query, Op: c.op(method, path)}
	if body != nil {
		call.Body, call.ContentType = body, contentType
	}
	_, err := c.api.Do(ctx, call, out)
	return err
}

// op names a call in errors: the method and the URL without any webhook token.
func (c *Client) op(method, path string) string {
	return strings.ToLower(method) + " " + channel.RedactURL(c.base+redactPath(path))
}

// checkAnswer classifies one answer: nil for 2xx, else Discord's error body.
func checkAnswer(r *channel.Response) *channel.Error {
	if r.Status >= 200 && r.Status <= 299 {
		return nil
	}
	return classify(r.Status, r.Header, r.Body)
}

// redactPath keeps webhook tokens out of the operation name even before RedactURL runs.
func redactPath(p string) string {
	if i := strings.Index(p, "/webhooks/"); i >= 0 {
		return p[:i] + "/webhooks/<redacted>"
	}
	return p
}

// apiError is Discord's error body: {"code":50035,"message":"Invalid Form Body","errors":{…}},
// and for 429 {"message":"You are being rate limited.","retry_after":1.234,"global":false}.
type apiError struct {
	Code       int             `json:"code"`
	Message    string          `json:"message"`
	Errors     json.RawMessage `json:"errors"`
	RetryAfter json.Number     `json:"retry_after"`
	Global     bool            `json:"global"`
}

// classify maps one non-2xx Discord answer onto channel.Error. It refines channel.FromStatus:
//   - 429: RetryAfter from the body's float retry_after (exact to the nanosecond), falling back
//     to the Retry-After header; Global from the body or X-RateLimit-Global/Scope.
//   - 404 (Unknown Webhook 10015, or any other 404 on our routes but those below) is
//     Unauthorized: a deleted webhook or channel must pause the channel rather than
//     dead-letter every article one by one, and repeated invalid requests get the IP banned.
//   - 400 with errors (50035 Invalid Form Body) is Permanent, naming the first nested error.
//   - Unknown Channel 10003, Unknown Guild 10004, Missing Access 50001 and Cannot send
//     messages to this user 50007 are Gone: the channel was deleted, the bot was removed from
//     the server or lost sight of the channel, or a reader blocked the bot or left every
//     shared server. A reader's or community's chat is suspended; a configured channel pauses.
func classify(status int, h http.Header, body []byte) *channel.Error {
	ce := channel.Classify(channel.FromStatus(status, h, body))
	var ae apiError
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	parsed := dec.Decode(&ae) == nil && (ae.Message != "" || ae.Code != 0 || ae.RetryAfter != "")
	msg := fmt.Sprintf("http %d", status)
	if parsed {
		msg += ": " + ae.Message
		if ae.Code != 0 {
			msg += fmt.Sprintf(" (code %d)", ae.Code)
		}
		if detail := firstNestedError(ae.Errors); detail != "" {
			msg += ": " + detail
		}
	} else if t := channel.Trimmed(body, 200); t != "" {
		msg += ": " + t
	}
	ce.Err = errors.New(msg)
	if parsed {
		ce.Description = ae.Message
		if ae.Code != 0 {
			ce.Code = strconv.Itoa(ae.Code)
		}
	}
	switch status {
	case http.StatusTooManyRequests:
		if d, ok := parseSeconds(ae.RetryAfter); ok {
			ce.RetryAfter = d
		}
		ce.Global = ae.Global || strings.EqualFold(h.Get("X-RateLimit-Global"), "true") ||
			strings.EqualFold(h.Get("X-RateLimit-Scope"), "global")
	case http.StatusNotFound:
		ce.Reason = channel.Unauthorized
	}
	if parsed && goneCodes[ae.Code] {
		ce.Reason = channel.Gone
	}
	return ce
}

// goneCodes are Discord's JSON error codes meaning "this destination is gone for this bot".
var goneCodes = map[int]bool{
	10003: true, // Unknown Channel
	10004: true, // Unknown Guild
	50001: true, // Missing Access
	50007: true, // Cannot send messages to this user
}

// parseSeconds turns Discord's float seconds into a Duration without binary rounding:
// "1.234" is exactly 1.234s. Exponent forms fall back to float maths rounded to a microsecond.
func parseSeconds(n json.Number) (time.Duration, bool) {
	if n == "" {
		return 0, false
	}
	if d, err := time.ParseDuration(string(n) + "s"); err == nil && d >= 0 {
		return d, true
	}
	f, err := n.Float64()
	if err != nil || f < 0 || math.IsInf(f, 0) || f > float64(math.MaxInt64/int64(time.Second)) {
		return 0, false
	}
	return time.Duration(math.Round(f*1e6)) * time.Microsecond, true
}

// firstNestedError walks a 50035 "errors" tree in key order and renders the first leaf as
// "embeds.0.description: Must be 4096 or fewer in length. (BASE_TYPE_MAX_LENGTH)".
func firstNestedError(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var tree map[string]json.RawMessage
	if json.Unmarshal(raw, &tree) != nil {
		return ""
	}
	return walkErrors(tree, "", 0)
}

func walkErrors(tree map[string]json.RawMessage, path string, depth int) string {
	if depth > 16 {
		return ""
	}
	if leaf, ok := tree["_errors"]; ok {
		var list []struct{ Code, Message string }
		if json.Unmarshal(leaf, &list) == nil && len(list) > 0 {
			s := list[0].Message
			if list[0].Code != "" {
				s += " (" + list[0].Code + ")"
			}
			if path == "" {
				return s
			}
			return path + ": " + s
		}
	}
	keys := make([]string, 0, len(tree))
	for k := range tree {
		if k != "_errors" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		var sub map[string]json.RawMessage
		if json.Unmarshal(tree[k], &sub) != nil {
			continue
		}
		p := k
		if path != "" {
			p = path + "." + k
		}
		if s := walkErrors(sub, p, depth+1); s != "" {
			return s
		}
	}
	return ""
}

// Base is the REST base URL the client calls, without trailing slash.
func (c *Client) Base() string { return c.base }
