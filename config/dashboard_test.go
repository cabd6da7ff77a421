package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const testHash = "$2a$04$0SL7mYmmXE7v9oaSIi7qu.yKDFO8D.LUHHBy5lqc/Nsyr2Nk0yc3W"

func TestDashboardDefaultsAndSecretFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ops.hash"), []byte(testHash+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	yml := `
http: { listen: ":8080" }
editors: { telegram: { token: "1:x", users: [42] } }
dashboard:
  enabled: true
  password_hash_file: ops.hash
  users:
    - { name: kim, telegram: 7 }
    - { name: lee, password_hash: "` + testHash + `", role: editor }
`
	cfg, err := Parse(filepath.Join(dir, "c.yaml"), []byte(yml), env(nil))
	if err != nil {
		t.Fatal(err)
	}
	d := cfg.Dashboard
	if !d.Enabled || d.PasswordHash != testHash || d.Timezone != "Asia/Seoul" || d.Lang != "en" || d.SessionTTL != 12*time.Hour {
		t.Errorf("dashboard %+v", d)
	}
	if d.Users[0].Role != "viewer" || d.Users[1].Role != "editor" {
		t.Errorf("roles %+v", d.Users)
	}
}

func TestDashboardValidation(t *testing.T) {
	tests := []struct {
		name, yml, want string
	}{
		{"off is never checked", "dashboard: { enabled: false, lang: fr }", ""},
		{"needs listen", "dashboard: { enabled: true, password_hash: \"" + testHash + "\" }", "http.listen: the dashboard needs http.listen"},
		{"nobody can sign in", "http: {listen: \":1\"}\ndashboard: { enabled: true }", "no one could sign in"},
		{"not bcrypt", "http: {listen: \":1\"}\ndashboard: { enabled: true, password_hash: hunter2 }", "dashboard.password_hash: must be a bcrypt hash"},
		{"bad role", "http: {listen: \":1\"}\ndashboard: { enabled: true, users: [{name: a, password_hash: \"" + testHash + "\", role: admin}] }", "dashboard.users[0].role: must be viewer or editor"},
		{"telegram needs the bot", "http: {listen: \":1\"}\ndashboard: { enabled: true, users: [{name: a, telegram: 5}] }", "set editors.telegram.token"},
		{"duplicate ops", "http: {listen: \":1\"}\ndashboard: { enabled: true, password_hash: \"" + testHash + "\", users: [{name: ops, password_hash: \"" + testHash + "\"}] }", "duplicate dashboard user \"ops\""},
		{"bad zone and lang", "http: {listen: \":1\"}\ndashboard: { enabled: true, password_hash: \"" + testHash + "\", timezone: Mars/Base, lang: fr }", "unknown time zone"},
		{"typo is an error", "dashboard: { enabeld: true }", "unknown key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tt.yml), env(nil))
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to mention %q", err, tt.want)
			}
		})
	}
}
