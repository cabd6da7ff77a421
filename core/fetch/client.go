// Package fetch is the one HTTP client for untrusted content (feeds, article pages,
// images): timeouts, body limits, gzip/deflate, conditional GET, charset → UTF-8, an SSRF
// guard in the dialer and per-host politeness. Platform APIs use their own clients.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"time"
)

// maxRedirects is how many redirects one Get follows.
const maxRedirects = 5

// Request is one conditional GET.
type Request struct {
	URL          string // absolute http or https URL
	ETag         string // sent as If-None-Match when set (from the previous Response)
	LastModified string // sent as If-Modified-Since when set (from the previous Response)
	Accept       string // the Accept header; "" sends */*

	maxBody int64 // a lower body cap than the client's for this request (0 = the client's)
	raw     bool  // keep the body as sent: no charset decoding
}

// Response is a successful (2xx) or not-modified (304) answer.
type Response struct {
	URL          string      // the final URL, after redirects
	Status       int         // HTTP status code
	NotModified  bool        // 304: the content is unchanged and Body is empty
	Body         []byte      // the body, decoded to UTF-8 for textual types, raw otherwise
	Charset      string      // the charset Body was decoded from; "" for binary bodies
	ContentType  string      // the Content-Type header as sent
	ETag         string      // validator for the next Request (kept from the Request on a bare 304)
	LastModified string      // validator for the next Request (kept from the Request on a bare 304)
	Header       http.Header // all response headers
}

// Client fetches untrusted URLs. It is safe for concurrent use.
type Client struct {
	cfg      Config
	http     *http.Client
	hosts    *hostLimiter
	resolver *net.Resolver
	log      *slog.Logger
	now      func() time.Time
	// exempt lets in-package tests reach an httptest server on loopback while the guard
	// stays on for every other address.
	exempt func(netip.AddrPort) bool
}

// Option customises a Client.
type Option func(*Client)

// WithLogger sets the logger for per-request debug lines; the default is slog.Default().
func WithLogger(l *slog.Logger) Option {
	return func(c *Client) {
		if l != nil {
			c.log = l
		}
	}
}

// WithResolver sets the DNS resolver used for connections and CheckURL; tests use it to
// point names at chosen addresses.
func WithResolver(r *net.Resolver) Option {
	return func(c *Client) {
		if r != nil {
			c.resolver = r
		}
	}
}

// New returns a Client for cfg; zero or invalid fields take their defaults (call
// cfg.Validate first to report them instead).
func New(cfg Config, opts ...Option) *Client {
	c := &Client{
		cfg:      cfg.withDefaults(),
		resolver: net.DefaultResolver,
		log:      slog.Default(),
		now:      time.Now,
	}
	for _, o := range opts {
		o(c)
	}
	c.hosts = newHostLimiter(c.cfg.PerHost)
	dialer := &net.Dialer{KeepAlive: 30 * time.Second, Resolver: c.resolver}
	if !c.cfg.AllowPrivate {
		dialer.Control = c.control
	}
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would be dialled instead of the target, blinding the guard
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           100,
		MaxIdleConnsPerHost:    c.cfg.PerHost,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 1 << 20,
		DisableCompression:     true, // we ask for gzip and deflate ourselves and cap the inflated size
	}
	c.http = &http.Client{
		Transport:     &limitedTransport{next: tr, hosts: c.hosts},
		CheckRedirect: checkRedirect,
	}
	return c
}

// HTTPClient is a plain *http.Client over this client's guarded transport (the SSRF check in
// the dialer, every redirect hop re-checked, no proxy) for the few requests to content-given
// URLs that are not a GET: a WebSub subscription POST to a hub named by the feed.
func (c *Client) HTTPClient(timeout time.Duration) *http.Client {
	return &http.Client{Transport: c.http.Transport, CheckRedirect: checkRedirect, Timeout: timeout}
}

// checkRedirect follows at most maxRedirects http(s) redirects and stops at the first
// URL seen twice. The SSRF guard re-checks every hop when it connects.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("%w %q in redirect to %s", ErrUnsupportedScheme, req.URL.Scheme, redact(req.URL.String()))
	}
	for _, prev := range via {
		if prev.URL.String() == req.URL.String() {
			return fmt.Errorf("%w: %s redirects back to %s", ErrRedirectLoop, redact(via[len(via)-1].URL.String()), redact(req.URL.String()))
		}
	}
	if len(via) > maxRedirects {
		return fmt.Errorf("%w: more than %d from %s", ErrTooManyRedirects, maxRedirects, redact(via[0].URL.String()))
	}
	return nil
}

// Get fetches req.URL. A 304 gives a Response with NotModified set; any other status
// outside 2xx gives a *StatusError. Textual bodies come back as UTF-8 (see Decode).
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	return c.do(ctx, http.MethodGet, req, 0)
}

// Head sends HEAD with the same guard, limits and politeness as Get; the Response has no body.
// Statuses outside 2xx are a *StatusError.
func (c *Client) Head(ctx context.Context, req Request) (*Response, error) {
	return c.do(ctx, http.MethodHead, req, 0)
}

// GetPrefix asks for the first n bytes (Range: bytes=0-n-1) and keeps at most n bytes whether
// the server answers 206 or the whole 200 — enough to read an image's dimensions without
// downloading it. The body is returned as sent, never decoded.
func (c *Client) GetPrefix(ctx context.Context, req Request, n int64) (*Response, error) {
	if n <= 0 {
		return nil, fmt.Errorf("fetch: prefix of %d bytes", n)
	}
	return c.do(ctx, http.MethodGet, req, n)
}

// do makes one request; prefix > 0 asks for and keeps only that many bytes.
func (c *Client) do(ctx context.Context, method string, req Request, prefix int64) (*Response, error) {
	u, err := parseURL(req.URL)
	if err != nil {
		return nil, err
	}
	hr, err := http.NewRequestWithContext(ctx, method, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch: build request for %s: %w", redact(req.URL), err)
	}
	host := hostKey(hr)
	release, err := c.hosts.acquire(ctx, host)
	if err != nil {
		return nil, fmt.Errorf("fetch: waiting for a connection slot to %s: %w", host, err)
	}
	defer release()

	// The timeout starts once we hold the slot: queueing behind our own requests to a slow
	// host is politeness, not the host's fault.
	ctx, cancel := context.WithTimeout(context.WithValue(ctx, heldHostKey{}, host), c.cfg.Timeout)
	defer cancel()
	hr = hr.WithContext(ctx)
	hr.Header.Set("User-Agent", c.cfg.UserAgent)
	accept := req.Accept
	if accept == "" {
		accept = "*/*"
	}
	hr.Header.Set("Accept", accept)
	if prefix > 0 {
		// A byte range of a compressed body is useless: ask for the bytes themselves.
		hr.Header.Set("Accept-Encoding", "identity")
		hr.Header.Set("Range", fmt.Sprintf("bytes=0-%d", prefix-1))
	} else {
		hr.Header.Set("Accept-Encoding", "gzip, deflate")
	}
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}

	resp, err := c.http.Do(hr)
	if err != nil {
		return nil, c.doError(ctx, req.URL, err)
	}
	defer resp.Body.Close()

	out := &Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Header:       resp.Header,
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = req.ETag
		}
		if out.LastModified == "" {
			out.LastModified = req.LastModified
		}
		c.log.DebugContext(ctx, "fetch: not modified", "url", redact(out.URL))
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		// Drain a little so the connection can be reused; error bodies are not needed.
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
		return nil, &StatusError{
			Code:       resp.StatusCode,
			RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), c.now()),
			URL:        out.URL,
		}
	}

	if method == http.MethodHead {
		return out, nil
	}
	if prefix > 0 {
		body, err := io.ReadAll(io.LimitReader(resp.Body, prefix))
		if err != nil {
			return nil, c.doError(ctx, out.URL, err)
		}
		out.Body = body
		return out, nil
	}
	limit := c.cfg.MaxBody
	if req.maxBody > 0 && req.maxBody < limit {
		limit = req.maxBody
	}
	body, err := readBody(resp, limit)
	if err != nil {
		return nil, c.doError(ctx, out.URL, err)
	}
	out.Body = body
	if !req.raw && isText(out.ContentType, body) {
		out.Body, out.Charset = Decode(body, out.ContentType)
	}
	c.log.DebugContext(ctx, "fetch: fetched", "url", redact(out.URL), "status", out.Status,
		"bytes", len(body), "charset", out.Charset)
	return out, nil
}

// doError turns transport errors into this package's: our own typed errors pass through
// as they are, and *url.Error (which prints the full URL, query tokens included) is
// replaced by a redacted message.
func (c *Client) doError(ctx context.Context, rawURL string, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var (
		pe *PrivateAddressError
		te *TooLargeError
	)
	switch {
	case errors.As(err, &pe):
		return pe
	case errors.As(err, &te):
		return te
	case errors.Is(err, ErrRedirectLoop), errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrUnsupportedScheme):
		return err
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("fetch: GET %s: timed out after %s: %w", redact(rawURL), c.cfg.Timeout, context.DeadlineExceeded)
	}
	return fmt.Errorf("fetch: GET %s: %w", redact(rawURL), err)
}
