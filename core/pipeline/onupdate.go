package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"paperboy/core/article"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// Sources with on_update: notify or edit remember a hash of each item's title and summary.
// When an item already seen comes back with another hash (same canonical link), the article
// changed at the source: notify records it in the article's history for editors (/posts, the
// dashboard) and, when an editor bot has notify targets, tells them with a one-tap Publish;
// edit re-reads it through the enrich step and updates every post of it — at
// most once per article per min_update_interval.

func itemKey(id string) string { return "item:rev:" + id }
func autoKey(id string) string { return "item:auto:" + id }
func itemHash(title, summary string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(title) + "\x00" + strings.TrimSpace(summary)))
	return hex.EncodeToString(sum[:8])
}

// watchUpdates compares the poll's items with the hashes remembered for them; known[i] says
// cands[i] was seen before. Failures are logged: a missed update is not worth failing a poll.
func (s *Service) watchUpdates(ctx context.Context, src *watched, title string, cands []*candidate, known []bool) {
	policy := src.cfg.OnUpdate
	if policy == "" || policy == "ignore" {
		return
	}
	log := s.log.With("source", src.cfg.Name)
	ttl := s.cfg.Store.ClaimTTL
	if ttl <= 0 {
		ttl = store.DefaultClaimTTL
	}
	for i, c := range cands {
		h := itemHash(c.item.Title, c.item.Summary)
		if !known[i] {
			if err := s.st.PutValue(ctx, itemKey(c.id), []byte(h), ttl); err != nil {
				log.Warn("could not remember an item for update detection", "url", c.item.URL, "err", err)
			}
			continue
		}
		old, err := s.st.GetValue(ctx, itemKey(c.id))
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			log.Warn("could not read an item's last version", "url", c.item.URL, "err", err)
			continue
		}
		if string(old) == h {
			continue
		}
		if err := s.st.PutValue(ctx, itemKey(c.id), []byte(h), ttl); err != nil {
			log.Warn("could not remember an item for update detection", "url", c.item.URL, "err", err)
			continue
		}
		if old == nil {
			continue // first time this item is watched: nothing to compare with
		}
		s.itemChanged(ctx, src, title, c, policy)
	}
}

// itemChanged acts on one changed item per the source's policy.
func (s *Service) itemChanged(ctx context.Context, src *watched, title string, c *candidate, policy string) {
	log := s.log.With("source", src.cfg.Name, "article_id", c.id, "url", c.item.URL)
	recs, err := s.st.ReceiptsOf(ctx, c.id)
	if err != nil || len(recs) == 0 {
		return // never posted (or the store is away): nothing to correct
	}
	by := "source:" + src.cfg.Name
	if policy == "notify" {
		log.Info("the source changed an article already posted: editors may publish it with /correct", "title", c.item.Title)
		a := store.Audit{At: s.now().UTC(), Who: by, Action: "update_detected", Reason: c.item.Title, Outcome: "notify"}
		if err := s.st.AppendAudit(ctx, c.id, a); err != nil {
			log.Warn("could not record a detected update", "err", err)
		}
		if s.notifier() == nil {
			return
		}
	}
	every := src.cfg.MinUpdateInterval
	if every <= 0 {
		every = 10 * time.Minute
	}
	if _, err := s.st.GetValue(ctx, autoKey(c.id)); err == nil {
		log.Info("the source changed an article again within min_update_interval: not acted on now", "on_update", policy, "min_update_interval", every)
		return
	}
	if err := s.st.PutValue(ctx, autoKey(c.id), []byte(by), every); err != nil {
		log.Warn("could not hold the automatic-update interval", "err", err)
		return
	}
	s.build(ctx, src, title, []*candidate{c})
	if policy == "notify" {
		if err := s.notifier().ArticleChanged(ctx, c.art); err != nil {
			log.Warn("editors could not be told of a changed article", "err", err)
			return
		}
		log.Info("editors told of a changed article: one tap publishes the update")
		return
	}
	out, err := s.Correct(ctx, c.id, c.art.Post(), "updated at the source", by)
	if err != nil {
		log.Warn("automatic update failed", "err", err)
		return
	}
	log.Info("the source changed an article: updating every post", "outcome", outbox.Summary(out))
}

// Notifier tells editors that the source changed an article already posted, offering the
// update with one tap (editor.Service, when an editor bot has notify targets).
type Notifier interface {
	ArticleChanged(ctx context.Context, a *article.Article) error
}

// notifierBox holds the Notifier for an atomic swap: SetNotifier may run while polls do.
type notifierBox struct{ n Notifier }

// SetNotifier makes on_update: notify sources announce changed articles through n.
func (s *Service) SetNotifier(n Notifier) {
	if n == nil {
		s.notify.Store(nil)
		return
	}
	s.notify.Store(&notifierBox{n})
}

// Notifier is what SetNotifier set: nil when changed articles are only recorded.
func (s *Service) Notifier() Notifier { return s.notifier() }

func (s *Service) notifier() Notifier {
	if b := s.notify.Load(); b != nil {
		return b.n
	}
	return nil
}
