package source

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"

	"paperboy/core/store"
)

// Selectors say where a listing page keeps its articles.
type Selectors struct {
	Link  string // required: matches each article; its href (or its first a[href]'s) is the link
	Title string // optional, inside each match: the headline (default: the link's text)
	Time  string // optional, inside each match: a datetime attribute or text in the source's zone
}

// Compile checks the selectors' CSS syntax.
func (s Selectors) Compile() error {
	if strings.TrimSpace(s.Link) == "" {
		return fmt.Errorf("source: listing needs a link selector")
	}
	for _, sel := range []string{s.Link, s.Title, s.Time} {
		if sel == "" {
			continue
		}
		if _, err := cascadia.Compile(sel); err != nil {
			return fmt.Errorf("source: bad selector %q: %w", sel, err)
		}
	}
	return nil
}

// Listing watches an HTML "latest news" page through CSS selectors. Pagination is not followed:
// the first page of a listing is where new articles appear.
type Listing struct {
	name     string
	url      string
	fetcher  Fetcher
	sel      Selectors
	loc      *time.Location
	maxItems int
	log      *slog.Logger
	empty    atomic.Bool // the selector matched nothing last time: already warned
}

// NewListing returns a watcher for the page at pageURL. It fails on invalid selectors so a
// typo is reported at start, not as a silent empty source.
func NewListing(name, pageURL string, f Fetcher, sel Selectors, loc *time.Location, maxItems int, log *slog.Logger) (*Listing, error) {
	if err := sel.Compile(); err != nil {
		return nil, err
	}
	if loc == nil {
		loc = time.UTC
	}
	if maxItems <= 0 {
		maxItems = 50
	}
	if log == nil {
		log = slog.Default()
	}
	return &Listing{name: name, url: pageURL, fetcher: f, sel: sel, loc: loc, maxItems: maxItems, log: log.With("source", name)}, nil
}

// Name implements Watcher.
func (l *Listing) Name() string { return l.name }

// Poll implements Watcher. A selector that matches nothing is not an error (the page may be
// between redesigns): it is logged once until it matches again, and the poll yields no items.
func (l *Listing) Poll(ctx context.Context, st store.SourceState) (*Result, error) {
	resp, res, err := getIfChanged(ctx, l.fetcher, l.name, l.url, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", st)
	if err != nil || res.NotModified {
		return res, err
	}
	base := firstNonEmpty(resp.URL, l.url)
	title, items, err := ParseListing(resp.Body, base, l.sel, l.loc)
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", l.name, err)
	}
	if len(items) == 0 {
		if !l.empty.Swap(true) {
			l.log.Warn("listing: selector matched no links: check the page or the selector (warned once until it matches again)",
				"selector", l.sel.Link, "url", base)
		}
	} else if l.empty.Swap(false) {
		l.log.Info("listing: selector matches again", "selector", l.sel.Link, "items", len(items))
	}
	res.Title, res.Items = title, Newest(items, l.maxItems)
	return res, nil
}

// ParseListing finds the articles on a UTF-8 HTML page; links resolve against base (or the
// page's <base href>), and the same link listed twice (teaser and headline) is kept once.
func ParseListing(body []byte, base string, sel Selectors, loc *time.Location) (string, []Item, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return "", nil, fmt.Errorf("listing: parse html: %w", err)
	}
	baseURL, _ := url.Parse(base)
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok && baseURL != nil {
		if b, err := baseURL.Parse(strings.TrimSpace(href)); err == nil {
			baseURL = b
		}
	}
	title := plainText(doc.Find("title").First().Text())
	if og, ok := doc.Find(`meta[property="og:site_name"]`).Attr("content"); ok && strings.TrimSpace(og) != "" {
		title = strings.TrimSpace(og)
	}
	seen := map[string]int{} // link → index in items
	var items []Item
	doc.Find(sel.Link).Each(func(_ int, m *goquery.Selection) {
		a := m
		if goquery.NodeName(m) != "a" {
			a = m.Find("a[href]").First()
		}
		href, ok := a.Attr("href")
		if !ok {
			return
		}
		link := resolve(baseURL, href)
		if link == "" {
			return
		}
		if i, dup := seen[link]; dup {
			// A teaser image and the headline often link the same article: keep the first
			// position, take the first text.
			items[i].Title = firstNonEmpty(items[i].Title, plainText(a.Text()))
			return
		}
		seen[link] = len(items)
		it := Item{URL: link, Title: plainText(a.Text())}
		if sel.Title != "" {
			if t := plainText(m.Find(sel.Title).First().Text()); t != "" {
				it.Title = t
			}
		}
		if sel.Time != "" {
			it.Published = listingTime(m.Find(sel.Time).First(), loc)
		}
		items = append(items, it)
	})
	return title, items, nil
}

// listingTime reads a <time datetime>, a data-time/title attribute, or the element's text.
func listingTime(s *goquery.Selection, loc *time.Location) time.Time {
	if s.Length() == 0 {
		return time.Time{}
	}
	for _, attr := range []string{"datetime", "data-time", "data-date", "title", "content"} {
		if v, ok := s.Attr(attr); ok {
			if t, ok := parseDate(strings.TrimSpace(v), loc); ok {
				return t
			}
		}
	}
	t, _ := parseDate(koreanStamp(s.Text()), loc)
	return t
}

// koreanStamp strips the labels Korean listings put around a time ("입력 2024.05.01 14:03",
// "2024-05-01 오후 2:03") so parseDate sees a plain layout.
func koreanStamp(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{"기사입력", "입력", "수정", "등록"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, p))
	}
	s = strings.TrimSpace(strings.TrimPrefix(s, ":"))
	pm := strings.Contains(s, "오후")
	if pm || strings.Contains(s, "오전") {
		s = strings.Join(strings.Fields(strings.NewReplacer("오후", "", "오전", "").Replace(s)), " ")
		if i := strings.LastIndex(s, " "); i > 0 {
			var h, m int
			if n, _ := fmt.Sscanf(s[i+1:], "%d:%d", &h, &m); n == 2 {
				if pm && h < 12 {
					h += 12
				} else if !pm && h == 12 {
					h = 0
				}
				s = fmt.Sprintf("%s %02d:%02d", s[:i], h, m)
			}
		}
	}
	return s
}

var _ Watcher = (*Listing)(nil)
