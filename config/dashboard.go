package config

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

func (d *Dashboard) applyDefaults() {
	if d.Timezone == "" {
		d.Timezone = "Asia/Seoul"
	}
	if d.Lang == "" {
		d.Lang = "en"
	}
	if d.SessionTTL == 0 {
		d.SessionTTL = 12 * time.Hour
	}
	for i := range d.Users {
		if d.Users[i].Role == "" {
			d.Users[i].Role = "viewer"
		}
	}
}

// bcryptPrefixes are the hash versions golang.org/x/crypto/bcrypt accepts.
var bcryptPrefixes = []string{"$2a$", "$2b$", "$2y$"}

func isBcrypt(h string) bool {
	for _, p := range bcryptPrefixes {
		if strings.HasPrefix(h, p) && len(h) == 60 {
			return true
		}
	}
	return false
}

// validateDashboard checks the dashboard section; it is only strict when the dashboard is on,
// so a half-written section does not stop a service that does not serve it.
func (c *Config) validateDashboard(add func(path, format string, args ...any)) {
	d := c.Dashboard
	if !d.Enabled {
		return
	}
	if c.HTTP.Listen == "" {
		add("http.listen", "the dashboard needs http.listen")
	}
	if _, err := time.LoadLocation(d.Timezone); err != nil {
		add("dashboard.timezone", "unknown time zone %q", d.Timezone)
	}
	if d.Lang != "en" && d.Lang != "ko" {
		add("dashboard.lang", "must be en or ko (got %q)", d.Lang)
	}
	if d.SessionTTL < time.Minute {
		add("dashboard.session_ttl", "must be at least 1m (got %s)", d.SessionTTL)
	}
	if d.PasswordHash != "" && !isBcrypt(d.PasswordHash) {
		add("dashboard.password_hash", "must be a bcrypt hash ($2a$/$2b$/$2y$, 60 characters)")
	}
	if d.PublicURL != "" {
		if u, err := url.Parse(d.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			add("dashboard.public_url", "must be an http(s) URL")
		}
	}
	names := map[string]bool{}
	if d.PasswordHash != "" {
		names["ops"] = true
	}
	for i, u := range d.Users {
		p := fmt.Sprintf("dashboard.users[%d]", i)
		checkName(add, p+".name", u.Name, "duplicate dashboard user %q (ops is taken by dashboard.password_hash)", names)
		if u.Role != "viewer" && u.Role != "editor" {
			add(p+".role", "must be viewer or editor (got %q)", u.Role)
		}
		if u.PasswordHash == "" && u.Telegram == 0 {
			add(p, "needs a password_hash or a telegram user id to sign in with")
		}
		if u.PasswordHash != "" && !isBcrypt(u.PasswordHash) {
			add(p+".password_hash", "must be a bcrypt hash ($2a$/$2b$/$2y$, 60 characters)")
		}
		if u.Telegram != 0 && c.TelegramSignIn().Token == "" {
			add(p+".telegram", "sign-in links are sent by the Telegram editor bot: set editors.telegram.token")
		}
	}
	if d.PasswordHash == "" && len(d.Users) == 0 && len(c.TelegramSignIn().Users) == 0 {
		add("dashboard", "no one could sign in: set password_hash, users, or editors.telegram.users")
	}
}

// SignIn is what the dashboard's Telegram sign-in links need from editors.telegram: the bot that
// sends them and the editors who may sign in with them. The editor bot owns the section and
// checks it; this reads only these keys.
type SignIn struct {
	Token  string  `yaml:"token"`
	Users  []int64 `yaml:"users"`
	APIURL string  `yaml:"api_url"`
}

// TelegramSignIn reads the sign-in keys of editors.telegram (zero when there is none).
func (c *Config) TelegramSignIn() SignIn {
	var s SignIn
	if e, ok := c.Editors["telegram"]; ok && e.Raw != nil {
		_ = e.Raw.Decode(&s) // type errors are the editor bot's to report
	}
	return s
}
