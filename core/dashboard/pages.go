package dashboard

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"paperboy/core/editor"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// channelRow is one channel on the overview.
type channelRow struct {
	Name, Type, Breaker string
	Paused              bool
	Queue               int64
	Counts              ChannelCounts
	Spark               string
}

// sourceRow is one source on the overview and the Sources page.
type sourceRow struct {
	Name               string
	Paused             bool
	LastPoll, NextPoll time.Time
	Failures           int
	LastError          string
	Share304           string // "—" before the first poll
	Polls, NotModified int64
	PollErrors         int64
}

type overviewData struct {
	Channels []channelRow
	Sources  []sourceRow
	Dead     int
	Recent   []Record
}

func (s *Server) overview(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	status, err := st.b.Status(r.Context())
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	now := s.now()
	var d overviewData
	for _, c := range status.Channels {
		cc := s.Log.Counts(c.Name, now)
		d.Channels = append(d.Channels, channelRow{Name: c.Name, Type: c.Type, Breaker: c.Breaker, Paused: c.Paused, Queue: c.Queue, Counts: cc, Spark: sparkline(cc.Hourly)})
	}
	d.Sources = sourceRows(st, status.Sources)
	d.Dead = status.Dead
	d.Recent = s.Log.Recent(10, nil)
	p.Nav, p.Live, p.Data = "overview", true, d
	s.render(w, r, "overview", http.StatusOK, p)
}

func sourceRows(st *state, in []editor.SourceStatus) []sourceRow {
	out := make([]sourceRow, 0, len(in))
	for _, src := range in {
		pc := st.b.PollCounts(src.Name)
		row := sourceRow{Name: src.Name, Paused: src.Paused, LastPoll: src.LastPoll, NextPoll: src.NextPoll, Failures: src.Failures, LastError: src.LastError, Share304: "—"}
		row.Polls, row.NotModified, row.PollErrors = pc.OK+pc.NotModified+pc.Errors, pc.NotModified, pc.Errors
		if row.Polls > 0 {
			row.Share304 = strconv.FormatInt(pc.NotModified*100/row.Polls, 10) + "%"
		}
		out = append(out, row)
	}
	return out
}

// articleRow is one article with its latest outcome on each channel it reached.
type articleRow struct {
	ID, Title, URL, Source, By string
	At                         time.Time
	Where                      []Record
}

// maxArticles is how many articles the Articles page lists.
const maxArticles = 100

func (s *Server) articles(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	ch := r.URL.Query().Get("channel")
	var rows []*articleRow
	index := map[string]*articleRow{}
	seen := map[string]int{} // article+channel → its index in Where (the latest outcome)
	s.Log.Recent(1<<30, func(rec *Record) bool {
		if ch != "" && rec.Channel != ch {
			return false
		}
		a := index[rec.ArticleID]
		if a == nil {
			if len(rows) >= maxArticles {
				return false
			}
			a = &articleRow{ID: rec.ArticleID, Title: rec.Title, URL: rec.URL, Source: rec.Source, By: rec.By, At: rec.At}
			index[rec.ArticleID] = a
			rows = append(rows, a)
		}
		k := rec.ArticleID + "\x00" + rec.Channel
		if i, ok := seen[k]; !ok {
			seen[k] = len(a.Where)
			a.Where = append(a.Where, *rec)
		} else if a.Where[i].Outcome == OutcomeQueued && rec.Outcome != OutcomeQueued {
			// A fast worker can record the delivery before the push form records "queued".
			a.Where[i] = *rec
		}
		return false
	})
	p.Nav, p.Live = "articles", true
	p.Data = struct {
		Rows     []*articleRow
		Channel  string
		Channels []string
	}{rows, ch, st.b.ChannelNames()}
	s.render(w, r, "articles", http.StatusOK, p)
}

// deadRow is one dead letter with its post decoded.
type deadRow struct {
	store.DeadLetter
	Title, URL string
}

func (s *Server) dead(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	dl, err := st.b.DeadLetters(r.Context(), 500)
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	rows := make([]deadRow, 0, len(dl))
	for i := len(dl) - 1; i >= 0; i-- { // newest first
		row := deadRow{DeadLetter: dl[i]}
		if pl, err := outbox.Decode(dl[i].Entry); err == nil {
			row.Title, row.URL = pl.Post.Title, pl.Post.URL
		}
		rows = append(rows, row)
	}
	p.Nav, p.Data = "dead", rows
	if done := r.URL.Query().Get("done"); done == "retried" || done == "dropped" {
		p.Flash = p.T(done)
	}
	s.render(w, r, "dead", http.StatusOK, p)
}

func (s *Server) deadRetry(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	if err := st.b.RetryDead(r.Context(), r.PathValue("id")); err != nil {
		s.fail(w, r, p, err)
		return
	}
	s.log.Info("dead letter retried from the dashboard", "dead_id", r.PathValue("id"), "by", p.User)
	http.Redirect(w, r, "/dead?done=retried", http.StatusSeeOther)
}

func (s *Server) deadDrop(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	if err := st.b.Store().DeadDrop(r.Context(), r.PathValue("id")); err != nil {
		s.fail(w, r, p, err)
		return
	}
	s.log.Info("dead letter dropped from the dashboard", "dead_id", r.PathValue("id"), "by", p.User)
	http.Redirect(w, r, "/dead?done=dropped", http.StatusSeeOther)
}

func (s *Server) sources(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
	status, err := st.b.Status(r.Context())
	if err != nil {
		s.fail(w, r, p, err)
		return
	}
	p.Nav, p.Data = "sources", sourceRows(st, status.Sources)
	s.render(w, r, "sources", http.StatusOK, p)
}

func (s *Server) pause(paused bool) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, st *state, p *Page) {
		name := r.PathValue("name")
		known := false
		status, err := st.b.Status(r.Context()) // the file's sources and the runtime ones
		if err != nil {
			s.fail(w, r, p, err)
			return
		}
		for _, src := range status.Sources {
			known = known || src.Name == name
		}
		if !known {
			p.Error = p.T("notfound")
			s.render(w, r, "error", http.StatusNotFound, p)
			return
		}
		if _, err := st.b.SetPaused(r.Context(), name, paused); err != nil {
			s.fail(w, r, p, err)
			return
		}
		s.log.Info("source paused from the dashboard", "source", name, "paused", paused, "by", p.User)
		http.Redirect(w, r, "/sources", http.StatusSeeOther)
	}
}

// fail shows an error page: not found for unknown records, otherwise a logged 500.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, p *Page, err error) {
	if errors.Is(err, store.ErrNotFound) {
		p.Error = p.T("notfound")
		s.render(w, r, "error", http.StatusNotFound, p)
		return
	}
	s.log.Error("dashboard request failed", "path", r.URL.Path, "err", err)
	p.Error = err.Error()
	s.render(w, r, "error", http.StatusInternalServerError, p)
}
