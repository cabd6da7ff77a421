package editorbot

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/go-telegram/bot/models"
)

// poll long-polls getUpdates until ctx ends, handling updates one at a time in order.
// Telegram forgets updates below the offset sent with the next call, so an update is confirmed
// only after it was handled: a crash mid-update gets it again on restart.
func (b *Bot) poll(ctx context.Context) error {
	// A webhook left by an earlier webhook-mode deployment makes getUpdates answer 409 forever.
	err := b.retry(ctx, "deleteWebhook", func() error { return b.client.Call(ctx, "deleteWebhook", struct{}{}, nil) })
	if err != nil || ctx.Err() != nil {
		return err
	}
	var offset int64
	var delay time.Duration
	for {
		p := map[string]any{"timeout": int(pollTimeout / time.Second), "allowed_updates": allowedUpdates}
		if offset > 0 {
			p["offset"] = offset
		}
		var batch []json.RawMessage
		err := b.poller.Call(ctx, "getUpdates", p, &batch)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			d, base, fatal := nextDelay(err, delay)
			if fatal {
				return err
			}
			delay = base
			b.log.Warn("telegram editor bot: getUpdates failed", "retry_in", d, "err", err)
			if b.wait(ctx, d) != nil {
				return nil
			}
			continue
		}
		delay = 0
		for _, raw := range batch {
			u, id, err := decodeUpdate(raw)
			offset = max(offset, id+1)
			if err != nil {
				b.log.Warn("telegram editor bot: update skipped", "update_id", id, "err", err)
				continue
			}
			b.dispatch(ctx, &u)
		}
	}
}

// decodeUpdate reads the update_id first, so an update the models cannot decode (a kind newer
// than the library) is still confirmed and skipped instead of being fetched forever.
func decodeUpdate(raw []byte) (models.Update, int64, error) {
	var head struct {
		ID int64 `json:"update_id"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return models.Update{}, 0, fmt.Errorf("telegram: update is not JSON: %w", err)
	}
	var u models.Update
	if err := json.Unmarshal(raw, &u); err != nil {
		return models.Update{}, head.ID, fmt.Errorf("telegram: decode update: %w", err)
	}
	return u, head.ID, nil
}

// dispatch handles one update; nothing an update contains may take the listener down.
func (b *Bot) dispatch(ctx context.Context, u *models.Update) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("telegram editor bot: update handler failed", "update_id", u.ID, "panic", fmt.Sprint(r))
		}
	}()
	ctx, cancel := context.WithTimeout(ctx, handleTimeout)
	defer cancel()
	switch {
	case u.Message != nil:
		b.onMessage(ctx, u.Message, false)
	case u.ChannelPost != nil:
		b.onMessage(ctx, u.ChannelPost, true)
	case u.CallbackQuery != nil:
		b.onCallback(ctx, u.CallbackQuery)
	case u.MyChatMember != nil:
		b.onMyChatMember(ctx, u.MyChatMember)
	}
	// Edited messages and posts are no commands: acting on an edit would run /push twice.
}

// Handler serves webhook updates at Path: POST only, the secret_token header checked in
// constant time (401 otherwise), the body bounded, and 200 answered before the update is
// handled so Telegram never times out waiting for a /push to fetch its page. Mount it on the
// service's HTTP server (http.listen) when mode is webhook.
func (b *Bot) Handler() http.Handler {
	want := sha256.Sum256([]byte(b.cfg.SecretToken))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		// Hashing first makes the comparison constant-time in the length too.
		got := sha256.Sum256([]byte(r.Header.Get(SecretTokenHeader)))
		if b.cfg.SecretToken == "" || subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
			b.log.Warn("telegram editor webhook: wrong secret token", "remote_addr", r.RemoteAddr)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if b.name() == "" {
			// Before Run's getMe "/cmd@OtherBot" cannot be told apart: Telegram redelivers it later.
			http.Error(w, "starting", http.StatusServiceUnavailable)
			return
		}
		raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxUpdateBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, "update too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		u, id, err := decodeUpdate(raw)
		if err != nil {
			b.log.Warn("telegram editor webhook: update skipped", "update_id", id, "err", err)
			if id == 0 {
				http.Error(w, "not an update", http.StatusBadRequest)
				return
			}
			// Acknowledged: Telegram would otherwise redeliver an update we can never read.
			w.WriteHeader(http.StatusOK)
			return
		}
		select {
		case b.slots <- struct{}{}:
		default:
			// Shutting down (Run holds every slot) or saturated: Telegram redelivers it later.
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		go func() {
			defer func() { <-b.slots }()
			b.dispatch(context.Background(), &u)
		}()
		w.WriteHeader(http.StatusOK)
	})
}
