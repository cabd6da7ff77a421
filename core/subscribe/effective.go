package subscribe

import (
	"context"

	"paperboy/config"
	"paperboy/core/route"
)

// Origins of a source in a Set.
const (
	FromConfig  = "config"  // the configuration file
	FromRuntime = "runtime" // the store's catalog
)

// Set is what a replica runs: the file's sources and routes with the runtime ones merged in.
type Set struct {
	Version  int64           // the catalog version read before the objects (a later change shows as a newer version)
	Sources  []config.Source // the file's first, then runtime ones that are enabled and not shadowed
	Routes   []config.Route  // the file's (or the implicit "everything everywhere" when it has none), then runtime ones
	Origin   map[string]string
	Disabled []Source // runtime sources disabled after failing for disable_after
	Shadowed []string // runtime sources hidden by a file source of the same name (the file wins)
	// Chats are the readers' and communities' chats (suspended ones included, routed nowhere);
	// each is a delivery channel named by its Key.
	Chats []Chat
}

// Effective reads the catalog and merges it with the configuration file.
func (r *Registry) Effective(ctx context.Context) (Set, error) {
	v, err := r.cat.CatalogVersion(ctx)
	if err != nil {
		return Set{}, err
	}
	// Sized up front: with 100,000 file sources, growing these while copying was the start-up
	// peak of the heap (BENCHMARKS.md, issue 21 second round).
	set := Set{Version: v, Origin: make(map[string]string, len(r.cfg.Sources)), Sources: make([]config.Source, 0, len(r.cfg.Sources))}
	for _, s := range r.cfg.Sources {
		set.Sources = append(set.Sources, s)
		set.Origin[s.Name] = FromConfig
	}
	set.Routes = append(set.Routes, r.cfg.Routes...)
	if len(set.Routes) == 0 {
		// No routes in the file means every source to every channel; runtime routes must
		// not take that away from the file's sources.
		set.Routes = []config.Route{{}}
	}
	if v == 0 {
		return set, nil
	}
	srcs, err := r.Sources(ctx)
	if err != nil {
		return Set{}, err
	}
	for _, s := range srcs {
		switch {
		case set.Origin[s.Name] == FromConfig:
			set.Shadowed = append(set.Shadowed, s.Name)
		case s.Disabled:
			set.Disabled = append(set.Disabled, s)
		default:
			set.Sources = append(set.Sources, s.Config())
			set.Origin[s.Name] = FromRuntime
		}
	}
	routes, err := r.Routes(ctx)
	if err != nil {
		return Set{}, err
	}
	for _, rt := range routes {
		set.Routes = append(set.Routes, rt.Config())
	}
	if set.Chats, err = r.Chats(ctx); err != nil {
		return Set{}, err
	}
	set.Routes = append(set.Routes, chatRoutes(set.Chats)...)
	return set, nil
}

// Router compiles the set's routes for cfg's channels.
func (s Set) Router(cfg *config.Config) (*route.Router, error) {
	c := *cfg
	c.Routes = s.Routes
	return route.New(&c)
}

// compileCheck refuses a route whose filters do not compile.
func compileCheck(rt Route) (*route.Router, error) {
	return route.New(&config.Config{Routes: []config.Route{rt.Config()}})
}

// Listed is one source as `sources list`, /sources and the dashboard show it.
type Listed struct {
	Source        // the runtime record; for a file source only Name, Type, URL, Interval, Selector, Title
	Origin string // FromConfig | FromRuntime
	Hidden bool   // a runtime source a file source of the same name hides
}

// List is every source: the file's first, then the runtime ones (disabled and hidden included).
func (r *Registry) List(ctx context.Context) ([]Listed, error) {
	var out []Listed
	names := map[string]bool{}
	for _, s := range r.cfg.Sources {
		names[s.Name] = true
		out = append(out, Listed{Origin: FromConfig, Source: Source{Name: s.Name, Type: s.Type, URL: s.URL, Interval: s.Interval, Selector: s.Selector, Title: s.Title}})
	}
	rt, err := r.Sources(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range rt {
		out = append(out, Listed{Origin: FromRuntime, Source: s, Hidden: names[s.Name]})
	}
	return out, nil
}

// Entries turns listed sources into OPML entries (websub sources export as feeds).
func Entries(list []Listed) []Entry {
	out := make([]Entry, 0, len(list))
	for _, l := range list {
		typ := l.Type
		if typ == "websub" {
			typ = "feed"
		}
		out = append(out, Entry{Name: l.Name, Type: typ, URL: l.URL, Selector: l.Selector})
	}
	return out
}
