package discordtest

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// AppOptions tune an App fake; the zero value behaves like Discord.
type AppOptions struct {
	Options                         // the embedded REST fake's options (clock, buckets…)
	HeartbeatInterval time.Duration // gateway HELLO heartbeat_interval (default 41.25 s)
	ResponseWindow    time.Duration // time to send the initial interaction response (default 3 s)
}

// App fakes the application side of Discord used by editors' slash commands: guild and global
// command registration, interactions from servers and from DMs with the bot (created by the
// test, delivered over the fake gateway or posted to an HTTP endpoint), attachments on a signed
// CDN, interaction callbacks, and edits of the original response (multipart, with files). Every
// other route is answered by the embedded REST Fake.
type App struct {
	*Fake
	ID         string // application id, equal to the bot user's id as for real apps
	Token      string // bot token of the application
	URL        string // REST base URL ending in /api/v10 (use it as api_url)
	GatewayURL string // websocket URL that GET /gateway/bot announces

	opts AppOptions
	srv  *httptest.Server

	mu           sync.Mutex
	changed      chan struct{} // closed and replaced on every state change
	guilds       map[string]bool
	commands     map[string][]Command // guild → registered commands
	writes       map[string]int       // guild → bulk overwrites
	creates      map[string]int       // guild → commands created (Discord allows 200 a day)
	interactions map[string]*pending  // id → interaction
	byToken      map[string]*pending  // token → interaction
	messages     map[string]*ResponseMessage
	callbacks    []Callback
	edits        []Edit
	gw           gatewayState
	files        map[string]cdnFile // attachment id → file on the CDN
	cdnHits      int
	dms          map[string]string // user id → DM channel id
}

// NewApp starts an App fake with one bot (the application) in the default guild; Close it when done.
func NewApp(opts AppOptions) *App {
	if opts.HeartbeatInterval <= 0 {
		opts.HeartbeatInterval = 41250 * time.Millisecond
	}
	if opts.ResponseWindow <= 0 {
		opts.ResponseWindow = 3 * time.Second
	}
	f := New(opts.Options)
	a := &App{Fake: f, opts: opts, changed: make(chan struct{}),
		guilds: map[string]bool{f.opts.GuildID: true}, commands: map[string][]Command{},
		writes: map[string]int{}, creates: map[string]int{}, interactions: map[string]*pending{},
		byToken: map[string]*pending{}, messages: map[string]*ResponseMessage{}, files: map[string]cdnFile{}, dms: map[string]string{}}
	a.Token = "App.B0t-T0ken_s3cret"
	a.ID = f.AddBot(a.Token)
	a.gw.sessions = map[string]*gwSession{}
	a.srv = httptest.NewServer(a)
	a.URL = a.srv.URL + "/api/v10"
	a.GatewayURL = "ws" + strings.TrimPrefix(a.srv.URL, "http") + "/gateway"
	return a
}

// Close disconnects gateway clients and shuts the server down.
func (a *App) Close() {
	a.closeGateway()
	a.srv.Close()
}

// GuildID is the default guild, where the application is installed.
func (a *App) GuildID() string { return a.Fake.opts.GuildID }

// AddGuild installs the application in another guild and returns its id.
func (a *App) AddGuild() string {
	a.Fake.mu.Lock()
	id := a.Fake.newID()
	a.Fake.mu.Unlock()
	a.mu.Lock()
	defer a.mu.Unlock()
	a.guilds[id] = true
	return id
}

// Await blocks until cond reports true (it is re-checked after every change the fake sees)
// or ctx ends. cond must not call Await.
func (a *App) Await(ctx context.Context, cond func() bool) error {
	for {
		a.mu.Lock()
		ch := a.changed
		a.mu.Unlock()
		if cond() {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// touch wakes Await callers; callers hold mu.
func (a *App) touch() {
	close(a.changed)
	a.changed = make(chan struct{})
}

// ServeHTTP routes application routes to the App and everything else to the REST Fake.
func (a *App) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gateway" {
		a.serveGateway(w, r)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/attachments/") {
		a.serveCDN(w, r)
		return
	}
	p := versionPrefix.ReplaceAllString(r.URL.Path, "")
	var handled bool
	switch {
	case p == "/gateway/bot":
		handled = true
		if !a.authorized(w, r) {
			break
		}
		writeJSON(w, http.StatusOK, map[string]any{"url": a.GatewayURL, "shards": 1,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}})
	case strings.HasPrefix(p, "/applications/"):
		handled = a.serveCommands(w, r, p)
	case strings.HasPrefix(p, "/interactions/"):
		handled = a.serveCallback(w, r, p)
	case strings.HasPrefix(p, "/webhooks/") && strings.Contains(p, "/messages/"):
		handled = a.serveOriginal(w, r, p)
	}
	if !handled {
		a.Fake.ServeHTTP(w, r)
	}
}

// authorized checks "Authorization: Bot <app token>", answering 401 like Discord when it is not.
func (a *App) authorized(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("Authorization") != "Bot "+a.Token {
		writeJSON(w, http.StatusUnauthorized, apiErr(0, "401: Unauthorized"))
		return false
	}
	return true
}

// readJSON reads a bounded JSON body into v, answering 400 50109 when it is not JSON.
func readJSON(w http.ResponseWriter, r *http.Request, v any) ([]byte, bool) {
	raw, _, ok := readMessage(w, r, v)
	return raw, ok
}

// readMessage is readJSON for bodies that may be multipart: it also returns the files, and
// answers 413 (code 40005) for a file over MaxFile.
func readMessage(w http.ResponseWriter, r *http.Request, v any) ([]byte, []File, bool) {
	raw, files, _, err := readPayload(r)
	if err == nil {
		err = json.Unmarshal(raw, v)
	}
	if err != nil {
		writeJSON(w, http.StatusBadRequest, apiErr(50109, "The request body contains invalid JSON."))
		return nil, nil, false
	}
	if tooLarge(files) {
		writeJSON(w, http.StatusRequestEntityTooLarge, apiErr(40005, "Request entity too large"))
		return nil, nil, false
	}
	return raw, files, true
}
