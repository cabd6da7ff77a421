package redis

import (
	"context"
	"fmt"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// The replica list is one sorted set scored by each member's expiry (unix ms): a heartbeat is
// one script call that adds the member, drops the expired ones and returns the rest.
func (s *Store) membersKey() string { return s.prefix + "members" }

// heartbeatScript: KEYS members; ARGV now ms, expiry ms, id.
var heartbeatScript = goredis.NewScript(`
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('PEXPIRE', KEYS[1], 86400000)
return redis.call('ZRANGE', KEYS[1], 0, -1)
`)

// Heartbeat records id as a live replica for ttl and returns the live replicas (shard.Membership).
func (s *Store) Heartbeat(ctx context.Context, id string, ttl time.Duration) ([]string, error) {
	now := time.Now()
	got, err := heartbeatScript.Run(ctx, s.rdb, []string{s.membersKey()},
		strconv.FormatInt(now.UnixMilli(), 10), strconv.FormatInt(now.Add(ttl).UnixMilli(), 10), id).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("redis: heartbeat: %w", err)
	}
	return got, nil
}

// Leave removes id from the live replicas (shard.Membership).
func (s *Store) Leave(ctx context.Context, id string) error {
	if err := s.rdb.ZRem(ctx, s.membersKey(), id).Err(); err != nil {
		return fmt.Errorf("redis: leave: %w", err)
	}
	return nil
}
