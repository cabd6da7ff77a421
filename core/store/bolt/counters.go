package bolt

import (
	"context"
	"time"

	"go.etcd.io/bbolt"

	"paperboy/core/store"
)

// countRec is one CountIn count and the end of its window.
type countRec struct {
	N   int64     `json:"n"`
	Exp time.Time `json:"exp"`
}

// CountIn adds one to key's count in its window unless limit is reached, in one transaction.
func (s *Store) CountIn(ctx context.Context, key string, window time.Duration, limit int) (int64, bool, error) {
	if err := store.CheckCount(key, window); err != nil {
		return 0, false, err
	}
	var n int64
	added := false
	err := s.update(ctx, "count", func(tx *bbolt.Tx) error {
		b := tx.Bucket(bCounts)
		rec, ok, err := get[countRec](b, []byte(key))
		if err != nil {
			return err
		}
		now := s.now()
		if !ok || !now.Before(rec.Exp) {
			rec = countRec{Exp: now.Add(window)} // a new window starts with this count
		}
		n = rec.N
		if limit > 0 && rec.N >= int64(limit) {
			return nil
		}
		rec.N++
		n, added = rec.N, true
		return put(b, []byte(key), rec)
	})
	if err != nil {
		return 0, false, err
	}
	return n, added, nil
}
