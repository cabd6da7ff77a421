package redis

import (
	"context"
	"fmt"

	goredis "github.com/redis/go-redis/v9"
)

// Purge deletes every key under the store's prefix: a test's or a benchmark's namespace when
// it is done, or a deployment being reset on purpose. It scans every master of a cluster.
func (s *Store) Purge(ctx context.Context) error {
	purge := func(ctx context.Context, c goredis.UniversalClient) error {
		iter := c.Scan(ctx, 0, s.prefix+"*", 1000).Iterator()
		var keys []string
		for iter.Next(ctx) {
			if keys = append(keys, iter.Val()); len(keys) == 1000 {
				if err := del(ctx, c, keys); err != nil {
					return err
				}
				keys = keys[:0]
			}
		}
		if err := iter.Err(); err != nil {
			return err
		}
		return del(ctx, c, keys)
	}
	var err error
	if cc, ok := s.rdb.(*goredis.ClusterClient); ok {
		err = cc.ForEachMaster(ctx, func(ctx context.Context, c *goredis.Client) error { return purge(ctx, c) })
	} else {
		err = purge(ctx, s.rdb)
	}
	if err != nil {
		return fmt.Errorf("redis: purge: %w", err)
	}
	return nil
}

// del removes keys one by one: in a cluster they live in different slots, which one DEL of
// several keys refuses; pipelined, so it is still one round trip per batch.
func del(ctx context.Context, c goredis.UniversalClient, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	pipe := c.Pipeline()
	for _, k := range keys {
		pipe.Del(ctx, k)
	}
	_, err := pipe.Exec(ctx)
	return err
}
