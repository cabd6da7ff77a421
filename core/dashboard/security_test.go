package dashboard

// Attacks on the dashboard that it refuses:
//
//   - a session of a user removed from the configuration, or whose role changed, used after the
//     reload (SIGHUP) → the session is deleted at its next request, also an open live stream
//   - a session of a Telegram editor removed from editors.telegram.users → deleted
//   - a sign-in or prefs link whose next=/back= leaves the site ("/\t/evil.example", "//evil",
//     "/\evil", "https:evil", and percent-encoded forms) → the redirect goes to "/"
//   - password guessing from one client → throttled after 5 tries; from many clients against
//     one account → throttled after 10; rotating IPv6 addresses inside one /64 → one client
//   - a forged X-Forwarded-For from a client that is not a trusted proxy → ignored
// (Anonymous access, CSRF and one-time links are in auth_test.go.)

import (
	"bufio"
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"paperboy/config"
	"paperboy/core/deliver"

	"go.yaml.in/yaml/v4"
)

// withUsers is h's configuration with other dashboard users and Telegram editors.
func withUsers(h *harness, tg []int64, users ...config.DashboardUser) *config.Config {
	c := *h.cfg
	c.Dashboard.Users = users
	e := h.cfg.Editors["telegram"]
	raw := *e.Raw
	raw.Content = nil
	for i := 0; i+1 < len(e.Raw.Content); i += 2 {
		if e.Raw.Content[i].Value != "users" {
			raw.Content = append(raw.Content, e.Raw.Content[i], e.Raw.Content[i+1])
		}
	}
	list := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	for _, id := range tg {
		list.Content = append(list.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(id, 10)})
	}
	raw.Content = append(raw.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "users"}, list)
	e.Raw = &raw
	c.Editors = config.Editors{"telegram": e}
	return &c
}

func TestSecurityStaleSessionsEnd(t *testing.T) {
	h := newHarness(t, false, 0)
	_, hash := hashes()
	h.reload(withUsers(h, h.cfg.TelegramSignIn().Users,
		config.DashboardUser{Name: "viewer", PasswordHash: hash, Role: RoleViewer},
		config.DashboardUser{Name: "kim", PasswordHash: hash, Role: RoleEditor}))
	viewer, kim, tg := h.client(), h.client(), h.client()
	viewer.signIn("viewer", viewerPassword)
	kim.signIn("kim", viewerPassword)
	id, _, err := h.dash.sessions.create(context.Background(), &user{name: "tg:" + strconv.Itoa(editorTelegram), role: RoleEditor})
	if err != nil {
		t.Fatal(err)
	}
	tg.c.Jar.SetCookies(mustURL(t, h.srv.URL), []*http.Cookie{{Name: sessionCookie, Value: id}})
	for _, c := range []*client{viewer, kim, tg} {
		if code, _ := c.get("/"); code != http.StatusOK {
			t.Fatalf("before the reload: %d", code)
		}
	}
	if code, _ := kim.get("/push"); code != http.StatusOK {
		t.Fatalf("editor before the reload: %d", code)
	}

	// A live stream opened before the reload.
	req, _ := http.NewRequest(http.MethodGet, h.srv.URL+"/events", nil)
	for _, ck := range viewer.c.Jar.Cookies(mustURL(t, h.srv.URL)) {
		req.AddCookie(ck)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("events: %v %v", err, resp)
	}
	defer resp.Body.Close()
	stream := bufio.NewReader(resp.Body)
	if line, err := stream.ReadString('\n'); err != nil || !strings.HasPrefix(line, "retry:") {
		t.Fatalf("stream start %q %v", line, err)
	}

	// Reload: viewer removed, kim demoted to viewer, the Telegram editor removed.
	h.reload(withUsers(h, nil, config.DashboardUser{Name: "kim", PasswordHash: hash, Role: RoleViewer}))
	for name, c := range map[string]*client{"removed viewer": viewer, "demoted editor": kim, "removed telegram editor": tg} {
		resp, err := c.c.Get(c.base + "/")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/login") {
			t.Errorf("%s after the reload: %d %q, want a redirect to sign in", name, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
	if h.dash.sessions.get(context.Background(), id) != nil {
		t.Error("the dropped session is still in the store")
	}
	// The demoted editor signs in again, now as a viewer.
	kim.signIn("kim", viewerPassword)
	if code, _ := kim.get("/push"); code != http.StatusForbidden {
		t.Errorf("demoted editor's new session on /push: %d, want 403", code)
	}
	// The stream ends at its next wake-up.
	h.dash.Log.observer(time.Now, nil)(deliver.Event{Channel: "tg-news", Outcome: deliver.Delivered})
	done := make(chan error, 1)
	go func() {
		for {
			if _, err := stream.ReadString('\n'); err != nil {
				done <- err
				return
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the removed user's live stream kept running")
	}
}

func TestSecurityOpenRedirectsRefused(t *testing.T) {
	evil := []string{
		"/\t/evil.example", "/%09/evil.example", "/\n/evil.example", "/\r\n/evil.example", "//evil.example",
		"/\\evil.example", "\\/evil.example", "/\\/evil.example", "https:evil.example", "https://evil.example",
		"http:/evil.example", "javascript:alert(1)", "/%2F/evil.example", "/%2f%2fevil.example", "/%5Cevil.example",
		"/%5C%5Cevil.example", "%2F%2Fevil.example", " /evil.example", "/\x00/evil.example", "/\u2028/evil.example",
		"/%E2%80%A8/evil", "evil.example", "", "/\xff/evil",
	}
	for _, v := range evil {
		if got := localPath(v); got != "/" {
			t.Errorf("localPath(%q) = %q, want /", v, got)
		}
	}
	for _, ok := range []string{"/", "/articles", "/dead?page=2", "/push?url=https%3A%2F%2Fexample.com%2Fa", "/sources#fntimes", "/%EA%B8%B0%EC%82%AC"} {
		if got := localPath(ok); got != ok {
			t.Errorf("localPath(%q) = %q, want it kept", ok, got)
		}
	}
	h := newHarness(t, false, 0)
	c := h.client()
	for _, v := range []string{"/\t/evil.example", "//evil.example", "/\\evil.example", "https:evil.example"} {
		resp, err := c.c.Get(c.base + "/prefs?theme=dark&back=" + url.QueryEscape(v))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if loc := resp.Header.Get("Location"); loc != "/" {
			t.Errorf("prefs back=%q redirected to %q", v, loc)
		}
		tok := c.csrf("/login")
		_, loc, _ := c.post("/login", url.Values{"csrf": {tok}, "user": {"viewer"}, "password": {viewerPassword}, "next": {v}})
		if loc != "/" {
			t.Errorf("sign-in next=%q redirected to %q", v, loc)
		}
	}
}

// attempt is one failed password sign-in from the TCP peer remote with the given
// X-Forwarded-For; it returns the status.
func attempt(t *testing.T, h *harness, remote, xff, account string) int {
	t.Helper()
	form := url.Values{"csrf": {"nonce-" + strings.Repeat("x", 40)}, "user": {account}, "password": {"guess"}}
	req := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: preCookie, Value: form.Get("csrf")})
	req.RemoteAddr = remote
	if xff != "" {
		req.Header.Set("X-Forwarded-For", xff)
	}
	rec := httptest.NewRecorder()
	h.mux.Load().ServeHTTP(rec, req)
	return rec.Code
}

func TestSecuritySignInLimiterPerClientAndAccount(t *testing.T) {
	h := newHarness(t, false, 0)
	cfg := *h.cfg
	cfg.HTTP.Proxies = []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}
	h.reload(&cfg)
	const proxy = "10.1.2.3:4444"
	// Behind the trusted proxy, each client has its own bucket: one guesser does not lock out
	// everyone else.
	for i := range 5 {
		if code := attempt(t, h, proxy, "198.51.100.7", "ops"+strconv.Itoa(i)); code != http.StatusUnauthorized {
			t.Fatalf("attempt %d: %d", i, code)
		}
	}
	if code := attempt(t, h, proxy, "198.51.100.7", "someone"); code != http.StatusTooManyRequests {
		t.Fatalf("sixth attempt from one client: %d, want 429", code)
	}
	if code := attempt(t, h, proxy, "203.0.113.9", "viewer"); code != http.StatusUnauthorized {
		t.Fatalf("another client behind the same proxy: %d, want its own bucket", code)
	}
	// A client cannot escape its bucket by writing its own X-Forwarded-For: only the right-most
	// untrusted hop counts.
	if code := attempt(t, h, proxy, "1.2.3.4, 198.51.100.7", "x"); code != http.StatusTooManyRequests {
		t.Fatalf("spoofed hop to the left: %d, want 429", code)
	}
	// An untrusted peer's X-Forwarded-For is ignored.
	for i := range 5 {
		attempt(t, h, "192.0.2.50:1000", "203.0.113."+strconv.Itoa(100+i), "y"+strconv.Itoa(i))
	}
	if code := attempt(t, h, "192.0.2.50:1000", "203.0.113.200", "z"); code != http.StatusTooManyRequests {
		t.Fatalf("untrusted peer rotating X-Forwarded-For: %d, want 429", code)
	}
	// IPv6: every address of one /64 is one client.
	for i := range 5 {
		attempt(t, h, "[2001:db8:1:2::"+strconv.Itoa(i+1)+"]:1000", "", "v6-"+strconv.Itoa(i))
	}
	if code := attempt(t, h, "[2001:db8:1:2:ffff::1]:1000", "", "v6-x"); code != http.StatusTooManyRequests {
		t.Fatalf("a new address in the same /64: %d, want 429", code)
	}
	// Many clients against one account: throttled after ten, whatever the addresses.
	for i := range 10 {
		if code := attempt(t, h, "192.0.2."+strconv.Itoa(i+1)+":1", "", "ops"); code != http.StatusUnauthorized {
			t.Fatalf("distributed attempt %d: %d", i, code)
		}
	}
	if code := attempt(t, h, "192.0.2.99:1", "", "OPS"); code != http.StatusTooManyRequests {
		t.Fatalf("eleventh attempt on one account from a fresh client: %d, want 429", code)
	}
}

func TestClientKey(t *testing.T) {
	trusted := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("fd00::/8")}
	for _, tc := range []struct{ remote, xff, want string }{
		{"198.51.100.1:1", "", "198.51.100.1"},
		{"198.51.100.1:1", "203.0.113.5", "198.51.100.1"},            // untrusted peer: header ignored
		{"10.0.0.1:1", "203.0.113.5", "203.0.113.5"},                 // our proxy
		{"10.0.0.1:1", "203.0.113.5, 10.0.0.2", "203.0.113.5"},       // two proxies
		{"10.0.0.1:1", "6.6.6.6, 203.0.113.5", "203.0.113.5"},        // spoofed left hop ignored
		{"10.0.0.1:1", "garbage, 203.0.113.5", "203.0.113.5"},        // garbage left of the client
		{"10.0.0.1:1", "203.0.113.5, garbage", "10.0.0.1"},           // garbage where our proxy writes
		{"10.0.0.1:1", "", "10.0.0.1"},                               // no header
		{"10.0.0.1:1", "10.0.0.9", "10.0.0.9"},                       // only proxies: the left-most
		{"[fd00::1]:1", "2001:db8:a:b:1:2:3:4", "2001:db8:a:b::/64"}, // IPv6 client grouped by /64
		{"[::ffff:198.51.100.1]:1", "", "198.51.100.1"},              // mapped IPv4
		{"[2001:db8:a:b::1%eth0]:1", "", "2001:db8:a:b::/64"},        // zone dropped
		{"10.0.0.1:1", "[2001:db8::1]:443", "10.0.0.1"},              // a port is not an address
	} {
		req := httptest.NewRequest(http.MethodPost, "/login", nil)
		req.RemoteAddr = tc.remote
		if tc.xff != "" {
			req.Header.Set("X-Forwarded-For", tc.xff)
		}
		if got := clientKey(req, trusted); got != tc.want {
			t.Errorf("remote %s xff %q: %s, want %s", tc.remote, tc.xff, got, tc.want)
		}
	}
}
