// Package gateway keeps a Discord bot's gateway connection (HELLO, IDENTIFY with no intents,
// heartbeats, RESUME after drops) and hands each interaction to a callback. The editor bot
// (bots/discord/editorbot) uses it in gateway mode.
package gateway

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"paperboy/bots/discord/rest"
	"paperboy/core/channel"
)

// Why a small gateway client instead of discordgo.Session.Open: the Session takes its URLs from
// package variables, which would be global state shared by every bot in the process. Slash
// commands need only HELLO → IDENTIFY (intents 0) → heartbeats → INTERACTION_CREATE, and
// RESUME after a dropped connection.

// Gateway opcodes (Discord's numbering).
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opResume         = 6
	opReconnect      = 7
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatAck   = 11
)

// closeZombie is the close code sent when heartbeats go unacknowledged; any code other than
// 1000/1001 keeps the session resumable.
const closeZombie = 4000

// maxGatewayMessage bounds one gateway message (READY can list many guilds).
const maxGatewayMessage = 4 << 20

// Client keeps one gateway connection for a bot token until Run's context ends.
type Client struct {
	Token   string
	REST    *rest.Client                    // asks GET /gateway/bot where to connect
	Log     *slog.Logger                    // nil = slog.Default()
	Dialer  *websocket.Dialer               // nil = a dialer with the environment's proxy and a 15 s handshake
	Backoff func(attempt int) time.Duration // wait before reconnecting; nil = JitteredBackoff
	// Interaction gets each INTERACTION_CREATE payload on the reader goroutine; it must not block.
	Interaction func(ctx context.Context, raw json.RawMessage)
}

// JitteredBackoff waits about 1 s, 2 s, 4 s… up to a minute, jittered so replicas spread out.
func JitteredBackoff(attempt int) time.Duration {
	d := min(time.Second<<min(attempt, 6), time.Minute)
	return d/2 + rand.N(d/2)
}

// gatewaySession is what RESUME needs; seq is read by the heartbeat goroutine.
type gatewaySession struct {
	id        string
	resumeURL string
	seq       atomic.Int64
}

func (s *gatewaySession) reset() {
	s.id, s.resumeURL = "", ""
	s.seq.Store(0)
}

// gatewayPayload is one gateway message.
type gatewayPayload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s"`
	T  string          `json:"t"`
}

// fatalCloseCodes end Run: reconnecting cannot help (bad token, bad intents, bad version).
var fatalCloseCodes = map[int]string{4004: "authentication failed", 4010: "invalid shard", 4011: "sharding required",
	4012: "invalid API version", 4013: "invalid intents", 4014: "disallowed intents"}

var (
	errReconnect      = errors.New("discord: gateway asked to reconnect")
	errInvalidSession = errors.New("discord: gateway invalidated the session")
)

// Run keeps one gateway connection up until ctx ends, resuming after drops. It returns nil
// when ctx ends, and an error only when reconnecting cannot help (a refused token).
func (b *Client) Run(ctx context.Context) error {
	if b.Log == nil {
		b.Log = slog.Default()
	}
	if b.Dialer == nil {
		b.Dialer = &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 15 * time.Second}
	}
	if b.Backoff == nil {
		b.Backoff = JitteredBackoff
	}
	sess := &gatewaySession{}
	var base string
	for attempt := 0; ; attempt++ {
		var err error
		if base == "" {
			base, err = b.gatewayURL(ctx)
			if err != nil && channel.Classify(err).Reason == channel.Unauthorized {
				return err
			}
		}
		if err == nil {
			var ready bool
			ready, err = b.connect(ctx, base, sess)
			if ready {
				attempt = 0
			}
		}
		if ctx.Err() != nil {
			return nil
		}
		var fatal *fatalCloseError
		if errors.As(err, &fatal) {
			return err
		}
		b.Log.Warn("discord gateway disconnected", "err", err, "resume", sess.id != "")
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(b.Backoff(attempt)):
		}
	}
}

// gatewayURL asks GET /gateway/bot where to connect.
func (b *Client) gatewayURL(ctx context.Context) (string, error) {
	var info struct {
		URL string `json:"url"`
	}
	if err := b.REST.Do(ctx, "GET", "/gateway/bot", nil, nil, &info); err != nil {
		return "", err
	}
	if info.URL == "" {
		return "", errors.New("discord: get /gateway/bot: answer has no url")
	}
	return info.URL, nil
}

// fatalCloseError is a close code that ends Run.
type fatalCloseError struct {
	code int
	text string
}

func (e *fatalCloseError) Error() string {
	return fmt.Sprintf("discord: gateway closed with %d (%s)", e.code, e.text)
}

// connect runs one connection; ready reports whether it got READY or RESUMED.
func (b *Client) connect(ctx context.Context, base string, s *gatewaySession) (ready bool, err error) {
	target := base
	if s.id != "" && s.resumeURL != "" {
		target = s.resumeURL
	}
	u, err := url.Parse(target)
	if err != nil {
		return false, fmt.Errorf("discord: gateway url: %w", err)
	}
	if u.Path == "" {
		u.Path = "/"
	}
	u.RawQuery = "v=10&encoding=json"
	ws, resp, err := b.Dialer.DialContext(ctx, u.String(), nil)
	if resp != nil && resp.Body != nil {
		_ = resp.Body.Close()
	}
	if err != nil {
		return false, fmt.Errorf("discord: gateway dial: %w", err)
	}
	ws.SetReadLimit(maxGatewayMessage)
	c := &gatewayConn{ws: ws}
	defer func() { _ = ws.Close() }()
	stop := context.AfterFunc(ctx, func() { c.close(websocket.CloseNormalClosure) })
	defer stop()

	var hello gatewayPayload
	if err := ws.ReadJSON(&hello); err != nil {
		return false, fmt.Errorf("discord: gateway hello: %w", err)
	}
	var h struct {
		HeartbeatInterval int64 `json:"heartbeat_interval"`
	}
	if hello.Op != opHello || json.Unmarshal(hello.D, &h) != nil || h.HeartbeatInterval <= 0 {
		return false, fmt.Errorf("discord: gateway: expected hello, got opcode %d", hello.Op)
	}
	var acked atomic.Bool
	acked.Store(true)
	hbCtx, hbStop := context.WithCancel(ctx)
	defer hbStop()
	go b.heartbeat(hbCtx, c, s, time.Duration(h.HeartbeatInterval)*time.Millisecond, &acked)

	if s.id != "" {
		err = c.send(opResume, map[string]any{"token": b.Token, "session_id": s.id, "seq": s.seq.Load()})
	} else {
		err = c.send(opIdentify, map[string]any{"token": b.Token, "intents": 0,
			"properties": map[string]string{"os": runtime.GOOS, "browser": "paperboy", "device": "paperboy"}})
	}
	if err != nil {
		return false, fmt.Errorf("discord: gateway identify: %w", err)
	}
	for {
		var p gatewayPayload
		if err := ws.ReadJSON(&p); err != nil {
			return ready, closeReason(err, s)
		}
		if p.S != nil {
			s.seq.Store(*p.S)
		}
		switch p.Op {
		case opDispatch:
			ready = b.dispatch(ctx, p, s) || ready
		case opHeartbeat:
			if err := c.send(opHeartbeat, seqOrNil(s)); err != nil {
				return ready, fmt.Errorf("discord: gateway heartbeat: %w", err)
			}
		case opHeartbeatAck:
			acked.Store(true)
		case opReconnect:
			return ready, errReconnect
		case opInvalidSession:
			var resumable bool
			_ = json.Unmarshal(p.D, &resumable)
			if !resumable {
				s.reset()
			}
			return ready, errInvalidSession
		}
	}
}

// dispatch handles one event; it reports whether the session is now ready.
func (b *Client) dispatch(ctx context.Context, p gatewayPayload, s *gatewaySession) bool {
	switch p.T {
	case "READY":
		var r struct {
			SessionID        string `json:"session_id"`
			ResumeGatewayURL string `json:"resume_gateway_url"`
		}
		_ = json.Unmarshal(p.D, &r)
		s.id, s.resumeURL = r.SessionID, r.ResumeGatewayURL
		b.Log.Info("discord gateway ready")
		return true
	case "RESUMED":
		b.Log.Info("discord gateway resumed")
		return true
	case "INTERACTION_CREATE":
		b.Interaction(ctx, p.D)
	}
	return false
}
