// Package dashboard is the editors' and operators' web dashboard: server-rendered pages
// (html/template, assets embedded) for the overview, the delivery log, dead letters, the push
// form with per-platform previews, and sources; password or one-time Telegram-link sign-in,
// viewer and editor roles, CSRF tokens on every form, live updates by Server-Sent Events.
package dashboard

import (
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"paperboy/config"
	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/deliver"
	"paperboy/core/editor"
	"paperboy/core/pipeline"
	"paperboy/core/store"
)

// Backend is what the dashboard reads and acts on; *pipeline.Service implements it.
type Backend interface {
	editor.Backend
	// ChannelNames lists the configured channels in order.
	ChannelNames() []string
	// Channel returns a configured channel (for its limits and previews).
	Channel(name string) (channel.Channel, bool)
	// Store is the service's store (dead-letter drop).
	Store() store.Store
	// Observe adds a delivery observer (the dashboard's log).
	Observe(fn deliver.Observer)
	// PollCounts reads a source's poll results (the 304 share).
	PollCounts(source string) pipeline.PollCounts
}

var _ Backend = (*pipeline.Service)(nil)

// Router is where Mount registers its routes; *pipeline.Mux and *http.ServeMux are both one.
type Router interface {
	Handle(pattern string, h http.Handler)
}

// Options tune a Server; the zero value is fine.
type Options struct {
	Logger  *slog.Logger     // nil = slog.Default()
	Now     func() time.Time // nil = time.Now
	LogSize int              // delivery records kept in memory (default 10,000)
	Client  *http.Client     // for sending Telegram sign-in links (nil = 10 s timeout client)
}

// Server is the dashboard. It outlives configuration reloads: sessions, sign-in links and the
// delivery log stay, while Mount points it at each new service and configuration.
type Server struct {
	log      *slog.Logger
	now      func() time.Time
	client   *http.Client
	sessions *sessions
	links    *links
	limiter  *limiter
	Log      *Log // the delivery log the pages show
	pages    pages
	cur      atomic.Pointer[state]

	mu   sync.Mutex
	held map[string]heldPreview // push previews awaiting Publish, by token
}

// state is what one Mount binds: the running service and its configuration.
type state struct {
	b       Backend
	cfg     *config.Config
	loc     *time.Location
	byName  map[string]*user
	byTG    map[int64]*user
	tg      *telegramSender // nil = no Telegram sign-in links
	secrets []string
	dummy   []byte // bcrypt hash for unknown users (constant-time answers)
}

type heldPreview struct {
	art     *article.Article
	user    string
	expires time.Time
}

// New builds a dashboard server; Mount it to serve.
func New(o Options) *Server {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: 10 * time.Second}
	}
	return &Server{
		log: o.Logger, now: o.Now, client: o.Client,
		sessions: newSessions(o.Now), links: newLinks(o.Now), limiter: newLimiter(o.Now),
		Log: NewLog(o.LogSize), pages: mustParse(), held: map[string]heldPreview{},
	}
}

// Mount serves the dashboard for b and cfg on mux, under / beside the health, metrics and
// webhook routes, and starts recording b's deliveries. Call it again after a reload with the
// new service and mux.
func (s *Server) Mount(mux Router, b Backend, cfg *config.Config) error {
	loc, err := time.LoadLocation(cfg.Dashboard.Timezone)
	if err != nil {
		return fmt.Errorf("dashboard: %w", err)
	}
	st := &state{b: b, cfg: cfg, loc: loc, secrets: cfg.Secrets()}
	st.byName, st.byTG = users(cfg)
	st.dummy = dummyHash(st.byName)
	if tg := cfg.TelegramSignIn(); tg.Token != "" && cfg.Dashboard.PublicURL != "" {
		api := tg.APIURL
		if api == "" {
			api = "https://api.telegram.org"
		}
		st.tg = &telegramSender{api: api, token: tg.Token, client: s.client}
	}
	s.sessions.mu.Lock()
	s.sessions.st = b.Store()
	if cfg.Dashboard.SessionTTL > 0 {
		s.sessions.ttl = cfg.Dashboard.SessionTTL
	}
	s.sessions.mu.Unlock()
	b.Observe(s.Log.observer(s.now, st.secrets))
	s.cur.Store(st)
	s.routes(mux)
	return nil
}

func (s *Server) routes(mux Router) {
	h := func(pattern string, role string, fn handlerFunc) { mux.Handle(pattern, s.wrap(role, fn)) }
	mux.Handle("GET /assets/", assetHandler())
	mux.Handle("GET /login", http.HandlerFunc(s.loginPage))
	mux.Handle("POST /login", http.HandlerFunc(s.login))
	mux.Handle("POST /login/telegram", http.HandlerFunc(s.linkRequest))
	mux.Handle("GET /login/link", http.HandlerFunc(s.linkPage))
	mux.Handle("POST /login/link", http.HandlerFunc(s.linkUse))
	mux.Handle("GET /prefs", http.HandlerFunc(s.prefs))
	h("POST /logout", RoleViewer, s.logout)
	h("GET /{$}", RoleViewer, s.overview)
	h("GET /articles", RoleViewer, s.articles)
	h("GET /articles/{id}", RoleViewer, s.article)
	h("POST /articles/{id}/update", RoleEditor, s.articleUpdate)
	h("POST /articles/{id}/retract", RoleEditor, s.articleRetract)
	h("GET /dead", RoleViewer, s.dead)
	h("POST /dead/{id}/retry", RoleEditor, s.deadRetry)
	h("POST /dead/{id}/drop", RoleEditor, s.deadDrop)
	h("GET /push", RoleEditor, s.pushForm)
	h("POST /push/preview", RoleEditor, s.pushPreview)
	h("POST /push/publish", RoleEditor, s.pushPublish)
	h("GET /sources", RoleViewer, s.sources)
	h("POST /sources/{name}/pause", RoleEditor, s.pause(true))
	h("POST /sources/{name}/resume", RoleEditor, s.pause(false))
	h("GET /sources/manage", RoleEditor, s.catalog)
	h("POST /sources/detect", RoleEditor, s.catalogDetect)
	h("POST /sources/add", RoleEditor, s.catalogAdd)
	h("POST /sources/remove", RoleEditor, s.catalogRemove("source"))
	h("POST /routes/add", RoleEditor, s.catalogRoute)
	h("POST /routes/remove", RoleEditor, s.catalogRemove("route"))
	h("GET /events", RoleViewer, s.events)
}
