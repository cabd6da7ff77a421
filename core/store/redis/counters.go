package redis

import (
	"context"
	"fmt"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
)

// countScript: KEYS count; ARGV window ms, limit (<= 0: none). It returns {count, added}. The
// window is set with the first count only, so it stays fixed; a count found without one (never
// written by this script) gets it now rather than living for ever. One key, so one cluster slot.
var countScript = goredis.NewScript(`
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
local limit = tonumber(ARGV[2])
if limit > 0 and n >= limit then return {n, 0} end
n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, 1}
`)

func (s *Store) countKey(key string) string { return s.prefix + "count:" + key }

// CountIn adds one to key's count in its window unless limit is reached (one script: GET, INCR,
// PEXPIRE on the first count).
func (s *Store) CountIn(ctx context.Context, key string, window time.Duration, limit int) (int64, bool, error) {
	if err := store.CheckCount(key, window); err != nil {
		return 0, false, err
	}
	res, err := countScript.Run(ctx, s.rdb, []string{s.countKey(key)}, ms(window), limit).Int64Slice()
	if err != nil {
		return 0, false, fmt.Errorf("redis: count: %w", err)
	}
	if len(res) != 2 {
		return 0, false, fmt.Errorf("redis: count: unexpected reply %v", res)
	}
	return res[0], res[1] == 1, nil
}
