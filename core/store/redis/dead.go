package redis

import (
	"context"
	"fmt"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
)

// The dead-letter stream is one global key, so in a cluster it lives in another slot than the
// channel's claim and outbox, and no single script or MULTI may touch both. Dead and DeadRetry
// therefore take two steps, ordered so a crash between them loses nothing and a repeat is harmless:
//   - Dead appends the dead letter first, then runs the channel script (ack, delete, claim dead).
//     A crash in between leaves the entry pending, so it is reclaimed and tried again; the extra
//     letter is recognised by DeadRetry (claim not dead) and can be dropped. When the script finds
//     the entry already handled by another worker, the letter is withdrawn at once.
//   - DeadRetry re-queues with the channel script only while the claim is still dead, then deletes
//     the letter. A crash in between leaves a letter whose retry is a no-op that just removes it.

// Dead appends e to the dead-letter stream and retires it from the outbox with its claim dead.
func (s *Store) Dead(ctx context.Context, e store.Entry, reason string) error {
	if err := checkChannel(e.Channel); err != nil {
		return err
	}
	now := time.Now()
	id, err := s.rdb.XAdd(ctx, &goredis.XAddArgs{Stream: s.deadKey(), Values: []any{
		"c", e.Channel, "i", e.ID, "a", e.ArticleID, "k", e.Key, "p", e.Payload, "n", e.Attempt,
		"t", e.Enqueued.UnixMilli(), "e", e.LastError, "r", reason, "d", now.UnixMilli(),
	}}).Result()
	if err != nil {
		return fmt.Errorf("redis: dead: %w", err)
	}
	keys := []string{s.claimKey(e.Channel, e.ArticleID), s.outboxKey(e.Channel)}
	n, err := deadScript.Run(ctx, s.rdb, keys, e.ID, claimValue(store.StateDead, now, ""), ms(s.claimTTL)).Int()
	if err != nil {
		return fmt.Errorf("redis: dead: %w", err)
	}
	if n == 0 {
		if err := s.rdb.XDel(ctx, s.deadKey(), id).Err(); err != nil {
			return fmt.Errorf("redis: dead: withdraw letter: %w", err)
		}
	}
	return nil
}

// DeadList reads the oldest dead letters with XRANGE.
func (s *Store) DeadList(ctx context.Context, max int) ([]store.DeadLetter, error) {
	if max <= 0 {
		if err := s.rdb.Ping(ctx).Err(); err != nil {
			return nil, fmt.Errorf("redis: dead list: %w", err)
		}
		return nil, nil
	}
	msgs, err := s.rdb.XRangeN(ctx, s.deadKey(), "-", "+", int64(max)).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: dead list: %w", err)
	}
	out := make([]store.DeadLetter, 0, len(msgs))
	for _, m := range msgs {
		out = append(out, toDeadLetter(m))
	}
	return out, nil
}

func toDeadLetter(m goredis.XMessage) store.DeadLetter {
	str := func(k string) string { v, _ := m.Values[k].(string); return v }
	num := func(k string) int64 { n, _ := strconv.ParseInt(str(k), 10, 64); return n }
	return store.DeadLetter{
		ID: m.ID,
		Entry: store.Entry{
			ID: str("i"), Channel: str("c"), ArticleID: str("a"), Key: str("k"), Payload: []byte(str("p")),
			Attempt: int(num("n")), Enqueued: time.UnixMilli(num("t")), LastError: str("e"),
		},
		Reason: str("r"),
		At:     time.UnixMilli(num("d")),
	}
}

// readDead returns the dead letter id, or store.ErrNotFound.
func (s *Store) readDead(ctx context.Context, id string) (store.DeadLetter, error) {
	if !parseStreamID(id) {
		return store.DeadLetter{}, store.ErrNotFound
	}
	msgs, err := s.rdb.XRange(ctx, s.deadKey(), id, id).Result()
	if err != nil {
		return store.DeadLetter{}, err
	}
	if len(msgs) == 0 {
		return store.DeadLetter{}, store.ErrNotFound
	}
	return toDeadLetter(msgs[0]), nil
}

// DeadRetry puts a dead letter back into its channel's outbox with Attempt 0 and deletes the letter.
func (s *Store) DeadRetry(ctx context.Context, id string) error {
	dl, err := s.readDead(ctx, id)
	if err != nil {
		return fmt.Errorf("redis: dead retry: %w", err)
	}
	e := dl.Entry
	if err := checkChannel(e.Channel); err != nil {
		return err
	}
	keys := []string{s.claimKey(e.Channel, e.ArticleID), s.outboxKey(e.Channel)}
	err = deadRetryScript.Run(ctx, s.rdb, keys, e.ArticleID, e.Key, e.Payload, e.Enqueued.UnixMilli(), dl.Reason,
		claimValue(store.StateQueued, time.Now(), ""), ms(s.claimTTL)).Err()
	if err != nil {
		return fmt.Errorf("redis: dead retry: %w", err)
	}
	s.signal(ctx, e.Channel)
	if err := s.rdb.XDel(ctx, s.deadKey(), id).Err(); err != nil {
		return fmt.Errorf("redis: dead retry: %w", err)
	}
	return nil
}

// DeadDrop deletes a dead letter; the claim stays dead.
func (s *Store) DeadDrop(ctx context.Context, id string) error {
	if !parseStreamID(id) {
		return fmt.Errorf("redis: dead drop: %w", store.ErrNotFound)
	}
	n, err := s.rdb.XDel(ctx, s.deadKey(), id).Result()
	if err != nil {
		return fmt.Errorf("redis: dead drop: %w", err)
	}
	if n == 0 {
		return fmt.Errorf("redis: dead drop: %w", store.ErrNotFound)
	}
	return nil
}
