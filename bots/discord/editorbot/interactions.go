// Package editorbot is the editors' slash commands on Discord, over the gateway or the HTTP
// interactions endpoint: it adapts interactions to core/editor and renders its replies. It is
// the only Discord code that knows config and core/editor; posting lives in bots/discord.
package editorbot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"paperboy/bots/discord"
	"paperboy/bots/discord/editorbot/commands"
	"paperboy/bots/discord/gateway"
	"paperboy/bots/discord/rest"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

// Editor modes: how interactions reach paperboy.
const (
	EditorModeGateway = "gateway" // a websocket to Discord's gateway (default; no public URL needed)
	EditorModeHTTP    = "http"    // Discord POSTs signed interactions to Path on paperboy's HTTP server
)

// InteractionsPath is where the HTTP interactions endpoint is served.
const InteractionsPath = "/discord/interactions"

// followupTimeout bounds the work after a deferred answer; interaction tokens live 15 minutes.
const followupTimeout = 5 * time.Minute

// pressBudget is how long a button click may take before the update is deferred: Discord wants
// the first answer within 3 s.
const pressBudget = 2 * time.Second

// Bot runs the editors' slash commands in Discord guilds: it registers them, receives
// interactions over the gateway or an HTTP endpoint, checks roles, and answers through
// editor.Service. Responses always go over REST (interaction callbacks and original-response
// edits), in both modes.
type Bot struct {
	cfg         Config
	svc         service
	rest        *rest.Client // bot-authenticated: commands, gateway discovery
	hooks       *rest.Client // unauthenticated: interaction callbacks and webhook edits
	look        *discord.Look
	log         *slog.Logger
	now         func() time.Time
	pub         ed25519.PublicKey
	replay      *replayCache
	pressBudget time.Duration
	gw          gatewayOptions // tests shorten the backoff
	work        sync.WaitGroup
	media       channel.MediaFetcher // attached files (OPML imports), through core/fetch's guard
	cdn         []string             // origins attachments may come from (Discord's CDN; tests: the fake)
	readers     bool                 // readers.enabled: reader commands in the bot's DMs
	communities bool                 // communities.enabled: /feed in any server
}

// New validates cfg (filling defaults: mode gateway, api_url Discord's) and returns a
// bot answering with svc. opts supplies the HTTP client, logger, clock and time zone.
func New(cfg Config, svc *editor.Service, opts channel.Options) (*Bot, error) {
	if svc == nil {
		return nil, errors.New("discord: editor bot needs an editor service")
	}
	cfg.defaults()
	pub, err := validateEditors(&cfg)
	if err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	b := &Bot{
		cfg: cfg, svc: svc, log: opts.Logger, now: opts.Now, pub: pub,
		rest:        rest.NewClient(opts.API(cfg.APIURL), cfg.APIURL, cfg.Token),
		hooks:       rest.NewClient(opts.API(cfg.APIURL), cfg.APIURL, ""),
		look:        discord.NewLook(opts.Location),
		replay:      newReplayCache(),
		pressBudget: pressBudget,
		gw:          gatewayOptions{backoff: gateway.JitteredBackoff},
		media:       opts.Media,
		cdn:         discordCDN,
	}
	return b, nil
}

// validateEditors checks cfg; errors never contain the token.
func validateEditors(cfg *Config) (ed25519.PublicKey, error) {
	var errs []error
	if cfg.Token == "" {
		errs = append(errs, errors.New("discord: editors need token (or token_file)"))
	}
	if !discord.Snowflake(cfg.AppID) {
		errs = append(errs, fmt.Errorf("discord: editors app_id %q is not a numeric id", cfg.AppID))
	}
	if len(cfg.Guilds) == 0 {
		errs = append(errs, errors.New("discord: editors need guilds: the ids of the guilds whose members may run commands"))
	}
	for i, g := range cfg.Guilds {
		if !discord.Snowflake(g) {
			errs = append(errs, fmt.Errorf("discord: editors guilds[%d] %q is not a numeric id", i, g))
		}
	}
	for i, r := range cfg.Roles {
		if !discord.Snowflake(r) {
			errs = append(errs, fmt.Errorf("discord: editors roles[%d] %q is not a numeric id", i, r))
		}
	}
	errs = append(errs, validateNotify(cfg)...)
	if u, err := url.Parse(cfg.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("discord: editors api_url %q is not an http(s) URL", channel.RedactURL(cfg.APIURL)))
	}
	var pub ed25519.PublicKey
	switch cfg.Mode {
	case EditorModeGateway:
	case EditorModeHTTP:
		k, err := hex.DecodeString(strings.TrimSpace(cfg.PublicKey))
		if err != nil || len(k) != ed25519.PublicKeySize {
			errs = append(errs, errors.New("discord: editors http mode needs public_key: the application's 64-hex-digit public key"))
		}
		pub = ed25519.PublicKey(k)
	default:
		errs = append(errs, fmt.Errorf("discord: editors mode %q is not gateway or http", cfg.Mode))
	}
	return pub, errors.Join(errs...)
}

// Mode is the configured receiving mode: "gateway" or "http".
func (b *Bot) Mode() string { return b.cfg.Mode }

// Path is where Handler must be mounted in http mode.
func (b *Bot) Path() string { return InteractionsPath }

// Run checks the bot token, registers the slash commands, then receives interactions until ctx
// ends: over the gateway in gateway mode; in http mode it only waits (mount Handler at Path on
// the HTTP server). Before returning it waits for interactions still being answered. A rejected
// token ends Run with an error at once (Discord bans IPs that keep sending invalid requests);
// registration failures are logged, since commands registered earlier keep working.
func (b *Bot) Run(ctx context.Context) error {
	defer b.Wait()
	var me struct {
		ID string `json:"id"`
	}
	if err := b.rest.Do(ctx, "GET", "/users/@me", nil, nil, &me); err != nil {
		if channel.Classify(err).Reason == channel.Unauthorized {
			return err
		}
		b.log.Warn("discord editors: token check failed", "err", err)
	}
	if err := b.Register(ctx); err != nil {
		b.log.Error("discord slash command registration failed", "err", err)
	}
	if b.cfg.Mode == EditorModeHTTP {
		<-ctx.Done()
		return nil
	}
	return b.runGateway(ctx)
}

// Wait blocks until every interaction being processed has been answered.
func (b *Bot) Wait() { b.work.Wait() }

// handle answers one interaction: the first response synchronously (Discord wants it within
// 3 s), the slow part (fetching a page, publishing) in the background, then an edit.
func (b *Bot) handle(ctx context.Context, it *interaction) error {
	switch it.Type {
	case interactionCommand, interactionComponent:
	default:
		return fmt.Errorf("discord: interaction type %d not handled", it.Type)
	}
	req := b.request(it)
	sc := b.scope(it)
	if sc == scopeNone || sc == scopeEditor && !b.svc.Allowed(req) {
		// Asking the service as a member without roles yields its refusal in the member's
		// language (and its log line), also for members of guilds paperboy doesn't serve.
		// Only an editor command's own text is passed on: a reader's or community's command
		// line would be run by its own rules.
		text := "/press"
		if d, ok := it.command(); ok && d.Name != commands.Feed && !commands.Reader(d.Name) {
			text = req.Text
		}
		b.log.Info("discord interaction refused", append(logCommand(it), slog.String("scope", string(sc)))...)
		refusal := b.svc.Handle(ctx, editor.Request{Platform: "discord", UserID: req.UserID, UserName: req.UserName, Lang: req.Lang, Text: text})
		return b.callback(ctx, it, response{Type: responseChannelMessage, Data: ephemeral(refusal.Text)})
	}
	if it.Type == interactionComponent {
		return b.press(ctx, it, req)
	}
	first := response{Type: responseDeferred}
	if sc == scopeCommunity {
		// A server's feed settings are the admin's business: only they see the answers.
		first.Data = deferredFlags{Flags: flagEphemeral}
	}
	if err := b.callback(ctx, it, first); err != nil {
		return err
	}
	b.background(ctx, func(ctx context.Context) {
		b.answer(ctx, it, b.svc.Handle(ctx, req))
	})
	return nil
}

// press runs a Publish/Cancel click: within pressBudget the message is updated in place
// (type 7); a slower publish defers the update (type 6) and edits the message when done.
func (b *Bot) press(ctx context.Context, it *interaction, req editor.Request) error {
	data, err := it.component()
	if err != nil {
		return err
	}
	done := make(chan editor.Reply, 1)
	b.background(ctx, func(ctx context.Context) { done <- b.svc.Press(ctx, req, data.CustomID) })
	timer := time.NewTimer(b.pressBudget)
	defer timer.Stop()
	select {
	case rep := <-done:
		return b.callback(ctx, it, response{Type: responseUpdate, Data: b.result(rep)})
	case <-timer.C:
	}
	if err := b.callback(ctx, it, response{Type: responseDeferredUpdate}); err != nil {
		return err
	}
	b.background(ctx, func(ctx context.Context) {
		select {
		case rep := <-done:
			b.editOriginal(ctx, it, b.result(rep))
		case <-ctx.Done():
		}
	})
	return nil
}

// background runs f after the current request, with a context that outlives it.
func (b *Bot) background(ctx context.Context, f func(context.Context)) {
	b.work.Add(1)
	go func() {
		defer b.work.Done()
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), followupTimeout)
		defer cancel()
		f(ctx)
	}()
}

// callback sends the interaction's first response.
func (b *Bot) callback(ctx context.Context, it *interaction, r response) error {
	err := b.hooks.Do(ctx, "POST", "/interactions/"+it.ID+"/"+it.Token+"/callback", nil, r, nil)
	return scrub(err, it.Token)
}

// editOriginal replaces the deferred or clicked message; failures are logged, nobody waits.
func (b *Bot) editOriginal(ctx context.Context, it *interaction, m *responseData) {
	err := b.hooks.Do(ctx, "PATCH", "/webhooks/"+b.cfg.AppID+"/"+it.Token+"/messages/@original", nil, m, nil)
	if err = scrub(err, it.Token); err != nil {
		b.log.Error("discord interaction edit failed", append(logCommand(it), slog.String("err", err.Error()))...)
	}
}

// scrub removes an interaction token from err's text, keeping its classification.
func scrub(err error, token string) error {
	if err == nil {
		return nil
	}
	var ce *channel.Error
	if errors.As(err, &ce) {
		out := *ce
		out.Err = channel.RedactError(ce.Err, token)
		return &out
	}
	return channel.RedactError(err, token)
}
