package config

import (
	"os"
	"paperboy/core/channel"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestParseDefaultsAndEnv(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "tok")
	if err := os.WriteFile(secret, []byte("123:ABC\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	yml := `
store:
  redis: { url: "${REDIS_URL:-redis://127.0.0.1:6379/0}" }
fetch: { max_body: 2MB }
sources:
  - { name: fn, url: "https://example.com/rss" }
channels:
  - name: tg
    type: telegram
    token_file: tok
    chat: "${CHAT}"
`
	cfg, err := Parse(filepath.Join(dir, "c.yaml"), []byte(yml), env(map[string]string{"CHAT": "@news: \"x\"\n- y"}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Store.Redis.URL != "redis://127.0.0.1:6379/0" || cfg.Store.Redis.Prefix != "paperboy:" {
		t.Errorf("redis: %+v", cfg.Store.Redis)
	}
	if cfg.Fetch.MaxBody != 2<<20 || cfg.Fetch.Timeout != 15*time.Second {
		t.Errorf("fetch: %+v", cfg.Fetch)
	}
	s := cfg.Sources[0]
	if s.Type != "feed" || s.Interval != 5*time.Minute || s.Timezone != "Asia/Seoul" {
		t.Errorf("source defaults: %+v", s)
	}
	var pc struct {
		Token string `yaml:"token"`
		Chat  string `yaml:"chat"`
	}
	if err := cfg.Channels[0].Decode(&pc); err != nil {
		t.Fatal(err)
	}
	if pc.Token != "123:ABC" {
		t.Errorf("token_file not resolved: %q", pc.Token)
	}
	// An env value with YAML syntax in it stays a plain string.
	if pc.Chat != "@news: \"x\"\n- y" {
		t.Errorf("chat = %q", pc.Chat)
	}
	if cfg.Channels[0].InDoubt != "resend" {
		t.Errorf("in_doubt default: %q", cfg.Channels[0].InDoubt)
	}
}

func TestParseErrorsNameFileLineKey(t *testing.T) {
	cases := []struct {
		name, yml, want string
	}{
		{"unknown top key", "sorces: []\n", "c.yaml:1: sorces: unknown key"},
		{"unknown nested key", "fetch:\n  timeot: 3s\n", "c.yaml:2: fetch.timeot: unknown key"},
		{"missing env", "store:\n  path: ${NOPE}\n", "c.yaml:2: store.path: environment variable NOPE is not set"},
		{"bad source url", "sources:\n  - name: a\n    url: ftp://x\n", "c.yaml:3: sources[0].url: must be an http(s) URL"},
		{"dup channel", "channels:\n  - {name: a, type: console}\n  - {name: a, type: console}\n", "c.yaml:3: channels[1].name: duplicate channel name"},
		{"route to unknown channel", "channels:\n  - {name: a, type: console}\nroutes:\n  - channels: [b]\n", "c.yaml:4: routes[0].channels[0]: no channel named \"b\""},
		{"bad in_doubt", "channels:\n  - name: a\n    type: console\n    in_doubt: maybe\n", "c.yaml:4: channels[0].in_doubt: must be resend or skip"},
		{"bad size", "fetch:\n  max_body: lots\n", "c.yaml"},
		{"missing secret file", "channels:\n  - name: a\n    type: telegram\n    token_file: /nonexistent/x\n", "c.yaml:4: channels[0].token_file: cannot read secret file"},
		{"not a mapping", "- a\n", "c.yaml:1: the configuration must be a mapping"},
		{"bad tz", "sources:\n  - name: a\n    url: https://x/\n    timezone: Mars/Base\n", "c.yaml:4: sources[0].timezone: unknown time zone"},
	}
	for _, c := range cases {
		_, err := Parse("c.yaml", []byte(c.yml), env(nil))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

func TestChannelDecodeStrict(t *testing.T) {
	cfg, err := Parse("c.yaml", []byte("channels:\n  - name: a\n    type: telegram\n    chat: 1\n    caht: 2\n"), env(nil))
	if err != nil {
		t.Fatal(err)
	}
	var pc struct {
		Chat string `yaml:"chat"`
	}
	err = cfg.Channels[0].Decode(&pc)
	if err == nil || !strings.Contains(err.Error(), "c.yaml:5: channels[0].caht: unknown key for type telegram (known: chat)") {
		t.Fatalf("got %v", err)
	}
	werr := cfg.Channels[0].WrapValidate(channel.FieldErr("chat", errString("telegram: chat: must be numeric or @name")))
	if werr.Error() != "c.yaml:4: channels[0].chat: must be numeric or @name" {
		t.Fatalf("got %v", werr)
	}
}

type errString string

func (e errString) Error() string { return string(e) }

func TestExamplesParse(t *testing.T) {
	files, _ := filepath.Glob("examples/*.yaml")
	if len(files) < 2 {
		t.Fatal("expected example configs")
	}
	for _, f := range files {
		if _, err := Load(f); err != nil && !strings.Contains(err.Error(), "secret file") {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestSecrets(t *testing.T) {
	yml := `
store: { redis: { url: "redis://:redis-pass-123@127.0.0.1:6379/0" } }
channels:
  - { name: tg, type: telegram, token: "123:telegram-secret" }
  - { name: dc, type: discord, webhook: "https://discord.com/api/webhooks/1/hook-secret-xyz" }
  - { name: wh, type: webhook, url: "https://hooks.example/t/receiver-token-1", headers: { X-Api-Key: header-secret-2 } }
editors:
  telegram: { token: "456:editor-secret", users: [1] }
sources:
  - { name: ws, type: websub, url: "https://example.com/feed.xml", hub: "https://hub.example/", secret: "websub-hmac-secret" }
http: { listen: "127.0.0.1:8080" }
`
	cfg, err := Parse("c.yaml", []byte(yml), env(nil))
	if err != nil {
		t.Fatal(err)
	}
	// The document is dropped after parsing (it was ~1 KB per source): the secrets must outlive it.
	if cfg.root != nil {
		t.Error("Parse kept the parsed document")
	}
	got := strings.Join(cfg.Secrets(), "|")
	for _, want := range []string{"websub-hmac-secret", "123:telegram-secret", "https://discord.com/api/webhooks/1/hook-secret-xyz", "hook-secret-xyz", "456:editor-secret", "redis-pass-123", "https://hooks.example/t/receiver-token-1", "header-secret-2"} {
		if !strings.Contains(got, want) {
			t.Errorf("secrets lack %q: %s", want, got)
		}
	}
}

func TestSubscriptionsValidated(t *testing.T) {
	_, err := Parse("s.yaml", []byte("subscriptions: { min_interval: 1s, reload: 10ms }\n"), func(string) (string, bool) { return "", false })
	if err == nil || !strings.Contains(err.Error(), "subscriptions.min_interval") || !strings.Contains(err.Error(), "subscriptions.reload") {
		t.Fatalf("err = %v", err)
	}
}
