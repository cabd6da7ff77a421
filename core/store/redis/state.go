package redis

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
)

// Seen checks article:<id> keys with one pipelined EXISTS each (cluster-safe, unlike a multi-key EXISTS).
func (s *Store) Seen(ctx context.Context, ids []string) ([]bool, error) {
	out := make([]bool, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	cmds := make([]*goredis.IntCmd, len(ids))
	_, err := s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for i, id := range ids {
			cmds[i] = p.Exists(ctx, s.articleKey(id))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("redis: seen: %w", err)
	}
	for i, c := range cmds {
		out[i] = c.Val() == 1
	}
	return out, nil
}

// MarkSeen writes article:<id> hashes with a TTL in one pipeline.
func (s *Store) MarkSeen(ctx context.Context, ids []string, ttl time.Duration) error {
	if len(ids) == 0 {
		return nil
	}
	if ttl <= 0 {
		ttl = s.claimTTL
	}
	now := time.Now().UnixMilli()
	_, err := s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for _, id := range ids {
			p.HSet(ctx, s.articleKey(id), "seen", now)
			p.PExpire(ctx, s.articleKey(id), ttl)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("redis: mark seen: %w", err)
	}
	return nil
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func parseTime(v string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return time.Time{}
	}
	return t
}

// SourceState reads the source:<name> hash.
func (s *Store) SourceState(ctx context.Context, name string) (store.SourceState, error) {
	h, err := s.rdb.HGetAll(ctx, s.sourceKey(name)).Result()
	if err != nil {
		return store.SourceState{}, fmt.Errorf("redis: source state: %w", err)
	}
	failures, _ := strconv.Atoi(h["failures"])
	return store.SourceState{
		ETag:         h["etag"],
		LastModified: h["last_modified"],
		LastPoll:     parseTime(h["last_poll"]),
		NextPoll:     parseTime(h["next_poll"]),
		Failures:     failures,
		LastError:    h["last_error"],
		Seeded:       h["seeded"] == "1",
	}, nil
}

// SaveSourceState writes every field of the source:<name> hash in one HSET, so no stale field survives.
func (s *Store) SaveSourceState(ctx context.Context, name string, st store.SourceState) error {
	seeded := "0"
	if st.Seeded {
		seeded = "1"
	}
	err := s.rdb.HSet(ctx, s.sourceKey(name),
		"etag", st.ETag, "last_modified", st.LastModified, "last_poll", fmtTime(st.LastPoll),
		"next_poll", fmtTime(st.NextPoll), "failures", st.Failures, "last_error", st.LastError, "seeded", seeded,
	).Err()
	if err != nil {
		return fmt.Errorf("redis: save source state: %w", err)
	}
	return nil
}

// AcquireLease takes lease:<name> with SET NX PX, or extends it for its owner.
func (s *Store) AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error) {
	if owner == "" {
		return false, errors.New("redis: acquire lease: empty owner")
	}
	n, err := acquireLeaseScript.Run(ctx, s.rdb, []string{s.leaseKey(name)}, owner, ms(ttl)).Int()
	if err != nil {
		return false, fmt.Errorf("redis: acquire lease: %w", err)
	}
	return n == 1, nil
}

// ReleaseLease deletes lease:<name> if owner holds it.
func (s *Store) ReleaseLease(ctx context.Context, name, owner string) error {
	if err := releaseLeaseScript.Run(ctx, s.rdb, []string{s.leaseKey(name)}, owner).Err(); err != nil {
		return fmt.Errorf("redis: release lease: %w", err)
	}
	return nil
}

// SetPaused sets or deletes paused:<kind>:<name>.
func (s *Store) SetPaused(ctx context.Context, kind, name string, paused bool) error {
	if err := checkKind(kind); err != nil {
		return err
	}
	var err error
	if paused {
		err = s.rdb.Set(ctx, s.pausedKey(kind, name), "1", 0).Err()
	} else {
		err = s.rdb.Del(ctx, s.pausedKey(kind, name)).Err()
	}
	if err != nil {
		return fmt.Errorf("redis: set paused: %w", err)
	}
	return nil
}

// Paused reports whether paused:<kind>:<name> exists.
func (s *Store) Paused(ctx context.Context, kind, name string) (bool, error) {
	if err := checkKind(kind); err != nil {
		return false, err
	}
	n, err := s.rdb.Exists(ctx, s.pausedKey(kind, name)).Result()
	if err != nil {
		return false, fmt.Errorf("redis: paused: %w", err)
	}
	return n == 1, nil
}
