// Package route decides which channels get which article: sources to channels, with include
// and exclude filters on the title and summary.
package route

import (
	"fmt"
	"regexp"
	"strings"

	"paperboy/config"
)

// Decision is where one article goes and, for channels it does not go to, why.
type Decision struct {
	Channels []string          // channels to enqueue, in configuration order, without repeats
	Filtered map[string]string // channel → the filter that kept the article out
}

// Router holds the compiled routes.
type Router struct {
	routes   []compiled
	channels []string // all channel names, in configuration order
	// anySource and bySource index the routes (by position) that apply to every source and to
	// one source, so routing an article looks at its source's routes only: with thousands of
	// runtime subscriptions a scan of every route per article would dominate.
	anySource []int
	bySource  map[string][]int
}

type compiled struct {
	sources  map[string]bool // nil = all
	channels []string
	include  []matcher
	exclude  []matcher
}

type matcher struct {
	text string
	word string
	re   *regexp.Regexp
}

func (m matcher) match(s string) bool {
	if m.re != nil {
		return m.re.MatchString(s)
	}
	return strings.Contains(s, m.word)
}

// New compiles cfg's routes. With no routes, every source goes to every channel.
func New(cfg *config.Config) (*Router, error) {
	r := &Router{}
	for _, ch := range cfg.Channels {
		r.channels = append(r.channels, ch.Name)
	}
	routes := cfg.Routes
	if len(routes) == 0 {
		routes = []config.Route{{}}
	}
	for i, rt := range routes {
		c := compiled{channels: rt.Channels}
		if len(c.channels) == 0 {
			c.channels = r.channels
		}
		if len(rt.Sources) > 0 {
			c.sources = map[string]bool{}
			for _, s := range rt.Sources {
				c.sources[s] = true
			}
		}
		var err error
		if c.include, err = compile(rt.Include); err != nil {
			return nil, fmt.Errorf("route: routes[%d].include: %w", i, err)
		}
		if c.exclude, err = compile(rt.Exclude); err != nil {
			return nil, fmt.Errorf("route: routes[%d].exclude: %w", i, err)
		}
		if c.sources == nil {
			r.anySource = append(r.anySource, len(r.routes))
		}
		for src := range c.sources {
			if r.bySource == nil {
				r.bySource = map[string][]int{}
			}
			r.bySource[src] = append(r.bySource[src], len(r.routes))
		}
		r.routes = append(r.routes, c)
	}
	return r, nil
}

// applying returns the positions of the routes that apply to source, in route order.
func (r *Router) applying(source string) []int {
	a, b := r.anySource, r.bySource[source]
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || (len(a) > 0 && a[0] < b[0]) {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

func compile(filters []string) ([]matcher, error) {
	var out []matcher
	for _, f := range filters {
		if rest, ok := strings.CutPrefix(f, "re:"); ok {
			re, err := regexp.Compile(rest)
			if err != nil {
				return nil, err
			}
			out = append(out, matcher{text: f, re: re})
			continue
		}
		out = append(out, matcher{text: f, word: strings.ToLower(f)})
	}
	return out, nil
}

// Manual decides the channels for an article an editor pushed without naming channels: the
// manual source is routed like any other under its name, filters included; when no route
// takes it (every route names other sources), it goes to every channel, as it does with no
// routes at all. A push that names its channels does not ask the router.
func (r *Router) Manual(source, title, summary string) Decision {
	for _, rt := range r.routes {
		if rt.sources == nil || rt.sources[source] {
			return r.Route(source, title, summary)
		}
	}
	return Decision{Channels: append([]string(nil), r.channels...), Filtered: map[string]string{}}
}

// Route decides the channels for an article of source with the given title and summary.
func (r *Router) Route(source, title, summary string) Decision {
	d := Decision{Filtered: map[string]string{}}
	seen := map[string]bool{}
	text := title + "\n" + summary
	lower := strings.ToLower(text)
	for _, i := range r.applying(source) {
		rt := r.routes[i]
		reason := ""
		if len(rt.include) > 0 {
			reason = "include: no filter matched"
			for _, m := range rt.include {
				if (m.re != nil && m.match(text)) || (m.re == nil && m.match(lower)) {
					reason = ""
					break
				}
			}
		}
		for _, m := range rt.exclude {
			if reason == "" && ((m.re != nil && m.match(text)) || (m.re == nil && m.match(lower))) {
				reason = "exclude: " + m.text
			}
		}
		for _, ch := range rt.channels {
			if seen[ch] {
				continue
			}
			if reason != "" {
				if _, ok := d.Filtered[ch]; !ok {
					d.Filtered[ch] = reason
				}
				continue
			}
			seen[ch] = true
			delete(d.Filtered, ch)
			d.Channels = append(d.Channels, ch)
		}
	}
	return d
}
