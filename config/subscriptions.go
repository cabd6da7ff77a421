package config

import "time"

// Subscriptions configures what editors, readers and community admins add at runtime (from
// chat, the dashboard or the CLI) next to the sources and routes of this file.
type Subscriptions struct {
	// DisableAfter is how long a runtime source may fail every poll before it is disabled and
	// its subscribers are told once (default 168h = 7 days; config sources are never disabled).
	DisableAfter time.Duration `yaml:"disable_after"`
	// MaxSources caps the runtime sources of the deployment (default 10000).
	MaxSources int `yaml:"max_sources"`
	// MinInterval is the shortest poll interval a runtime source may ask for (default 1m).
	MinInterval time.Duration `yaml:"min_interval"`
	// Reload is how often each replica re-reads the catalog's version when it heard no change
	// notification (default 30s; a notification is acted on at once).
	Reload time.Duration `yaml:"reload"`
}

func (s *Subscriptions) applyDefaults() {
	if s.DisableAfter == 0 {
		s.DisableAfter = 7 * 24 * time.Hour
	}
	if s.MaxSources == 0 {
		s.MaxSources = 10000
	}
	if s.MinInterval == 0 {
		s.MinInterval = time.Minute
	}
	if s.Reload == 0 {
		s.Reload = 30 * time.Second
	}
}

// ApplyDefaults fills a source's unset fields as loading the file does, for sources that come
// from the runtime catalog rather than this file.
func (s *Source) ApplyDefaults() {
	if s.Type == "" {
		s.Type = "feed"
	}
	if s.Interval == 0 {
		s.Interval = 5 * time.Minute
	}
	if s.Timezone == "" {
		s.Timezone = "Asia/Seoul"
	}
	if s.MaxItems == 0 {
		s.MaxItems = 50
	}
	if s.Summary == 0 {
		s.Summary = 300
	}
	if s.OnUpdate == "" {
		s.OnUpdate = "ignore"
	}
	if s.MinUpdateInterval == 0 {
		s.MinUpdateInterval = 10 * time.Minute
	}
}

// validate refuses settings that would poll runtime sources too often or never re-read the catalog.
func (s *Subscriptions) validate(add func(path, format string, args ...any)) {
	if s.DisableAfter < 0 {
		add("subscriptions.disable_after", "must not be negative (got %s)", s.DisableAfter)
	}
	if s.MaxSources < 0 {
		add("subscriptions.max_sources", "must not be negative (got %d)", s.MaxSources)
	}
	if s.MinInterval < 10*time.Second {
		add("subscriptions.min_interval", "must be at least 10s (got %s)", s.MinInterval)
	}
	if s.Reload < time.Second {
		add("subscriptions.reload", "must be at least 1s (got %s)", s.Reload)
	}
}
