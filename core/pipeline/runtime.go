package pipeline

import (
	"context"
	"sync"
	"time"

	"paperboy/config"
	"paperboy/core/editor"
	"paperboy/core/route"
	"paperboy/core/source"
	"paperboy/core/subscribe"
)

// sourceSet is the running set of polled sources. The runtime catalog adds and removes members
// while the service runs; today each member is one schedule goroutine, and a shared scheduler
// can take its place behind these two methods.
type sourceSet interface {
	// Add starts polling src (under its lease, like every source).
	Add(ctx context.Context, src *watched)
	// Remove stops polling the named source; a poll in flight finishes.
	Remove(name string)
}

// scheduledSet hands catalog changes to the scheduler: refreshCatalog has already put the
// source in (or taken it out of) rt.byName, so a reshard gives this replica its share of the
// new set; the per-source lease still fences every poll.
type scheduledSet struct{ s *Service }

// Add schedules src when this replica owns it.
func (g scheduledSet) Add(context.Context, *watched) { g.s.reshard() }

// Remove unschedules the named source; a poll in flight finishes.
func (g scheduledSet) Remove(string) { g.s.reshard() }

// lookup finds a source by name: the file's first, then the catalog's.
func (s *Service) lookup(name string) *watched {
	if w, ok := s.byName[name]; ok {
		return w
	}
	s.rt.mu.RLock()
	defer s.rt.mu.RUnlock()
	return s.rt.byName[name]
}

// runtimeSources holds the sources the catalog adds to the file's, and the router that
// includes the catalog's routes.
type runtimeSources struct {
	mu      sync.RWMutex
	reg     *subscribe.Registry
	version int64
	byName  map[string]*watched
	router  *route.Router // nil until the catalog was read: the file's router applies
}

// allSources lists the file's sources, then the runtime ones.
func (s *Service) allSources() []*watched {
	s.rt.mu.RLock()
	defer s.rt.mu.RUnlock()
	out := make([]*watched, 0, len(s.sources)+len(s.rt.byName))
	out = append(out, s.sources...)
	for _, w := range s.rt.byName {
		out = append(out, w)
	}
	return out
}

// route decides an article's channels with the current routes (the file's and the catalog's).
func (s *Service) route(src, title, summary string) route.Decision {
	return s.routes().Route(src, title, summary)
}

// routes is the current router: the file's routes merged with the catalog's once it was read.
func (s *Service) routes() *route.Router {
	s.rt.mu.RLock()
	defer s.rt.mu.RUnlock()
	if s.rt.router == nil {
		return s.router
	}
	return s.rt.router
}

// isRuntime reports whether name is a source from the catalog.
func (s *Service) isRuntime(name string) bool {
	s.rt.mu.RLock()
	defer s.rt.mu.RUnlock()
	_, ok := s.rt.byName[name]
	return ok
}

// Registry is the runtime catalog of sources and routes this service follows.
func (s *Service) Registry() *subscribe.Registry { return s.rt.reg }

// refreshCatalog reads the catalog when its version moved (or always when force) and swaps in
// the new sources and routes; it returns the sources to start and the names to stop.
func (s *Service) refreshCatalog(ctx context.Context, force bool) (added []*watched, removed []string, err error) {
	if !force {
		v, err := s.st.CatalogVersion(ctx)
		if err != nil {
			return nil, nil, err
		}
		s.rt.mu.RLock()
		same := v == s.rt.version
		s.rt.mu.RUnlock()
		if same {
			return nil, nil, nil
		}
	}
	set, err := s.rt.reg.Effective(ctx)
	if err != nil {
		return nil, nil, err
	}
	router, err := set.Router(s.cfg)
	if err != nil {
		return nil, nil, err
	}
	next := map[string]*watched{}
	s.rt.mu.Lock()
	defer s.rt.mu.Unlock()
	for _, sc := range set.Sources {
		if set.Origin[sc.Name] != subscribe.FromRuntime {
			continue
		}
		if cur, ok := s.rt.byName[sc.Name]; ok && sameSource(*cur.cfg, sc) {
			next[sc.Name] = cur
			continue
		}
		w, err := s.newRuntimeWatched(sc)
		if err != nil {
			s.log.Error("runtime source skipped", "source", sc.Name, "err", err)
			continue
		}
		next[sc.Name] = w
		added = append(added, w)
	}
	for name, cur := range s.rt.byName {
		if n, ok := next[name]; !ok || n != cur {
			removed = append(removed, name)
		}
	}
	for _, name := range set.Shadowed {
		s.log.Warn("runtime source hidden by a configured source of the same name: the file wins", "source", name)
	}
	s.rt.byName, s.rt.router, s.rt.version = next, router, set.Version
	s.syncChats(set.Chats)
	if len(added)+len(removed) > 0 {
		s.log.Info("runtime sources changed", "catalog_version", set.Version, "started", len(added), "stopped", len(removed), "runtime_sources", len(next))
	}
	return added, removed, nil
}

func sameSource(a, b config.Source) bool {
	return a.URL == b.URL && a.Type == b.Type && a.Interval == b.Interval && a.Selector == b.Selector && a.Title == b.Title
}

// newRuntimeWatched builds the watcher of a catalog source; its URL goes through the same
// guarded fetcher as every configured source.
func (s *Service) newRuntimeWatched(sc config.Source) (*watched, error) {
	loc, err := time.LoadLocation(sc.Timezone)
	if err != nil {
		return nil, err
	}
	w, err := subscribe.Watcher(sc.Type, sc.Name, sc.URL, sc.Selector, s.fetcher, s.log)
	if err != nil {
		return nil, err
	}
	return &watched{cfg: &sc, w: w, loc: loc, sched: source.NewSchedule(sc.Interval, sc.MinInterval, sc.MaxInterval)}, nil
}

// followCatalog keeps set in step with the catalog: at once on a change notification, and
// every subscriptions.reload otherwise (a notification can be lost).
func (s *Service) followCatalog(ctx context.Context, set sourceSet) {
	notes := s.st.WatchCatalog(ctx)
	tick := time.NewTicker(s.cfg.Subscriptions.Reload)
	defer tick.Stop()
	purge := time.NewTicker(chatPurgeEvery)
	defer purge.Stop()
	force := true
	for {
		added, removed, err := s.refreshCatalog(ctx, force)
		if err != nil && ctx.Err() == nil {
			s.log.Warn("read the runtime catalog: keeping the current sources", "err", err)
		}
		force = false
		for _, name := range removed {
			set.Remove(name)
		}
		for _, w := range added {
			set.Add(ctx, w)
		}
		select {
		case <-ctx.Done():
			return
		case _, ok := <-notes:
			if !ok {
				notes = nil // ended: the ticker alone keeps us in step
			}
		case <-tick.C:
		case <-purge.C:
			s.purgeChats(ctx)
		}
	}
}

// chatPurgeEvery is how often a replica deletes the chats suspended for communities.remove_after
// (any replica may: deleting what is gone already is a no-op).
const chatPurgeEvery = time.Hour

// purgeChats deletes the chats suspended longer than communities.remove_after.
func (s *Service) purgeChats(ctx context.Context) {
	gone, err := s.rt.reg.Purge(ctx)
	if err != nil && ctx.Err() == nil {
		s.log.Warn("could not delete long-suspended chats; trying again later", "err", err)
	}
	if len(gone) > 0 {
		s.log.Info("long-suspended chats deleted with their subscriptions", "chats", len(gone), "after", s.cfg.Communities.RemoveAfter)
	}
}

// DetectSource implements editor.Sources: the URL goes through the service's guarded fetcher.
func (s *Service) DetectSource(ctx context.Context, url, selector string) (subscribe.Found, error) {
	return subscribe.Detect(ctx, s.fetcher, url, selector)
}

var _ editor.Sources = (*Service)(nil)
