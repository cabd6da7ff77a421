package redis

import (
	"context"
	"net"
	"sync/atomic"

	goredis "github.com/redis/go-redis/v9"
)

// closedGuard fails every command at once after Close. A cluster client would otherwise retry
// "client is closed" against each node until the context's deadline (seconds per call).
type closedGuard struct{ closed *atomic.Bool }

func (g closedGuard) DialHook(next goredis.DialHook) goredis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) { return next(ctx, network, addr) }
}

func (g closedGuard) ProcessHook(next goredis.ProcessHook) goredis.ProcessHook {
	return func(ctx context.Context, cmd goredis.Cmder) error {
		if g.closed.Load() {
			cmd.SetErr(goredis.ErrClosed)
			return goredis.ErrClosed
		}
		return next(ctx, cmd)
	}
}

func (g closedGuard) ProcessPipelineHook(next goredis.ProcessPipelineHook) goredis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []goredis.Cmder) error {
		if g.closed.Load() {
			for _, c := range cmds {
				c.SetErr(goredis.ErrClosed)
			}
			return goredis.ErrClosed
		}
		return next(ctx, cmds)
	}
}
