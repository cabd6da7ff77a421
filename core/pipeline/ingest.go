package pipeline

import (
	"context"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"paperboy/core/article"
	"paperboy/core/extract"
	"paperboy/core/fetch"
	"paperboy/core/imagecheck"
	"paperboy/core/outbox"
	"paperboy/core/source"
	"paperboy/core/store"
	"paperboy/core/summarize"
)

type candidate struct {
	item source.Item
	link string // the link readers get: tracking parameters and fragment removed, scheme kept
	id   string // identity: article.ID of the canonical URL
	art  *article.Article
	cut  bool // a field was cut to its ingest limit
}

// ingest turns a poll's items into queued deliveries. firstSight marks the first poll of a
// source, where backfill decides which items are only recorded.
func (s *Service) ingest(ctx context.Context, src *watched, title string, items []source.Item, firstSight bool) (PollStats, error) {
	var stats PollStats
	log := s.log.With("source", src.cfg.Name)
	byID := map[string]bool{}
	var cands []*candidate
	skip := s.m.ItemsSkipped.MustCurryWith(map[string]string{"source": src.cfg.Name})
	for _, it := range items {
		if it.URL == "" {
			skip.WithLabelValues("no_link").Inc()
			log.Warn("item skipped: it has no link to share", "title", it.Title, "guid", it.GUID)
			continue
		}
		if len(it.URL) > article.MaxURL {
			skip.WithLabelValues("link_too_long").Inc()
			log.Warn("item skipped: its link is longer than the limit", "bytes", len(it.URL), "max_bytes", article.MaxURL, "url", it.URL)
			continue
		}
		c, err := article.Canonical(it.URL)
		if err != nil {
			skip.WithLabelValues("bad_link").Inc()
			log.Warn("item skipped: bad link", "url", it.URL, "err", err)
			continue
		}
		link, _ := article.Clean(it.URL)
		id := article.ID(c)
		stats.Articles++ // every listing with a usable link: a story listed twice counts twice
		if byID[id] {
			stats.Duplicates++ // the same article listed twice (a utm-tagged variant, say)
			continue
		}
		byID[id] = true
		cands = append(cands, &candidate{item: it, link: link, id: id})
	}
	ids := make([]string, len(cands))
	for i, c := range cands {
		ids[i] = c.id
	}
	known, err := s.st.Seen(ctx, ids)
	if err != nil {
		return stats, err
	}
	var fresh []*candidate
	var recordOnly []string
	now := s.now()
	cutoff := now.Add(-src.cfg.Backfill)
	for i, c := range cands {
		// A date in the future is a publisher's time-zone mistake: it would sort the story
		// last and show a time that has not happened. Use the moment we saw it.
		if c.item.Published.After(now.Add(10 * time.Minute)) {
			log.Info("item dated in the future: using the time it was seen", "url", c.item.URL, "published", c.item.Published.Format(time.RFC3339))
			c.item.Published = now
		}
		switch {
		case known[i]:
			stats.Duplicates++
		case firstSight && src.cfg.Backfill > 0 && (c.item.Published.IsZero() || c.item.Published.Before(cutoff)):
			// An undated item cannot prove it is inside the window: recording it keeps a feed
			// without dates from flooding a new channel with its whole archive.
			recordOnly = append(recordOnly, c.id)
		default:
			fresh = append(fresh, c)
		}
	}
	stats.Recorded = len(recordOnly)
	s.m.Duplicates.WithLabelValues(src.cfg.Name).Add(float64(stats.Duplicates))
	// Oldest first, so a channel shows stories in the order they were published.
	sort.SliceStable(fresh, func(i, j int) bool {
		a, b := fresh[i].item.Published, fresh[j].item.Published
		return !a.IsZero() && (b.IsZero() || a.Before(b))
	})
	s.build(ctx, src, title, fresh)
	detected := s.now()
	var jobs []store.Job
	var owner []int
	routed := make([]bool, len(fresh))
	for i, c := range fresh {
		d := s.route(src.cfg.Name, c.art.Title, c.art.Summary)
		stats.Filtered += len(d.Filtered)
		for _, ch := range d.Channels {
			j, err := outbox.NewJob(ch, c.art, outbox.Payload{Post: c.art.Post(), Source: src.cfg.Name, Detected: detected}, s.cfg.Store.ClaimTTL)
			if err != nil {
				log.Error("article skipped: cannot encode", "article_id", c.art.ID, "err", err)
				continue
			}
			j.FingerprintTTL = s.cfg.Store.FingerprintWindow
			jobs = append(jobs, j)
			owner = append(owner, i)
			routed[i] = true
		}
	}
	ok, err := s.st.EnqueueMany(ctx, jobs)
	if err != nil {
		return stats, err
	}
	claimed := make([]bool, len(fresh))
	for k, won := range ok {
		if won {
			claimed[owner[k]] = true
			stats.Enqueued++
			s.m.Enqueued.WithLabelValues(jobs[k].Channel).Inc()
		}
	}
	seen := recordOnly
	for i, c := range fresh {
		switch {
		case claimed[i]:
			stats.New++
			log.Info("new article queued", "article_id", c.art.ID, "title", c.art.Title)
		case !routed[i]:
			stats.Unrouted++ // route filters kept it from every channel
		default:
			stats.Duplicates++ // claimed before (same story under another URL, or another replica won)
		}
		seen = append(seen, c.id)
		if c.art.ID != c.id {
			seen = append(seen, c.art.ID)
		}
	}
	s.m.ArticlesSeen.WithLabelValues(src.cfg.Name).Add(float64(stats.New))
	if err := s.st.MarkSeen(ctx, seen, s.cfg.Store.ClaimTTL); err != nil {
		return stats, err
	}
	return stats, nil
}

// build fills each candidate's article, fetching pages concurrently when the source asks for
// extraction (four at a time: polite to one publisher, quick enough for a burst).
func (s *Service) build(ctx context.Context, src *watched, title string, cands []*candidate) {
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for _, c := range cands {
		// Feeds and pages are untrusted: every field is bounded before it is fetched, stored,
		// queued or logged (again after extraction and summaries, below).
		c.art = fromItem(src, title, c)
		c.cut = c.art.Bound()
		if !src.cfg.Extract && (c.art.ImageURL == "" || !src.cfg.ChecksImages()) {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			if src.cfg.Extract {
				res, err := s.extractPage(ctx, c.item.URL)
				if err != nil {
					s.m.ExtractFailures.WithLabelValues(src.cfg.Name).Inc()
					s.log.Warn("extraction failed: using the feed's own fields", "source", src.cfg.Name, "url", c.item.URL, "err", err)
				} else {
					merge(c.art, res, src.cfg.Summary, src.cfg.Title == "")
					c.cut = c.art.Bound() || c.cut
					s.summarize(ctx, c.art)
				}
			}
			if src.cfg.ChecksImages() {
				s.checkImage(ctx, c.art)
			}
		}()
	}
	wg.Wait()
	for _, c := range cands {
		if c.art.Bound() || c.cut {
			s.m.FieldsCut.WithLabelValues(src.cfg.Name).Inc()
			s.log.Info("article fields cut to their limits", "source", src.cfg.Name, "article_id", c.art.ID)
		}
	}
}

// summarize replaces the extractive lead with the LLM's summary when one is configured; any
// failure keeps the lead (the summarizer logs why).
func (s *Service) summarize(ctx context.Context, a *article.Article) {
	if s.llm.Enabled() && a.Body != "" {
		a.Summary, _ = s.llm.Summarize(ctx, a.Title, a.Body, a.Lang, a.Summary)
	}
}

// checkImage drops a lead image that is not a usable picture (a 404, an HTML error page, a
// tracking pixel, a logo strip): a channel sending a photo by URL would fail on it, and a
// broken card looks worse than none.
func (s *Service) checkImage(ctx context.Context, a *article.Article) {
	if a.ImageURL == "" {
		return
	}
	if _, err := imagecheck.Check(ctx, s.fetcher, a.ImageURL); err != nil {
		s.log.Info("lead image dropped", "article_id", a.ID, "image", a.ImageURL, "reason", err)
		a.ImageURL = ""
	}
}

func (s *Service) extractPage(ctx context.Context, pageURL string) (*extract.Result, error) {
	resp, err := s.fetcher.Get(ctx, fetch.Request{URL: pageURL, Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
	if err != nil {
		return nil, err
	}
	final := resp.URL
	if final == "" {
		final = pageURL
	}
	// Text pages go the text way; the fetch time dates "3시간 전"-style bylines.
	return extract.Decoded(final, resp.Body, resp.ContentType, extract.Options{Now: s.now()})
}

// fromItem is the article as the feed describes it.
func fromItem(src *watched, title string, c *candidate) *article.Article {
	it := c.item
	a := &article.Article{
		ID: c.id, URL: c.link, Source: src.cfg.Name, SourceTitle: title, Title: it.Title,
		ImageURL: it.ImageURL, Author: it.Author, Published: it.Published, Lang: firstOf(it.Lang, src.cfg.Lang),
		Tags: append(append([]string{}, src.cfg.Tags...), it.Tags...),
	}
	a.Summary = summarize.Lead(it.Summary, src.cfg.Summary)
	if a.Title == "" {
		a.Title = summarize.Lead(it.Summary, 80)
	}
	return a
}

// merge lays the page's own metadata over the feed's: the page knows its lead image, byline
// and full text; the feed's values stay where the page is silent.
// With siteName set, the page's og:site_name names the source: it is the publication's own
// name, where a feed title is often "Site - All news".
func merge(a *article.Article, r *extract.Result, budget int, siteName bool) {
	if a.Title == "" {
		a.Title = r.Title
	}
	body := strings.TrimSpace(r.Body)
	switch {
	case len([]rune(body)) >= 80:
		a.Summary = summarize.Lead(body, budget)
	case r.Description != "" && a.Summary == "":
		a.Summary = summarize.Lead(r.Description, budget)
	}
	a.Body = body
	if r.ImageURL != "" {
		a.ImageURL = r.ImageURL
	}
	if r.Author != "" {
		a.Author = r.Author
	}
	if a.Published.IsZero() {
		a.Published = r.Published
	}
	if siteName || a.SourceTitle == "" {
		a.SourceTitle = firstOf(r.SiteName, a.SourceTitle)
	}
	if a.Lang == "" {
		a.Lang = r.Lang
	}
	if len(a.Tags) == 0 {
		a.Tags = r.Tags
	}
	// The page's canonical link folds m./amp/tracking variants into one story, but only on the
	// same site: a canonical pointing elsewhere (syndication) must not hijack identity.
	if r.CanonicalURL != "" && sameSite(a.URL, r.CanonicalURL) {
		c, err1 := article.Canonical(r.CanonicalURL)
		link, err2 := article.Clean(r.CanonicalURL)
		if err1 == nil && err2 == nil {
			a.URL, a.ID = link, article.ID(c)
		}
	}
}

func sameSite(a, b string) bool {
	ua, err1 := url.Parse(a)
	ub, err2 := url.Parse(b)
	if err1 != nil || err2 != nil {
		return false
	}
	trim := func(h string) string {
		h = strings.ToLower(h)
		for _, p := range []string{"www.", "m.", "amp.", "mobile."} {
			h = strings.TrimPrefix(h, p)
		}
		return h
	}
	return trim(ua.Hostname()) == trim(ub.Hostname())
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
