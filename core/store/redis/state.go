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

// Seen checks article:<id> keys with one pipelined EXISTS each (cluster-safe, unlike a multi-key EXISTS).
func (s *Store) Seen(ctx context.Context, ids []string) ([]bool, error) {
	out := make([]bool, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	cmds := make([]*goredis.IntCmd, len(ids))
	_, err := s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for i, id := range ids {
			// Pipelined single-key EXISTS, not one EXISTS over all keys: on a Cluster the keys
			// hash to different slots and a multi-key command would be refused (CROSSSLOT).
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

// fmtTime stores a time as RFC 3339 text, not a number, so the hash stays readable with
// redis-cli; the zero time is stored empty.
func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

// parseTime reads what fmtTime wrote; a missing or garbled field reads as the zero time
// ("never"), so a damaged hash makes the source due now instead of failing it.
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

// AcquireLease takes lease:<name> with SET PX, or extends it for its owner.
func (s *Store) AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error) {
	if err := checkOwner(owner); err != nil {
		return false, fmt.Errorf("redis: acquire lease: %w", err)
	}
	n, err := acquireLeaseScript.Run(ctx, s.rdb, []string{s.leaseKey(name)}, owner, ms(ttl)).Int()
	if err != nil {
		return false, fmt.Errorf("redis: acquire lease: %w", err)
	}
	return n == 1, nil
}

// TakeLease takes lease:<name> when free, ours, or from's and idle for at least idle.
func (s *Store) TakeLease(ctx context.Context, name, owner, from string, idle, ttl time.Duration) (bool, error) {
	if err := checkOwner(owner); err != nil {
		return false, fmt.Errorf("redis: take lease: %w", err)
	}
	n, err := takeLeaseScript.Run(ctx, s.rdb, []string{s.leaseKey(name)}, owner, from, ms(idle), ms(ttl)).Int()
	if err != nil {
		return false, fmt.Errorf("redis: take lease: %w", err)
	}
	return n == 1, nil
}

// PeekLease reads lease:<name>: its owner, how long since it was renewed, and its TTL.
func (s *Store) PeekLease(ctx context.Context, name string) (store.Lease, bool, error) {
	v, err := peekLeaseScript.Run(ctx, s.rdb, []string{s.leaseKey(name)}).Slice()
	if errors.Is(err, goredis.Nil) {
		return store.Lease{}, false, nil
	}
	if err != nil {
		return store.Lease{}, false, fmt.Errorf("redis: peek lease: %w", err)
	}
	if len(v) != 3 {
		return store.Lease{}, false, fmt.Errorf("redis: peek lease: unexpected answer %v", v)
	}
	owner, _ := v[0].(string)
	age, _ := v[1].(int64)
	left, _ := v[2].(int64)
	return store.Lease{Owner: owner, Age: time.Duration(age) * time.Millisecond, Left: time.Duration(max(left, 0)) * time.Millisecond}, true, nil
}

// ReleaseLease deletes lease:<name> if owner holds it.
func (s *Store) ReleaseLease(ctx context.Context, name, owner string) error {
	if err := releaseLeaseScript.Run(ctx, s.rdb, []string{s.leaseKey(name)}, owner).Err(); err != nil {
		return fmt.Errorf("redis: release lease: %w", err)
	}
	return nil
}

// checkOwner refuses owners the lease scripts cannot store: the lease value is the owner, a
// newline and the renewal time in milliseconds, so an owner holding a newline would be
// misread as another owner.
func checkOwner(owner string) error {
	if owner == "" || strings.ContainsRune(owner, '\n') {
		return fmt.Errorf("lease owner %q is empty or holds a newline", owner)
	}
	return nil
}

// SetPaused pauses (keeping a pause already in place) or resumes.
func (s *Store) SetPaused(ctx context.Context, kind, name string, paused bool) error {
	if paused {
		return s.PauseBecause(ctx, kind, name, "")
	}
	if err := checkKind(kind); err != nil {
		return err
	}
	if err := s.rdb.Del(ctx, s.pausedKey(kind, name)).Err(); err != nil {
		return fmt.Errorf("redis: set paused: %w", err)
	}
	// A resumed channel's workers may be idle for minutes (their backstop tick): the wake-up
	// lets them send at once.
	if kind == "channel" {
		s.signal(ctx, name)
	}
	return nil
}

// PauseBecause writes paused:<kind>:<name> (JSON: since, reason) unless it exists.
func (s *Store) PauseBecause(ctx context.Context, kind, name, reason string) error {
	if err := checkKind(kind); err != nil {
		return err
	}
	v, err := store.EncodePause(store.Pause{Since: time.Now(), Reason: reason})
	if err != nil {
		return fmt.Errorf("redis: pause: %w", err)
	}
	// SETNX keeps the first pause and its reason: when a refused token pauses a channel an
	// editor had already paused, the status still shows why and since when it first stopped.
	// No TTL: a pause lasts until someone resumes.
	if err := s.rdb.SetNX(ctx, s.pausedKey(kind, name), v, 0).Err(); err != nil {
		return fmt.Errorf("redis: pause: %w", err)
	}
	if kind == "channel" {
		s.signal(ctx, name)
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

// PauseInfo reads paused:<kind>:<name>.
func (s *Store) PauseInfo(ctx context.Context, kind, name string) (store.Pause, bool, error) {
	if err := checkKind(kind); err != nil {
		return store.Pause{}, false, err
	}
	v, err := s.rdb.Get(ctx, s.pausedKey(kind, name)).Bytes()
	if errors.Is(err, goredis.Nil) {
		return store.Pause{}, false, nil
	}
	if err != nil {
		return store.Pause{}, false, fmt.Errorf("redis: pause info: %w", err)
	}
	return store.DecodePause(v), true, nil
}
