package channel

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"paperboy/core/fetch"
)

// Options are the shared dependencies every platform constructor takes. Two ways out, never
// mixed: API for the platform's own endpoints, Media for what a post's content points at.
type Options struct {
	Name string // configured channel name
	// HTTPClient carries calls to the platform's API (timeouts, transport); platform packages
	// use it only through API, which pins it to the configured endpoints. nil = a client with
	// a 30s timeout.
	HTTPClient *http.Client
	// Media downloads URLs taken from content (lead images to upload) through core/fetch's
	// guard. nil = a guarded fetcher with the default limits (private addresses refused).
	Media  MediaFetcher
	Logger *slog.Logger     // nil = slog.Default()
	Now    func() time.Time // injected clock; nil = time.Now
	// Location is the time zone for rendering times; nil = Asia/Seoul.
	Location *time.Location
	// Limiters are rate limiters shared by the channels built together, keyed by account
	// (Mastodon's deletion budget); nil = the channel keeps its own.
	Limiters *Limiters
}

// MediaFetcher downloads a file a post's content points at (its lead image) so a channel can
// upload it to its platform. *fetch.Client is the implementation: the SSRF guard runs in its
// dialer after DNS, every redirect is re-checked, size and type are limited. A channel never
// fetches a content URL any other way.
type MediaFetcher interface {
	Media(ctx context.Context, req fetch.MediaRequest) (*fetch.Media, error)
}

var _ MediaFetcher = (*fetch.Client)(nil)

// WithDefaults returns o with every nil field filled.
func (o Options) WithDefaults() Options {
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if o.Media == nil {
		o.Media = fetch.New(fetch.DefaultConfig())
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Location == nil {
		o.Location = DefaultLocation()
	}
	return o
}

// API returns HTTPClient pinned to the platform endpoints given (the configured api_url,
// homeserver, instance, webhook URL): a request or redirect to any other origin fails before
// it is sent, so a URL taken from content cannot be fetched through the platform's client by
// mistake. Call it on defaulted Options.
func (o Options) API(endpoints ...string) *http.Client {
	hc := o.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	c := *hc
	next := c.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	lock := &originLock{next: next, allowed: map[string]bool{}}
	for _, e := range endpoints {
		if u, err := url.Parse(e); err == nil && u.Host != "" {
			lock.allowed[origin(u)] = true
		}
	}
	c.Transport = lock
	return &c
}

// originLock refuses requests outside the allowed origins.
type originLock struct {
	next    http.RoundTripper
	allowed map[string]bool
}

func (l *originLock) RoundTrip(r *http.Request) (*http.Response, error) {
	if !l.allowed[origin(r.URL)] {
		if r.Body != nil {
			_ = r.Body.Close()
		}
		return nil, fmt.Errorf("channel: %s is not one of the platform's configured endpoints (content URLs go through Options.Media)", RedactURL(r.URL.String()))
	}
	return l.next.RoundTrip(r)
}

// origin is scheme://host[:port] with the default port dropped, lowercased.
func origin(u *url.URL) string {
	scheme, host, port := strings.ToLower(u.Scheme), strings.ToLower(u.Hostname()), u.Port()
	if (scheme == "https" && port == "443") || (scheme == "http" && port == "80") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	return scheme + "://" + host
}

// DefaultLocation is Asia/Seoul (our first newspaper is Korean), or a fixed +09:00 zone when
// the system has no tz database (scratch images without tzdata).
func DefaultLocation() *time.Location {
	if loc, err := time.LoadLocation("Asia/Seoul"); err == nil {
		return loc
	}
	return time.FixedZone("KST", 9*3600)
}
