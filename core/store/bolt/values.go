package bolt

import (
	"context"
	"errors"
	"time"

	"go.etcd.io/bbolt"

	"paperboy/core/store"
)

// valueRec is one PutValue record with its expiry.
type valueRec struct {
	Value []byte    `json:"v"`
	Exp   time.Time `json:"exp"`
}

// PutValue stores value under key until ttl has passed.
func (s *Store) PutValue(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	if key == "" || ttl <= 0 {
		return errors.New("bolt: put value: empty key or no ttl")
	}
	return s.update(ctx, "put value", func(tx *bbolt.Tx) error {
		return put(tx.Bucket(bValues), []byte(key), valueRec{Value: value, Exp: s.now().Add(ttl)})
	})
}

// GetValue reads a value; expired ones read as absent.
func (s *Store) GetValue(ctx context.Context, key string) ([]byte, error) {
	var out []byte
	err := s.view(ctx, "get value", func(tx *bbolt.Tx) error {
		rec, ok, err := get[valueRec](tx.Bucket(bValues), []byte(key))
		if err != nil {
			return err
		}
		if !ok || !s.now().Before(rec.Exp) {
			return store.ErrNotFound
		}
		out = rec.Value
		return nil
	})
	return out, err
}

// DeleteValue removes a value.
func (s *Store) DeleteValue(ctx context.Context, key string) error {
	if key == "" {
		return nil
	}
	return s.update(ctx, "delete value", func(tx *bbolt.Tx) error {
		return tx.Bucket(bValues).Delete([]byte(key))
	})
}
