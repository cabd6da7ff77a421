package discord

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name     string
		cfg      Config
		wantErr  string // substring; "" = valid
		wantMode string
		wantAPI  string
	}{
		{name: "webhook default mode", cfg: Config{Webhook: testWebhook}, wantMode: ModeWebhook},
		{name: "webhook versioned", cfg: Config{Webhook: "https://discord.com/api/v10/webhooks/1/" + testWebhookToken, ThreadID: "99"}, wantMode: ModeWebhook},
		{name: "webhook with api_url", cfg: Config{Webhook: testWebhook, APIURL: "http://127.0.0.1:9/api/v10/"}, wantMode: ModeWebhook, wantAPI: "http://127.0.0.1:9/api/v10"},
		{name: "bot default api", cfg: Config{Token: testBotToken, ChannelID: "123"}, wantMode: ModeBot, wantAPI: DefaultAPIURL},
		{name: "explicit bot mode", cfg: Config{Mode: "Bot", Token: "t", ChannelID: "1", Color: "0x1E90FF", Timezone: "UTC"}, wantMode: ModeBot, wantAPI: DefaultAPIURL},
		{name: "nothing set", cfg: Config{}, wantErr: "set webhook"},
		{name: "unknown mode", cfg: Config{Mode: "gateway", Token: "t"}, wantErr: `mode "gateway"`},
		{name: "webhook not a webhook", cfg: Config{Webhook: "https://discord.com/api/channels/1/" + testWebhookToken}, wantErr: "webhook URL must look like"},
		{name: "webhook id not numeric", cfg: Config{Webhook: "https://discord.com/api/webhooks/abc/" + testWebhookToken}, wantErr: "webhook URL must look like"},
		{name: "webhook without token", cfg: Config{Webhook: "https://discord.com/api/webhooks/123"}, wantErr: "webhook URL must look like"},
		{name: "webhook not http", cfg: Config{Webhook: "ftp://discord.com/api/webhooks/1/" + testWebhookToken}, wantErr: "not an http(s) URL"},
		{name: "thread not numeric", cfg: Config{Webhook: testWebhook, ThreadID: "general"}, wantErr: "thread_id"},
		{name: "bot fields in webhook mode", cfg: Config{Webhook: testWebhook, Token: "t"}, wantErr: "belong to bot mode"},
		{name: "bot without channel", cfg: Config{Token: "t"}, wantErr: "channel_id"},
		{name: "bot channel not numeric", cfg: Config{Token: "t", ChannelID: "#news"}, wantErr: "channel_id"},
		{name: "bot without token", cfg: Config{Mode: "bot", ChannelID: "1"}, wantErr: "needs token"},
		{name: "webhook fields in bot mode", cfg: Config{Mode: "bot", Token: "t", ChannelID: "1", Username: "x"}, wantErr: "belong to webhook mode"},
		{name: "bad color", cfg: Config{Webhook: testWebhook, Color: "blue"}, wantErr: "color"},
		{name: "color too big", cfg: Config{Webhook: testWebhook, Color: "#1000000"}, wantErr: "color"},
		{name: "bad template", cfg: Config{Webhook: testWebhook, Content: "{{.Title"}, wantErr: "content template"},
		{name: "template field typo", cfg: Config{Webhook: testWebhook, Content: "{{.Titel}}"}, wantErr: "content template"},
		{name: "bad zone", cfg: Config{Webhook: testWebhook, Timezone: "Mars/Olympus"}, wantErr: "timezone"},
		{name: "bad api_url", cfg: Config{Token: "t", ChannelID: "1", APIURL: "discord.com"}, wantErr: "api_url"},
		{name: "long username", cfg: Config{Webhook: testWebhook, Username: strings.Repeat("뉴", 81)}, wantErr: "username"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := tt.cfg
			err := cfg.Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				if cfg.Mode != tt.wantMode || cfg.APIURL != tt.wantAPI {
					t.Errorf("mode %q api %q, want %q %q", cfg.Mode, cfg.APIURL, tt.wantMode, tt.wantAPI)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("Validate = %v, want an error containing %q", err, tt.wantErr)
			}
			if strings.Contains(err.Error(), testWebhookToken) {
				t.Errorf("error leaks the webhook token: %v", err)
			}
		})
	}
}

func TestConfigYAML(t *testing.T) {
	src := `
mode: webhook
webhook: https://discord.com/api/webhooks/123/abc-DEF_1
thread_id: "456"
username: 뉴스봇
avatar_url: https://example.com/a.png
api_url: http://127.0.0.1:8080/api/v10
color: "#1e90ff"
content: "{{.Source}}: {{.Title}}"
timezone: Asia/Seoul
`
	var cfg Config
	dec := yaml.NewDecoder(strings.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if c, _ := parseColor(cfg.Color); c != 0x1e90ff || cfg.ThreadID != "456" || cfg.Username != "뉴스봇" {
		t.Errorf("decoded %+v", cfg)
	}
	// An unquoted number is a valid color too.
	var num Config
	if err := yaml.Unmarshal([]byte("color: 2003199\n"), &num); err != nil {
		t.Fatal(err)
	}
	if c, err := parseColor(num.Color); err != nil || c != 0x1e90ff {
		t.Errorf("numeric color %q → %x %v", num.Color, c, err)
	}
}

func TestColors(t *testing.T) {
	seen := map[int]bool{}
	for _, s := range []string{"한국금융신문", "연합뉴스", "BBC", "Reuters", "조선일보", "The Verge"} {
		c := sourceColor(s)
		if c != sourceColor(s) || c <= 0 || c > 0xFFFFFF {
			t.Errorf("sourceColor(%q) = %x", s, c)
		}
		seen[c] = true
	}
	if len(seen) < 3 {
		t.Errorf("six sources share %d colors", len(seen))
	}
	for in, want := range map[string]int{"#1e90ff": 0x1e90ff, "0xff0000": 0xff0000, "255": 255, "": -1, " #000000 ": 0} {
		if got, err := parseColor(in); err != nil || got != want {
			t.Errorf("parseColor(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}
