package gateway

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// gatewayConn serializes writes: the reader and the heartbeat goroutine both send.
type gatewayConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
}

func (c *gatewayConn) send(op int, d any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return c.ws.WriteJSON(map[string]any{"op": op, "d": d})
}

func (c *gatewayConn) close(code int) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, ""), time.Now().Add(time.Second))
	_ = c.ws.Close()
}

// heartbeat beats every interval (the first after a random fraction of it, as Discord asks);
// a beat whose predecessor was never acknowledged closes the zombie connection.
func (b *Client) heartbeat(ctx context.Context, c *gatewayConn, s *gatewaySession, interval time.Duration, acked *atomic.Bool) {
	wait := time.Duration(rand.Float64() * float64(interval))
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = interval
		if !acked.Swap(false) {
			b.Log.Warn("discord gateway: heartbeat not acknowledged, reconnecting")
			c.close(closeZombie)
			return
		}
		if err := c.send(opHeartbeat, seqOrNil(s)); err != nil {
			return
		}
	}
}

func seqOrNil(s *gatewaySession) any {
	if n := s.seq.Load(); n > 0 {
		return n
	}
	return nil
}

// closeReason turns a read error into the reconnect decision: fatal close codes end Run, and
// 4007 (invalid seq) and 4009 (session timed out) need a fresh IDENTIFY instead of RESUME.
func closeReason(err error, s *gatewaySession) error {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		if text, ok := fatalCloseCodes[ce.Code]; ok {
			return &fatalCloseError{code: ce.Code, text: text}
		}
		if ce.Code == 4007 || ce.Code == 4009 {
			s.reset()
		}
	}
	return fmt.Errorf("discord: gateway read: %w", err)
}
