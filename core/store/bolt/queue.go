package bolt

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"time"

	bbolt "go.etcd.io/bbolt"

	"paperboy/core/store"
)

// chanBuckets returns the channel's outbox, pending and retry buckets, creating them when create is set.
// With create unset and the channel unknown it returns nils.
func chanBuckets(tx *bbolt.Tx, ch string, create bool) (c, outbox, pending, retry *bbolt.Bucket, err error) {
	root := tx.Bucket(bChannels)
	if !create {
		if c = root.Bucket([]byte(ch)); c == nil {
			return nil, nil, nil, nil, nil
		}
		return c, c.Bucket(bOutbox), c.Bucket(bPending), c.Bucket(bRetry), nil
	}
	if c, err = root.CreateBucketIfNotExists([]byte(ch)); err != nil {
		return
	}
	if outbox, err = c.CreateBucketIfNotExists(bOutbox); err != nil {
		return
	}
	if pending, err = c.CreateBucketIfNotExists(bPending); err != nil {
		return
	}
	retry, err = c.CreateBucketIfNotExists(bRetry)
	return
}

// liveClaim returns the unexpired claim of (channel, article).
func (s *Store) liveClaim(tx *bbolt.Tx, ch, article string, now time.Time) (claimRec, bool, error) {
	c, ok, err := get[claimRec](tx.Bucket(bClaims), pair(ch, article))
	if err != nil || !ok || !now.Before(c.Exp) {
		return claimRec{}, false, err
	}
	return c, true, nil
}

// setClaim changes a claim's state, keeping its expiry; an expired or missing claim gets the default TTL.
func (s *Store) setClaim(tx *bbolt.Tx, ch, article string, st store.ClaimState, remote string, now time.Time) error {
	c, ok, err := s.liveClaim(tx, ch, article, now)
	if err != nil {
		return err
	}
	if !ok {
		c.Exp = now.Add(s.claimTTL)
	}
	c.State, c.RemoteID, c.At = st, remote, now
	return put(tx.Bucket(bClaims), pair(ch, article), c)
}

func checkJob(j store.Job) error {
	if err := checkChannel(j.Channel); err != nil {
		return err
	}
	if j.ArticleID == "" {
		return errors.New("bolt: enqueue: empty article id")
	}
	return nil
}

// enqueue claims j and appends it to its outbox inside tx.
func (s *Store) enqueue(tx *bbolt.Tx, j store.Job, now time.Time) (bool, error) {
	if _, ok, err := s.liveClaim(tx, j.Channel, j.ArticleID, now); err != nil || ok {
		return false, err
	}
	fps := tx.Bucket(bFPs)
	if j.Fingerprint != "" {
		fp, ok, err := get[fpRec](fps, pair(j.Channel, j.Fingerprint))
		if err != nil {
			return false, err
		}
		if ok && now.Before(fp.Exp) {
			return false, nil
		}
	}
	ttl := j.TTL
	if ttl <= 0 {
		ttl = s.claimTTL
	}
	exp := now.Add(ttl)
	if err := put(tx.Bucket(bClaims), pair(j.Channel, j.ArticleID), claimRec{State: store.StateQueued, At: now, Exp: exp}); err != nil {
		return false, err
	}
	if j.Fingerprint != "" {
		fpExp := exp
		if j.FingerprintTTL > 0 {
			fpExp = now.Add(j.FingerprintTTL)
		}
		if err := put(fps, pair(j.Channel, j.Fingerprint), fpRec{Article: j.ArticleID, Exp: fpExp}); err != nil {
			return false, err
		}
	}
	return true, s.append(tx, j.Channel, entryRec{ArticleID: j.ArticleID, Key: j.Key, Payload: j.Payload, Enqueued: now})
}

// append adds e at the tail of the channel's outbox under a fresh sequence id.
func (s *Store) append(tx *bbolt.Tx, ch string, e entryRec) error {
	_, outbox, _, _, err := chanBuckets(tx, ch, true)
	if err != nil {
		return err
	}
	seq, err := outbox.NextSequence()
	if err != nil {
		return err
	}
	return put(outbox, u64(seq), e)
}

// Enqueue claims the job and appends it to its channel's outbox in one transaction.
func (s *Store) Enqueue(ctx context.Context, j store.Job) (bool, error) {
	res, err := s.EnqueueMany(ctx, []store.Job{j})
	if err != nil {
		return false, err
	}
	return res[0], nil
}

// EnqueueMany enqueues every job in one transaction; jobs are taken in order, so a duplicate
// later in the batch loses to the earlier one.
func (s *Store) EnqueueMany(ctx context.Context, jobs []store.Job) ([]bool, error) {
	for _, j := range jobs {
		if err := checkJob(j); err != nil {
			return nil, err
		}
	}
	out := make([]bool, len(jobs))
	if len(jobs) == 0 {
		return out, s.check(ctx)
	}
	now := s.now()
	err := s.update(ctx, "enqueue", func(tx *bbolt.Tx) error {
		for i, j := range jobs {
			ok, err := s.enqueue(tx, j, now)
			if err != nil {
				return err
			}
			out[i] = ok
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, j := range jobs {
		if out[i] {
			s.note.wake(j.Channel)
		}
	}
	return out, nil
}

func toEntry(ch string, seq uint64, r entryRec) store.Entry {
	return store.Entry{
		ID: strconv.FormatUint(seq, 10), Channel: ch, ArticleID: r.ArticleID, Key: r.Key, Payload: r.Payload,
		Attempt: r.Attempt, Enqueued: r.Enqueued, LastError: r.LastError,
	}
}

// unread reports whether the channel has entries after its cursor, in a read-only transaction,
// so an idle worker's polls cost no write (a bbolt commit syncs the file even when nothing changed).
func (s *Store) unread(ctx context.Context, ch string) (bool, error) {
	found := false
	err := s.view(ctx, "read", func(tx *bbolt.Tx) error {
		c, outbox, _, _, _ := chanBuckets(tx, ch, false)
		if c == nil {
			return nil
		}
		var cursor uint64
		if v := c.Get(kCursor); len(v) == 8 {
			cursor = binary.BigEndian.Uint64(v)
		}
		k, _ := outbox.Cursor().Seek(u64(cursor + 1))
		found = k != nil
		return nil
	})
	return found, err
}

// readOnce hands out up to max entries after the channel's cursor.
func (s *Store) readOnce(ctx context.Context, ch, consumer string, max int) ([]store.Entry, error) {
	if ok, err := s.unread(ctx, ch); err != nil || !ok {
		return nil, err
	}
	var out []store.Entry
	now := s.now()
	err := s.update(ctx, "read", func(tx *bbolt.Tx) error {
		c, outbox, pending, _, err := chanBuckets(tx, ch, true)
		if err != nil {
			return err
		}
		var cursor uint64
		if v := c.Get(kCursor); len(v) == 8 {
			cursor = binary.BigEndian.Uint64(v)
		}
		cur := outbox.Cursor()
		for k, v := cur.Seek(u64(cursor + 1)); k != nil && len(out) < max; k, v = cur.Next() {
			r, _, err := get[entryRec](outbox, k)
			if err != nil || v == nil {
				return err
			}
			seq := binary.BigEndian.Uint64(k)
			if err := put(pending, k, pendingRec{Consumer: consumer, At: now}); err != nil {
				return err
			}
			out = append(out, toEntry(ch, seq, r))
			cursor = seq
		}
		return c.Put(kCursor, u64(cursor))
	})
	return out, err
}

// Read hands out entries not yet read, waiting up to block for one; an Enqueue wakes it.
func (s *Store) Read(ctx context.Context, channel, consumer string, max int, block time.Duration) ([]store.Entry, error) {
	if err := checkChannel(channel); err != nil {
		return nil, err
	}
	if max <= 0 {
		return nil, s.check(ctx)
	}
	var timeout <-chan time.Time
	if block > 0 {
		t := time.NewTimer(block)
		defer t.Stop()
		timeout = t.C
	}
	for {
		// Take the wait channel before looking, so an Enqueue between the look and the wait still wakes us.
		woken := s.note.wait(channel)
		es, err := s.readOnce(ctx, channel, consumer, max)
		if err != nil || len(es) > 0 || block <= 0 {
			return es, err
		}
		s.note.park(channel, 1)
		select {
		case <-woken:
			s.note.park(channel, -1)
		case <-timeout:
			s.note.park(channel, -1)
			return nil, nil
		case <-ctx.Done():
			s.note.park(channel, -1)
			return nil, fmt.Errorf("bolt: read: %w", ctx.Err())
		case <-s.closed:
			s.note.park(channel, -1)
			return nil, ErrClosed
		}
	}
}
