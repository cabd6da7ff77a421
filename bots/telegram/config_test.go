package telegram

import (
	"strings"
	"testing"
)

const testToken = "123456789:AAF-fake_token-for-paperboy-tests"

func TestValidateDefaults(t *testing.T) {
	c := Config{Token: " " + testToken + " ", Chat: "@news_kr", APIURL: "http://127.0.0.1:8081/"}
	if err := c.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	want := Config{Token: testToken, Chat: "@news_kr", APIURL: "http://127.0.0.1:8081", LinkPreview: "below", Image: "photo", LongText: "preview"}
	if c != want {
		t.Errorf("after Validate %+v, want %+v", c, want)
	}
	d := Config{Token: testToken, Chat: "-1001234567890", LinkPreview: "LARGE"}
	if err := d.Validate(); err != nil || d.APIURL != DefaultAPIURL || d.LinkPreview != "large" {
		t.Errorf("defaults: %v %+v", err, d)
	}
}

func TestValidateErrors(t *testing.T) {
	ok := func() Config { return Config{Token: testToken, Chat: "123456"} }
	tests := []struct {
		name string
		mod  func(*Config)
		want string
	}{
		{"no token", func(c *Config) { c.Token = "" }, "token is required"},
		{"malformed token", func(c *Config) { c.Token = "secret-value-xyz" }, "token must look like"},
		{"no chat", func(c *Config) { c.Chat = "" }, "chat is required"},
		{"chat zero", func(c *Config) { c.Chat = "0" }, `chat "0"`},
		{"chat name without @", func(c *Config) { c.Chat = "news" }, `chat "news"`},
		{"chat name too short", func(c *Config) { c.Chat = "@abc" }, `chat "@abc"`},
		{"negative topic", func(c *Config) { c.Topic = -1 }, "topic -1"},
		{"api url", func(c *Config) { c.APIURL = "ftp://x" }, "api_url"},
		{"link preview", func(c *Config) { c.LinkPreview = "huge" }, "link_preview"},
		{"image", func(c *Config) { c.Image = "gif" }, "image"},
		{"long text", func(c *Config) { c.LongText = "cut" }, "long_text"},
		{"timezone", func(c *Config) { c.Timezone = "Mars/Olympus" }, "timezone"},
		{"template", func(c *Config) { c.Template = "{{.Title" }, "template"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok()
			tt.mod(&c)
			err := c.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want an error containing %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "telegram: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			if strings.Contains(err.Error(), "secret-value-xyz") {
				t.Errorf("error echoes the token: %q", err)
			}
		})
	}
	c := ok()
	c.Chat, c.Image = "", "gif"
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "chat") || !strings.Contains(err.Error(), "image") {
		t.Errorf("all problems should be reported together: %v", err)
	}
}
