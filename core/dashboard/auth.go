package dashboard

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"paperboy/core/store"
	"strconv"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"

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
	for _, id := range cfg.TelegramSignIn().Users {
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

// session is one signed-in browser. Sessions live in the store (PutValue with the session's
// TTL), so every replica sees them and a restart signs nobody out; the key is the SHA-256 of
// the cookie value, so the store never holds a usable session id.
type session struct {
	user    string
	role    string
	csrf    string
	expires time.Time
}

// sessionRec is a session as stored.
type sessionRec struct {
	User    string    `json:"u"`
	Role    string    `json:"r"`
	CSRF    string    `json:"c"`
	Expires time.Time `json:"e"`
}

type sessions struct {
	mu  sync.Mutex
	st  store.Store           // set by Mount; nil only before the first Mount (sessions then stay in m)
	m   map[[32]byte]*session // fallback for a Server not mounted on a service
	ttl time.Duration
	now func() time.Time
}

func newSessions(now func() time.Time) *sessions {
	return &sessions{m: map[[32]byte]*session{}, ttl: 12 * time.Hour, now: now}
}

func sessionKey(id string) string {
	sum := sha256.Sum256([]byte(id))
	return "dashboard:session:" + hex.EncodeToString(sum[:])
}

func (s *sessions) store() (store.Store, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st, s.ttl
}

// create starts a session and returns its cookie value.
func (s *sessions) create(ctx context.Context, u *user) (string, *session, error) {
	id := randomToken()
	st, ttl := s.store()
	ss := &session{user: u.name, role: u.role, csrf: randomToken(), expires: s.now().Add(ttl)}
	if st != nil {
		raw, err := json.Marshal(sessionRec{User: ss.user, Role: ss.role, CSRF: ss.csrf, Expires: ss.expires})
		if err != nil {
			return "", nil, err
		}
		if err := st.PutValue(ctx, sessionKey(id), raw, ttl); err != nil {
			return "", nil, fmt.Errorf("dashboard: save session: %w", err)
		}
		return id, ss, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for k, v := range s.m { // sweep expired ones; sign-ins are rare, so this stays cheap
		if now.After(v.expires) {
			delete(s.m, k)
		}
	}
	s.m[sha256.Sum256([]byte(id))] = ss
	return id, ss, nil
}

// get returns the live session for a cookie value, or nil.
func (s *sessions) get(ctx context.Context, id string) *session {
	if st, _ := s.store(); st != nil {
		raw, err := st.GetValue(ctx, sessionKey(id))
		if err != nil {
			return nil
		}
		var rec sessionRec
		if json.Unmarshal(raw, &rec) != nil || s.now().After(rec.Expires) {
			return nil
		}
		return &session{user: rec.User, role: rec.Role, csrf: rec.CSRF, expires: rec.Expires}
	}
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

// drop ends a session.
func (s *sessions) drop(ctx context.Context, id string) {
	if st, _ := s.store(); st != nil {
		_ = st.DeleteValue(ctx, sessionKey(id))
		return
	}
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
