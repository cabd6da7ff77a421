package channel

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
)

// DefaultMaxAnswer bounds how much of a platform's answer API reads: the answers to the calls
// channels make (a message id, an error body) are small.
const DefaultMaxAnswer = 1 << 20

// API is the HTTP side every platform client shares, so each bots/ package keeps only what
// is its platform's own (paths, auth, how its error bodies read): one attempt per call, the
// body encoded, the answer capped, every failure a *Error whose text holds no secret.
type API struct {
	Platform string        // prefixes every error ("telegram: sendMessage: …")
	Base     string        // base URL without trailing slash; Call.Path is appended
	Client   *http.Client  // nil: Options{}.API(Base), pinned to Base's origin, 30 s timeout
	Header   http.Header   // sent with every request (Authorization, User-Agent)
	Secrets  []string      // removed from every error text
	MaxBody  int64         // answer cap; 0 = DefaultMaxAnswer
	Timeout  time.Duration // per-call deadline on top of ctx; 0 = the client's own
	// Check classifies an answer: nil means success. nil Check uses FromStatus (2xx succeeds).
	// It sees the whole capped answer, so it can read envelopes that fail with HTTP 200 (Slack,
	// Telegram) and platform error codes; the returned error's text gets the prefix and redaction.
	Check func(r *Response) *Error
}

// Call is one request an API makes.
type Call struct {
	Method      string     // http.MethodPost when empty
	Path        string     // appended to API.Base (may carry a query)
	URL         string     // a full URL instead of Base+Path (a webhook URL)
	Query       url.Values // added to the URL when not empty
	Op          string     // names the call in errors; default: method and redacted path
	Body        any        // nil, []byte or io.Reader (sent as ContentType), or a value encoded with JSON
	ContentType string     // the body's type; "application/json" for encoded values
	Header      http.Header
	Secrets     []string // more secrets for this call (session tokens)
}

// Response is one answer as API read it: the status, the headers and at most MaxBody bytes.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// Do makes exactly one request and, when the answer passes Check, decodes its JSON into out
// (nil, an empty body or 204 leave out untouched). Every failure is a *Error.
func (a *API) Do(ctx context.Context, c Call, out any) (*Response, error) {
	secrets := append(append([]string(nil), a.Secrets...), c.Secrets...)
	op := c.op()
	fail := func(r Reason, format string, err error) *Error {
		return &Error{Reason: r, Err: RedactError(fmt.Errorf("%s: %s: "+format, a.Platform, op, err), secrets...)}
	}
	body, ctype, err := encodeBody(c.Body, c.ContentType)
	if err != nil {
		return nil, fail(Permanent, "encode: %w", err)
	}
	u := c.URL
	if u == "" {
		u = a.Base + c.Path
	}
	if len(c.Query) > 0 {
		u += "?" + c.Query.Encode()
	}
	if a.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, a.Timeout)
		defer cancel()
	}
	method := c.Method
	if method == "" {
		method = http.MethodPost
	}
	req, err := http.NewRequestWithContext(ctx, method, u, body)
	if err != nil {
		return nil, fail(Permanent, "%w", unwrapURL(err))
	}
	for _, h := range []http.Header{a.Header, c.Header} {
		for k, vs := range h {
			req.Header[k] = vs
		}
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	hc := a.Client
	if hc == nil {
		hc = Options{}.API(a.Base)
	}
	resp, err := hc.Do(req)
	if err != nil {
		// *url.Error prints the URL, which may hold a token or be a secret itself.
		return nil, fail(Transient, "%w", unwrapURL(err))
	}
	defer resp.Body.Close()
	limit := a.MaxBody
	if limit <= 0 {
		limit = DefaultMaxAnswer
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit))
	if err != nil {
		return nil, fail(Transient, "read answer: %w", err)
	}
	r := &Response{Status: resp.StatusCode, Header: resp.Header, Body: data}
	check := a.Check
	if check == nil {
		check = CheckStatus
	}
	if ce := check(r); ce != nil {
		ce.Err = RedactError(fmt.Errorf("%s: %s: %w", a.Platform, op, ce.Err), secrets...)
		ce.Description = RedactError(errors.New(ce.Description), secrets...).Error()
		return r, ce
	}
	if out != nil && len(data) > 0 && resp.StatusCode != http.StatusNoContent {
		if err := json.Unmarshal(data, out); err != nil {
			return r, fail(Transient, "decode answer: %w", err)
		}
	}
	return r, nil
}

// CheckStatus is the default Check: FromStatus on the answer.
func CheckStatus(r *Response) *Error {
	if err := FromStatus(r.Status, r.Header, r.Body); err != nil {
		return Classify(err)
	}
	return nil
}

// op names the call in errors without secrets.
func (c Call) op() string {
	if c.Op != "" {
		return c.Op
	}
	m := c.Method
	if m == "" {
		m = http.MethodPost
	}
	p := c.Path
	if c.URL != "" {
		p = RedactURL(c.URL)
	}
	p, _, _ = strings.Cut(p, "?")
	return strings.ToLower(m) + " " + p
}

// encodeBody turns Call.Body into a reader and its content type.
func encodeBody(b any, ctype string) (io.Reader, string, error) {
	switch v := b.(type) {
	case nil:
		return nil, ctype, nil
	case []byte:
		return bytes.NewReader(v), ctype, nil
	case io.Reader:
		return v, ctype, nil
	}
	enc, err := JSON(b)
	if err != nil {
		return nil, "", err
	}
	if ctype == "" {
		ctype = "application/json"
	}
	return bytes.NewReader(enc), ctype, nil
}

// unwrapURL drops *url.Error's wrapping, which prints the request URL.
func unwrapURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// Trimmed is an answer body cut for an error text: trimmed, at most n bytes, "…" when cut.
func Trimmed(body []byte, n int) string {
	t := strings.TrimSpace(string(body))
	if len(t) > n {
		t = strings.ToValidUTF8(t[:n], "") + "…"
	}
	return t
}
