package redis

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
)

func checkJob(j store.Job) error {
	if err := checkChannel(j.Channel); err != nil {
		return err
	}
	if j.ArticleID == "" {
		return errors.New("redis: enqueue: empty article id")
	}
	return nil
}

// enqueueArgs returns the keys and arguments of enqueueScript for j.
func (s *Store) enqueueArgs(j store.Job, now time.Time) ([]string, []any) {
	ttl := j.TTL
	if ttl <= 0 {
		ttl = s.claimTTL
	}
	keys := []string{s.claimKey(j.Channel, j.ArticleID), s.outboxKey(j.Channel)}
	if j.Fingerprint != "" {
		keys = append(keys, s.fpKey(j.Channel, j.Fingerprint))
	}
	fpTTL := j.FingerprintTTL
	if fpTTL <= 0 {
		fpTTL = ttl
	}
	args := []any{claimValue(store.StateQueued, now, ""), ms(ttl), j.ArticleID, j.Key, j.Payload, now.UnixMilli(), ms(fpTTL)}
	return keys, args
}

// Enqueue claims the job and appends it to its channel's outbox in one script.
func (s *Store) Enqueue(ctx context.Context, j store.Job) (bool, error) {
	if err := checkJob(j); err != nil {
		return false, err
	}
	keys, args := s.enqueueArgs(j, time.Now())
	n, err := enqueueScript.Run(ctx, s.rdb, keys, args...).Int()
	if err != nil {
		return false, fmt.Errorf("redis: enqueue: %w", err)
	}
	if n == 1 {
		s.signal(ctx, j.Channel)
	}
	return n == 1, nil
}

// EnqueueMany claims and enqueues jobs in batched script calls (see enqueueBatch): one round
// trip for a whole poll's worth of (article, channel) pairs, each pair still atomic.
func (s *Store) EnqueueMany(ctx context.Context, jobs []store.Job) ([]bool, error) {
	for _, j := range jobs {
		if err := checkJob(j); err != nil {
			return nil, err
		}
	}
	if len(jobs) == 0 {
		return []bool{}, nil
	}
	return s.enqueueBatch(ctx, jobs)
}

// ensureGroup creates the consumer group at the start of the stream, so entries added before
// the first reader are still delivered.
func (s *Store) ensureGroup(ctx context.Context, key string) error {
	err := s.rdb.XGroupCreateMkStream(ctx, key, group, "0").Err()
	if err != nil && !goredis.HasErrorPrefix(err, "BUSYGROUP") {
		return err
	}
	return nil
}

func isNoGroup(err error) bool { return err != nil && goredis.HasErrorPrefix(err, "NOGROUP") }

// maxBlockSlice bounds one XREADGROUP BLOCK, because go-redis does not abandon a blocked read
// when ctx is cancelled; ctx is checked between slices.
const maxBlockSlice = time.Second

// Read returns unread entries with XREADGROUP ">", blocking up to block for the first one.
func (s *Store) Read(ctx context.Context, channel, consumer string, max int, block time.Duration) ([]store.Entry, error) {
	if err := checkChannel(channel); err != nil {
		return nil, err
	}
	if max <= 0 {
		return nil, nil
	}
	key := s.outboxKey(channel)
	deadline := time.Now().Add(block)
	for {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("redis: read: %w", err)
		}
		slice := time.Duration(-1) // go-redis: negative = no BLOCK argument
		if left := time.Until(deadline); block > 0 && left >= time.Millisecond {
			slice = min(left, maxBlockSlice)
		}
		args := &goredis.XReadGroupArgs{Group: group, Consumer: consumer, Streams: []string{key, ">"}, Count: int64(max), Block: slice}
		res, err := s.rdb.XReadGroup(ctx, args).Result()
		if isNoGroup(err) {
			if err = s.ensureGroup(ctx, key); err == nil {
				continue
			}
		}
		if err != nil && !errors.Is(err, goredis.Nil) {
			if cerr := ctx.Err(); cerr != nil {
				err = cerr
			}
			return nil, fmt.Errorf("redis: read: %w", err)
		}
		if len(res) > 0 && len(res[0].Messages) > 0 {
			return toEntries(channel, res[0].Messages), nil
		}
		if slice < 0 {
			return nil, nil
		}
	}
}

// Reclaim moves entries idle at least minIdle to consumer with XAUTOCLAIM.
func (s *Store) Reclaim(ctx context.Context, channel, consumer string, minIdle time.Duration, max int) ([]store.Entry, error) {
	if err := checkChannel(channel); err != nil {
		return nil, err
	}
	key := s.outboxKey(channel)
	var out []store.Entry
	start := "0-0"
	for len(out) < max {
		msgs, next, err := s.rdb.XAutoClaim(ctx, &goredis.XAutoClaimArgs{
			Stream: key, Group: group, Consumer: consumer, MinIdle: minIdle, Start: start, Count: int64(max - len(out)),
		}).Result()
		if isNoGroup(err) || errors.Is(err, goredis.Nil) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("redis: reclaim: %w", err)
		}
		out = append(out, toEntries(channel, msgs)...)
		if next == "0-0" || next == "" {
			break
		}
		start = next
	}
	return out, nil
}

func toEntries(channel string, msgs []goredis.XMessage) []store.Entry {
	out := make([]store.Entry, 0, len(msgs))
	for _, m := range msgs {
		if m.Values == nil { // deleted while pending
			continue
		}
		str := func(k string) string { v, _ := m.Values[k].(string); return v }
		n, _ := strconv.Atoi(str("n"))
		t, _ := strconv.ParseInt(str("t"), 10, 64)
		out = append(out, store.Entry{
			ID: m.ID, Channel: channel, ArticleID: str("a"), Key: str("k"), Payload: []byte(str("p")),
			Attempt: n, Enqueued: time.UnixMilli(t), LastError: str("e"),
		})
	}
	return out
}

// Pending is XLEN of the outbox (acknowledged entries are deleted) plus ZCARD of the schedule.
func (s *Store) Pending(ctx context.Context, channel string) (int64, error) {
	if err := checkChannel(channel); err != nil {
		return 0, err
	}
	var xlen, zcard *goredis.IntCmd
	_, err := s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		xlen = p.XLen(ctx, s.outboxKey(channel))
		zcard = p.ZCard(ctx, s.retryKey(channel))
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("redis: pending: %w", err)
	}
	return xlen.Val() + zcard.Val(), nil
}

// MarkSending sets the claim to sending, keeping its TTL.
func (s *Store) MarkSending(ctx context.Context, e store.Entry) error {
	if err := checkChannel(e.Channel); err != nil {
		return err
	}
	keys := []string{s.claimKey(e.Channel, e.ArticleID)}
	if err := markSendingScript.Run(ctx, s.rdb, keys, claimValue(store.StateSending, time.Now(), "")).Err(); err != nil {
		return fmt.Errorf("redis: mark sending: %w", err)
	}
	return nil
}

// Ack records the claim as sent and acknowledges and deletes the entry in one script.
func (s *Store) Ack(ctx context.Context, e store.Entry, remoteID string) error {
	if err := checkChannel(e.Channel); err != nil {
		return err
	}
	keys := []string{s.claimKey(e.Channel, e.ArticleID), s.outboxKey(e.Channel)}
	err := ackScript.Run(ctx, s.rdb, keys, e.ID, claimValue(store.StateSent, time.Now(), remoteID), ms(s.claimTTL)).Err()
	if err != nil {
		return fmt.Errorf("redis: ack: %w", err)
	}
	return nil
}

// Retry acknowledges and deletes the entry and schedules it at due in one script.
func (s *Store) Retry(ctx context.Context, e store.Entry, due time.Time, lastErr string) error {
	if err := checkChannel(e.Channel); err != nil {
		return err
	}
	keys := []string{s.claimKey(e.Channel, e.ArticleID), s.outboxKey(e.Channel), s.retryKey(e.Channel)}
	err := retryScript.Run(ctx, s.rdb, keys, e.ID, dueMs(due), e.ArticleID, e.Key, e.Payload,
		e.Attempt+1, e.Enqueued.UnixMilli(), lastErr, claimValue(store.StateQueued, time.Now(), ""), ms(s.claimTTL)).Err()
	if err != nil {
		return fmt.Errorf("redis: retry: %w", err)
	}
	return nil
}

// PromoteDue moves due retries back into the outbox in one script.
func (s *Store) PromoteDue(ctx context.Context, channel string, now time.Time, max int) (int, error) {
	if err := checkChannel(channel); err != nil {
		return 0, err
	}
	if max <= 0 {
		return 0, nil
	}
	keys := []string{s.retryKey(channel), s.outboxKey(channel)}
	n, err := promoteScript.Run(ctx, s.rdb, keys, now.UnixMilli(), max).Int()
	if err != nil {
		return 0, fmt.Errorf("redis: promote due: %w", err)
	}
	return n, nil
}

// NextDue returns the lowest score of the retry schedule.
func (s *Store) NextDue(ctx context.Context, channel string) (time.Time, error) {
	if err := checkChannel(channel); err != nil {
		return time.Time{}, err
	}
	zs, err := s.rdb.ZRangeWithScores(ctx, s.retryKey(channel), 0, 0).Result()
	if err != nil {
		return time.Time{}, fmt.Errorf("redis: next due: %w", err)
	}
	if len(zs) == 0 {
		return time.Time{}, nil
	}
	return time.UnixMilli(int64(zs[0].Score)), nil
}

// parseStreamID reports whether id looks like a stream id ("ms-seq"), so user-typed dead-letter
// ids are refused as not found rather than as a server syntax error.
func parseStreamID(id string) bool {
	a, b, ok := strings.Cut(id, "-")
	if !ok {
		return false
	}
	_, e1 := strconv.ParseUint(a, 10, 64)
	_, e2 := strconv.ParseUint(b, 10, 64)
	return e1 == nil && e2 == nil
}
