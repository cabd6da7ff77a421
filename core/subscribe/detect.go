package subscribe

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"paperboy/core/fetch"
	"paperboy/core/source"
	"paperboy/core/store"
)

// Found is what Detect learnt about a URL: the kind of source, the URL to watch (a page's
// advertised feed replaces the page) and the newest items as a preview.
type Found struct {
	Type    string        // feed | sitemap | listing
	URL     string        // the URL to watch
	Title   string        // the publication's name, when the document gives one
	Preview []source.Item // newest first, at most PreviewItems
}

// PreviewItems is how many items a preview shows before a source is saved.
const PreviewItems = 3

// Detect fetches raw through f (core/fetch: the SSRF guard, timeouts and body limits apply as
// for any configured source) and tells a feed from a sitemap from an HTML page. A page that
// advertises a feed (<link rel="alternate" type="application/rss+xml">) yields that feed; any
// other page is a listing and needs selector. The preview comes from the very watcher the
// source will run, polled once.
func Detect(ctx context.Context, f source.Fetcher, raw, selector string) (Found, error) {
	if err := CheckURL(raw); err != nil {
		return Found{}, err
	}
	resp, err := f.Get(ctx, fetch.Request{URL: raw, Accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5"})
	if err != nil {
		return Found{}, fmt.Errorf("fetch %s: %w", raw, err)
	}
	body := bytes.TrimSpace(resp.Body)
	head := strings.ToLower(string(body[:min(len(body), 1024)]))
	found := Found{URL: raw}
	switch {
	case strings.Contains(head, "<urlset") || strings.Contains(head, "<sitemapindex"):
		found.Type = "sitemap"
	case strings.HasPrefix(head, "<!doctype html") || strings.Contains(head, "<html"):
		if selector != "" {
			found.Type = "listing"
			break
		}
		alt := feedLink(body, firstNonEmpty(resp.URL, raw))
		if alt == "" {
			return Found{}, fmt.Errorf("%s is a web page that advertises no feed: give its feed or sitemap URL, or a CSS selector for a listing", raw)
		}
		found.Type, found.URL = "feed", alt
	default:
		found.Type = "feed"
	}
	w, err := Watcher(found.Type, "preview", found.URL, selector, f, nil)
	if err != nil {
		return Found{}, err
	}
	res, err := w.Poll(ctx, store.SourceState{})
	if err != nil {
		return Found{}, err
	}
	found.Title = res.Title
	found.Preview = source.Newest(res.Items, PreviewItems)
	return found, nil
}

// Watcher builds the watcher of a runtime source's type (websub is configuration only).
func Watcher(typ, name, u, selector string, f source.Fetcher, log *slog.Logger) (source.Watcher, error) {
	loc, _ := time.LoadLocation("Asia/Seoul")
	switch typ {
	case "feed":
		return source.NewFeed(name, u, f, loc, 50), nil
	case "sitemap":
		return source.NewSitemap(name, u, f, loc, 50, log), nil
	case "listing":
		return source.NewListing(name, u, f, source.Selectors{Link: selector}, loc, 50, log)
	}
	return nil, fmt.Errorf("unknown source type %q", typ)
}

// feedLink is the first feed a page advertises, resolved against base.
func feedLink(page []byte, base string) string {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		return ""
	}
	b, _ := url.Parse(base)
	var out string
	doc.Find(`link[rel~="alternate"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := strings.ToLower(s.AttrOr("type", ""))
		href := strings.TrimSpace(s.AttrOr("href", ""))
		if href == "" || !(strings.Contains(t, "rss") || strings.Contains(t, "atom") || strings.Contains(t, "feed+json")) {
			return true
		}
		if u, err := url.Parse(href); err == nil && b != nil {
			out = b.ResolveReference(u).String()
		}
		return out == ""
	})
	return out
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
