package subscribe

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"paperboy/config"
)

// AddSource validates s and saves it. An empty name is derived from the URL (with a number
// added when taken); an empty interval is 5m. A URL some source already watches is refused
// with a *DuplicateURLError naming it, so each feed URL is polled once.
func (r *Registry) AddSource(ctx context.Context, s Source) (Source, error) {
	if err := CheckURL(s.URL); err != nil {
		return s, err
	}
	switch s.Type {
	case "":
		s.Type = "feed"
	case "feed", "sitemap":
	case "listing":
		if strings.TrimSpace(s.Selector) == "" {
			return s, fmt.Errorf("a listing source needs a CSS selector for its article links")
		}
	default:
		return s, fmt.Errorf("unknown source type %q (runtime sources: feed, sitemap, listing)", s.Type)
	}
	subs := r.cfg.Subscriptions
	if s.Interval == 0 {
		s.Interval = max(5*time.Minute, subs.MinInterval)
	}
	if s.Interval < subs.MinInterval {
		return s, fmt.Errorf("interval %s is below this deployment's minimum %s", s.Interval, subs.MinInterval)
	}
	runtime, err := r.Sources(ctx)
	if err != nil {
		return s, err
	}
	if subs.MaxSources > 0 && len(runtime) >= subs.MaxSources {
		return s, ErrLimit
	}
	taken := map[string]bool{}
	for _, c := range r.cfg.Sources {
		taken[c.Name] = true
		if SameURL(c.URL, s.URL) {
			return s, &DuplicateURLError{Name: c.Name}
		}
	}
	for _, c := range runtime {
		taken[c.Name] = true
		if SameURL(c.URL, s.URL) && !c.Disabled {
			return s, &DuplicateURLError{Name: c.Name}
		}
	}
	if s.Name == "" {
		base := NameFor(s.URL)
		s.Name = base
		for i := 2; taken[s.Name]; i++ {
			s.Name = base + "-" + strconv.Itoa(i)
		}
	}
	if !namePattern.MatchString(s.Name) {
		return s, fmt.Errorf("name %q: use 1-64 letters, digits, '.', '_' or '-'", s.Name)
	}
	if _, ok := r.configSource(s.Name); ok {
		return s, fmt.Errorf("source %q: %w", s.Name, ErrConfigOwned)
	}
	if taken[s.Name] {
		return s, fmt.Errorf("source %q: %w", s.Name, ErrExists)
	}
	if s.Added.IsZero() {
		s.Added = r.now()
	}
	return s, r.put(ctx, KindSource, s.Name, s)
}

// RemoveSource deletes a runtime source and takes it out of the runtime routes (a route left
// with no source is deleted: an empty source list would mean every source).
func (r *Registry) RemoveSource(ctx context.Context, name string) error {
	if _, ok := r.configSource(name); ok {
		return fmt.Errorf("source %q: %w", name, ErrConfigOwned)
	}
	found, _, err := r.cat.DeleteObject(ctx, KindSource, name)
	if err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("source %q: %w", name, ErrNotFound)
	}
	routes, err := r.Routes(ctx)
	if err != nil {
		return err
	}
	for _, rt := range routes {
		if !slices.Contains(rt.Sources, name) {
			continue
		}
		rt.Sources = slices.DeleteFunc(rt.Sources, func(s string) bool { return s == name })
		if len(rt.Sources) == 0 {
			_, _, err = r.cat.DeleteObject(ctx, KindRoute, rt.Name)
		} else {
			err = r.put(ctx, KindRoute, rt.Name, rt)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Disable marks a runtime source disabled with reason; it reports false when it was already
// disabled (or is not a runtime source), so subscribers are told once.
func (r *Registry) Disable(ctx context.Context, name, reason string) (Source, bool, error) {
	all, err := r.Sources(ctx)
	if err != nil {
		return Source{}, false, err
	}
	for _, s := range all {
		if s.Name != name {
			continue
		}
		if s.Disabled {
			return s, false, nil
		}
		s.Disabled, s.DisabledAt, s.DisabledReason = true, r.now(), reason
		return s, true, r.put(ctx, KindSource, s.Name, s)
	}
	return Source{}, false, nil
}

// Enable clears a runtime source's Disabled mark.
func (r *Registry) Enable(ctx context.Context, name string) error {
	all, err := r.Sources(ctx)
	if err != nil {
		return err
	}
	for _, s := range all {
		if s.Name == name {
			s.Disabled, s.DisabledAt, s.DisabledReason = false, time.Time{}, ""
			return r.put(ctx, KindSource, s.Name, s)
		}
	}
	return fmt.Errorf("source %q: %w", name, ErrNotFound)
}

// AddRoute validates rt against the known sources and the configured channels and saves it;
// an empty name is derived from its sources and channels.
func (r *Registry) AddRoute(ctx context.Context, rt Route) (Route, error) {
	if len(rt.Sources) == 0 || len(rt.Channels) == 0 {
		return rt, fmt.Errorf("a runtime route names at least one source and one channel")
	}
	set, err := r.Effective(ctx)
	if err != nil {
		return rt, err
	}
	for _, s := range rt.Sources {
		if _, ok := set.Origin[s]; !ok {
			return rt, fmt.Errorf("no source named %q", s)
		}
	}
	for _, ch := range rt.Channels {
		if !slices.ContainsFunc(r.cfg.Channels, func(c config.Channel) bool { return c.Name == ch }) {
			return rt, fmt.Errorf("no channel named %q", ch)
		}
	}
	if _, err := compileCheck(rt); err != nil {
		return rt, err
	}
	if rt.Name == "" {
		rt.Name = strings.Join(rt.Sources, "+") + ">" + strings.Join(rt.Channels, "+")
		if len(rt.Name) > 200 {
			rt.Name = rt.Name[:200]
		}
	}
	return rt, r.put(ctx, KindRoute, rt.Name, rt)
}

// RemoveRoute deletes a runtime route.
func (r *Registry) RemoveRoute(ctx context.Context, name string) error {
	found, _, err := r.cat.DeleteObject(ctx, KindRoute, name)
	if err == nil && !found {
		err = fmt.Errorf("route %q: %w", name, ErrNotFound)
	}
	return err
}
