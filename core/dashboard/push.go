package dashboard

import (
	"net/http"
	"strings"
	"time"

	"paperboy/core/article"
	"paperboy/core/editor"
)

// pushData is the Push page: the form, and after a preview the article, its renderings and
// the channels to choose from.
type pushData struct {
	URL      string
	Token    string
	Article  *article.Article
	Previews []preview
	Results  []editor.Outcome
}

func (s *Server) pushForm(w http.ResponseWriter, r *http.Request, _ *state, p *Page) {
	p.Nav, p.Data = "push", pushData{}
	s.render(w, r, "push", http.StatusOK, p)
}

func (s *Server) pushPreview(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	raw := strings.TrimSpace(r.PostFormValue("url"))
	d := pushData{URL: raw}
	p.Nav = "push"
	a, err := st.b.Preview(r.Context(), raw)
	if err != nil {
		p.Error, p.Data = err.Error(), d
		s.render(w, r, "push", http.StatusUnprocessableEntity, p)
		return
	}
	d.Article, d.Previews = a, s.previews(st, a)
	d.Token = s.hold(a, p.User)
	p.Data = d
	s.render(w, r, "push", http.StatusOK, p)
}

// previews renders a on every configured channel, in configuration order.
func (s *Server) previews(st *state, a *article.Article) []preview {
	types := map[string]string{}
	for _, cc := range st.cfg.Channels {
		types[cc.Name] = cc.Type
	}
	var out []preview
	for _, name := range st.b.ChannelNames() {
		if ch, ok := st.b.Channel(name); ok {
			out = append(out, previewFor(ch, types[name], a))
		}
	}
	return out
}

// hold keeps a previewed article for Publish, so what is published is exactly what was shown.
func (s *Server) hold(a *article.Article, user string) string {
	tok := randomToken()
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, h := range s.held {
		if now.After(h.expires) {
			delete(s.held, k)
		}
	}
	s.held[tok] = heldPreview{art: a, user: user, expires: now.Add(previewTTL)}
	return tok
}

// previewTTL is how long a preview can be published.
const previewTTL = 30 * time.Minute

func (s *Server) pushPublish(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	p.Nav = "push"
	tok := r.PostFormValue("token")
	s.mu.Lock()
	h, ok := s.held[tok]
	if ok && (h.user != p.User || s.now().After(h.expires)) {
		ok = false
	}
	s.mu.Unlock()
	if !ok {
		p.Error, p.Data = p.T("preview.expired"), pushData{}
		s.render(w, r, "push", http.StatusGone, p)
		return
	}
	chans := r.PostForm["channel"]
	if len(chans) == 0 {
		p.Error = p.T("nochan")
		p.Data = pushData{URL: h.art.URL, Token: tok, Article: h.art, Previews: s.previews(st, h.art)}
		s.render(w, r, "push", http.StatusUnprocessableEntity, p)
		return
	}
	res, err := st.b.Publish(r.Context(), h.art, chans, "dashboard:"+p.User)
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	s.mu.Lock()
	delete(s.held, tok) // one publish per preview: a double click does not queue twice
	s.mu.Unlock()
	now := s.now()
	for _, o := range res {
		rec := Record{At: now, Channel: o.Channel, ArticleID: h.art.ID, Title: h.art.Title, URL: h.art.URL, Source: "push", By: "dashboard:" + p.User, Outcome: OutcomeQueued}
		if !o.Queued {
			rec.Outcome, rec.RemoteID = OutcomeDuplicate, o.Previous.RemoteID
			rec.Reason = string(o.Previous.State)
			if !o.Previous.At.IsZero() {
				rec.Reason += " " + p.Time(o.Previous.At)
			}
		}
		s.Log.Add(rec)
	}
	p.Data = pushData{URL: h.art.URL, Article: h.art, Results: res}
	s.render(w, r, "push", http.StatusOK, p)
}
