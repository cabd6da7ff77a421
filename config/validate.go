package config

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
	"go.yaml.in/yaml/v4"
)

// ByteSize is a size in bytes written as 10MB, 512KiB or a plain number.
type ByteSize int64

// UnmarshalYAML parses sizes with a unit suffix (KB/MB/GB are powers of 1024, like KiB).
func (b *ByteSize) UnmarshalYAML(n *yaml.Node) error {
	s := strings.TrimSpace(strings.ToUpper(n.Value))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.m
			break
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 0 {
		return fmt.Errorf("%q is not a size (use 512KB, 10MB, 1GB)", n.Value)
	}
	*b = ByteSize(v * mult)
	return nil
}

func (c *Config) applyDefaults() {
	if c.Store.Path == "" {
		c.Store.Path = "./data/paperboy.db"
	}
	if c.Store.ClaimTTL == 0 {
		c.Store.ClaimTTL = 30 * 24 * time.Hour
	}
	if c.Store.FingerprintWindow == 0 {
		c.Store.FingerprintWindow = 48 * time.Hour
	}
	if c.Store.Redis.Prefix == "" {
		c.Store.Redis.Prefix = "paperboy:"
	}
	if c.Fetch.Timeout == 0 {
		c.Fetch.Timeout = 15 * time.Second
	}
	if c.Fetch.MaxBody == 0 {
		c.Fetch.MaxBody = 10 << 20
	}
	if c.Fetch.PerHost == 0 {
		c.Fetch.PerHost = 4
	}
	if c.Fetch.Workers == 0 {
		c.Fetch.Workers = 64
	}
	if c.Log.Level == "" {
		c.Log.Level = "info"
	}
	// deliver: is left as written: zero means the default, which core/deliver owns (one place).
	for i := range c.Sources {
		c.Sources[i].ApplyDefaults()
	}
	c.Subscriptions.applyDefaults()
	c.Readers.applyDefaults()
	c.Communities.applyDefaults()
	for i := range c.Channels {
		if c.Channels[i].InDoubt == "" {
			c.Channels[i].InDoubt = "resend"
		}
	}
	c.Dashboard.applyDefaults()
}

// SourceTypes are the source kinds this build knows.
var SourceTypes = []string{"feed", "sitemap", "listing", "websub"}

// checkName reports a name that is badly formed or already in seen (dupFormat, with one %q
// for the name, says which kind), then records it: sources, channels and dashboard users all
// follow this one rule.
func checkName(add func(path, format string, args ...any), path, name, dupFormat string, seen map[string]bool) {
	if name == "" {
		add(path, "missing: a name is required (letters, digits, '.', '_' or '-')")
	} else if !namePattern.MatchString(name) {
		add(path, "must be 1-64 letters, digits, '.', '_' or '-' (got %q)", name)
	} else if seen[name] {
		add(path, dupFormat, name)
	}
	seen[name] = true
}

var namePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$`)

func (c *Config) validate() error {
	var errs []error
	at := func(path string) int { return c.line(path) }
	add := func(path, format string, args ...any) {
		errs = append(errs, fieldErrorf(c.file, at(path), path, format, args...))
	}
	if c.Store.Redis.URL != "" {
		if u, err := url.Parse(c.Store.Redis.URL); err != nil || (u.Scheme != "redis" && u.Scheme != "rediss" && u.Scheme != "unix") {
			add("store.redis.url", "must be redis://host:port/db, rediss:// or unix://")
		}
	}
	if c.Fetch.Timeout < 0 {
		add("fetch.timeout", "must be positive")
	}
	if c.Fetch.Workers < 0 {
		add("fetch.workers", "must be positive")
	}
	switch c.Log.Format {
	case "", "json", "text":
	default:
		add("log.format", "unknown format %q (known: json, text)", c.Log.Format)
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		add("log.level", "unknown level %q (known: debug, info, warn, error)", c.Log.Level)
	}
	if c.Replica != "" && !namePattern.MatchString(c.Replica) {
		add("replica", "must be 1-64 letters, digits, '.', '_' or '-' (got %q)", c.Replica)
	}
	sources := map[string]bool{}
	zones := map[string]bool{} // zone → known: 100,000 sources in one zone read its tzdata once
	for i, s := range c.Sources {
		p := fmt.Sprintf("sources[%d]", i)
		checkName(add, p+".name", s.Name, "duplicate source name %q", sources)
		if !contains(SourceTypes, s.Type) {
			add(p+".type", "unknown type %q (known: %s)", s.Type, strings.Join(SourceTypes, ", "))
		}
		if s.URL == "" {
			add(p+".url", "missing: every source needs the url of its feed, sitemap or page")
		} else if u, err := url.Parse(s.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			add(p+".url", "must be an http(s) URL like https://example.com/rss (got %q)", s.URL)
		}
		ok, seen := zones[s.Timezone]
		if !seen {
			_, err := time.LoadLocation(s.Timezone)
			ok = err == nil
			zones[s.Timezone] = ok
		}
		if !ok {
			add(p+".timezone", "unknown time zone %q", s.Timezone)
		}
		if s.Interval < 10*time.Second {
			add(p+".interval", "must be at least 10s (got %s)", s.Interval)
		}
		c.validateSourceKind(i, add)
	}
	channels := map[string]bool{}
	for i, ch := range c.Channels {
		p := fmt.Sprintf("channels[%d]", i)
		checkName(add, p+".name", ch.Name, "duplicate channel name %q", channels)
		if ch.InDoubt != "resend" && ch.InDoubt != "skip" {
			add(p+".in_doubt", "must be resend or skip (got %q)", ch.InDoubt)
		}
	}
	for i, r := range c.Routes {
		p := fmt.Sprintf("routes[%d]", i)
		for j, s := range r.Sources {
			if !sources[s] && s != ManualSource {
				add(fmt.Sprintf("%s.sources[%d]", p, j), "no source named %q", s)
			}
		}
		for j, ch := range r.Channels {
			if !channels[ch] {
				add(fmt.Sprintf("%s.channels[%d]", p, j), "no channel named %q", ch)
			}
		}
		for j, f := range append(append([]string{}, r.Include...), r.Exclude...) {
			if strings.HasPrefix(f, "re:") {
				if _, err := regexp.Compile(strings.TrimPrefix(f, "re:")); err != nil {
					add(fmt.Sprintf("%s.filters[%d]", p, j), "bad regexp: %v", err)
				}
			}
		}
	}
	c.validateHTTP(add)
	c.validateDashboard(add)
	c.addLLMErrors(c.Summarize.LLM.Validate(), add)
	c.Subscriptions.validate(add)
	c.Readers.validate(add)
	c.Communities.validate(add)
	return errors.Join(errs...)
}

// line finds the line of a dotted path like "sources[1].url" (falling back to the nearest parent).
func (c *Config) line(path string) int {
	n := c.root
	best := 0
	if n != nil {
		best = n.Line
	}
	for _, part := range strings.Split(path, ".") {
		name, idx := part, -1
		if i := strings.Index(part, "["); i >= 0 {
			name = part[:i]
			idx, _ = strconv.Atoi(strings.TrimSuffix(part[i+1:], "]"))
		}
		var keyLine int
		if n != nil && n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == name {
					keyLine = n.Content[i].Line
					n = n.Content[i+1]
					break
				}
			}
		}
		if keyLine == 0 {
			return best
		}
		best = keyLine
		if idx >= 0 && n != nil && n.Kind == yaml.SequenceNode && idx < len(n.Content) {
			n = n.Content[idx]
			best = n.Line
		}
	}
	return best
}

// addLLMErrors positions each of the LLM section's errors ("llm: timeout must be …") at its key.
func (c *Config) addLLMErrors(err error, add func(path, format string, args ...any)) {
	if err == nil {
		return
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	for _, e := range errs {
		msg := strings.TrimPrefix(e.Error(), "llm: ")
		key, _, _ := strings.Cut(msg, " ")
		if c.line("summarize.llm."+key) != c.line("summarize.llm") {
			add("summarize.llm."+key, "%s", strings.TrimPrefix(msg, key+" "))
		} else {
			add("summarize.llm", "%s", msg)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortStrings(s []string) { sort.Strings(s) }

// validateSourceKind checks the fields of source i that depend on its type, and parses backfill.
func (c *Config) validateSourceKind(i int, add func(path, format string, args ...any)) {
	s := &c.Sources[i]
	p := fmt.Sprintf("sources[%d]", i)
	switch spec := strings.TrimSpace(s.BackfillSpec); spec {
	case "", "none":
		s.Backfill, s.BackfillAll = 0, false
	case "all":
		s.BackfillAll = true
	default:
		d, err := time.ParseDuration(spec)
		if err != nil || d <= 0 {
			add(p+".backfill", "must be none, all or a duration like 24h (got %q)", spec)
		}
		s.Backfill = d
	}
	switch s.OnUpdate {
	case "":
		s.OnUpdate = "ignore"
	case "ignore", "notify", "edit":
	default:
		add(p+".on_update", "must be ignore, notify or edit (got %q)", s.OnUpdate)
	}
	if s.MinUpdateInterval == 0 {
		s.MinUpdateInterval = 10 * time.Minute
	} else if s.MinUpdateInterval < time.Minute {
		add(p+".min_update_interval", "must be at least 1m (got %s)", s.MinUpdateInterval)
	}
	if s.MinInterval != 0 && s.MinInterval < 10*time.Second {
		add(p+".min_interval", "must be at least 10s (got %s)", s.MinInterval)
	}
	if s.MaxInterval != 0 && s.MaxInterval < max(s.MinInterval, s.Interval) {
		add(p+".max_interval", "must not be below interval and min_interval (got %s)", s.MaxInterval)
	}
	if s.Type == "listing" && strings.TrimSpace(s.Selector) == "" {
		add(p+".selector", "a listing source needs a CSS selector for its article links")
	}
	for _, f := range []struct{ key, sel string }{{"selector", s.Selector}, {"title_selector", s.TitleSelector}, {"time_selector", s.TimeSelector}} {
		if f.sel != "" {
			if _, err := cascadia.Compile(f.sel); err != nil {
				add(p+"."+f.key, "bad CSS selector: %v", err)
			}
		}
	}
	if s.Type == "websub" {
		if c.HTTP.Listen == "" {
			add(p+".type", "a websub source needs http.listen for the hub's callbacks (and callback when the hub reaches it under another address)")
		}
		for _, f := range []struct{ key, v string }{{"hub", s.Hub}, {"callback", s.Callback}} {
			if u, err := url.Parse(f.v); f.v != "" && (err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "") {
				add(p+"."+f.key, "must be an http(s) URL")
			}
		}
	}
}
