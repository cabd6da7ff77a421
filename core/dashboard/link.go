package dashboard

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"paperboy/core/channel"
)

// linkTTL is how long a one-time sign-in link works.
const linkTTL = 10 * time.Minute

// links holds one-time sign-in tokens (hashed) until used or expired.
type links struct {
	mu  sync.Mutex
	m   map[[32]byte]linkGrant
	now func() time.Time
}

type linkGrant struct {
	telegram int64
	expires  time.Time
}

func newLinks(now func() time.Time) *links {
	return &links{m: map[[32]byte]linkGrant{}, now: now}
}

// issue returns a new token for the Telegram user id.
func (l *links) issue(telegram int64) string {
	tok := randomToken()
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	for k, g := range l.m {
		if now.After(g.expires) {
			delete(l.m, k)
		}
	}
	l.m[sha256.Sum256([]byte(tok))] = linkGrant{telegram: telegram, expires: now.Add(linkTTL)}
	return tok
}

// valid reports whether tok would sign in, without using it (the GET page shows a button).
func (l *links) valid(tok string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	g, ok := l.m[sha256.Sum256([]byte(tok))]
	return ok && !l.now().After(g.expires)
}

// use consumes tok: it works once.
func (l *links) use(tok string) (int64, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	k := sha256.Sum256([]byte(tok))
	g, ok := l.m[k]
	delete(l.m, k)
	if !ok || l.now().After(g.expires) {
		return 0, false
	}
	return g.telegram, true
}

// telegramSender sends a private message through the Telegram editor bot's Bot API.
type telegramSender struct {
	api, token string
	client     *http.Client
}

// send posts text to the user's private chat with the bot (an editor has started the bot to
// use its commands, so the chat exists). Link previews are off: Telegram's preview crawler
// must not be the one to open the sign-in page.
func (t telegramSender) send(ctx context.Context, chatID int64, text string) error {
	body, err := json.Marshal(map[string]any{
		"chat_id": chatID, "text": text, "link_preview_options": map[string]any{"is_disabled": true},
	})
	if err != nil {
		return fmt.Errorf("dashboard: sign-in link: %w", err)
	}
	u := strings.TrimRight(t.api, "/") + "/bot" + t.token + "/sendMessage"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("dashboard: sign-in link: %w", channel.RedactError(err, t.token))
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := t.client.Do(req)
	if err != nil {
		return fmt.Errorf("dashboard: sign-in link: %w", channel.RedactError(err, t.token))
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err := channel.FromStatus(resp.StatusCode, resp.Header, data); err != nil {
		return fmt.Errorf("dashboard: sign-in link: %w", channel.RedactError(err, t.token))
	}
	return nil
}
