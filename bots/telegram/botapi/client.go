// Package botapi is a small Telegram Bot API client shared by the channel (bots/telegram) and
// the editor bot (bots/telegram/editorbot): one attempt per call, answers classified into
// *channel.Error with typed codes, the token never in an error.
package botapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"paperboy/core/channel"
)

// DefaultURL is the Bot API's base URL.
const DefaultURL = "https://api.telegram.org"

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
	api   *channel.API
}

// NewClient returns a client for apiURL (DefaultAPIURL when empty) and token; hc nil uses a
// client with a 30 s timeout.
func NewClient(apiURL, token string, hc *http.Client) *Client {
	if apiURL = strings.TrimRight(apiURL, "/"); apiURL == "" {
		apiURL = DefaultURL
	}
	if hc == nil {
		hc = channel.Options{}.API(apiURL) // pinned to the Bot API, 30 s timeout
	}
	return &Client{base: apiURL, token: token, api: &channel.API{
		Platform: "telegram", Base: apiURL, Client: hc, Secrets: []string{token}, Check: check,
	}}
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
	var ar apiResponse
	if _, err := c.api.Do(ctx, channel.Call{Path: "/bot" + c.token + "/" + method, Op: method, Body: params}, &ar); err != nil {
		return err
	}
	if result != nil {
		if err := json.Unmarshal(ar.Result, result); err != nil {
			return &channel.Error{Reason: channel.Transient, Err: fmt.Errorf("telegram: %s: decode result: %w", method, err)}
		}
	}
	return nil
}

// check classifies one answer: the Bot API envelope when there is one, else the HTTP status.
func check(r *channel.Response) *channel.Error {
	var ar apiResponse
	if jerr := json.Unmarshal(r.Body, &ar); jerr != nil || (!ar.OK && ar.ErrorCode == 0 && ar.Description == "") {
		// Not the Bot API talking (a proxy or load balancer page): classify by HTTP status alone.
		if r.Status/100 == 2 {
			return &channel.Error{Reason: channel.Transient, Status: r.Status, Err: fmt.Errorf("answer is not Bot API JSON (http %d)", r.Status)}
		}
		return channel.CheckStatus(r)
	}
	if ar.OK {
		return nil
	}
	return classify(r.Status, r.Header, &ar)
}

// Named Bot API conditions, read from the description once here (the Bot API has no finer
// error code than the HTTP-like error_code) and carried in channel.Error.Code.
const (
	CodeNotModified = "message_not_modified" // an edit that changes nothing
	CodeNoText      = "no_text"              // editMessageText on a message that has a caption
	CodeBadImage    = "bad_image"            // the photo itself was refused (URL, type, dimensions)
	CodeTooLong     = "too_long"             // text or caption over the limit
	CodeGone        = "message_not_found"    // the message to edit or delete no longer exists
	CodeCantDelete  = "cant_delete"          // the message exists but may not be deleted (over 48 hours, no rights)
	CodeChatGone    = "chat_gone"            // the chat is gone for this bot: kicked, blocked, deactivated, not found
)

// goneDescriptions are the 403 and 400 descriptions that mean the chat is gone for this bot —
// removed or blocked it, deleted or deactivated —, not that this one message was refused.
var goneDescriptions = []string{
	"bot was kicked", "bot was blocked by the user", "user is deactivated", "bot is not a member",
	"chat not found", "group chat was deactivated",
}

// chatGone reports whether a 400 or 403 answer says the chat is gone for this bot.
func chatGone(code int, lower string) bool {
	if code != http.StatusBadRequest && code != http.StatusForbidden {
		return false
	}
	for _, s := range goneDescriptions {
		if strings.Contains(lower, s) {
			return true
		}
	}
	return false
}

// codeOf names the condition a 400 description reports, "" when it is none of ours.
func codeOf(code int, desc string) string {
	lower := strings.ToLower(desc)
	switch {
	case strings.Contains(lower, "too long"):
		return CodeTooLong
	case chatGone(code, lower):
		return CodeChatGone
	case code != http.StatusBadRequest:
		return ""
	case strings.Contains(lower, "message is not modified"):
		return CodeNotModified
	case strings.Contains(lower, "no text in the message"):
		return CodeNoText
	case strings.Contains(lower, "message to edit not found"), strings.Contains(lower, "message to delete not found"):
		return CodeGone
	case strings.Contains(lower, "message can't be deleted"):
		return CodeCantDelete
	}
	for _, s := range []string{"http url", "url content", "web page content", "photo", "image", "file identifier", "wrong type"} {
		if strings.Contains(lower, s) {
			return CodeBadImage
		}
	}
	return ""
}

// classify maps a Bot API error answer onto channel.Error. error_code wins over the HTTP status
// (they agree on the real API; a proxy may rewrite the status).
func classify(status int, h http.Header, ar *apiResponse) *channel.Error {
	code := ar.ErrorCode
	if code == 0 {
		code = status
	}
	desc := ar.Description
	if desc == "" {
		desc = http.StatusText(code)
	}
	e := &channel.Error{Err: fmt.Errorf("%d %s", code, desc), Status: code, Code: codeOf(code, desc), Description: desc}
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
	case e.Code == CodeTooLong:
		// "message is too long", "message caption is too long": our render exceeded a limit.
		e.Reason = channel.TooLong
	case e.Code == CodeChatGone:
		// Kicked, blocked, deactivated, chat not found: nothing sent to this chat can arrive until
		// someone adds the bot back. A reader's or community's chat is suspended, a configured
		// channel paused; the description says which it was.
		e.Reason = channel.Gone
	case code == http.StatusConflict:
		// getUpdates while a webhook is set, or two pollers: a setup problem that will not heal itself.
		e.Reason = channel.Permanent
	default:
		// 400 can't parse entities / migrated group, 403 no rights: the platform will never
		// accept this message as it stands; the description says why. A migrated group stays
		// Permanent: the error names the new chat id to configure.
		e.Reason = channel.Permanent
		if ar.Parameters.MigrateToChatID != 0 {
			e.Err = fmt.Errorf("%w (group moved: set chat to %d)", e.Err, ar.Parameters.MigrateToChatID)
		}
	}
	return e
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

// HasCode reports whether err is a Bot API error with the named condition (CodeBadImage…).
func HasCode(err error, code string) bool {
	var ce *channel.Error
	return errors.As(err, &ce) && ce.Code == code
}
