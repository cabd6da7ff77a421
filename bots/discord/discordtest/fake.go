// Package discordtest is an in-memory fake of the Discord REST API, built from Discord's
// documentation, for paperboy's tests and bench harness. It executes webhooks (JSON and
// multipart payload_json), creates channel messages with Bot auth, answers GET webhook and
// GET /users/@me, validates every message limit the way Discord does (50035 Invalid Form
// Body), announces rate-limit buckets and answers 429 when one is exceeded, records requests
// that ignore an announced retry window, and de-duplicates bot messages by nonce.
package discordtest

import (
	"encoding/json"
	"net/http/httptest"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Options tune the fake; the zero value behaves like Discord.
type Options struct {
	Now          func() time.Time // clock for buckets and nonce windows; nil = time.Now
	BucketLimit  int              // message creates per bucket window (default 5)
	BucketWindow time.Duration    // length of a bucket window (default 2s)
	GlobalLimit  int              // requests per second per bot token (default 50)
	NonceWindow  time.Duration    // how long an enforced nonce de-duplicates (default 5 minutes)
	GuildID      string           // guild every channel belongs to (default a fixed snowflake)
}

// Webhook is a webhook the fake knows.
type Webhook struct {
	ID        string // webhook id (snowflake)
	Token     string // webhook token
	ChannelID string // channel it posts to
	URL       string // full execute URL below the fake's base, as Discord shows it
}

// Message is one message the fake accepted.
type Message struct {
	ID              string                            // message id
	ChannelID       string                            // channel (or thread) it was posted in
	ThreadID        string                            // thread_id query of a webhook execute, if any
	WebhookID       string                            // webhook that posted it; empty for bot messages
	BotToken        string                            // token of the bot that posted it; empty for webhooks
	Nonce           string                            // nonce as sent (strings and integers alike)
	EnforceNonce    bool                              // whether enforce_nonce was set
	Content         string                            // message content
	Username        string                            // webhook username override
	AvatarURL       string                            // webhook avatar override
	Embeds          []*discordgo.MessageEmbed         // embeds as received
	AllowedMentions *discordgo.MessageAllowedMentions // allowed_mentions as received
	Multipart       bool                              // the request was multipart/form-data with payload_json
	Files           []string                          // file names of multipart attachments
	Body            json.RawMessage                   // the JSON payload exactly as received
	At              time.Time                         // when the fake accepted it
	Edits           int                               // how many PATCHes changed it
	EditedAt        time.Time                         // when it was last edited
	Deleted         bool                              // removed by DELETE: edits and deletes answer 10008 Unknown Message
}

// Request is one request the fake answered.
type Request struct {
	Method string    // HTTP method
	Route  string    // route template, e.g. "POST /webhooks/{id}/{token}"
	Major  string    // the route's major parameter (channel or webhook id)
	Status int       // status the fake answered
	At     time.Time // arrival time on the fake's clock
}

// Violation is a request that arrived while an announced 429 retry window was still open.
type Violation struct {
	Route  string        // route template
	Major  string        // channel or webhook id
	Global bool          // the window was a global one
	Early  time.Duration // how long before the window's end the request came
	At     time.Time     // arrival time
}

// Fake is the Discord REST API as an http.Handler. Paths may carry an /api or /api/vNN prefix.
type Fake struct {
	opts Options

	mu         sync.Mutex
	nextID     int64
	bots       map[string]string // token → bot user id
	channels   map[string]bool   // channel id → exists
	forbidden  map[string]bool   // channel id → bots lack permission (403 50013)
	lost       map[string]int    // channel id → the bot lost it: 50001 Missing Access or 50007 (a DM)
	webhooks   map[string]*Webhook
	messages   []Message
	requests   []Request
	violations []Violation
	invalid    int // 401, 403 and 429 answers: what Cloudflare counts towards an IP ban
	buckets    map[string]*bucket
	globals    map[string]*bucket
	nonces     map[string]nonceEntry
	failNext   []int // statuses for the next message creates
	limitNext  []forced
}

type nonceEntry struct {
	msg int // index into messages
	at  time.Time
}

type forced struct {
	after  time.Duration
	global bool
}

// New returns a fake with no bots, channels or webhooks.
func New(opts Options) *Fake {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.BucketLimit <= 0 {
		opts.BucketLimit = 5
	}
	if opts.BucketWindow <= 0 {
		opts.BucketWindow = 2 * time.Second
	}
	if opts.GlobalLimit <= 0 {
		opts.GlobalLimit = 50
	}
	if opts.NonceWindow <= 0 {
		opts.NonceWindow = 5 * time.Minute
	}
	if opts.GuildID == "" {
		opts.GuildID = "1000000000000000001"
	}
	return &Fake{
		opts: opts, nextID: 1100000000000000000,
		bots: map[string]string{}, channels: map[string]bool{}, forbidden: map[string]bool{}, lost: map[string]int{},
		webhooks: map[string]*Webhook{}, buckets: map[string]*bucket{}, globals: map[string]*bucket{},
		nonces: map[string]nonceEntry{},
	}
}

// Server is a Fake listening on a local httptest server.
type Server struct {
	*Fake
	URL string // REST base URL, ending in /api/v10 (use it as api_url)
	srv *httptest.Server
}

// NewServer starts a fake on a local port; Close it when done.
func NewServer(opts Options) *Server {
	f := New(opts)
	hs := httptest.NewServer(f)
	return &Server{Fake: f, URL: hs.URL + "/api/v10", srv: hs}
}

// Close shuts the server down.
func (s *Server) Close() { s.srv.Close() }

// WebhookURL is the execute URL of w on this server, the value a config's webhook takes.
func (s *Server) WebhookURL(w Webhook) string { return s.URL + "/webhooks/" + w.ID + "/" + w.Token }

// newID returns the next snowflake; callers hold mu.
func (f *Fake) newID() string {
	f.nextID++
	return strconv.FormatInt(f.nextID, 10)
}

// AddBot registers a bot token and returns the bot's user id.
func (f *Fake) AddBot(token string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := f.newID()
	f.bots[token] = id
	return id
}

// AddChannel creates a channel bots may post to and returns its id.
func (f *Fake) AddChannel() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := f.newID()
	f.channels[id] = true
	return id
}

// Forbid makes bot posts to channelID fail with 403 Missing Permissions (code 50013).
func (f *Fake) Forbid(channelID string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.forbidden[channelID] = true
}

// RemoveChannel deletes a channel: posts to it answer 404 Unknown Channel (code 10003).
func (f *Fake) RemoveChannel(channelID string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.channels, channelID)
}

// Revoke makes bot posts to channelID fail with 403 Missing Access (code 50001), as when the
// bot was removed from the server or can no longer see the channel.
func (f *Fake) Revoke(channelID string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lost[channelID] = 50001
}

// BlockDM makes bot posts to the DM channelID fail with 403 Cannot send messages to this user
// (code 50007), as when the user blocked the bot or shares no server with it any more.
func (f *Fake) BlockDM(channelID string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lost[channelID] = 50007
}

// AddWebhook creates a webhook on a new channel. Its URL field is a path (/webhooks/ID/TOKEN);
// Server.WebhookURL gives the full URL.
func (f *Fake) AddWebhook() Webhook {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := f.newID()
	f.channels[ch] = true
	w := &Webhook{ID: f.newID(), ChannelID: ch}
	w.Token = "Wh00k-" + strconv.FormatInt(f.nextID, 36) + "_s3cret-T0ken"
	w.URL = "/webhooks/" + w.ID + "/" + w.Token
	f.webhooks[w.ID] = w
	return *w
}

// DeleteWebhook removes a webhook: executing it answers 404 Unknown Webhook (10015).
func (f *Fake) DeleteWebhook(id string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.webhooks, id)
}

// FailNext makes the next n message creates, edits or deletes answer status (e.g. 500, 502, 503) before
// anything else is checked.
func (f *Fake) FailNext(n, status int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for range n {
		f.failNext = append(f.failNext, status)
	}
}

// RateLimitNext makes the next message create answer 429 with retry_after, opening a retry
// window (for that bucket, or for the whole credential when global) that later requests
// must respect.
func (f *Fake) RateLimitNext(retryAfter time.Duration, global bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limitNext = append(f.limitNext, forced{after: retryAfter, global: global})
}

// Messages returns the accepted messages in arrival order.
func (f *Fake) Messages() []Message {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Message(nil), f.messages...)
}

// Requests returns every request the fake answered, in arrival order.
func (f *Fake) Requests() []Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Request(nil), f.requests...)
}

// Violations returns requests that arrived inside an announced retry window.
func (f *Fake) Violations() []Violation {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Violation(nil), f.violations...)
}

// InvalidRequests counts 401, 403 and 429 answers: Discord bans an IP after 10,000 in 10 minutes.
func (f *Fake) InvalidRequests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.invalid
}
