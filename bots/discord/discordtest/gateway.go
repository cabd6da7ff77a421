package discordtest

import (
	"encoding/json"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway opcodes and close codes from Discord's documentation.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opResume         = 6
	opReconnect      = 7
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatAck   = 11

	closeUnknownOpcode    = 4001
	closeDecodeError      = 4002
	closeNotAuthenticated = 4003
	closeAuthFailed       = 4004
	closeInvalidVersion   = 4012
)

// GatewayStats is what the fake gateway saw.
type GatewayStats struct {
	Connections int   // websocket connections accepted so far
	Ready       int   // connections currently identified or resumed
	Identifies  int   // IDENTIFY payloads accepted
	Resumes     int   // RESUME payloads accepted
	Heartbeats  int   // heartbeats acknowledged
	Intents     int64 // intents of the last IDENTIFY
	ResumeSeq   int64 // seq of the last accepted RESUME
}

type gatewayState struct {
	stats    GatewayStats
	sessions map[string]*gwSession
	conns    map[*gwConn]bool
}

type gwSession struct {
	id  string
	seq int64
}

type gwConn struct {
	ws      *websocket.Conn
	wmu     sync.Mutex
	session *gwSession // set once identified or resumed
}

func (c *gwConn) send(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.ws.WriteJSON(v)
}

func (c *gwConn) close(code int, text string) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	_ = c.ws.Close()
}

// GatewayStats reports the gateway's counters.
func (a *App) GatewayStats() GatewayStats {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.gw.stats
}

// Dispatch sends it as an INTERACTION_CREATE event to every identified gateway connection.
func (a *App) Dispatch(it Interaction) error {
	return a.broadcast(func(c *gwConn) any {
		c.session.seq++
		return map[string]any{"op": opDispatch, "t": "INTERACTION_CREATE", "s": c.session.seq, "d": json.RawMessage(it.Body)}
	})
}

// Reconnect asks every identified connection to reconnect (opcode 7), as Discord does before
// moving a session; a well-behaved client then resumes.
func (a *App) Reconnect() error {
	return a.broadcast(func(*gwConn) any { return map[string]any{"op": opReconnect, "d": nil} })
}

func (a *App) broadcast(msg func(*gwConn) any) error {
	a.mu.Lock()
	var out []*gwConn
	var payloads []any
	for c := range a.gw.conns {
		if c.session != nil {
			out = append(out, c)
			payloads = append(payloads, msg(c))
		}
	}
	a.mu.Unlock()
	if len(out) == 0 {
		return errors.New("discordtest: no identified gateway connection")
	}
	var errs []error
	for i, c := range out {
		errs = append(errs, c.send(payloads[i]))
	}
	return errors.Join(errs...)
}

func (a *App) closeGateway() {
	a.mu.Lock()
	conns := a.gw.conns
	a.gw.conns = nil
	a.mu.Unlock()
	for c := range conns {
		c.close(websocket.CloseGoingAway, "server shutting down")
	}
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway speaks Discord's gateway protocol (JSON encoding, no compression) on one connection.
func (a *App) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	a.mu.Lock()
	if a.gw.conns == nil {
		a.gw.conns = map[*gwConn]bool{}
	}
	a.gw.conns[c] = true
	a.gw.stats.Connections++
	a.touch()
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		if c.session != nil {
			a.gw.stats.Ready--
		}
		delete(a.gw.conns, c)
		a.touch()
		a.mu.Unlock()
		_ = ws.Close()
	}()
	if q := r.URL.Query(); q.Get("v") != "10" || q.Get("encoding") != "json" {
		c.close(closeInvalidVersion, "Invalid API version.")
		return
	}
	if c.send(map[string]any{"op": opHello, "d": map[string]any{"heartbeat_interval": a.opts.HeartbeatInterval.Milliseconds()}}) != nil {
		return
	}
	for {
		var in struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := ws.ReadJSON(&in); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				c.close(closeDecodeError, "Error while decoding payload.")
			}
			return
		}
		if !a.gatewayOp(c, in.Op, in.D) {
			return
		}
	}
}

// gatewayOp handles one client payload; false ends the connection.
func (a *App) gatewayOp(c *gwConn, op int, d json.RawMessage) bool {
	var in struct {
		Token     string `json:"token"`
		Intents   *int64 `json:"intents"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	_ = json.Unmarshal(d, &in)
	a.mu.Lock()
	defer a.mu.Unlock()
	defer a.touch()
	switch {
	case op == opHeartbeat:
		a.gw.stats.Heartbeats++
		return c.send(map[string]any{"op": opHeartbeatAck}) == nil
	case op == opIdentify && c.session == nil:
		if in.Token != a.Token || in.Intents == nil {
			c.close(closeAuthFailed, "Authentication failed.")
			return false
		}
		a.Fake.mu.Lock()
		s := &gwSession{id: "session-" + a.Fake.newID()}
		a.Fake.mu.Unlock()
		a.gw.sessions[s.id], c.session = s, s
		a.gw.stats.Identifies++
		a.gw.stats.Ready++
		a.gw.stats.Intents = *in.Intents
		s.seq++
		return c.send(map[string]any{"op": opDispatch, "t": "READY", "s": s.seq, "d": map[string]any{
			"v": 10, "session_id": s.id, "resume_gateway_url": a.GatewayURL, "guilds": []any{},
			"user":        map[string]any{"id": a.ID, "username": "paperboy", "bot": true},
			"application": map[string]any{"id": a.ID, "flags": 0}}}) == nil
	case op == opResume && c.session == nil:
		s := a.gw.sessions[in.SessionID]
		if in.Token != a.Token || s == nil || in.Seq > s.seq {
			return c.send(map[string]any{"op": opInvalidSession, "d": false}) == nil
		}
		c.session = s
		a.gw.stats.Resumes++
		a.gw.stats.Ready++
		a.gw.stats.ResumeSeq = in.Seq
		s.seq++
		return c.send(map[string]any{"op": opDispatch, "t": "RESUMED", "s": s.seq, "d": nil}) == nil
	case c.session == nil:
		c.close(closeNotAuthenticated, "Not authenticated.")
		return false
	default:
		c.close(closeUnknownOpcode, "Unknown opcode.")
		return false
	}
}
