package bolt

import (
	"context"

	"go.etcd.io/bbolt"

	"paperboy/core/store"
)

// MarkQueued takes e's claim back from sending to queued: the platform answered the send with a
// failure, so the post is not in doubt while the worker waits to try it again.
func (s *Store) MarkQueued(ctx context.Context, e store.Entry) error {
	if err := checkChannel(e.Channel); err != nil {
		return err
	}
	return s.update(ctx, "mark queued", func(tx *bbolt.Tx) error {
		now := s.now()
		c, ok, err := s.liveClaim(tx, e.Channel, e.ArticleID, now)
		if err != nil || !ok || c.State != store.StateSending {
			return err
		}
		return s.setClaim(tx, e.Channel, e.ArticleID, store.StateQueued, "", now)
	})
}
