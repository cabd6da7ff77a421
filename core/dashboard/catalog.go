package dashboard

import (
	"net/http"
	"strings"
	"time"

	"paperboy/core/editor"
	"paperboy/core/subscribe"
)

// catalogData is the Manage sources page: every source, the runtime routes, and a detected
// source awaiting confirmation.
type catalogData struct {
	Sources  []subscribe.Listed
	Routes   []subscribe.Route
	Channels []string
	Found    *subscribe.Found // set between Detect and Add
	Name     string           // the name and interval the editor typed, carried to the confirm form
	Interval string
	Done     string
}

func (s *Server) catalogPage(w http.ResponseWriter, r *http.Request, st *state, p *Page, found *subscribe.Found, status int) {
	src, ok := st.b.(editor.Sources)
	p.Nav = "sources"
	if !ok {
		p.Error = p.T("notfound")
		s.render(w, r, "error", http.StatusNotFound, p)
		return
	}
	list, err := src.Registry().List(r.Context())
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	routes, err := src.Registry().Routes(r.Context())
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	d := catalogData{Sources: list, Routes: routes, Channels: st.b.ChannelNames(), Found: found, Done: r.URL.Query().Get("done"),
		Name: r.PostFormValue("name"), Interval: r.PostFormValue("interval")}
	p.Data = d
	s.render(w, r, "catalog", status, p)
}

func (s *Server) catalog(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	s.catalogPage(w, r, st, p, nil, http.StatusOK)
}

// catalogDetect fetches the URL (guarded) and shows its newest items with an Add button.
func (s *Server) catalogDetect(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	src, ok := st.b.(editor.Sources)
	if !ok {
		s.catalog(w, r, st, p)
		return
	}
	found, err := src.DetectSource(r.Context(), strings.TrimSpace(r.PostFormValue("url")), strings.TrimSpace(r.PostFormValue("selector")))
	if err != nil {
		p.Error = err.Error()
		s.catalogPage(w, r, st, p, nil, http.StatusUnprocessableEntity)
		return
	}
	s.catalogPage(w, r, st, p, &found, http.StatusOK)
}

// catalogAdd saves the confirmed source; AddSource validates every field again.
func (s *Server) catalogAdd(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	src, ok := st.b.(editor.Sources)
	if !ok {
		s.catalog(w, r, st, p)
		return
	}
	var iv time.Duration
	if v := strings.TrimSpace(r.PostFormValue("interval")); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			p.Error = "interval: " + err.Error()
			s.catalogPage(w, r, st, p, nil, http.StatusUnprocessableEntity)
			return
		}
		iv = d
	}
	saved, err := src.Registry().AddSource(r.Context(), subscribe.Source{
		Name: strings.TrimSpace(r.PostFormValue("name")), Type: r.PostFormValue("type"), URL: r.PostFormValue("url"),
		Selector: r.PostFormValue("selector"), Title: r.PostFormValue("title"), Interval: iv, AddedBy: "dashboard:" + p.User,
	})
	if err != nil {
		p.Error = err.Error()
		s.catalogPage(w, r, st, p, nil, http.StatusUnprocessableEntity)
		return
	}
	s.log.Info("runtime source added from the dashboard", "source", saved.Name, "url", saved.URL, "by", p.User)
	http.Redirect(w, r, "/sources/manage?done=added", http.StatusSeeOther)
}

// catalogRemove deletes a runtime source or route.
func (s *Server) catalogRemove(kind string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
		src, ok := st.b.(editor.Sources)
		if !ok {
			s.catalog(w, r, st, p)
			return
		}
		name := r.PostFormValue("name")
		var err error
		if kind == "route" {
			err = src.Registry().RemoveRoute(r.Context(), name)
		} else {
			err = src.Registry().RemoveSource(r.Context(), name)
		}
		if err != nil {
			p.Error = err.Error()
			s.catalogPage(w, r, st, p, nil, http.StatusUnprocessableEntity)
			return
		}
		s.log.Info("runtime "+kind+" removed from the dashboard", kind, name, "by", p.User)
		http.Redirect(w, r, "/sources/manage?done=removed", http.StatusSeeOther)
	}
}

// catalogRoute saves a runtime route from one source to one channel.
func (s *Server) catalogRoute(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	src, ok := st.b.(editor.Sources)
	if !ok {
		s.catalog(w, r, st, p)
		return
	}
	rt := subscribe.Route{Sources: []string{r.PostFormValue("source")}, Channels: []string{r.PostFormValue("channel")}, AddedBy: "dashboard:" + p.User}
	rt.Include, rt.Exclude = words(r.PostFormValue("include")), words(r.PostFormValue("exclude"))
	if _, err := src.Registry().AddRoute(r.Context(), rt); err != nil {
		p.Error = err.Error()
		s.catalogPage(w, r, st, p, nil, http.StatusUnprocessableEntity)
		return
	}
	http.Redirect(w, r, "/sources/manage?done=routed", http.StatusSeeOther)
}

// words splits a comma-separated filter list.
func words(s string) []string {
	var out []string
	for _, w := range strings.Split(s, ",") {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}
