// Package editorbot is the editors' command bot on Telegram: it adapts Telegram updates to
// core/editor and renders its replies. It is the only Telegram code that knows config and
// core/editor; posting lives in bots/telegram.
//
// It talks to the Bot API through bots/telegram's plain Client rather than go-telegram/bot's
// Start/WebhookHandler: the library's poller retries every error on a fixed ≤ 5 s backoff and
// never reads retry_after (Telegram escalates ignored flood waits to hours), its webhook handler
// compares the secret with != and answers 200 on a mismatch, and it logs undecodable bodies
// verbatim. Only its models package is used, to decode updates.
package editorbot

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"paperboy/bots/telegram"
	"paperboy/bots/telegram/botapi"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

// Editor bot modes (editors.telegram.mode).
const (
	ModePolling = "polling"
	ModeWebhook = "webhook"
)

// SecretTokenHeader carries setWebhook's secret_token on every webhook update.
const SecretTokenHeader = "X-Telegram-Bot-Api-Secret-Token"

const (
	// pollTimeout is getUpdates' long-poll timeout; the poller's HTTP timeout is longer by pollSlack.
	pollTimeout = 30 * time.Second
	pollSlack   = 15 * time.Second
	// handleTimeout bounds one update's work (a /push fetches and extracts a page).
	handleTimeout = 2 * time.Minute
	// maxBackoff caps the wait between failed getUpdates or start-up calls.
	maxBackoff = time.Minute
	// webhookConns is setWebhook's max_connections and the number of updates handled at once.
	webhookConns = 8
	// maxUpdateBody bounds a webhook request; a Telegram update is a few KB.
	maxUpdateBody = 1 << 20
)

// allowedUpdates are the update kinds the bot asks for; Telegram sends nothing else.
// channel_post carries commands typed in a channel (by its admins), my_chat_member the bot's
// own removal from a chat or a reader blocking it.
var allowedUpdates = []string{"message", "channel_post", "callback_query", "my_chat_member"}

// secretPattern is what setWebhook accepts as secret_token.
var secretPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// Bot takes editor commands in Telegram chats, by long polling or a webhook.
type Bot struct {
	cfg    Config
	svc    *editor.Service
	client *botapi.Client // every call but getUpdates
	poller *botapi.Client // getUpdates, with an HTTP timeout longer than the long poll
	look   *telegram.Look // renders previews exactly as a channel with default settings posts them
	log    *slog.Logger
	path   string
	slots  chan struct{} // webhook updates in flight; Run takes them all on shutdown
	wait   func(ctx context.Context, d time.Duration) error

	// readers and communities register those command menus (readers.enabled,
	// communities.enabled); the editor service decides who may run the commands.
	readers, communities bool

	mu      sync.Mutex
	botName string // getMe username, so "/cmd@OtherBot" is ignored
}

// New validates cfg and builds the bot; no request is made until Run.
func New(cfg Config, svc *editor.Service, opts channel.Options) (*Bot, error) {
	if svc == nil {
		return nil, errors.New("telegram: editor bot: no editor service")
	}
	if err := validateEditors(&cfg); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	api := opts.API(cfg.APIURL)
	pc := *api
	if pc.Timeout != 0 && pc.Timeout < pollTimeout+pollSlack {
		pc.Timeout = pollTimeout + pollSlack
	}
	log := opts.Logger.With("bot", "telegram-editors")
	lo := opts
	lo.Logger = log
	look := telegram.NewLook(lo)
	return &Bot{
		cfg: cfg, svc: svc, look: look, log: log,
		client: botapi.NewClient(cfg.APIURL, cfg.Token, api),
		poller: botapi.NewClient(cfg.APIURL, cfg.Token, &pc),
		path:   webhookPath(cfg.Token, cfg.SecretToken),
		slots:  make(chan struct{}, webhookConns),
		wait:   sleep,
	}, nil
}

// validateEditors fills defaults and checks the fields the bot relies on; it never echoes secrets.
func validateEditors(c *Config) error {
	c.Token = strings.TrimSpace(c.Token)
	c.APIURL = strings.TrimRight(strings.TrimSpace(c.APIURL), "/")
	if c.APIURL == "" {
		c.APIURL = telegram.DefaultAPIURL
	}
	if c.Mode = strings.ToLower(strings.TrimSpace(c.Mode)); c.Mode == "" {
		c.Mode = ModePolling
	}
	c.Lang = strings.ToLower(strings.TrimSpace(c.Lang))
	c.PublicURL = strings.TrimRight(strings.TrimSpace(c.PublicURL), "/")
	var errs []error
	if !telegram.ValidToken(c.Token) {
		errs = append(errs, errors.New(`telegram: editors: token must look like "123456789:AA…" as @BotFather gives it`))
	}
	if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("telegram: editors: api_url %q must be an absolute http(s) URL", c.APIURL))
	}
	for _, id := range c.NotifyChats {
		if id == 0 {
			errs = append(errs, errors.New("telegram: editors: notify_chats: chat ids are non-zero numbers (a channel or group id like -1001234567890)"))
			break
		}
	}
	if !slices.Contains([]string{"", "en", "ko"}, c.Lang) {
		errs = append(errs, fmt.Errorf("telegram: editors: lang %q must be en or ko", c.Lang))
	}
	switch c.Mode {
	case ModePolling:
	case ModeWebhook:
		if !secretPattern.MatchString(c.SecretToken) {
			errs = append(errs, errors.New("telegram: editors: webhook mode needs a secret_token of 1-256 characters A-Z a-z 0-9 _ -"))
		}
		if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("telegram: editors: webhook mode needs public_url, the https base URL Telegram calls (got %q)", c.PublicURL))
		}
	default:
		errs = append(errs, fmt.Errorf("telegram: editors: mode %q must be polling or webhook", c.Mode))
	}
	return errors.Join(errs...)
}

// webhookPath is "/telegram/" and 16 hex digits of an HMAC of the token keyed by the secret.
// Derived, not random: replicas behind one load balancer must agree, because Telegram keeps a
// single webhook URL per bot and every replica's setWebhook would otherwise overwrite it with a
// path the others do not serve. One-way, so the path reveals neither secret; changing the secret
// moves it. The path only keeps scanners off the endpoint: the secret header is what authenticates.
func webhookPath(token, secret string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("paperboy telegram webhook\x00" + token))
	return "/telegram/" + hex.EncodeToString(m.Sum(nil)[:8])
}

// Path is where Handler must be mounted on the service's HTTP server in webhook mode.
func (b *Bot) Path() string { return b.path }

// Run registers the commands, then long-polls (polling mode) or sets the webhook and waits
// (webhook mode) until ctx ends. It returns nil on shutdown and an error only when the bot
// cannot work at all (a revoked token, a webhook URL Telegram refuses). Call it once.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.start(ctx); err != nil || ctx.Err() != nil {
		return err
	}
	if b.cfg.Mode == ModeWebhook {
		return b.runWebhook(ctx)
	}
	return b.poll(ctx)
}

// start learns the bot's username and registers the command menus (English default, Korean).
func (b *Bot) start(ctx context.Context) error {
	var me botapi.User
	if err := b.retry(ctx, "getMe", func() error {
		var err error
		me, err = b.client.GetMe(ctx)
		return err
	}); err != nil || ctx.Err() != nil {
		return err
	}
	b.mu.Lock()
	b.botName = me.Username
	b.mu.Unlock()
	b.menus(ctx)
	b.log.Info("telegram editor bot ready", "bot_username", me.Username, "mode", b.cfg.Mode, "editors", len(b.cfg.Users))
	return nil
}

// commandList is setMyCommands' commands parameter.
func commandList(cmds []editor.Command) []map[string]string {
	out := make([]map[string]string, 0, len(cmds))
	for _, c := range cmds {
		out = append(out, map[string]string{"command": c.Name, "description": channel.Truncate(c.Description, 256, channel.UTF16)})
	}
	return out
}

// name is the bot's username from getMe ("" before Run has learnt it).
func (b *Bot) name() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.botName
}

// runWebhook points Telegram at PublicURL+Path and serves until ctx ends, then waits for the
// updates being handled. The webhook stays set: Telegram queues updates while no replica runs.
func (b *Bot) runWebhook(ctx context.Context) error {
	p := map[string]any{
		"url": b.cfg.PublicURL + b.path, "secret_token": b.cfg.SecretToken,
		"allowed_updates": allowedUpdates, "max_connections": webhookConns,
	}
	if err := b.retry(ctx, "setWebhook", func() error { return b.client.Call(ctx, "setWebhook", p, nil) }); err != nil {
		return err
	}
	if ctx.Err() == nil {
		b.log.Info("telegram editor webhook set", "path", b.path)
		<-ctx.Done()
	}
	for range cap(b.slots) {
		b.slots <- struct{}{} // every slot taken: in-flight updates are done, later ones get 503
	}
	return nil
}

// retry runs fn until it succeeds, ctx ends (nil) or the error is one waiting cannot fix.
func (b *Bot) retry(ctx context.Context, what string, fn func() error) error {
	var delay time.Duration
	for {
		err := fn()
		if err == nil || ctx.Err() != nil {
			return nil
		}
		d, base, fatal := nextDelay(err, delay)
		if fatal {
			return err
		}
		delay = base
		b.log.Warn("telegram editor bot: call failed, retrying", "method", what, "retry_in", d, "err", err)
		if b.wait(ctx, d) != nil {
			return nil
		}
	}
}

// nextDelay is how long to wait after err, given the backoff so far, and the backoff to carry
// on with: exactly retry_after when Telegram gives one (the backoff is left as it was), otherwise
// doubling from 1 s up to a minute. A rejected token or request (401, 400 bad webhook URL) is
// fatal; 409 (another poller) is waited out, as it may go away.
func nextDelay(err error, prev time.Duration) (wait, backoff time.Duration, fatal bool) {
	ce := channel.Classify(err)
	switch {
	case ce.Reason == channel.Unauthorized:
		return 0, prev, true
	case ce.RetryAfter > 0:
		return ce.RetryAfter, prev, false
	case ce.Reason == channel.Permanent && ce.Status != http.StatusConflict:
		return 0, prev, true
	}
	d := min(max(2*prev, time.Second), maxBackoff)
	return d, d, false
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Config is the editors.telegram section: the Telegram command bot.
type Config struct {
	Token       string  `yaml:"token"`        // bot token (or token_file); empty = no Telegram commands
	Mode        string  `yaml:"mode"`         // polling (default) | webhook
	Users       []int64 `yaml:"users"`        // numeric user ids allowed to run commands
	APIURL      string  `yaml:"api_url"`      // Bot API base URL (default https://api.telegram.org)
	SecretToken string  `yaml:"secret_token"` // webhook mode: checked on every update (or secret_token_file)
	PublicURL   string  `yaml:"public_url"`   // webhook mode: the public https base URL Telegram calls
	Lang        string  `yaml:"lang"`         // reply language: en | ko (default en)
	NotifyChats []int64 `yaml:"notify_chats"` // chat ids told when a source changes a posted article (on_update: notify)
}

// Validate fills defaults and checks the fields the bot relies on; it never echoes secrets.
func (c *Config) Validate() error { return validateEditors(c) }

// section decodes and checks editors.telegram; on is false when the section turns no bot on.
func section(cfg *config.Config) (c Config, on bool, err error) {
	e, ok := cfg.Editors["telegram"]
	if !ok {
		return c, false, nil
	}
	if err := e.Decode(&c); err != nil {
		return c, false, err
	}
	if c.Token == "" {
		return c, false, nil
	}
	if err := c.Validate(); err != nil {
		return c, false, e.WrapValidate(err)
	}
	if c.Mode == ModeWebhook && cfg.HTTP.Listen == "" {
		return c, false, e.Errorf("mode", "webhook mode needs http.listen")
	}
	return c, true, nil
}

// Check reports what is wrong with editors.telegram, for check-config.
func Check(cfg *config.Config) error {
	_, _, err := section(cfg)
	return err
}

// Listen builds the Telegram editor bot when the configuration turns it on
// (editors.telegram.token); nil when it does not.
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

// Webhook is the path and handler of webhook mode; "" in polling mode.
func (b *Bot) Webhook() (string, http.Handler) {
	if b.cfg.Mode != ModeWebhook {
		return "", nil
	}
	return b.Path(), b.Handler()
}

var _ editor.Listener = (*Bot)(nil)
