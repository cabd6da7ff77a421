package pipeline

import (
	"context"
	"sort"
	"time"

	"paperboy/core/article"
	"paperboy/core/source"
)

// candidate is one listed item on its way through ingest: its identity is settled before any
// page is fetched, so duplicates and known articles cost no request.
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
	skip := s.m.ItemsSkipped.MustCurryWith(map[string]string{"source": s.m.Source(src.cfg.Name)})
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
	// One batched lookup for the whole poll: a feed lists tens of items and most are known, so a
	// round trip per item would dominate a poll that finds nothing new.
	known, err := s.st.Seen(ctx, ids)
	if err != nil {
		return stats, err
	}
	// Known items are where edits show up: the source's on_update policy looks at them before
	// they are dropped as duplicates below.
	s.watchUpdates(ctx, src, title, cands, known)
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
	s.m.Duplicates.WithLabelValues(s.m.Source(src.cfg.Name)).Add(float64(stats.Duplicates))
	// Oldest first, so a channel shows stories in the order they were published.
	sort.SliceStable(fresh, func(i, j int) bool {
		a, b := fresh[i].item.Published, fresh[j].item.Published
		return !a.IsZero() && (b.IsZero() || a.Before(b))
	})
	s.build(ctx, src, title, fresh)
	orders := make([]order, len(fresh))
	for i, c := range fresh {
		orders[i] = order{art: c.art, source: src.cfg.Name}
	}
	// Seen above is only a shortcut; the claim inside enqueue is what makes a delivery happen
	// once. Two replicas polling the same source both pass Seen, and one claim per article and
	// channel wins.
	done, err := s.enqueue(ctx, orders)
	if err != nil {
		return stats, err
	}
	seen := recordOnly
	for i, c := range fresh {
		p := done[i]
		stats.Filtered += len(p.route.Filtered)
		queued := 0
		for _, q := range p.queued {
			if q {
				queued++
			}
		}
		stats.Enqueued += queued
		switch {
		case p.err != nil:
			stats.Unrouted++
			log.Error("article skipped: cannot encode", "article_id", c.art.ID, "err", p.err)
		case queued > 0:
			stats.New++
			log.Info("new article queued", "article_id", c.art.ID, "title", c.art.Title)
		case len(p.route.Channels) == 0:
			stats.Unrouted++ // route filters kept it from every channel
		default:
			stats.Duplicates++ // claimed before (same story under another URL, or another replica won)
		}
		// Both identities are marked: the listed URL's and the canonical one the page declared,
		// so the next poll stops at Seen without fetching the page again.
		seen = append(seen, c.id)
		if c.art.ID != c.id {
			seen = append(seen, c.art.ID)
		}
	}
	s.m.ArticlesSeen.WithLabelValues(s.m.Source(src.cfg.Name)).Add(float64(stats.New))
	// Marked after the enqueue, never before: a crash in between costs one more look next poll
	// (the claims turn it into duplicates), while the other order could mark an article that
	// was never queued and lose it.
	if err := s.st.MarkSeen(ctx, seen, s.cfg.Store.ClaimTTL); err != nil {
		return stats, err
	}
	return stats, nil
}
