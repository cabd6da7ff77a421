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
}

// Effective reads the catalog and merges it with the configuration file.
func (r *Registry) Effective(ctx context.Context) (Set, error) {
	v, err := r.cat.CatalogVersion(ctx)
	if err != nil {
		return Set{}, err
	}
	set := Set{Version: v, Origin: map[string]string{}}
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
