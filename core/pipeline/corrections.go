package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/editor"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// The editor commands /correct, /retract and /posts reach the service only through this
// interface; the assertion keeps the two in step at compile time.
var _ editor.Corrector = (*Service)(nil)

// Posts implements editor.Corrector: the link as given is canonicalised; when no post is
// found under it, the page is read (as /push does) and its own canonical link is tried.
func (s *Service) Posts(ctx context.Context, rawURL string) (editor.Posts, error) {
	c, err := article.Canonical(rawURL)
	if err != nil {
		return editor.Posts{}, err
	}
	ps, err := s.postsOf(ctx, article.ID(c), c)
	if err != nil || len(ps.Posts) > 0 {
		return ps, err
	}
	// Editors paste the link they see (a share link, a mobile page), while posts are filed
	// under the canonical URL the page declared when it was sent. Reading the page is the
	// only way from one to the other; a page that cannot be read just means "no posts".
	a, err := s.Preview(ctx, rawURL)
	if err != nil || a.URL == c {
		return ps, nil
	}
	return s.postsOf(ctx, a.ID, a.URL)
}

// postsOf gathers an article's receipts into the editor's view: one line per channel with
// its links, the post as most recently shown, and the audit trail.
func (s *Service) postsOf(ctx context.Context, id, link string) (editor.Posts, error) {
	out := editor.Posts{ArticleID: id, URL: link}
	recs, err := s.st.ReceiptsOf(ctx, id)
	if err != nil {
		return out, err
	}
	types := map[string]string{}
	for _, cc := range s.cfg.Channels {
		types[cc.Name] = cc.Type
	}
	var newest store.Receipt
	for _, r := range recs {
		var rc channel.Receipt
		// An unreadable receipt still lists its channel (without links): the editor must see
		// that something was posted there.
		_ = json.Unmarshal(r.Data, &rc)
		p := editor.Post{Channel: r.Channel, Type: types[r.Channel], Revision: r.Revision, State: editor.StateOf(r),
			SentAt: r.SentAt, UpdatedAt: r.UpdatedAt, Updates: r.Updates}
		for _, m := range rc.AllMessages() {
			if m.URL != "" {
				p.Links = append(p.Links, m.URL)
			}
		}
		out.Posts = append(out.Posts, p)
		// The most recently updated receipt holds the text readers see now; a retraction
		// quotes that, not the first version.
		if r.UpdatedAt.After(newest.UpdatedAt) || newest.Post == nil {
			newest = r
		}
	}
	if newest.Post != nil {
		if err := json.Unmarshal(newest.Post, &out.Shown); err != nil {
			return out, fmt.Errorf("pipeline: posts of %s: %w", id, err)
		}
		if out.Shown.URL != "" {
			out.URL = out.Shown.URL
		}
	}
	out.Audit, err = s.st.AuditOf(ctx, id)
	return out, err
}

// Correct implements editor.Corrector.
func (s *Service) Correct(ctx context.Context, articleID string, post article.Post, reason, by string) ([]outbox.Planned, error) {
	if articleID == "" {
		return nil, errors.New("pipeline: correct: no article")
	}
	out, err := outbox.Correct(ctx, s.st, s.change(articleID, post, reason, by))
	s.log.Info("correction requested", "article_id", articleID, "by", by, "reason", reason, "revision", post.Revision(), "outcome", outbox.Summary(out), "err", err)
	return out, err
}

// Retract implements editor.Corrector.
func (s *Service) Retract(ctx context.Context, articleID, reason, by string) ([]outbox.Planned, error) {
	if articleID == "" {
		return nil, errors.New("pipeline: retract: no article")
	}
	ps, err := s.postsOf(ctx, articleID, "")
	if err != nil {
		return nil, err
	}
	out, err := outbox.Retract(ctx, s.st, s.change(articleID, ps.Shown, reason, by))
	s.log.Info("retraction requested", "article_id", articleID, "by", by, "reason", reason, "outcome", outbox.Summary(out), "err", err)
	return out, err
}

// change describes a correction or withdrawal for the outbox: every configured channel and
// every chat is named (the outbox leaves out those the article never reached), and its claims live as
// long as the article's, so repeating the same /correct answers "already" instead of
// queueing it twice.
func (s *Service) change(id string, post article.Post, reason, by string) outbox.Change {
	return outbox.Change{ArticleID: id, Post: post, Reason: reason, By: by, Channels: append(append([]string(nil), s.order...), s.chatNames()...), TTL: s.cfg.Store.ClaimTTL}
}

// PostsOf lists every post of an article by its id, with the audit trail (the dashboard's
// article page).
func (s *Service) PostsOf(ctx context.Context, articleID string) (editor.Posts, error) {
	return s.postsOf(ctx, articleID, "")
}
