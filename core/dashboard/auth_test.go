package dashboard

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

func TestAnonymousGetsNothing(t *testing.T) {
	h := newHarness(t, false, 0)
	c := h.client()
	for _, path := range []string{"/", "/articles", "/dead", "/push", "/sources"} {
		resp, err := c.c.Get(c.base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/login?next=") {
			t.Errorf("GET %s: %d → %q, want a redirect to sign-in", path, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
	if code, _ := c.get("/events"); code != http.StatusUnauthorized {
		t.Errorf("GET /events: %d", code)
	}
	if code, _, _ := c.post("/dead/1/retry", url.Values{}); code != http.StatusUnauthorized {
		t.Errorf("POST retry: %d", code)
	}
	if code, body := c.get("/login"); code != http.StatusOK || !strings.Contains(body, `name="password"`) {
		t.Errorf("login page: %d", code)
	}
}

func TestPasswordSignInRolesAndCookies(t *testing.T) {
	h := newHarness(t, false, 0)
	c := h.client()
	tok := c.csrf("/login")
	code, _, body := c.post("/login", url.Values{"csrf": {tok}, "user": {"ops"}, "password": {"wrong"}})
	if code != http.StatusUnauthorized || !strings.Contains(body, "Wrong user or password") {
		t.Fatalf("wrong password: %d", code)
	}
	code, _, _ = c.post("/login", url.Values{"csrf": {tok}, "user": {"nobody"}, "password": {opsPassword}})
	if code != http.StatusUnauthorized {
		t.Fatalf("unknown user: %d", code)
	}
	resp, err := c.c.PostForm(c.base+"/login", url.Values{"csrf": {tok}, "user": {"ops"}, "password": {opsPassword}, "next": {"//evil.example/"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
		t.Fatalf("sign-in: %d → %q (an off-site next must become /)", resp.StatusCode, resp.Header.Get("Location"))
	}
	var sess *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == sessionCookie {
			sess = ck
		}
	}
	if sess == nil || !sess.Secure || !sess.HttpOnly || sess.SameSite != http.SameSiteStrictMode || sess.Path != "/" {
		t.Fatalf("session cookie %+v: want Secure, HttpOnly, SameSite=Strict", sess)
	}
	if code, body := c.get("/"); code != http.StatusOK || !strings.Contains(body, "tg-news") || !strings.Contains(body, "dc-news") {
		t.Fatalf("overview: %d", code)
	}
	if code, _ := c.get("/push"); code != http.StatusOK {
		t.Errorf("ops (editor) push page: %d", code)
	}

	v := h.client()
	v.signIn("viewer", viewerPassword)
	for _, path := range []string{"/", "/articles", "/dead", "/sources"} {
		if code, _ := v.get(path); code != http.StatusOK {
			t.Errorf("viewer GET %s: %d", path, code)
		}
	}
	code, body = v.get("/push")
	if code != http.StatusForbidden || !strings.Contains(body, "Your role may not do this") {
		t.Errorf("viewer GET /push: %d", code)
	}
	vt := v.csrf("/sources")
	if code, _, _ := v.post("/sources/fntimes/pause", url.Values{"csrf": {vt}}); code != http.StatusForbidden {
		t.Errorf("viewer pause: %d", code)
	}
	if p, _ := h.st.Paused(context.Background(), "source", "fntimes"); p {
		t.Error("a viewer paused a source")
	}
	// Sign out ends the session on the server, not only in the browser.
	ot := c.csrf("/")
	if code, loc, _ := c.post("/logout", url.Values{"csrf": {ot}}); code != http.StatusSeeOther || loc != "/login" {
		t.Fatalf("logout: %d %q", code, loc)
	}
	replay := &http.Request{Method: "GET", URL: mustURL(t, c.base+"/"), Header: http.Header{"Cookie": {sess.Name + "=" + sess.Value}}}
	r2, err := http.DefaultTransport.RoundTrip(replay)
	if err != nil {
		t.Fatal(err)
	}
	r2.Body.Close()
	if r2.StatusCode != http.StatusSeeOther {
		t.Errorf("old session after logout: %d", r2.StatusCode)
	}
}

func mustURL(t testing.TB, s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestCSRFIsRequired(t *testing.T) {
	h := newHarness(t, false, 0)
	ctx := context.Background()
	c := h.client()
	c.signIn("ops", opsPassword)
	tests := []struct {
		name string
		form url.Values
		hdr  string
	}{
		{"no token", url.Values{}, ""},
		{"wrong token", url.Values{"csrf": {"forged"}}, ""},
		{"cross-site request", url.Values{"csrf": {c.csrf("/sources")}}, "cross-site"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", c.base+"/sources/fntimes/pause", strings.NewReader(tt.form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if tt.hdr != "" {
				req.Header.Set("Sec-Fetch-Site", tt.hdr)
			}
			resp, err := c.c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("status %d, want 403", resp.StatusCode)
			}
			if p, _ := h.st.Paused(ctx, "source", "fntimes"); p {
				t.Fatal("paused without a valid CSRF token")
			}
		})
	}
	if code, loc, _ := c.post("/sources/fntimes/pause", url.Values{"csrf": {c.csrf("/sources")}}); code != http.StatusSeeOther || loc != "/sources" {
		t.Fatalf("pause with token: %d", code)
	}
	if p, _ := h.st.Paused(ctx, "source", "fntimes"); !p {
		t.Fatal("not paused")
	}
	if code, _, _ := c.post("/sources/fntimes/resume", url.Values{"csrf": {c.csrf("/sources")}}); code != http.StatusSeeOther {
		t.Fatalf("resume: %d", code)
	}
	if p, _ := h.st.Paused(ctx, "source", "fntimes"); p {
		t.Fatal("still paused")
	}
	if code, _, _ := c.post("/sources/no-such/pause", url.Values{"csrf": {c.csrf("/sources")}}); code != http.StatusNotFound {
		t.Errorf("unknown source: %d", code)
	}
	// The sign-in form has its own token: a forged login without the cookie's nonce fails.
	anon := h.client()
	if code, _, _ := anon.post("/login", url.Values{"csrf": {"x"}, "user": {"ops"}, "password": {opsPassword}}); code != http.StatusForbidden {
		t.Errorf("login without CSRF nonce: %d", code)
	}
}

func TestSignInIsRateLimited(t *testing.T) {
	h := newHarness(t, false, 0)
	c := h.client()
	tok := c.csrf("/login")
	for i := range 5 {
		if code, _, _ := c.post("/login", url.Values{"csrf": {tok}, "user": {"ops"}, "password": {"guess" + strconv.Itoa(i)}}); code != http.StatusUnauthorized {
			t.Fatalf("attempt %d: %d", i, code)
		}
	}
	code, _, body := c.post("/login", url.Values{"csrf": {tok}, "user": {"ops"}, "password": {opsPassword}})
	if code != http.StatusTooManyRequests || !strings.Contains(body, "Too many attempts") {
		t.Fatalf("sixth attempt: %d, want 429 even with the right password", code)
	}
}

func TestTelegramOneTimeLink(t *testing.T) {
	h := newHarness(t, false, 0)
	c := h.client()
	tok := c.csrf("/login")
	// An id that may not sign in gets the same answer and no message.
	code, _, body := c.post("/login/telegram", url.Values{"csrf": {tok}, "telegram": {"12345"}})
	if code != http.StatusOK || !strings.Contains(body, "a link is on its way") || len(h.tg.Messages()) != 0 {
		t.Fatalf("unknown id: %d, %d messages", code, len(h.tg.Messages()))
	}
	code, _, body2 := c.post("/login/telegram", url.Values{"csrf": {tok}, "telegram": {strconv.Itoa(editorTelegram)}})
	if code != http.StatusOK || body2 != body {
		t.Fatalf("editor id: %d (the page must not differ from an unknown id's)", code)
	}
	msgs := h.tg.Messages()
	if len(msgs) != 1 || msgs[0].ChatID != editorTelegram || !strings.Contains(msgs[0].LinkPreview, `"is_disabled":true`) {
		t.Fatalf("messages %+v", msgs)
	}
	i := strings.Index(msgs[0].Text, h.srv.URL+"/login/link?t=")
	if i < 0 {
		t.Fatalf("no link in %q", msgs[0].Text)
	}
	link := strings.TrimSpace(msgs[0].Text[i:])
	u := mustURL(t, link)
	// Opening the link (or a crawler fetching it) does not use it up.
	b := h.client()
	for range 2 {
		if code, page := b.get(u.RequestURI()); code != http.StatusOK || !strings.Contains(page, "Sign me in") {
			t.Fatalf("link page: %d", code)
		}
	}
	lt := b.csrf(u.RequestURI())
	code, loc, _ := b.post("/login/link", url.Values{"csrf": {lt}, "t": {u.Query().Get("t")}})
	if code != http.StatusSeeOther || loc != "/" {
		t.Fatalf("use link: %d %q", code, loc)
	}
	if code, page := b.get("/push"); code != http.StatusOK || !strings.Contains(page, "tg:777000111") {
		t.Fatalf("signed in by link as an editor: %d", code)
	}
	again := h.client()
	at := again.csrf("/login") // the link page has no form once the link is used
	if code, _, page := again.post("/login/link", url.Values{"csrf": {at}, "t": {u.Query().Get("t")}}); code != http.StatusUnauthorized || !strings.Contains(page, "used or expired") {
		t.Fatalf("second use: %d", code)
	}
}

// A session made by one server is valid on another over the same store (a second replica, or
// the same service after a restart), and signing out ends it everywhere.
func TestSessionsLiveInTheStore(t *testing.T) {
	h := newHarness(t, false, 0)
	other := New(Options{})
	if err := other.Mount(http.NewServeMux(), h.svc, h.cfg); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	id, _, err := h.dash.sessions.create(ctx, &user{name: "ops", role: RoleEditor})
	if err != nil {
		t.Fatal(err)
	}
	ss := other.sessions.get(ctx, id)
	if ss == nil || ss.user != "ops" || ss.role != RoleEditor || ss.csrf == "" {
		t.Fatalf("session on the other server: %+v", ss)
	}
	if raw, err := h.st.GetValue(ctx, sessionKey(id)); err != nil || strings.Contains(string(raw), id) {
		t.Fatalf("stored session: %v (the cookie value must not be stored)", err)
	}
	other.sessions.drop(ctx, id)
	if h.dash.sessions.get(ctx, id) != nil {
		t.Fatal("signed out on one server, still signed in on the other")
	}
	if h.dash.sessions.get(ctx, "forged-"+id) != nil {
		t.Fatal("an unknown cookie value must not sign in")
	}
}
