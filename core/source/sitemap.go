package source

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"sort"
	"strings"
	"time"

	"paperboy/core/fetch"
	"paperboy/core/store"
)

// Bounds that keep one hostile or enormous sitemap from eating a poll: a "sitemap bomb" (an
// index listing millions of children, or indexes nested without end) is cut off, logged once
// per poll, and the entries read so far are used.
const (
	// SitemapMaxChildren is how many child sitemaps of an index one poll follows (newest first).
	SitemapMaxChildren = 5
	// SitemapMaxDepth is how many index levels are followed below the configured URL.
	SitemapMaxDepth = 2
	// SitemapMaxEntries is how many <url> or <sitemap> entries are read from one document
	// (the sitemap protocol's own limit).
	SitemapMaxEntries = 50000
)

// Sitemap watches a Google News sitemap (news:news), a plain sitemap with <lastmod>, or a
// sitemap index whose newest children are followed.
type Sitemap struct {
	name        string
	url         string
	fetcher     Fetcher
	loc         *time.Location
	maxItems    int
	maxChildren int
	log         *slog.Logger
}

// NewSitemap returns a watcher for the sitemap at sitemapURL; dates without an offset are read
// in loc. A nil log means slog.Default().
func NewSitemap(name, sitemapURL string, f Fetcher, loc *time.Location, maxItems int, log *slog.Logger) *Sitemap {
	if loc == nil {
		loc = time.UTC
	}
	if maxItems <= 0 {
		maxItems = 50
	}
	if log == nil {
		log = slog.Default()
	}
	return &Sitemap{name: name, url: sitemapURL, fetcher: f, loc: loc, maxItems: maxItems,
		maxChildren: SitemapMaxChildren, log: log.With("source", name)}
}

// Name implements Watcher.
func (s *Sitemap) Name() string { return s.name }

// Poll implements Watcher. Only the configured URL is fetched conditionally: when it is
// unchanged nothing else is fetched.
func (s *Sitemap) Poll(ctx context.Context, st store.SourceState) (*Result, error) {
	resp, res, err := getIfChanged(ctx, s.fetcher, s.name, s.url, "application/xml, text/xml;q=0.9, */*;q=0.5", st)
	if err != nil || res.NotModified {
		return res, err
	}
	doc, err := s.parse(resp, s.url)
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", s.name, err)
	}
	res.Title, res.Items = doc.Title, doc.Items
	if doc.Index {
		items, title, err := s.follow(ctx, doc.Children, 1, map[string]bool{s.url: true})
		if err != nil {
			return nil, fmt.Errorf("source %s: %w", s.name, err)
		}
		res.Items = append(res.Items, items...)
		res.Title = firstNonEmpty(res.Title, title)
	}
	res.Items = Newest(res.Items, s.maxItems)
	return res, nil
}

// follow fetches the newest children of an index (depth counts index levels below the root).
// A child that fails is logged and skipped; the poll fails only when every child failed.
func (s *Sitemap) follow(ctx context.Context, children []SitemapChild, depth int, visited map[string]bool) ([]Item, string, error) {
	if depth > SitemapMaxDepth {
		s.log.Warn("sitemap: index nested deeper than the limit: children not followed",
			"max_depth", SitemapMaxDepth, "children", len(children))
		return nil, "", nil
	}
	children = newestChildren(children)
	if len(children) > s.maxChildren {
		s.log.Warn("sitemap: index lists more children than one poll follows: newest kept",
			"children", len(children), "followed", s.maxChildren)
		children = children[:s.maxChildren]
	}
	var items []Item
	var title string
	var errs []error
	for _, c := range children {
		if visited[c.URL] {
			continue // an index that lists itself (or a parent) must not loop
		}
		visited[c.URL] = true
		resp, err := s.fetcher.Get(ctx, fetch.Request{URL: c.URL, Accept: "application/xml, text/xml;q=0.9, */*;q=0.5"})
		if err == nil {
			var doc *SitemapDoc
			if doc, err = s.parse(resp, c.URL); err == nil {
				items = append(items, doc.Items...)
				title = firstNonEmpty(title, doc.Title)
				if doc.Index {
					sub, t, _ := s.follow(ctx, doc.Children, depth+1, visited)
					items = append(items, sub...)
					title = firstNonEmpty(title, t)
				}
				continue
			}
		}
		if ctx.Err() != nil {
			return nil, "", ctx.Err()
		}
		s.log.Warn("sitemap: child sitemap skipped", "url", c.URL, "err", err)
		errs = append(errs, err)
	}
	if len(errs) > 0 && len(errs) == len(children) {
		return nil, "", fmt.Errorf("sitemap: every child failed: %w", errors.Join(errs...))
	}
	return items, title, nil
}

func (s *Sitemap) parse(resp *fetch.Response, fallback string) (*SitemapDoc, error) {
	base := firstNonEmpty(resp.URL, fallback)
	doc, err := ParseSitemap(bytes.NewReader(resp.Body), base, s.loc)
	if err != nil && doc != nil && (len(doc.Items) > 0 || len(doc.Children) > 0) {
		s.log.Warn("sitemap: malformed XML after some entries: using those", "url", base,
			"entries", len(doc.Items)+len(doc.Children), "err", err)
		return doc, nil
	}
	if err != nil {
		return nil, err
	}
	if doc.Truncated {
		s.log.Warn("sitemap: document has more entries than read: rest ignored", "url", base, "max_entries", SitemapMaxEntries)
	}
	return doc, nil
}

// newestChildren orders an index's children newest first by lastmod; undated ones follow in
// document order.
func newestChildren(cs []SitemapChild) []SitemapChild {
	out := append([]SitemapChild(nil), cs...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].LastMod, out[j].LastMod
		return !a.IsZero() && (b.IsZero() || a.After(b))
	})
	return out
}

// SitemapChild is one <sitemap> entry of an index.
type SitemapChild struct {
	URL     string
	LastMod time.Time
}

// SitemapDoc is one parsed sitemap document.
type SitemapDoc struct {
	Index     bool           // a <sitemapindex>: Children are set, Items empty
	Children  []SitemapChild // the index's entries, document order
	Items     []Item         // a <urlset>'s entries, document order
	Title     string         // the first news:publication name
	Truncated bool           // more than SitemapMaxEntries entries: the rest were not read
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    struct {
		Name     string `xml:"publication>name"`
		Language string `xml:"publication>language"`
		Date     string `xml:"publication_date"`
		Title    string `xml:"title"`
		Keywords string `xml:"keywords"`
	} `xml:"news"`
	Images []string `xml:"image>loc"`
}

// ParseSitemap reads a urlset or sitemapindex as a stream. It returns what it read so far along
// with an error when the XML breaks off, so a caller may keep entries before the damage.
func ParseSitemap(r io.Reader, base string, loc *time.Location) (*SitemapDoc, error) {
	baseURL, _ := url.Parse(base)
	d := xml.NewDecoder(r)
	// fetch has already decoded the body to UTF-8; the prolog may still name the original charset.
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	d.Entity = xml.HTMLEntity
	doc := &SitemapDoc{}
	root := ""
	entries := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return doc, fmt.Errorf("sitemap: malformed XML: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
			switch root {
			case "sitemapindex":
				doc.Index = true
			case "urlset":
			default:
				return nil, fmt.Errorf("sitemap: root element <%s> is neither urlset nor sitemapindex", root)
			}
			continue
		}
		if entries >= SitemapMaxEntries {
			doc.Truncated = true
			break
		}
		switch {
		case doc.Index && se.Name.Local == "sitemap":
			var c struct {
				Loc     string `xml:"loc"`
				LastMod string `xml:"lastmod"`
			}
			if err := d.DecodeElement(&c, &se); err != nil {
				return doc, fmt.Errorf("sitemap: malformed XML: %w", err)
			}
			entries++
			if u := resolve(baseURL, c.Loc); u != "" {
				t, _ := parseDate(strings.TrimSpace(c.LastMod), loc)
				doc.Children = append(doc.Children, SitemapChild{URL: u, LastMod: t})
			}
		case !doc.Index && se.Name.Local == "url":
			var u sitemapURL
			if err := d.DecodeElement(&u, &se); err != nil {
				return doc, fmt.Errorf("sitemap: malformed XML: %w", err)
			}
			entries++
			doc.Items = append(doc.Items, u.item(baseURL, loc))
			doc.Title = firstNonEmpty(doc.Title, strings.TrimSpace(u.News.Name))
		default:
			if err := d.Skip(); err != nil {
				return doc, fmt.Errorf("sitemap: malformed XML: %w", err)
			}
		}
	}
	if root == "" {
		return nil, fmt.Errorf("sitemap: empty document")
	}
	return doc, nil
}

func (u *sitemapURL) item(base *url.URL, loc *time.Location) Item {
	it := Item{
		URL:   resolve(base, u.Loc),
		Title: plainText(u.News.Title),
		Lang:  strings.TrimSpace(u.News.Language),
	}
	for _, raw := range []string{u.News.Date, u.LastMod} {
		if t, ok := parseDate(strings.TrimSpace(raw), loc); ok {
			it.Published = t
			break
		}
	}
	for _, k := range strings.Split(u.News.Keywords, ",") {
		if k = strings.TrimSpace(k); k != "" {
			it.Tags = append(it.Tags, k)
		}
	}
	for _, img := range u.Images {
		if it.ImageURL = resolve(base, img); it.ImageURL != "" {
			break
		}
	}
	return it
}

var _ Watcher = (*Sitemap)(nil)
