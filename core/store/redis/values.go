package redis

import (
	"context"
	"errors"
	"fmt"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
)

func (s *Store) valueKey(key string) string { return s.prefix + "kv:" + key }

// PutValue stores value under key with a TTL (SET PX).
func (s *Store) PutValue(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	if key == "" || ttl <= 0 {
		return errors.New("redis: put value: empty key or no ttl")
	}
	if err := s.rdb.Set(ctx, s.valueKey(key), value, ttl).Err(); err != nil {
		return fmt.Errorf("redis: put value: %w", err)
	}
	return nil
}

// GetValue reads a value; store.ErrNotFound when absent or expired.
func (s *Store) GetValue(ctx context.Context, key string) ([]byte, error) {
	v, err := s.rdb.Get(ctx, s.valueKey(key)).Bytes()
	if errors.Is(err, goredis.Nil) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("redis: get value: %w", err)
	}
	return v, nil
}

// DeleteValue removes a value.
func (s *Store) DeleteValue(ctx context.Context, key string) error {
	if err := s.rdb.Del(ctx, s.valueKey(key)).Err(); err != nil {
		return fmt.Errorf("redis: delete value: %w", err)
	}
	return nil
}
