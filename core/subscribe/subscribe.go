// Package subscribe is the runtime side of sources and routes: what editors add from chat, the
// dashboard or the CLI is kept in the store's catalog (store.Catalog), merged with the
// configuration file (which wins on a name clash) and picked up by every replica within seconds.
package subscribe

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"paperboy/config"
	"paperboy/core/store"
)

// Catalog kinds this package keeps.
const (
	KindSource = "source" // a runtime Source
	KindRoute  = "route"  // a runtime Route
)

// Errors callers turn into replies.
var (
	ErrConfigOwned = errors.New("defined in the configuration file: change it there")
	ErrExists      = errors.New("the name is taken")
	ErrNotFound    = errors.New("no such runtime source or route")
	ErrLimit       = errors.New("the deployment's limit on runtime sources is reached")
)

// DuplicateURLError says the URL is watched already (one poll per feed URL, however many follow it).
type DuplicateURLError struct{ Name string }

// Error names the source that already watches the URL, for the editor who tried to add it.
func (e *DuplicateURLError) Error() string {
	return fmt.Sprintf("this URL is watched already as source %q: route that one instead", e.Name)
}

// Source is a source added at runtime.
type Source struct {
	Name     string        `json:"name"`
	Type     string        `json:"type"` // feed | sitemap | listing
	URL      string        `json:"url"`
	Interval time.Duration `json:"interval"`
	Selector string        `json:"selector,omitempty"` // listing: CSS selector of the article links
	Title    string        `json:"title,omitempty"`    // publication name, from the feed when detected
	AddedBy  string        `json:"added_by,omitempty"` // who added it: "cli", "dashboard:ops", "telegram:123"
	Added    time.Time     `json:"added"`
	// Disabled is set when the source failed for subscriptions.disable_after; it is not polled.
	Disabled       bool      `json:"disabled,omitempty"`
	DisabledAt     time.Time `json:"disabled_at,omitzero"`
	DisabledReason string    `json:"disabled_reason,omitempty"`
}

// Config is the source as the pipeline runs it, with the file's defaults.
func (s Source) Config() config.Source {
	c := config.Source{Name: s.Name, Type: s.Type, URL: s.URL, Interval: s.Interval, Title: s.Title, Selector: s.Selector}
	c.ApplyDefaults()
	return c
}

// Route sends runtime or configured sources to configured channels.
type Route struct {
	Name     string   `json:"name"`
	Sources  []string `json:"sources"`
	Channels []string `json:"channels"`
	Include  []string `json:"include,omitempty"`
	Exclude  []string `json:"exclude,omitempty"`
	AddedBy  string   `json:"added_by,omitempty"`
}

// Config is the route as the router compiles it.
func (r Route) Config() config.Route {
	return config.Route{Sources: r.Sources, Channels: r.Channels, Include: r.Include, Exclude: r.Exclude}
}

// Registry reads and changes the runtime sources and routes of one deployment.
type Registry struct {
	cat store.Catalog
	cfg *config.Config
	now func() time.Time
}

// New returns a Registry over the store's catalog for the deployment cfg configures.
func New(cat store.Catalog, cfg *config.Config) *Registry {
	return &Registry{cat: cat, cfg: cfg, now: time.Now}
}

var namePattern = regexp.MustCompile(`^[A-Za-z0-9가-힣][A-Za-z0-9가-힣._-]{0,63}$`)

// Sources lists the runtime sources, by name.
func (r *Registry) Sources(ctx context.Context) ([]Source, error) {
	return list[Source](ctx, r.cat, KindSource)
}

// Routes lists the runtime routes, by name.
func (r *Registry) Routes(ctx context.Context) ([]Route, error) {
	return list[Route](ctx, r.cat, KindRoute)
}

func list[T any](ctx context.Context, cat store.Catalog, kind string) ([]T, error) {
	objs, err := cat.Objects(ctx, kind)
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(objs))
	for _, o := range objs {
		var v T
		if err := json.Unmarshal(o.Data, &v); err != nil {
			// One damaged record must not hide the others (nor stop every replica's reload).
			continue
		}
		out = append(out, v)
	}
	return out, nil
}

func (r *Registry) put(ctx context.Context, kind, name string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = r.cat.PutObject(ctx, store.Object{Kind: kind, Name: name, Data: raw})
	return err
}

func (r *Registry) configSource(name string) (config.Source, bool) {
	for _, s := range r.cfg.Sources {
		if s.Name == name {
			return s, true
		}
	}
	return config.Source{}, false
}

// SameURL reports whether two source URLs name the same feed: scheme and host case, a default
// port and a trailing slash make no difference.
func SameURL(a, b string) bool { return normURL(a) == normURL(b) }

func normURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	u.Host = strings.TrimSuffix(strings.TrimSuffix(u.Host, ":443"), ":80")
	u.Fragment = ""
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u.String()
}

// CheckURL accepts an absolute http(s) URL; the SSRF guard itself runs when it is fetched.
func CheckURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return fmt.Errorf("not an http(s) URL like https://example.com/rss: %q", raw)
	}
	return nil
}

// NameFor proposes a source name from a URL's host: "www.example.co.kr" → "example-co-kr".
func NameFor(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return "source"
	}
	h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	h = strings.NewReplacer(".", "-", ":", "-").Replace(h)
	if len(h) > 56 {
		h = h[:56]
	}
	return h
}
