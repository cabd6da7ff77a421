package redis

import (
	"context"
	"fmt"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
)

// markQueuedScript: KEYS claim; ARGV claim value. Only a sending claim goes back to queued.
var markQueuedScript = goredis.NewScript(luaClaim + `
if claimState(KEYS[1]) ~= 'sending' then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'XX', 'KEEPTTL')
return 1
`)

// MarkQueued takes e's claim back from sending to queued: the platform answered the send with a
// failure, so the post is not in doubt while the worker waits to try it again.
func (s *Store) MarkQueued(ctx context.Context, e store.Entry) error {
	if err := checkChannel(e.Channel); err != nil {
		return err
	}
	keys := []string{s.claimKey(e.Channel, e.ArticleID)}
	if err := markQueuedScript.Run(ctx, s.rdb, keys, claimValue(store.StateQueued, time.Now(), "")).Err(); err != nil {
		return fmt.Errorf("redis: mark queued: %w", err)
	}
	return nil
}
