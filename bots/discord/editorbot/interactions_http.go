package editorbot

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"paperboy/core/channel"
	"paperboy/core/editor"
)

// maxInteractionBody bounds a signed interaction; Discord's are a few KiB.
const maxInteractionBody = 64 << 10

// signatureWindow is how far X-Signature-Timestamp may be from now. A signature is remembered
// for twice that: a timestamp accepted at the window's future edge stays acceptable that long.
const signatureWindow = 5 * time.Minute

// maxRemembered caps the replay cache; only bodies with a valid signature get in.
const maxRemembered = 100_000

// NewInteractionsHandler is New(cfg, svc, opts).Handler(), for callers that only
// serve the HTTP endpoint; cfg.Mode must be http (its public key is needed).
func NewInteractionsHandler(cfg Config, svc *editor.Service, opts channel.Options) (http.Handler, error) {
	cfg.Mode = EditorModeHTTP
	b, err := New(cfg, svc, opts)
	if err != nil {
		return nil, err
	}
	return b.Handler(), nil
}

// Handler is the HTTP interactions endpoint (mount it at Path): it verifies Discord's Ed25519
// signature over timestamp+body, refuses stale timestamps and replays with 401, answers PING
// with PONG, and answers everything else through the REST callback, then 202.
func (b *Bot) Handler() http.Handler { return http.HandlerFunc(b.serveHTTP) }

func (b *Bot) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request body", http.StatusBadRequest)
		return
	}
	if err := b.verify(r.Header.Get("X-Signature-Ed25519"), r.Header.Get("X-Signature-Timestamp"), body); err != nil {
		b.log.Warn("discord interaction refused", "remote", r.RemoteAddr, "reason", err.Error())
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var it interaction
	if err := json.Unmarshal(body, &it); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if it.Type == interactionPing {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"type":1}`)
		return
	}
	if it.Type != interactionCommand && it.Type != interactionComponent {
		http.Error(w, "unsupported interaction type", http.StatusBadRequest)
		return
	}
	if err := b.handle(r.Context(), &it); err != nil {
		b.log.Error("discord interaction not answered", append(logCommand(&it),
			slog.String("kind", interactionKind(it.Type)), slog.String("err", err.Error()))...)
		http.Error(w, "interaction not answered", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// verify checks the signature, then the timestamp's age, then that the signature is new.
func (b *Bot) verify(sigHex, ts string, body []byte) error {
	if b.pub == nil {
		return errors.New("no public key configured (mode is not http)")
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize || ts == "" {
		return errors.New("missing or malformed signature headers")
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(b.pub, msg, sig) {
		return errors.New("bad signature")
	}
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errors.New("malformed timestamp")
	}
	now := b.now()
	if d := now.Sub(time.Unix(secs, 0)); d > signatureWindow || d < -signatureWindow {
		return errors.New("stale timestamp")
	}
	if !b.replay.add(string(sig), now) {
		return errors.New("replayed request")
	}
	return nil
}

// replayCache remembers recent valid signatures for 2×signatureWindow, oldest first.
type replayCache struct {
	mu    sync.Mutex
	seen  map[string]time.Time
	order []string
}

func newReplayCache() *replayCache { return &replayCache{seen: map[string]time.Time{}} }

// add records sig at now; false when it was already seen within the window.
func (c *replayCache) add(sig string, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.order) > 0 && (now.Sub(c.seen[c.order[0]]) > 2*signatureWindow || len(c.order) >= maxRemembered) {
		delete(c.seen, c.order[0])
		c.order = c.order[1:]
	}
	if _, ok := c.seen[sig]; ok {
		return false
	}
	c.seen[sig] = now
	c.order = append(c.order, sig)
	return true
}
