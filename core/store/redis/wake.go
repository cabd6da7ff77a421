package redis

import (
	"context"
	"fmt"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// Wake-ups: whatever gives a channel's worker something to do — entries enqueued, a dead letter
// retried, a pause set or lifted — is published on one Pub/Sub channel (<prefix>wake) with the
// channel's name, so idle workers wait on one subscription per replica instead of each polling
// its outbox. In a cluster PUBLISH reaches every node's subscribers. Pub/Sub may drop messages
// (a reconnect, a failover): Listen then reports "" and every worker looks once.

func (s *Store) wakeKey() string { return s.prefix + "wake" }

// signal tells the replicas' workers of channel to look (best effort: their idle tick is the backstop).
func (s *Store) signal(ctx context.Context, channel string) {
	_ = s.rdb.Publish(ctx, s.wakeKey(), channel).Err()
}

// Listen calls fn with the name of every channel that has something new, and with "" whenever
// wake-ups may have been missed (subscribed or re-subscribed after a lost connection), until
// ctx ends (deliver.Signals).
func (s *Store) Listen(ctx context.Context, fn func(channel string)) error {
	ps := s.rdb.Subscribe(ctx, s.wakeKey())
	// Receive does not return when ctx ends; closing the subscription ends it.
	stop := context.AfterFunc(ctx, func() { _ = ps.Close() })
	defer func() {
		stop()
		_ = ps.Close()
	}()
	failing := false
	for {
		msg, err := ps.Receive(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			if !failing {
				failing = true
				fn("") // messages may be lost while the connection is away
			}
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(time.Second):
			}
			continue
		}
		switch m := msg.(type) {
		case *goredis.Subscription:
			failing = false
			fn("")
		case *goredis.Message:
			failing = false
			fn(m.Payload)
		case *goredis.Pong:
		default:
			return fmt.Errorf("redis: listen: unexpected %T", msg)
		}
	}
}
