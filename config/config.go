// Package config loads paperboy's YAML configuration: ${ENV} expansion, *_file secrets,
// defaults, and validation errors that name the file, line and key.
package config

import (
	"net/netip"
	"time"

	"paperboy/core/summarize/llm"

	"go.yaml.in/yaml/v4"
)

// Config is the whole configuration file.
type Config struct {
	Store    Store     `yaml:"store"`    // where claims, the outbox and source state live
	HTTP     HTTP      `yaml:"http"`     // the HTTP server for health, metrics and platform webhooks
	Fetch    Fetch     `yaml:"fetch"`    // how feeds and article pages are fetched
	Log      Log       `yaml:"log"`      // log format and level
	Deliver  Deliver   `yaml:"deliver"`  // retry and worker settings shared by all channels
	Sources  []Source  `yaml:"sources"`  // what to watch
	Channels []Channel `yaml:"channels"` // where to post
	Routes   []Route   `yaml:"routes"`   // which sources go to which channels; none = every source to every channel
	// Subscriptions limits the sources and routes added at runtime (chat, dashboard, CLI).
	Subscriptions Subscriptions `yaml:"subscriptions"`
	Editors       Editors       `yaml:"editors"` // who may run editor commands, and through which bots
	// Readers lets anyone follow keywords and sources in a private chat with the bot.
	Readers Readers `yaml:"readers"`
	// Communities lets chat admins subscribe their groups, channels and servers to feeds.
	Communities Communities `yaml:"communities"`
	// Summarize configures summaries beyond the extractive lead (an optional LLM).
	Summarize Summarize `yaml:"summarize"`
	// Dashboard is the web dashboard on http.listen (off unless enabled).
	Dashboard Dashboard `yaml:"dashboard"`
	// Replica is this replica's stable name in leases and the outbox consumer group (default:
	// the hostname, which a container keeps across restarts). Give every replica its own.
	Replica string `yaml:"replica"`

	file string     // the file this was loaded from, for error positions
	root *yaml.Node // the parsed document, for error positions; Parse drops it once validated
	// secrets are the credentials found in the document (see Secrets), kept when it is dropped.
	secrets []string
}

// File returns the path the configuration was loaded from.
func (c *Config) File() string { return c.file }

// Summarize configures how summaries are written.
type Summarize struct {
	// LLM writes summaries through an OpenAI-compatible API (off by default); any failure, the
	// cost cap or a slow answer falls back to the extractive lead.
	LLM llm.Config `yaml:"llm"`
}

// Store selects and configures the store. Without redis.url (or addrs) the embedded bbolt store at Path is used.
type Store struct {
	Redis    Redis         `yaml:"redis"`     // shared Redis: needed for more than one replica
	Path     string        `yaml:"path"`      // embedded store file (default ./data/paperboy.db)
	ClaimTTL time.Duration `yaml:"claim_ttl"` // how long "already posted" is remembered (default 720h = 30 days)
	// FingerprintWindow is how long a story's title blocks the same title under another URL
	// (default 48h): long enough for m./amp/syndicated copies, short enough for a daily column.
	FingerprintWindow time.Duration `yaml:"fingerprint_window"`
}

// Redis configures a Redis, Sentinel or Cluster connection.
type Redis struct {
	URL        string   `yaml:"url"`         // redis://[:password@]host:port/db (standalone)
	Addrs      []string `yaml:"addrs"`       // several addresses: a cluster, or sentinels when master_name is set
	MasterName string   `yaml:"master_name"` // Sentinel master name
	Password   string   `yaml:"password"`    // password (or password_file)
	Prefix     string   `yaml:"prefix"`      // key prefix (default "paperboy:")
}

// Enabled reports whether a Redis store is configured.
func (r Redis) Enabled() bool { return r.URL != "" || len(r.Addrs) > 0 }

// HTTP configures the built-in HTTP server.
type HTTP struct {
	Listen string `yaml:"listen"` // address for /healthz /readyz /metrics and webhooks; "" = no server
	Pprof  bool   `yaml:"pprof"`  // serve /debug/pprof (off by default)
	// TrustedProxies are the reverse proxies (CIDRs or addresses) whose X-Forwarded-For is
	// believed: the client is the right-most address not in this list. Empty = the TCP peer
	// is the client, whatever the header says.
	TrustedProxies []string       `yaml:"trusted_proxies"`
	Proxies        []netip.Prefix `yaml:"-"` // TrustedProxies parsed
}

// Fetch configures the HTTP client used for feeds and pages.
type Fetch struct {
	Timeout      time.Duration `yaml:"timeout"`       // per request (default 15s)
	MaxBody      ByteSize      `yaml:"max_body"`      // larger bodies are refused (default 10MB)
	AllowPrivate bool          `yaml:"allow_private"` // allow loopback/private addresses (off: SSRF guard)
	UserAgent    string        `yaml:"user_agent"`    // User-Agent header (default "paperboy/<version>")
	PerHost      int           `yaml:"per_host"`      // concurrent requests per host (default 4)
	Workers      int           `yaml:"workers"`       // sources polled at once by this replica (default 64)
}

// Log configures logging.
type Log struct {
	Format string `yaml:"format"` // json | text (default text on a terminal, json otherwise)
	Level  string `yaml:"level"`  // debug | info | warn | error (default info)
}

// Deliver configures delivery workers. A field left out (zero) takes the default named in its
// comment, which core/deliver sets (deliver.DefaultSettings).
type Deliver struct {
	MaxAttempts  int           `yaml:"max_attempts"`  // transient failures before a delivery is dead-lettered (default 20)
	BackoffBase  time.Duration `yaml:"backoff_base"`  // first retry delay, doubled each attempt with full jitter (default 2s)
	BackoffMax   time.Duration `yaml:"backoff_max"`   // longest retry delay (default 10m)
	Lease        time.Duration `yaml:"lease"`         // a replica that dies without a word hands its channels over after this (default 15s)
	BreakerAfter int           `yaml:"breaker_after"` // consecutive transient failures that open a channel's breaker (default 5)
	// BreakerTimeout is how long an open breaker waits before a probe (default 30s).
	BreakerTimeout time.Duration `yaml:"breaker_timeout"`
}

// Source is one watched site.
type Source struct {
	Name     string        `yaml:"name"`     // unique name, used in routes, logs and metrics
	Type     string        `yaml:"type"`     // feed (RSS/Atom/JSON Feed) | sitemap (news or plain sitemap, or an index) | listing (HTML page + selector) | websub (feed with push)
	URL      string        `yaml:"url"`      // the feed, sitemap or listing page address
	Title    string        `yaml:"title"`    // publication name shown in posts (default: the feed's title)
	Interval time.Duration `yaml:"interval"` // poll interval (default 5m)
	Extract  bool          `yaml:"extract"`  // fetch each article page to fill summary, image, author, time
	Timezone string        `yaml:"timezone"` // zone for dates without an offset (default Asia/Seoul)
	// BackfillSpec is what the first poll of a source posts: none (default: every item found is
	// only recorded as seen), all, or a window like 24h (post items newer than that).
	BackfillSpec string        `yaml:"backfill"`
	Backfill     time.Duration `yaml:"-"`         // the window parsed from BackfillSpec; 0 with BackfillAll unset = none
	BackfillAll  bool          `yaml:"-"`         // BackfillSpec is "all"
	MaxItems     int           `yaml:"max_items"` // newest items considered per poll (default 50)
	// OnUpdate is what happens when an item already posted comes back with another title or
	// summary (same canonical link): ignore (default), notify (the change is recorded in the
	// article's history for editors to publish with /correct), or edit (every post is updated).
	OnUpdate string `yaml:"on_update"`
	// MinUpdateInterval is the least time between two automatic updates of one article (default 10m).
	MinUpdateInterval time.Duration `yaml:"min_update_interval"`
	Summary           int           `yaml:"summary"` // summary budget in characters (default 300)
	Lang              string        `yaml:"lang"`    // language tag when the feed gives none (e.g. ko)
	Tags              []string      `yaml:"tags"`    // hashtags added to every post of this source
	// ImageCheck verifies each lead image (type, size, not a logo or pixel) before channels rely
	// on it; a failing image is dropped and the post goes without it (default true).
	ImageCheck *bool `yaml:"image_check"`

	MinInterval   time.Duration `yaml:"min_interval"`   // adaptive polling: a source publishing often is polled down to this (default: interval)
	MaxInterval   time.Duration `yaml:"max_interval"`   // adaptive polling: a quiet source is polled up to this (default: interval)
	Selector      string        `yaml:"selector"`       // listing: CSS selector matching each article link (or an element holding one)
	TitleSelector string        `yaml:"title_selector"` // listing: CSS selector for the headline inside each match (default: the link text)
	TimeSelector  string        `yaml:"time_selector"`  // listing: CSS selector for the time inside each match (datetime attribute or text)
	Hub           string        `yaml:"hub"`            // websub: hub URL (default: discovered from the feed's rel="hub" link)
	Secret        string        `yaml:"secret"`         // websub: HMAC secret the hub signs notifications with (or secret_file)
	Callback      string        `yaml:"callback"`       // websub: public base URL the hub reaches http.listen at (default http://<http.listen>)
}

// Channel is one destination. Keys other than name, type and in_doubt belong to the platform
// and are decoded by its package (see bots.New).
type Channel struct {
	Name    string     `yaml:"name"`     // unique name, used in routes, logs and metrics
	Type    string     `yaml:"type"`     // console, telegram, discord
	InDoubt string     `yaml:"in_doubt"` // after a crash mid-send on a platform without idempotency: resend (default) | skip
	Paused  bool       `yaml:"paused"`   // start paused
	Raw     *yaml.Node `yaml:"-"`        // the whole mapping, for the platform package to decode

	file  string
	index int
}

// ManualSource is the source name of editors' pushes (chat, dashboard, `paperboy push`): a
// route may name it to decide where a push that names no channels goes.
const ManualSource = "push"

// Route sends a set of sources to a set of channels, optionally filtered.
type Route struct {
	Sources  []string `yaml:"sources"`  // source names (push = editors' pushes that name no channel); empty = all
	Channels []string `yaml:"channels"` // channel names; empty = all
	Include  []string `yaml:"include"`  // post only if title or summary contains one of these (case-insensitive); "re:" prefix = regexp
	Exclude  []string `yaml:"exclude"`  // never post if title or summary contains one of these; "re:" prefix = regexp
}

// Dashboard configures the web dashboard served on http.listen under / (see core/dashboard).
type Dashboard struct {
	Enabled bool `yaml:"enabled"` // serve the dashboard (off by default)
	// PasswordHash is a bcrypt hash of the ops password (or password_hash_file); it signs in
	// the user "ops" with the editor role. Make one with `paperboy hash-password`.
	PasswordHash string          `yaml:"password_hash"`
	Users        []DashboardUser `yaml:"users"`       // further people who may sign in
	Timezone     string          `yaml:"timezone"`    // zone times are shown in (default Asia/Seoul)
	Lang         string          `yaml:"lang"`        // UI language when the browser asks for neither: en | ko (default en)
	PublicURL    string          `yaml:"public_url"`  // https base URL for one-time sign-in links sent on Telegram; "" = no links
	SessionTTL   time.Duration   `yaml:"session_ttl"` // how long a sign-in lasts (default 12h)
}

// DashboardUser is one person who may sign in to the dashboard.
type DashboardUser struct {
	Name         string `yaml:"name"`          // sign-in name, shown as "pushed by"
	PasswordHash string `yaml:"password_hash"` // bcrypt hash (or password_hash_file); "" = Telegram link only
	Telegram     int64  `yaml:"telegram"`      // numeric Telegram user id that may ask for a one-time sign-in link
	Role         string `yaml:"role"`          // viewer (read only) | editor (push, retry, drop, pause) (default viewer)
}

// ChecksImages reports whether the source's lead images are verified (image_check, default true).
func (s Source) ChecksImages() bool { return s.ImageCheck == nil || *s.ImageCheck }
