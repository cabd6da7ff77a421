package source

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"
	"github.com/mmcdole/gofeed/rss"
	"golang.org/x/net/html"

	"paperboy/core/store"
)

// Feed watches an RSS 0.9x/1.0/2.0, Atom or JSON Feed document with gofeed.
type Feed struct {
	name     string
	url      string
	fetcher  Fetcher
	loc      *time.Location
	maxItems int
}

// NewFeed returns a watcher for the feed at feedURL; dates without an offset are read in loc.
func NewFeed(name, feedURL string, f Fetcher, loc *time.Location, maxItems int) *Feed {
	if loc == nil {
		loc = time.UTC
	}
	if maxItems <= 0 {
		maxItems = 50
	}
	return &Feed{name: name, url: feedURL, fetcher: f, loc: loc, maxItems: maxItems}
}

// Name implements Watcher.
func (f *Feed) Name() string { return f.name }

// Poll implements Watcher.
func (f *Feed) Poll(ctx context.Context, st store.SourceState) (*Result, error) {
	resp, res, err := getIfChanged(ctx, f.fetcher, f.name, f.url,
		"application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5", st)
	if err != nil || res.NotModified {
		return res, err
	}
	base := resp.URL
	if base == "" {
		base = f.url
	}
	parsed, err := ParseFeed(resp.Body, base, f.loc)
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", f.name, err)
	}
	parsed.ETag, parsed.LastModified = res.ETag, res.LastModified
	parsed.Items = Newest(parsed.Items, f.maxItems)
	return parsed, nil
}

// ParseFeed parses a UTF-8 feed document; relative links resolve against base and dates without
// an offset are read in loc. Items keep document order.
func ParseFeed(body []byte, base string, loc *time.Location) (*Result, error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("feed: empty document")
	}
	if looksLikeHTML(trimmed) {
		return nil, fmt.Errorf("feed: got an HTML page, not a feed")
	}
	fp := gofeed.NewParser()
	fp.KeepOriginalFeed = true // for <ttl> and sy:updatePeriod, which the universal feed drops
	doc, err := fp.Parse(bytes.NewReader(trimmed))
	if err != nil {
		return nil, fmt.Errorf("feed: parse: %w", err)
	}
	baseURL, _ := url.Parse(base)
	res := &Result{Title: plainText(doc.Title), MinInterval: feedTTL(doc)}
	for _, it := range doc.Items {
		if it == nil {
			continue
		}
		item := Item{
			GUID:    strings.TrimSpace(it.GUID),
			Title:   plainText(it.Title),
			Summary: plainText(firstNonEmpty(it.Description, it.Content)),
			Lang:    doc.Language,
		}
		// An item without a usable link is kept (the caller logs and skips it): the parser
		// reports what the feed says, the pipeline decides what can be shared.
		item.URL = resolve(baseURL, firstNonEmpty(strings.TrimSpace(it.Link), linkFromGUID(it.GUID)))
		item.ImageURL = resolve(baseURL, itemImage(it))
		item.Author = itemAuthor(it)
		item.Published = itemDate(it, loc)
		for _, c := range it.Categories {
			if c = strings.TrimSpace(c); c != "" {
				item.Tags = append(item.Tags, c)
			}
		}
		res.Items = append(res.Items, item)
	}
	return res, nil
}

// looksLikeHTML spots the HTML page a site answers when its feed moved or sits behind a
// login or consent wall: gofeed would report an unhelpful syntax error, and the editor needs
// to hear that the URL no longer serves a feed.
func looksLikeHTML(b []byte) bool {
	head := strings.ToLower(string(b[:min(len(b), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// plainText removes markup and decodes entities: feed titles often carry HTML (CDATA with <b>,
// &mdash; inside CDATA) that must not reach a platform as literal tags. The x/net tokenizer is
// used rather than a full DOM: a feed has a hundred of these per poll.
func plainText(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if !strings.ContainsAny(s, "<&") {
		return strings.Join(strings.Fields(s), " ")
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0 // inside <script> or <style>
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				skip++
			case "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4":
				b.WriteByte(' ')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				if skip > 0 {
					skip--
				}
			case "p", "div", "li", "tr", "h1", "h2", "h3", "h4":
				b.WriteByte(' ')
			}
		}
	}
}

// firstNonEmpty returns the first value with text in it (unchanged, spaces and all).
func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// linkFromGUID uses an RSS guid as the link when it is a URL: many feeds put the permalink
// only there (isPermaLink defaults to true), and an item without <link> would be lost.
func linkFromGUID(guid string) string {
	g := strings.TrimSpace(guid)
	if strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

// resolve makes ref absolute against the feed's final URL (after redirects), since feeds
// carry relative links; anything that is not http(s) (javascript:, mailto:, data:) is dropped
// because a platform would refuse it or a reader could be harmed by it.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// itemImage picks the item's lead image from the places feeds put one, most explicit first:
// the parser's image, an image enclosure, Media RSS, plain custom elements, and last an
// untyped enclosure whose name looks like an image (publishers often leave type out).
func itemImage(it *gofeed.Item) string {
	if it.Image != nil && it.Image.URL != "" {
		return it.Image.URL
	}
	for _, e := range it.Enclosures {
		if e != nil && strings.HasPrefix(e.Type, "image/") && e.URL != "" {
			return e.URL
		}
	}
	for _, ns := range []string{"media"} {
		for _, name := range []string{"content", "thumbnail"} {
			for _, ext := range it.Extensions[ns][name] {
				if u := ext.Attrs["url"]; u != "" && (name == "thumbnail" || ext.Attrs["medium"] == "image" || strings.HasPrefix(ext.Attrs["type"], "image/")) {
					return u
				}
			}
		}
	}
	// Non-standard but common (livemint and others): <bigimage>, <thumbnail>, <image> as plain elements.
	for _, k := range []string{"bigimage", "image", "thumbnail", "smallimage"} {
		if v := strings.TrimSpace(it.Custom[k]); strings.HasPrefix(v, "http") {
			return v
		}
	}
	for _, e := range it.Enclosures {
		if e != nil && e.URL != "" && e.Type == "" && hasImageExt(e.URL) {
			return e.URL
		}
	}
	return ""
}

// hasImageExt reports an image file extension anywhere in u: CDNs append query strings and
// size suffixes, so a suffix test would miss most of them.
func hasImageExt(u string) bool {
	l := strings.ToLower(u)
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".webp", ".gif"} {
		if strings.Contains(l, ext) {
			return true
		}
	}
	return false
}

// itemAuthor is the first named author, else Dublin Core's creator, which RSS 2.0 feeds use
// because <author> there must be an e-mail address.
func itemAuthor(it *gofeed.Item) string {
	for _, p := range it.Authors {
		if p != nil {
			if n := strings.TrimSpace(p.Name); n != "" {
				return n
			}
		}
	}
	if it.DublinCoreExt != nil && len(it.DublinCoreExt.Creator) > 0 {
		return strings.TrimSpace(it.DublinCoreExt.Creator[0])
	}
	return ""
}

// feedTTL is the feed's own idea of how often to poll: RSS <ttl> minutes, or the syndication
// module's updatePeriod/updateFrequency. Values over a day are ignored as nonsense.
func feedTTL(doc *gofeed.Feed) time.Duration {
	var d time.Duration
	if orig, ok := doc.OriginalFeed().(*rss.Feed); ok && orig != nil {
		if m, err := strconv.Atoi(strings.TrimSpace(orig.TTL)); err == nil && m > 0 {
			d = time.Duration(m) * time.Minute
		}
	}
	if sy := doc.Extensions["sy"]; sy != nil && d == 0 {
		period := map[string]time.Duration{"hourly": time.Hour, "daily": 24 * time.Hour, "weekly": 7 * 24 * time.Hour}
		if p, ok := period[strings.TrimSpace(firstExt(sy["updatePeriod"]))]; ok {
			freq, err := strconv.Atoi(strings.TrimSpace(firstExt(sy["updateFrequency"])))
			if err != nil || freq < 1 {
				freq = 1
			}
			d = p / time.Duration(freq)
		}
	}
	if d > 24*time.Hour {
		return 0
	}
	return d
}

// firstExt is the value of the first extension element of a name, "" when there is none.
func firstExt(es []ext.Extension) string {
	if len(es) == 0 {
		return ""
	}
	return es[0].Value
}

// Newest returns at most n items, keeping the newest by date (undated items count as newest,
// since feeds without dates list new items first) and the input order among those kept.
func Newest(items []Item, n int) []Item {
	if len(items) <= n {
		return items
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ta, tb := items[idx[a]].Published, items[idx[b]].Published
		if ta.IsZero() || tb.IsZero() {
			return ta.IsZero() && !tb.IsZero()
		}
		return ta.After(tb)
	})
	keep := idx[:n]
	// Back to document order: the pipeline sorts by date itself, and undated items keep the
	// order the publisher gave them.
	sort.Ints(keep)
	out := make([]Item, 0, n)
	for _, i := range keep {
		out = append(out, items[i])
	}
	return out
}
