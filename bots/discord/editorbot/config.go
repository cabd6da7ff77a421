package editorbot

import (
	"net/http"
	"strings"

	"paperboy/bots/discord"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

// Config is the editors.discord section: Discord slash commands.
type Config struct {
	Token     string   `yaml:"token"`      // bot token (or token_file); empty = no Discord commands
	AppID     string   `yaml:"app_id"`     // application id
	PublicKey string   `yaml:"public_key"` // hex Ed25519 key for the HTTP interactions endpoint
	Roles     []string `yaml:"roles"`      // role ids allowed to run commands (Administrator always may)
	Guilds    []string `yaml:"guilds"`     // guild ids to register editor commands in; editor commands from any other guild or a DM are refused (required)
	Mode      string   `yaml:"mode"`       // gateway (default) | http
	APIURL    string   `yaml:"api_url"`    // REST base URL (default https://discord.com/api/v10)
	// NotifyChannels are channel ids told when a source changes a posted article (on_update: notify).
	NotifyChannels []string `yaml:"notify_channels"`
	Lang           string   `yaml:"lang"` // language of those notices: en | ko (default en)
}

// Validate fills defaults (mode gateway, Discord's api_url) and checks the section; errors
// never contain the token.
func (c *Config) Validate() error {
	c.defaults()
	_, err := validateEditors(c)
	return err
}

func (c *Config) defaults() {
	c.Mode = strings.ToLower(strings.TrimSpace(c.Mode))
	if c.Mode == "" {
		c.Mode = EditorModeGateway
	}
	if c.APIURL == "" {
		c.APIURL = discord.DefaultAPIURL
	}
	c.APIURL = strings.TrimRight(c.APIURL, "/")
}

// section decodes and checks editors.discord; on is false when the section turns no bot on.
func section(cfg *config.Config) (c Config, on bool, err error) {
	e, ok := cfg.Editors["discord"]
	if !ok {
		return c, false, nil
	}
	if err := e.Decode(&c); err != nil {
		return c, false, err
	}
	if c.Token == "" && c.PublicKey == "" {
		return c, false, nil
	}
	if err := c.Validate(); err != nil {
		return c, false, e.WrapValidate(err)
	}
	if c.Mode == EditorModeHTTP && cfg.HTTP.Listen == "" {
		return c, false, e.Errorf("mode", "http mode needs http.listen")
	}
	return c, true, nil
}

// Check reports what is wrong with editors.discord, for check-config.
func Check(cfg *config.Config) error {
	_, _, err := section(cfg)
	return err
}

// Listen builds the Discord editor bot when the configuration turns it on
// (editors.discord.token or public_key); nil when it does not.
func Listen(cfg *config.Config, svc *editor.Service, opts channel.Options) (editor.Listener, error) {
	c, on, err := section(cfg)
	if err != nil || !on {
		return nil, err
	}
	b, err := New(c, svc, opts)
	if err != nil {
		return nil, err
	}
	b.readers, b.communities = cfg.Readers.Enabled, cfg.Communities.Enabled
	return b, nil
}

// Webhook is the path and handler of the HTTP interactions endpoint; "" in gateway mode.
func (b *Bot) Webhook() (string, http.Handler) {
	if b.Mode() != EditorModeHTTP {
		return "", nil
	}
	return b.Path(), b.Handler()
}

var _ editor.Listener = (*Bot)(nil)
