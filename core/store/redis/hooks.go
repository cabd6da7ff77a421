package redis

import (
	"context"
	"errors"
	"net"
	"sync/atomic"

	goredis "github.com/redis/go-redis/v9"
)

// closedGuard fails every command at once after Close: a cluster client would otherwise retry
// "client is closed" against each node until the context's deadline (seconds per call). On a
// cluster it also asks for the slot map again when a node cannot be reached: go-redis reloads
// it only on MOVED or once a minute, and a crashed master's replica takes over its slots
// without any MOVED reaching the clients that keep dialling the dead address.
type closedGuard struct {
	closed  *atomic.Bool
	cluster *goredis.ClusterClient // nil unless a cluster
}

// unreachable reloads the cluster's slot map after a network error (asynchronous, coalesced by go-redis).
func (g closedGuard) unreachable(ctx context.Context, err error) {
	var ne net.Error
	if g.cluster != nil && err != nil && errors.As(err, &ne) {
		g.cluster.ReloadState(ctx)
	}
}

// DialHook passes dials through: go-redis's Hook interface requires it, and a dial after
// Close never happens because every command is stopped before it needs a connection.
func (g closedGuard) DialHook(next goredis.DialHook) goredis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) { return next(ctx, network, addr) }
}

// ProcessHook stops single commands after Close and reloads the slot map after a network error.
func (g closedGuard) ProcessHook(next goredis.ProcessHook) goredis.ProcessHook {
	return func(ctx context.Context, cmd goredis.Cmder) error {
		if g.closed.Load() {
			cmd.SetErr(goredis.ErrClosed)
			return goredis.ErrClosed
		}
		err := next(ctx, cmd)
		g.unreachable(ctx, err)
		return err
	}
}

// ProcessPipelineHook does the same for pipelines and MULTI blocks, failing every command of
// the batch so no caller reads a result that was never fetched.
func (g closedGuard) ProcessPipelineHook(next goredis.ProcessPipelineHook) goredis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []goredis.Cmder) error {
		if g.closed.Load() {
			for _, c := range cmds {
				c.SetErr(goredis.ErrClosed)
			}
			return goredis.ErrClosed
		}
		err := next(ctx, cmds)
		g.unreachable(ctx, err)
		return err
	}
}
