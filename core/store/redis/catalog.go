package redis

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
)

// The catalog's keys share the hash tag {catalog}, so a change and its version bump are one
// script in one cluster slot; the notification is a Pub/Sub message every replica hears.
func (s *Store) catalogKey(kind string) string { return s.prefix + "catalog:{catalog}:" + kind }
func (s *Store) catalogVersionKey() string     { return s.prefix + "catalog:{catalog}#version" }
func (s *Store) catalogTopic() string          { return s.prefix + "catalog" }

// putObjectScript: KEYS object hash, version; ARGV name, data, topic.
var putObjectScript = goredis.NewScript(`
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
local v = redis.call('INCR', KEYS[2])
redis.call('PUBLISH', ARGV[3], v)
return v
`)

// deleteObjectScript: KEYS object hash, version; ARGV name, topic. Returns {found, version}.
var deleteObjectScript = goredis.NewScript(`
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then
  return {0, tonumber(redis.call('GET', KEYS[2]) or '0')}
end
local v = redis.call('INCR', KEYS[2])
redis.call('PUBLISH', ARGV[2], v)
return {1, v}
`)

func checkObject(kind, name string) error {
	if kind == "" || name == "" || strings.ContainsAny(kind, "{}") {
		return errors.New("empty kind or name, or a kind holding a brace")
	}
	return nil
}

// PutObject creates or replaces an object, bumps the version and notifies every replica.
func (s *Store) PutObject(ctx context.Context, o store.Object) (int64, error) {
	if err := checkObject(o.Kind, o.Name); err != nil {
		return 0, fmt.Errorf("redis: put object: %w", err)
	}
	v, err := putObjectScript.Run(ctx, s.rdb, []string{s.catalogKey(o.Kind), s.catalogVersionKey()}, o.Name, o.Data, s.catalogTopic()).Int64()
	if err != nil {
		return 0, fmt.Errorf("redis: put object: %w", err)
	}
	return v, nil
}

// DeleteObject removes an object; the version moves (and replicas hear of it) only when it existed.
func (s *Store) DeleteObject(ctx context.Context, kind, name string) (bool, int64, error) {
	if err := checkObject(kind, name); err != nil {
		return false, 0, fmt.Errorf("redis: delete object: %w", err)
	}
	res, err := deleteObjectScript.Run(ctx, s.rdb, []string{s.catalogKey(kind), s.catalogVersionKey()}, name, s.catalogTopic()).Int64Slice()
	if err != nil || len(res) != 2 {
		return false, 0, fmt.Errorf("redis: delete object: %w", errors.Join(err, errors.New("unexpected reply")))
	}
	return res[0] == 1, res[1], nil
}

// Objects lists the objects of kind in name order.
func (s *Store) Objects(ctx context.Context, kind string) ([]store.Object, error) {
	m, err := s.rdb.HGetAll(ctx, s.catalogKey(kind)).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: objects: %w", err)
	}
	out := make([]store.Object, 0, len(m))
	for name, data := range m {
		out = append(out, store.Object{Kind: kind, Name: name, Data: []byte(data)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Object reads one object of the kind's hash.
func (s *Store) Object(ctx context.Context, kind, name string) (store.Object, bool, error) {
	data, err := s.rdb.HGet(ctx, s.catalogKey(kind), name).Result()
	if errors.Is(err, goredis.Nil) {
		return store.Object{}, false, nil
	}
	if err != nil {
		return store.Object{}, false, fmt.Errorf("redis: object: %w", err)
	}
	return store.Object{Kind: kind, Name: name, Data: []byte(data)}, true, nil
}

// CatalogVersion reads the version counter.
func (s *Store) CatalogVersion(ctx context.Context) (int64, error) {
	v, err := s.rdb.Get(ctx, s.catalogVersionKey()).Int64()
	if errors.Is(err, goredis.Nil) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("redis: catalog version: %w", err)
	}
	return v, nil
}

// WatchCatalog subscribes to the catalog's Pub/Sub topic. Pub/Sub is fire-and-forget (a
// message published while the connection is down is lost): readers also re-read the version
// now and then, so a missed message only delays a change.
func (s *Store) WatchCatalog(ctx context.Context) <-chan struct{} {
	out := make(chan struct{}, 1)
	ps := s.rdb.Subscribe(ctx, s.catalogTopic())
	// Wait for Redis to confirm the subscription, so a change published right after this
	// returns is heard rather than left to the periodic re-read. Failing that, the re-read
	// still catches every change.
	_, _ = ps.Receive(ctx)
	go func() {
		defer close(out)
		defer func() { _ = ps.Close() }()
		msgs := ps.Channel()
		for {
			select {
			case <-ctx.Done():
				return
			case _, ok := <-msgs:
				if !ok {
					return
				}
				select {
				case out <- struct{}{}:
				default: // one pending signal is enough: the reader re-reads everything
				}
			}
		}
	}()
	return out
}
