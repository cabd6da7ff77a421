package dashboard

import (
	"context"
	"net/http"
	"strings"

	"paperboy/core/editor"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// corrector is the backend's correction side (pipeline.Service has it); the article page
// and its Update / Retract buttons need it.
type corrector interface {
	editor.Corrector
	PostsOf(ctx context.Context, articleID string) (editor.Posts, error)
}

// articleData is the article page: every post of one article, its history, and what the
// last Update or Retract did.
type articleData struct {
	Posts   editor.Posts
	Results []outbox.Planned
	Done    string // "updated" | "retracted" after a button
}

func (s *Server) corrections(st *state) (corrector, bool) {
	c, ok := st.b.(corrector)
	return c, ok
}

// article shows where one article went: platform, links, revision and state of each post.
func (s *Server) article(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	s.showArticle(w, r, st, p, nil, "")
}

func (s *Server) showArticle(w http.ResponseWriter, r *http.Request, st *state, p *Page, res []outbox.Planned, done string) {
	c, ok := s.corrections(st)
	if !ok {
		s.fail(w, r, p, store.ErrNotFound)
		return
	}
	ps, err := c.PostsOf(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	if len(ps.Posts) == 0 {
		s.fail(w, r, p, store.ErrNotFound)
		return
	}
	p.Nav, p.Data = "articles", articleData{Posts: ps, Results: res, Done: done}
	s.render(w, r, "article", http.StatusOK, p)
}

// articleUpdate re-reads the article (as /correct does) and publishes the new version to
// every post of it.
func (s *Server) articleUpdate(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	c, ok := s.corrections(st)
	if !ok {
		s.fail(w, r, p, store.ErrNotFound)
		return
	}
	ps, err := c.PostsOf(r.Context(), r.PathValue("id"))
	if err == nil && len(ps.Posts) == 0 {
		err = store.ErrNotFound
	}
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	a, err := st.b.Preview(r.Context(), ps.URL)
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	res, err := c.Correct(r.Context(), ps.ArticleID, a.Post(), bound(r.PostFormValue("reason"), 500), "dashboard:"+p.User)
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	s.log.Info("correction published from the dashboard", "article_id", ps.ArticleID, "by", p.User, "outcome", outbox.Summary(res))
	s.showArticle(w, r, st, p, res, "updated")
}

// articleRetract withdraws every post of the article.
func (s *Server) articleRetract(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	c, ok := s.corrections(st)
	if !ok {
		s.fail(w, r, p, store.ErrNotFound)
		return
	}
	id := r.PathValue("id")
	res, err := c.Retract(r.Context(), id, bound(strings.TrimSpace(r.PostFormValue("reason")), 500), "dashboard:"+p.User)
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	s.log.Info("withdrawal requested from the dashboard", "article_id", id, "by", p.User, "outcome", outbox.Summary(res))
	s.showArticle(w, r, st, p, res, "retracted")
}
