package dashboard

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"
	"golang.org/x/time/rate"

	"paperboy/config"
)

// Roles: a viewer reads; an editor also pushes, retries, drops and pauses.
const (
	RoleViewer = "viewer"
	RoleEditor = "editor"
)

// Cookie names. Every cookie is Secure, HttpOnly and SameSite=Strict (browsers accept Secure
// cookies from http://localhost; anywhere else serve the dashboard over https).
const (
	sessionCookie = "paperboy_session"
	preCookie     = "paperboy_pre" // anonymous CSRF nonce for the sign-in forms
	langCookie    = "paperboy_lang"
	themeCookie   = "paperboy_theme"
)

// user is someone who may sign in.
type user struct {
	name     string
	hash     []byte // bcrypt; nil = no password sign-in
	telegram int64
	role     string
}

// users builds the sign-in table: ops (password_hash), dashboard.users, and the Telegram editor
// allowlist (editors by link) unless dashboard.users names them with another role.
func users(cfg *config.Config) (byName map[string]*user, byTelegram map[int64]*user) {
	byName, byTelegram = map[string]*user{}, map[int64]*user{}
	d := cfg.Dashboard
	if d.PasswordHash != "" {
		byName["ops"] = &user{name: "ops", hash: []byte(d.PasswordHash), role: RoleEditor}
	}
	for _, u := range d.Users {
		nu := &user{name: u.Name, telegram: u.Telegram, role: u.Role}
		if u.PasswordHash != "" {
			nu.hash = []byte(u.PasswordHash)
		}
		byName[u.Name] = nu
		if u.Telegram != 0 {
			byTelegram[u.Telegram] = nu
		}
	}
	for _, id := range cfg.Editors.Telegram.Users {
		if _, ok := byTelegram[id]; !ok {
			byTelegram[id] = &user{name: "tg:" + strconv.FormatInt(id, 10), telegram: id, role: RoleEditor}
		}
	}
	return byName, byTelegram
}

// dummyHash is what an unknown user's password is compared against: a hash of the highest cost
// among the configured ones, so the answer takes as long as for a known user and does not tell
// which names exist.
func dummyHash(byName map[string]*user) []byte {
	cost := bcrypt.MinCost
	for _, u := range byName {
		if c, err := bcrypt.Cost(u.hash); err == nil && c > cost {
			cost = c
		}
	}
	h, _ := bcrypt.GenerateFromPassword([]byte("paperboy-no-such-user"), cost)
	return h
}

// checkPassword reports whether password signs in u (u may be nil; dummy is then compared).
func checkPassword(u *user, password string, dummy []byte) bool {
	if u == nil || u.hash == nil {
		_ = bcrypt.CompareHashAndPassword(dummy, []byte(password))
		return false
	}
	return bcrypt.CompareHashAndPassword(u.hash, []byte(password)) == nil
}

// session is one signed-in browser. Sessions live in this process's memory: the Store interface
// has no generic key-value space, so a restart signs everyone out, and several replicas need
// sticky routing for the dashboard.
type session struct {
	user    string
	role    string
	csrf    string
	expires time.Time
}

type sessions struct {
	mu  sync.Mutex
	m   map[[32]byte]*session // keyed by the SHA-256 of the cookie value, so a memory dump holds no usable id
	ttl time.Duration
	now func() time.Time
}

func newSessions(now func() time.Time) *sessions {
	return &sessions{m: map[[32]byte]*session{}, ttl: 12 * time.Hour, now: now}
}

// create starts a session and returns its cookie value.
func (s *sessions) create(u *user) (string, *session) {
	id := randomToken()
	ss := &session{user: u.name, role: u.role, csrf: randomToken(), expires: s.now().Add(s.ttl)}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for k, v := range s.m { // sweep expired ones; sign-ins are rare, so this stays cheap
		if now.After(v.expires) {
			delete(s.m, k)
		}
	}
	s.m[sha256.Sum256([]byte(id))] = ss
	return id, ss
}

func (s *sessions) get(id string) *session {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := sha256.Sum256([]byte(id))
	ss := s.m[k]
	if ss == nil {
		return nil
	}
	if s.now().After(ss.expires) {
		delete(s.m, k)
		return nil
	}
	return ss
}

func (s *sessions) drop(id string) {
	s.mu.Lock()
	delete(s.m, sha256.Sum256([]byte(id)))
	s.mu.Unlock()
}

// randomToken is 32 random bytes, URL-safe.
func randomToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b)
}

// sameToken compares two tokens in constant time.
func sameToken(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

func setCookie(w http.ResponseWriter, name, value string, maxAge time.Duration) {
	http.SetCookie(w, &http.Cookie{
		Name: name, Value: value, Path: "/", MaxAge: int(maxAge / time.Second),
		Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode,
	})
}

// limiter rate-limits sign-in attempts (passwords and link requests) per client IP.
type limiter struct {
	mu   sync.Mutex
	m    map[string]*rate.Limiter
	now  func() time.Time
	rate rate.Limit
	b    int
}

// Five attempts at once, then one every 12 seconds: a person mistyping is never held up for
// long, a password guesser gets 300 tries an hour against bcrypt.
func newLimiter(now func() time.Time) *limiter {
	return &limiter{m: map[string]*rate.Limiter{}, now: now, rate: rate.Every(12 * time.Second), b: 5}
}

func (l *limiter) allow(r *http.Request) bool {
	ip, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		ip = r.RemoteAddr
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.m) > 10000 { // bounded memory: forget everyone who is back to a full bucket
		for k, v := range l.m {
			if v.TokensAt(l.now()) >= float64(l.b) {
				delete(l.m, k)
			}
		}
	}
	lim := l.m[ip]
	if lim == nil {
		lim = rate.NewLimiter(l.rate, l.b)
		l.m[ip] = lim
	}
	return lim.AllowN(l.now(), 1)
}
