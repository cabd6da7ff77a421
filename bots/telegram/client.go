package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"paperboy/core/channel"
)

// Client calls Bot API methods with one token. The channel uses it to post and the editors'
// listener can use it to answer; it is safe for concurrent use.
//
// It speaks plain HTTP+JSON rather than going through go-telegram/bot because exact error
// classification needs what the library drops: the HTTP status when a proxy answers 502 with an
// HTML page, the error_code and parameters.retry_after of 5xx answers (the library folds them into
// an untyped string), and the request fields themselves, which Preview must show exactly as sent.
type Client struct {
	base  string // API base URL without trailing slash
	token string
	hc    *http.Client
}

// maxResponse bounds how much of an answer is read; Bot API results for our methods are small.
const maxResponse = 1 << 20

// NewClient returns a client for apiURL (DefaultAPIURL when empty) and token; hc nil uses a
// client with a 30 s timeout.
func NewClient(apiURL, token string, hc *http.Client) *Client {
	if apiURL = strings.TrimRight(apiURL, "/"); apiURL == "" {
		apiURL = DefaultAPIURL
	}
	if hc == nil {
		hc = channel.Options{}.API(apiURL) // pinned to the Bot API, 30 s timeout
	}
	return &Client{base: apiURL, token: token, hc: hc}
}

// apiResponse is the Bot API envelope.
type apiResponse struct {
	OK          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	ErrorCode   int             `json:"error_code"`
	Description string          `json:"description"`
	Parameters  struct {
		RetryAfter      int   `json:"retry_after"`
		MigrateToChatID int64 `json:"migrate_to_chat_id"`
	} `json:"parameters"`
}

// MethodURL is the redacted URL of method, safe to print: the token is replaced by "<redacted>".
func (c *Client) MethodURL(method string) string {
	return c.base + "/bot<redacted>/" + method
}

// Call posts params as JSON to method and decodes the result into result (nil to ignore it).
// Every failure is a *channel.Error whose text never contains the token.
func (c *Client) Call(ctx context.Context, method string, params any, result any) error {
	body, err := channel.JSON(params)
	if err != nil {
		return &channel.Error{Reason: channel.Permanent, Err: fmt.Errorf("telegram: %s: encode: %w", method, err)}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/bot"+c.token+"/"+method, bytes.NewReader(body))
	if err != nil {
		return &channel.Error{Reason: channel.Permanent, Err: channel.RedactError(fmt.Errorf("telegram: %s: %w", method, err), c.token)}
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		// *url.Error prints the URL with the token in its path.
		return &channel.Error{Reason: channel.Transient, Err: channel.RedactError(fmt.Errorf("telegram: %s: %w", method, err), c.token)}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return &channel.Error{Reason: channel.Transient, Err: channel.RedactError(fmt.Errorf("telegram: %s: read answer: %w", method, err), c.token)}
	}
	var ar apiResponse
	if jerr := json.Unmarshal(raw, &ar); jerr != nil || (!ar.OK && ar.ErrorCode == 0 && ar.Description == "") {
		// Not the Bot API talking (a proxy or load balancer page): classify by HTTP status alone.
		if resp.StatusCode/100 == 2 {
			return &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("telegram: %s: answer is not Bot API JSON (http %d)", method, resp.StatusCode)}
		}
		return redactClassified(channel.FromStatus(resp.StatusCode, resp.Header, raw), method, c.token)
	}
	if !ar.OK {
		return classify(method, resp.StatusCode, resp.Header, &ar, c.token)
	}
	if result != nil {
		if err := json.Unmarshal(ar.Result, result); err != nil {
			return &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("telegram: %s: decode result: %w", method, err)}
		}
	}
	return nil
}

// classify maps a Bot API error answer onto channel.Error. error_code wins over the HTTP status
// (they agree on the real API; a proxy may rewrite the status).
func classify(method string, status int, h http.Header, ar *apiResponse, token string) error {
	code := ar.ErrorCode
	if code == 0 {
		code = status
	}
	desc := ar.Description
	if desc == "" {
		desc = http.StatusText(code)
	}
	e := &channel.Error{Err: channel.RedactError(fmt.Errorf("telegram: %s: %d %s", method, code, desc), token)}
	if typed := descriptionError(code, desc); typed != nil {
		// Keep the answer in the text and the typed value for errors.Is.
		e.Err = fmt.Errorf("%w (%w)", e.Err, typed)
	}
	lower := strings.ToLower(desc)
	switch {
	case code == http.StatusTooManyRequests:
		e.Reason = channel.RateLimited
		e.RetryAfter = time.Duration(ar.Parameters.RetryAfter) * time.Second
		if e.RetryAfter == 0 {
			e.RetryAfter = channel.ParseRetryAfter(h.Get("Retry-After"), time.Now())
		}
	case code == http.StatusUnauthorized, code == http.StatusNotFound:
		// 404 is what the API answers for a malformed token path: a credential problem, not a message one.
		e.Reason = channel.Unauthorized
	case code >= 500:
		e.Reason = channel.Transient
		e.RetryAfter = time.Duration(ar.Parameters.RetryAfter) * time.Second
	case strings.Contains(lower, "too long"):
		// "message is too long", "message caption is too long": our render exceeded a limit.
		e.Reason = channel.TooLong
	case code == http.StatusConflict:
		// getUpdates while a webhook is set, or two pollers: a setup problem that will not heal itself.
		e.Reason = channel.Permanent
	default:
		// 400 chat not found / can't parse entities / migrated group, 403 kicked / blocked / no rights:
		// the platform will never accept this message as it stands; the description says why.
		e.Reason = channel.Permanent
		if ar.Parameters.MigrateToChatID != 0 {
			e.Err = fmt.Errorf("%w (group moved: set chat to %d)", e.Err, ar.Parameters.MigrateToChatID)
		}
	}
	return e
}

// redactClassified prefixes a FromStatus error with the method and removes the token.
func redactClassified(err error, method, token string) error {
	ce := channel.Classify(err)
	ce.Err = channel.RedactError(fmt.Errorf("telegram: %s: %w", method, ce.Err), token)
	return ce
}

// User is the part of getMe's answer the service uses.
type User struct {
	ID        int64  `json:"id"`
	IsBot     bool   `json:"is_bot"`
	FirstName string `json:"first_name"`
	Username  string `json:"username"`
}

// GetMe returns the bot's own user, which proves the token works.
func (c *Client) GetMe(ctx context.Context) (User, error) {
	var u User
	if err := c.Call(ctx, "getMe", struct{}{}, &u); err != nil {
		return User{}, err
	}
	if !u.IsBot {
		return u, &channel.Error{Reason: channel.Unauthorized, Err: errors.New("telegram: getMe: the token does not belong to a bot")}
	}
	return u, nil
}

// sentMessage is the part of a Message result Send needs for the receipt.
type sentMessage struct {
	MessageID int        `json:"message_id"`
	Date      int64      `json:"date"`
	Photo     photoSizes `json:"photo"`
	Chat      struct {
		ID       int64  `json:"id"`
		Username string `json:"username"`
		Type     string `json:"type"`
	} `json:"chat"`
}

// photoSizes decodes a Message's photo array only as "is there a photo".
type photoSizes bool

// UnmarshalJSON implements json.Unmarshaler.
func (p *photoSizes) UnmarshalJSON(b []byte) error {
	*p = len(b) > 2 && string(b) != "null"
	return nil
}
