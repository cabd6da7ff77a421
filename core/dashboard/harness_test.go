package dashboard

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"paperboy/bots"
	"paperboy/bots/discord/discordtest"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/demo"
	"paperboy/core/pipeline"
	"paperboy/core/store"
	"paperboy/core/store/bolt"
)

// Passwords of the test users (hashed at bcrypt.MinCost to keep tests fast).
const (
	opsPassword    = "ops-secret-1"
	viewerPassword = "viewer-secret-2"
	editorTelegram = 777000111
)

// harness is a real paperboy service (bolt store, Telegram and Discord channels against their
// fakes) with the dashboard mounted on an httptest server, and a site serving article pages.
type harness struct {
	t    testing.TB
	tg   *telegramtest.Server
	dc   *discordtest.Server
	site *httptest.Server
	srv  *httptest.Server
	svc  *pipeline.Service
	st   store.Store
	dash *Server
	cfg  *config.Config
	bell *bell
	stop func()
	mux  atomic.Pointer[http.ServeMux] // what srv serves; reload swaps it, as SIGHUP does
}

// bell wakes tests waiting for a store write to land (the worker reports an outcome to
// observers just before it records it).
type bell struct {
	mu sync.Mutex
	ch chan struct{}
}

func newBell() *bell { return &bell{ch: make(chan struct{})} }

func (b *bell) ring() {
	b.mu.Lock()
	close(b.ch)
	b.ch = make(chan struct{})
	b.mu.Unlock()
}

func (b *bell) wait() <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.ch
}

// ringingStore rings the bell after each outcome is recorded.
type ringingStore struct {
	store.Store
	bell *bell
}

func (s *ringingStore) Ack(ctx context.Context, e store.Entry, remoteID string) error {
	defer s.bell.ring()
	return s.Store.Ack(ctx, e, remoteID)
}

func (s *ringingStore) Dead(ctx context.Context, e store.Entry, reason string) error {
	defer s.bell.ring()
	return s.Store.Dead(ctx, e, reason)
}

func (s *ringingStore) Retry(ctx context.Context, e store.Entry, due time.Time, lastErr string) error {
	defer s.bell.ring()
	return s.Store.Retry(ctx, e, due, lastErr)
}

var hashes = sync.OnceValues(func() (string, string) {
	a, _ := bcrypt.GenerateFromPassword([]byte(opsPassword), bcrypt.MinCost)
	b, _ := bcrypt.GenerateFromPassword([]byte(viewerPassword), bcrypt.MinCost)
	return string(a), string(b)
})

// newHarness starts everything; with run the pipeline's workers deliver in the background.
func newHarness(t testing.TB, run bool, extraChannels int) *harness {
	h := &harness{t: t, tg: telegramtest.New()}
	t.Cleanup(h.tg.Close)
	h.dc = discordtest.NewServer(discordtest.Options{BucketLimit: 1000, GlobalLimit: 1000})
	t.Cleanup(h.dc.Close)
	wh := h.dc.AddWebhook()
	h.site = httptest.NewServer(http.HandlerFunc(articlePage))
	t.Cleanup(h.site.Close)
	mux := http.NewServeMux()
	h.mux.Store(mux)
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h.mux.Load().ServeHTTP(w, r) }))
	t.Cleanup(func() { h.srv.CloseClientConnections(); h.srv.Close() })

	opsHash, viewerHash := hashes()
	var more strings.Builder
	for i := range extraChannels {
		fmt.Fprintf(&more, "  - { name: tg-%02d, type: telegram, token: %q, chat: \"@news_%02d\", api_url: %q }\n", i, telegramtest.DefaultToken, i, h.tg.URL)
	}
	yml := fmt.Sprintf(`
http: { listen: "127.0.0.1:0" }
fetch: { allow_private: true, timeout: 10s } # roomy: a push checks its lead image, and a loaded CI machine is slow
deliver: { backoff_base: 10ms, backoff_max: 50ms, max_attempts: 2 }
sources:
  - { name: fntimes, url: "%[1]s/rss", interval: 1h }
channels:
  - { name: tg-news, type: telegram, token: %[2]q, chat: "@news", api_url: %[3]q }
  - { name: dc-news, type: discord, webhook: %[4]q, username: "뉴스봇" }
%[8]s
editors: { telegram: { token: %[2]q, users: [%[7]d], api_url: %[3]q } }
dashboard:
  enabled: true
  password_hash: %[5]q
  public_url: %[9]q
  users:
    - { name: viewer, password_hash: %[6]q }
`, h.site.URL, telegramtest.DefaultToken, h.tg.URL, h.dc.WebhookURL(wh), opsHash, viewerHash, editorTelegram, more.String(), h.srv.URL)
	cfg, err := config.Parse("test.yaml", []byte(yml), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	h.cfg = cfg
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	chans, err := bots.Build(cfg, channel.Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	st, err := bolt.Open(filepath.Join(t.TempDir(), "pb.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h.bell = newBell()
	h.st = &ringingStore{Store: st, bell: h.bell}
	h.svc, err = pipeline.New(pipeline.Options{Config: cfg, Store: h.st, Channels: chans, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	h.dash = New(Options{Logger: quiet})
	if err := h.dash.Mount(mux, h.svc, cfg); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	h.stop = func() { cancel(); <-done }
	if run {
		go func() { defer close(done); _ = h.svc.Run(ctx, time.Second) }()
	} else {
		close(done)
	}
	t.Cleanup(h.stop)
	return h
}

// articlePage serves a Korean news article at any /n/<id> path.
func articlePage(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/img/") {
		// A real picture: a push checks its lead image like any source does.
		w.Header().Set("Content-Type", "image/png")
		_, _ = w.Write(demo.Picture(r.URL.Path, 640, 400))
		return
	}
	if !strings.HasPrefix(r.URL.Path, "/n/") {
		http.NotFound(w, r)
		return
	}
	id := strings.TrimPrefix(r.URL.Path, "/n/")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<!doctype html><html lang="ko"><head><title>카톡 먹통에 네이버 &lt;라인&gt; 광고 %[1]s</title>
<meta property="og:title" content="카톡 먹통에 네이버 &lt;라인&gt; 광고 %[1]s">
<meta property="og:site_name" content="한국금융신문">
<meta property="og:image" content="http://%[2]s/img/%[1]s.jpg">
<meta property="article:published_time" content="2026-05-15T23:03:00+09:00"></head>
<body><article><h1>카톡 먹통에 네이버 &lt;라인&gt; 광고 %[1]s</h1>
<p>15일 카카오톡, 카카오T, 카카오내비까지 카카오의 주요 서비스들이 접속 장애를 일으키고 있다. 오후 3시 30분부터 발생한 먹통 사태가 약 8시간 동안 지속되고 있다. 👍🏽</p>
<p>서비스 장애가 지속되자 경쟁사인 네이버는 모바일 앱 홈페이지를 통해 자사 메신저 서비스 라인을 광고하고 있다.</p>
</article></body></html>`, id, r.Host)
}

// client is a browser-like HTTP client with a cookie jar that does not follow redirects.
type client struct {
	t    testing.TB
	base string
	c    *http.Client
}

// reload mounts the dashboard again with cfg on a fresh mux, as a SIGHUP reload does.
func (h *harness) reload(cfg *config.Config) {
	h.t.Helper()
	mux := http.NewServeMux()
	if err := h.dash.Mount(mux, h.svc, cfg); err != nil {
		h.t.Fatal(err)
	}
	h.mux.Store(mux)
}

func (h *harness) client() *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: h.t, base: h.srv.URL, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// get returns status and body.
func (c *client) get(path string) (int, string) {
	c.t.Helper()
	resp, err := c.c.Get(c.base + path)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// post sends a form; it returns status, Location and body.
func (c *client) post(path string, form url.Values) (int, string, string) {
	c.t.Helper()
	resp, err := c.c.PostForm(c.base+path, form)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Location"), string(b)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf reads the CSRF token from a page.
func (c *client) csrf(path string) string {
	c.t.Helper()
	_, body := c.get(path)
	m := csrfField.FindStringSubmatch(body)
	if m == nil {
		c.t.Fatalf("no csrf token on %s", path)
	}
	return m[1]
}

// signIn signs in with a password and fails the test if that does not work.
func (c *client) signIn(user, password string) {
	c.t.Helper()
	tok := c.csrf("/login")
	code, loc, body := c.post("/login", url.Values{"csrf": {tok}, "user": {user}, "password": {password}, "next": {"/"}})
	if code != http.StatusSeeOther || loc != "/" {
		c.t.Fatalf("sign-in as %s: %d %q %s", user, code, loc, body)
	}
}
