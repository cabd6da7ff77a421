package bolt

import (
	"context"
	"encoding/binary"
	"fmt"
	"strconv"
	"time"

	bbolt "go.etcd.io/bbolt"

	"paperboy/core/store"
)

// Reclaim hands to consumer the pending entries idle at least minIdle, oldest first.
func (s *Store) Reclaim(ctx context.Context, channel, consumer string, minIdle time.Duration, max int) ([]store.Entry, error) {
	if err := checkChannel(channel); err != nil {
		return nil, err
	}
	var out []store.Entry
	now := s.now()
	err := s.update(ctx, "reclaim", func(tx *bbolt.Tx) error {
		_, outbox, pending, _, err := chanBuckets(tx, channel, false)
		if err != nil || outbox == nil {
			return err
		}
		// Collect first: bbolt cursors skip keys when the bucket is changed under them.
		var keys [][]byte
		cur := pending.Cursor()
		for k, _ := cur.First(); k != nil; k, _ = cur.Next() {
			keys = append(keys, append([]byte(nil), k...))
		}
		for _, k := range keys {
			if len(out) >= max {
				break
			}
			p, _, err := get[pendingRec](pending, k)
			if err != nil {
				return err
			}
			if now.Sub(p.At) < minIdle {
				continue
			}
			r, ok, err := get[entryRec](outbox, k)
			if err != nil {
				return err
			}
			if !ok { // the entry is gone: drop its pending record, as XAUTOCLAIM does
				if err := pending.Delete(k); err != nil {
					return err
				}
				continue
			}
			if err := put(pending, k, pendingRec{Consumer: consumer, At: now}); err != nil {
				return err
			}
			out = append(out, toEntry(channel, binary.BigEndian.Uint64(k), r))
		}
		return nil
	})
	return out, err
}

// Pending counts the outbox (read or not, until acknowledged) and the retry schedule.
func (s *Store) Pending(ctx context.Context, channel string) (int64, error) {
	if err := checkChannel(channel); err != nil {
		return 0, err
	}
	var n int64
	err := s.view(ctx, "pending", func(tx *bbolt.Tx) error {
		_, outbox, _, retry, _ := chanBuckets(tx, channel, false)
		if outbox != nil {
			n = int64(outbox.Stats().KeyN + retry.Stats().KeyN)
		}
		return nil
	})
	return n, err
}

// Claim reads the claim of (channel, articleID); an expired claim reads as StateNone.
func (s *Store) Claim(ctx context.Context, channel, articleID string) (store.Claim, error) {
	if err := checkChannel(channel); err != nil {
		return store.Claim{}, err
	}
	var c store.Claim
	err := s.view(ctx, "claim", func(tx *bbolt.Tx) error {
		r, ok, err := s.liveClaim(tx, channel, articleID, s.now())
		if ok {
			c = store.Claim{State: r.State, RemoteID: r.RemoteID, At: r.At}
		}
		return err
	})
	return c, err
}

// entryKey parses an Entry.ID back into the outbox key.
func entryKey(e store.Entry) ([]byte, error) {
	if err := checkChannel(e.Channel); err != nil {
		return nil, err
	}
	seq, err := strconv.ParseUint(e.ID, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("bolt: bad entry id %q", e.ID)
	}
	return u64(seq), nil
}

// MarkSending sets the claim to sending; a sent or expired claim is left alone.
func (s *Store) MarkSending(ctx context.Context, e store.Entry) error {
	if err := checkChannel(e.Channel); err != nil {
		return err
	}
	return s.update(ctx, "mark sending", func(tx *bbolt.Tx) error {
		now := s.now()
		c, ok, err := s.liveClaim(tx, e.Channel, e.ArticleID, now)
		if err != nil || !ok || c.State == store.StateSent {
			return err
		}
		return s.setClaim(tx, e.Channel, e.ArticleID, store.StateSending, "", now)
	})
}

// retire removes e from the outbox and the pending list; it reports whether e was pending, and
// whether its claim already says sent (then a late Retry or Dead must change nothing else).
func (s *Store) retire(tx *bbolt.Tx, e store.Entry, k []byte, now time.Time) (pending, sent bool, err error) {
	_, outbox, pend, _, err := chanBuckets(tx, e.Channel, false)
	if err != nil || outbox == nil {
		return false, false, err
	}
	pending = pend.Get(k) != nil
	if err := pend.Delete(k); err != nil {
		return false, false, err
	}
	if err := outbox.Delete(k); err != nil {
		return false, false, err
	}
	c, ok, err := s.liveClaim(tx, e.Channel, e.ArticleID, now)
	return pending, ok && c.State == store.StateSent, err
}

// Ack records the claim as sent and removes the entry, in one transaction.
func (s *Store) Ack(ctx context.Context, e store.Entry, remoteID string) error {
	k, err := entryKey(e)
	if err != nil {
		return err
	}
	return s.update(ctx, "ack", func(tx *bbolt.Tx) error {
		now := s.now()
		if _, _, err := s.retire(tx, e, k, now); err != nil {
			return err
		}
		return s.setClaim(tx, e.Channel, e.ArticleID, store.StateSent, remoteID, now)
	})
}

// retryKey orders the schedule by due time, then by a per-channel sequence.
func retryKey(due time.Time, seq uint64) []byte {
	ns := max(due.UnixNano(), 0)
	return binary.BigEndian.AppendUint64(u64(uint64(ns)), seq)
}

// Retry removes the entry and schedules it at due with Attempt+1, in one transaction.
func (s *Store) Retry(ctx context.Context, e store.Entry, due time.Time, lastErr string) error {
	k, err := entryKey(e)
	if err != nil {
		return err
	}
	return s.update(ctx, "retry", func(tx *bbolt.Tx) error {
		now := s.now()
		pending, sent, err := s.retire(tx, e, k, now)
		if err != nil || !pending || sent {
			return err
		}
		c, _, _, retry, err := chanBuckets(tx, e.Channel, true)
		if err != nil {
			return err
		}
		seq, err := c.NextSequence()
		if err != nil {
			return err
		}
		r := entryRec{ArticleID: e.ArticleID, Key: e.Key, Payload: e.Payload, Attempt: e.Attempt + 1, Enqueued: e.Enqueued, LastError: lastErr}
		if err := put(retry, retryKey(due, seq), r); err != nil {
			return err
		}
		return s.setClaim(tx, e.Channel, e.ArticleID, store.StateQueued, "", now)
	})
}

// PromoteDue moves retries due at or before now to the outbox tail, earliest first.
func (s *Store) PromoteDue(ctx context.Context, channel string, now time.Time, max int) (int, error) {
	if err := checkChannel(channel); err != nil {
		return 0, err
	}
	n := 0
	err := s.update(ctx, "promote due", func(tx *bbolt.Tx) error {
		_, _, _, retry, err := chanBuckets(tx, channel, false)
		if err != nil || retry == nil {
			return err
		}
		var limit uint64
		if ns := now.UnixNano(); ns > 0 {
			limit = uint64(ns)
		}
		cur := retry.Cursor()
		for k, _ := cur.First(); k != nil && n < max && binary.BigEndian.Uint64(k) <= limit; k, _ = cur.First() {
			r, _, err := get[entryRec](retry, k)
			if err != nil {
				return err
			}
			if err := cur.Delete(); err != nil {
				return err
			}
			if err := s.append(tx, channel, r); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	if n > 0 {
		s.note.wake(channel)
	}
	return n, nil
}

// NextDue returns the due time of the first scheduled retry.
func (s *Store) NextDue(ctx context.Context, channel string) (time.Time, error) {
	if err := checkChannel(channel); err != nil {
		return time.Time{}, err
	}
	var due time.Time
	err := s.view(ctx, "next due", func(tx *bbolt.Tx) error {
		_, _, _, retry, _ := chanBuckets(tx, channel, false)
		if retry == nil {
			return nil
		}
		if k, _ := retry.Cursor().First(); k != nil {
			due = time.Unix(0, int64(binary.BigEndian.Uint64(k)))
		}
		return nil
	})
	return due, err
}
