package pipeline

import (
	"context"
	"net/url"
	"strings"
	"sync"

	"paperboy/core/article"
	"paperboy/core/extract"
	"paperboy/core/fetch"
	"paperboy/core/imagecheck"
	"paperboy/core/summarize"
)

// build fills each candidate's article, fetching pages concurrently when the source asks for
// extraction (four at a time: polite to one publisher, quick enough for a burst).
func (s *Service) build(ctx context.Context, src *watched, title string, cands []*candidate) {
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for _, c := range cands {
		c.art = fromItem(src, title, c)
		c.cut = c.art.Bound()
		if !src.cfg.Extract && (c.art.ImageURL == "" || !src.cfg.ChecksImages()) {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := s.enrich(ctx, src, c); err != nil {
				s.m.ExtractFailures.WithLabelValues(s.m.Source(src.cfg.Name)).Inc()
				s.log.Warn("extraction failed: using the feed's own fields", "source", src.cfg.Name, "url", c.item.URL, "err", err)
			}
		}()
	}
	wg.Wait()
	for _, c := range cands {
		s.noteCut(src, c)
	}
}

// enrich is the one enrich step every article takes, polled or pushed: the page's metadata
// and text laid over what the source said (extract), the summary (the LLM's when one is
// configured), then the lead-image check. Feeds and pages are untrusted, so every field is
// bounded again after extraction. On an extraction error the source's own fields stay and
// the image is still checked; the error is returned for the caller to count or refuse.
func (s *Service) enrich(ctx context.Context, src *watched, c *candidate) error {
	var err error
	if src.cfg.Extract {
		var res *extract.Result
		if res, err = s.extractPage(ctx, c.item.URL); err == nil {
			merge(c.art, res, src.cfg.Summary, src.cfg.Title == "")
			c.cut = c.art.Bound() || c.cut
			s.summarize(ctx, c.art)
		}
	}
	if src.cfg.ChecksImages() {
		s.checkImage(ctx, c.art)
	}
	return err
}

// noteCut counts and logs an article whose fields were cut to their limits (the LLM's summary
// is bounded here too).
func (s *Service) noteCut(src *watched, c *candidate) {
	if c.art.Bound() || c.cut {
		s.m.FieldsCut.WithLabelValues(s.m.Source(src.cfg.Name)).Inc()
		s.log.Info("article fields cut to their limits", "source", src.cfg.Name, "article_id", c.art.ID)
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
