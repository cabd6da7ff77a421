package dashboard

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// handlerFunc is a signed-in page or action; p carries the viewer, language and CSRF token.
type handlerFunc func(w http.ResponseWriter, r *http.Request, st *state, p *Page)

// wrap enforces sign-in, the role, and the CSRF token on every POST.
func (s *Server) wrap(role string, fn handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st := s.cur.Load()
		p := s.page(r, st)
		ss := s.session(w, r, st)
		if ss == nil {
			if r.Method == http.MethodGet && r.URL.Path != "/events" {
				http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
				return
			}
			http.Error(w, "sign in first", http.StatusUnauthorized)
			return
		}
		p.User, p.Role, p.CSRF = ss.user, ss.role, ss.csrf
		if r.Method == http.MethodPost && !s.csrfOK(r, ss.csrf) {
			p.Error = p.T("csrf")
			s.render(w, r, "error", http.StatusForbidden, p)
			return
		}
		if role == RoleEditor && ss.role != RoleEditor {
			p.Error = p.T("refused")
			s.render(w, r, "error", http.StatusForbidden, p)
			return
		}
		fn(w, r, st, p)
	})
}

// session returns the request's live session when it still matches the running
// configuration — its user exists and has the role the session was issued with — so removing
// or demoting someone (then SIGHUP) ends their sessions at their next request. A session that
// no longer matches is deleted from the store and its cookie cleared.
func (s *Server) session(w http.ResponseWriter, r *http.Request, st *state) *session {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return nil
	}
	ss := s.sessions.get(r.Context(), c.Value)
	if ss == nil || st.matches(ss) {
		return ss
	}
	s.sessions.drop(r.Context(), c.Value)
	setCookie(w, sessionCookie, "", -1)
	s.log.Info("dashboard session ended: the user was removed or their role changed", "user", ss.user, "role", ss.role)
	return nil
}

// matches reports whether the configuration still has ss's user with ss's role.
func (st *state) matches(ss *session) bool {
	u := st.byName[ss.user]
	if u == nil {
		if id, ok := strings.CutPrefix(ss.user, "tg:"); ok {
			if n, err := strconv.ParseInt(id, 10, 64); err == nil {
				u = st.byTG[n]
			}
		}
	}
	return u != nil && u.name == ss.user && u.role == ss.role
}

// csrfOK checks the form's token against want, and refuses requests the browser marks as
// coming from another site (defence in depth on top of SameSite=Strict).
func (s *Server) csrfOK(r *http.Request, want string) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return false
	}
	return sameToken(r.PostFormValue("csrf"), want)
}

// page starts a Page for r: language, theme, zone, and where the viewer is.
func (s *Server) page(r *http.Request, st *state) *Page {
	p := &Page{Lang: pickLang(r, st.cfg.Dashboard.Lang), loc: st.loc, nowTime: s.now(), Path: r.URL.Path}
	if c, err := r.Cookie(themeCookie); err == nil && (c.Value == "dark" || c.Value == "light") {
		p.Theme = c.Value
	}
	return p
}

// prefs switches language or theme (a plain link: it changes nothing but the viewer's own
// display, so it needs no CSRF token) and goes back.
func (s *Server) prefs(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	switch l := q.Get("lang"); l {
	case "en", "ko":
		setCookie(w, langCookie, l, 365*24*time.Hour)
	}
	switch t := q.Get("theme"); t {
	case "dark", "light":
		setCookie(w, themeCookie, t, 365*24*time.Hour)
	case "system":
		setCookie(w, themeCookie, "", -1)
	}
	http.Redirect(w, r, localPath(q.Get("back")), http.StatusSeeOther)
}

// localPath keeps a redirect target on this site: it accepts only a path that parses with no
// scheme and no host, starts with exactly one "/", and holds no control character or
// backslash, as written or once percent-decoded. Browsers drop tabs and newlines from a URL
// and read a backslash as "/", so "/<tab>/evil.example" or "/\evil" would otherwise send a user who
// just signed in to another site. Anything else becomes "/".
func localPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || unsafeInPath(p) {
		return "/"
	}
	u, err := url.Parse(p)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Opaque != "" || u.User != nil ||
		!strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") || unsafeInPath(u.Path) {
		return "/"
	}
	return p
}

// unsafeInPath reports a backslash, a control or format character (ASCII or Unicode: tabs,
// newlines, bidi overrides, zero-width marks), a line or paragraph separator, or invalid UTF-8.
func unsafeInPath(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return r == '\\' || r == utf8.RuneError || unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
	})
}

// preToken returns the anonymous CSRF nonce for sign-in forms, setting its cookie if needed.
func preToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(preCookie); err == nil && len(c.Value) >= 32 {
		return c.Value
	}
	t := randomToken()
	setCookie(w, preCookie, t, time.Hour)
	return t
}

// loginData is the sign-in page.
type loginData struct {
	Next     string
	Telegram bool // one-time links can be sent
	Sent     bool
	Name     string
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	st := s.cur.Load()
	p := s.page(r, st)
	p.CSRF = preToken(w, r)
	p.Data = loginData{Next: localPath(r.URL.Query().Get("next")), Telegram: st.tg != nil}
	s.render(w, r, "login", http.StatusOK, p)
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	st := s.cur.Load()
	p := s.page(r, st)
	pre := preToken(w, r)
	p.CSRF = pre
	d := loginData{Next: localPath(r.PostFormValue("next")), Telegram: st.tg != nil, Name: r.PostFormValue("user")}
	p.Data = d
	if !s.csrfOK(r, pre) {
		p.Error = p.T("csrf")
		s.render(w, r, "login", http.StatusForbidden, p)
		return
	}
	client := clientKey(r, st.cfg.HTTP.Proxies)
	if !s.limiter.allow(client, d.Name) {
		s.log.Warn("dashboard sign-in throttled", "user", bound(d.Name, 128), "client", client)
		p.Error = p.T("signin.slow")
		w.Header().Set("Retry-After", "60")
		s.render(w, r, "login", http.StatusTooManyRequests, p)
		return
	}
	u := st.byName[d.Name]
	if !checkPassword(u, r.PostFormValue("password"), st.dummy) {
		s.log.Warn("dashboard sign-in refused", "user", bound(d.Name, 128), "client", client)
		p.Error = p.T("signin.fail")
		s.render(w, r, "login", http.StatusUnauthorized, p)
		return
	}
	s.signIn(w, r, u, d.Next)
}

// signIn starts a session for u and goes to next.
func (s *Server) signIn(w http.ResponseWriter, r *http.Request, u *user, next string) {
	id, _, err := s.sessions.create(r.Context(), u)
	if err != nil {
		s.log.Error("dashboard sign-in: the session could not be saved", "err", err)
		http.Error(w, "the store is unavailable; try again", http.StatusServiceUnavailable)
		return
	}
	_, ttl := s.sessions.store()
	setCookie(w, sessionCookie, id, ttl)
	setCookie(w, preCookie, "", -1)
	s.log.Info("dashboard sign-in", "user", u.name, "role", u.role)
	http.Redirect(w, r, localPath(next), http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, _ *state, _ *Page) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		s.sessions.drop(r.Context(), c.Value)
	}
	setCookie(w, sessionCookie, "", -1)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// linkRequest sends a one-time sign-in link to a Telegram user who may sign in. The answer is
// the same whether or not the id is allowed, so it does not reveal who the editors are.
func (s *Server) linkRequest(w http.ResponseWriter, r *http.Request) {
	st := s.cur.Load()
	p := s.page(r, st)
	pre := preToken(w, r)
	p.CSRF = pre
	p.Data = loginData{Telegram: st.tg != nil, Sent: true}
	if !s.csrfOK(r, pre) {
		p.Error = p.T("csrf")
		s.render(w, r, "login", http.StatusForbidden, p)
		return
	}
	tgID := strings.TrimSpace(r.PostFormValue("telegram"))
	if !s.limiter.allow(clientKey(r, st.cfg.HTTP.Proxies), "tg:"+tgID) {
		p.Error = p.T("signin.slow")
		w.Header().Set("Retry-After", "60")
		s.render(w, r, "login", http.StatusTooManyRequests, p)
		return
	}
	id, err := strconv.ParseInt(tgID, 10, 64)
	if u := st.byTG[id]; err == nil && u != nil && st.tg != nil {
		tok := s.links.issue(id)
		link := strings.TrimRight(st.cfg.Dashboard.PublicURL, "/") + "/login/link?t=" + tok
		msg := text(p.Lang, "link.title") + " (10 min):\n" + link
		if err := st.tg.send(r.Context(), id, msg); err != nil {
			s.log.Error("dashboard sign-in link not sent", "telegram_user", id, "err", err)
		}
	}
	s.render(w, r, "login", http.StatusOK, p)
}

// linkData is the page a sign-in link opens: a button, so that only a person's click (not a
// link-preview crawler's GET) uses the token.
type linkData struct {
	Token string
	Valid bool
}

func (s *Server) linkPage(w http.ResponseWriter, r *http.Request) {
	st := s.cur.Load()
	p := s.page(r, st)
	p.CSRF = preToken(w, r)
	tok := r.URL.Query().Get("t")
	p.Data = linkData{Token: tok, Valid: s.links.valid(tok)}
	s.render(w, r, "link", http.StatusOK, p)
}

func (s *Server) linkUse(w http.ResponseWriter, r *http.Request) {
	st := s.cur.Load()
	p := s.page(r, st)
	pre := preToken(w, r)
	p.CSRF = pre
	if !s.csrfOK(r, pre) {
		p.Error = p.T("csrf")
		p.Data = linkData{}
		s.render(w, r, "link", http.StatusForbidden, p)
		return
	}
	id, ok := s.links.use(r.PostFormValue("t"))
	u := st.byTG[id]
	if !ok || u == nil {
		p.Data = linkData{}
		s.render(w, r, "link", http.StatusUnauthorized, p)
		return
	}
	s.signIn(w, r, u, "/")
}
