package editorbot

import (
	"context"
	"encoding/json"
	"time"

	"github.com/gorilla/websocket"

	"paperboy/bots/discord/gateway"
)

// gatewayOptions are the gateway client's knobs.
type gatewayOptions struct {
	dialer  *websocket.Dialer // nil = the gateway package's default
	backoff func(attempt int) time.Duration
}

// runGateway keeps the gateway connection and handles every interaction it brings.
func (b *Bot) runGateway(ctx context.Context) error {
	gw := &gateway.Client{Token: b.cfg.Token, REST: b.rest, Log: b.log, Dialer: b.gw.dialer, Backoff: b.gw.backoff,
		Interaction: b.onGatewayInteraction}
	return gw.Run(ctx)
}

// onGatewayInteraction answers one interaction from the gateway in its own goroutine (Run
// waits for them on shutdown).
func (b *Bot) onGatewayInteraction(ctx context.Context, raw json.RawMessage) {
	var it interaction
	if err := json.Unmarshal(raw, &it); err != nil {
		b.log.Warn("discord gateway: malformed interaction", "err", err)
		return
	}
	b.work.Add(1)
	go func() {
		defer b.work.Done()
		hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := b.handle(hctx, &it); err != nil {
			b.log.Error("discord interaction not answered", append(logCommand(&it), "err", err.Error())...)
		}
	}()
}
