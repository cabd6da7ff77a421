package bolt

import (
	"context"
	"encoding/binary"
	"fmt"
	"strconv"

	bbolt "go.etcd.io/bbolt"

	"paperboy/core/store"
)

// Dead removes the entry, marks its claim dead and appends a dead letter, in one transaction.
// A stale worker's call (entry no longer pending, or claim already sent) only drops the entry.
func (s *Store) Dead(ctx context.Context, e store.Entry, reason string) error {
	k, err := entryKey(e)
	if err != nil {
		return err
	}
	return s.update(ctx, "dead", func(tx *bbolt.Tx) error {
		now := s.now()
		pending, sent, err := s.retire(tx, e, k, now)
		if err != nil || !pending || sent {
			return err
		}
		if err := s.setClaim(tx, e.Channel, e.ArticleID, store.StateDead, "", now); err != nil {
			return err
		}
		dead := tx.Bucket(bDead)
		seq, err := dead.NextSequence()
		if err != nil {
			return err
		}
		return put(dead, u64(seq), deadRec{
			Channel: e.Channel, EntryID: e.ID, Reason: reason, At: now,
			Entry: entryRec{ArticleID: e.ArticleID, Key: e.Key, Payload: e.Payload, Attempt: e.Attempt, Enqueued: e.Enqueued, LastError: e.LastError},
		})
	})
}

func toDeadLetter(k []byte, r deadRec) store.DeadLetter {
	e := toEntry(r.Channel, 0, r.Entry)
	e.ID = r.EntryID
	return store.DeadLetter{ID: strconv.FormatUint(binary.BigEndian.Uint64(k), 10), Entry: e, Reason: r.Reason, At: r.At}
}

// DeadList returns up to max dead letters, oldest first.
func (s *Store) DeadList(ctx context.Context, max int) ([]store.DeadLetter, error) {
	var out []store.DeadLetter
	err := s.view(ctx, "dead list", func(tx *bbolt.Tx) error {
		dead := tx.Bucket(bDead)
		cur := dead.Cursor()
		for k, _ := cur.First(); k != nil && len(out) < max; k, _ = cur.Next() {
			r, _, err := get[deadRec](dead, k)
			if err != nil {
				return err
			}
			out = append(out, toDeadLetter(k, r))
		}
		return nil
	})
	return out, err
}

// deadKey parses a dead-letter id; anything unparsable cannot name a letter.
func deadKey(id string) ([]byte, bool) {
	seq, err := strconv.ParseUint(id, 10, 64)
	return u64(seq), err == nil
}

// DeadRetry re-queues a dead letter with Attempt 0 (its reason as LastError) and deletes it.
func (s *Store) DeadRetry(ctx context.Context, id string) error {
	k, ok := deadKey(id)
	if !ok {
		return fmt.Errorf("bolt: dead retry: %w", store.ErrNotFound)
	}
	var channel string
	err := s.update(ctx, "dead retry", func(tx *bbolt.Tx) error {
		dead := tx.Bucket(bDead)
		r, ok, err := get[deadRec](dead, k)
		if err != nil {
			return err
		}
		if !ok {
			return store.ErrNotFound
		}
		if err := dead.Delete(k); err != nil {
			return err
		}
		now := s.now()
		c, live, err := s.liveClaim(tx, r.Channel, r.Entry.ArticleID, now)
		if err != nil {
			return err
		}
		if live && c.State != store.StateDead {
			return nil // the delivery is queued or done already
		}
		if err := s.setClaim(tx, r.Channel, r.Entry.ArticleID, store.StateQueued, "", now); err != nil {
			return err
		}
		r.Entry.Attempt, r.Entry.LastError = 0, r.Reason
		channel = r.Channel
		return s.append(tx, r.Channel, r.Entry)
	})
	if err != nil {
		return err
	}
	if channel != "" {
		s.note.wake(channel)
	}
	return nil
}

// DeadDrop deletes a dead letter; its claim stays dead.
func (s *Store) DeadDrop(ctx context.Context, id string) error {
	k, ok := deadKey(id)
	if !ok {
		return fmt.Errorf("bolt: dead drop: %w", store.ErrNotFound)
	}
	return s.update(ctx, "dead drop", func(tx *bbolt.Tx) error {
		dead := tx.Bucket(bDead)
		if dead.Get(k) == nil {
			return store.ErrNotFound
		}
		return dead.Delete(k)
	})
}
