package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"strings"
)

// ErrNotMedia is wrapped when a fetched body is not of a type the caller accepts.
var ErrNotMedia = errors.New("fetch: unexpected content type")

// Media is a downloaded file a post's content points at (a lead image), as the bytes say it is.
type Media struct {
	URL         string // the final URL, after redirects
	ContentType string // sniffed from the bytes (servers often say octet-stream, or lie)
	Data        []byte // the body as sent, never decoded
}

// MediaRequest names what to download and what is acceptable.
type MediaRequest struct {
	URL      string   // absolute http(s) URL, taken from content: the guard decides whether it may be reached
	MaxBytes int64    // larger bodies are refused; 0 or more than fetch.max_body = fetch.max_body
	Types    []string // acceptable sniffed media types, by prefix ("image/"); empty = image/ only
	Accept   string   // the Accept header; "" = image/*
}

// Media downloads a file referenced by content (an article's lead image) for a channel that
// uploads it to its platform: through the same guard as every fetch (private addresses refused
// after DNS, every redirect re-checked, per-host politeness), with a size cap and the type
// judged from the bytes. SVG and other text never pass as an image.
func (c *Client) Media(ctx context.Context, req MediaRequest) (*Media, error) {
	accept := req.Accept
	if accept == "" {
		accept = "image/*"
	}
	resp, err := c.do(ctx, http.MethodGet, Request{URL: req.URL, Accept: accept, maxBody: req.MaxBytes, raw: true}, 0)
	if err != nil {
		return nil, err
	}
	ctype := http.DetectContentType(resp.Body)
	if i := strings.IndexByte(ctype, ';'); i >= 0 {
		ctype = ctype[:i]
	}
	types := req.Types
	if len(types) == 0 {
		types = []string{"image/"}
	}
	for _, t := range types {
		if strings.HasPrefix(ctype, t) {
			return &Media{URL: resp.URL, ContentType: ctype, Data: resp.Body}, nil
		}
	}
	return nil, fmt.Errorf("%w: %s is %s, not %s", ErrNotMedia, redact(resp.URL), ctype, strings.Join(types, " or "))
}

// WithExemptAddrs lets these exact address:port pairs past the private-address guard, for
// tests that serve content from loopback while checking that every other address is refused.
// Nothing in paperboy's configuration can set it.
func WithExemptAddrs(addrs ...netip.AddrPort) Option {
	return func(c *Client) {
		set := map[netip.AddrPort]bool{}
		for _, a := range addrs {
			set[a] = true
		}
		c.exempt = func(ap netip.AddrPort) bool { return set[ap] }
	}
}
