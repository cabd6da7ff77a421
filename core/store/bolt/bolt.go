// Package bolt is the embedded store.Store: one bbolt file, for a single replica. Every method is
// one bbolt transaction, so claim-and-enqueue and each outbox move are atomic; expiring records
// (claims, fingerprints, seen ids, leases) carry their expiry time and count as absent once past it,
// and a background sweep deletes them. A blocked Read is woken in-process by the next Enqueue.
package bolt

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	bbolt "go.etcd.io/bbolt"

	"paperboy/core/store"
)

// Top-level buckets. Each channel has a bucket under bChannels holding its outbox, pending and
// retry buckets and the read cursor, mirroring a Redis stream with one consumer group.
var (
	bClaims   = []byte("claims")   // channel \0 article → claimRec
	bFPs      = []byte("fps")      // channel \0 fingerprint → fpRec
	bChannels = []byte("channels") // channel → {outbox, pending, retry, cursor}
	bDead     = []byte("dead")     // seq → deadRec
	bSeen     = []byte("seen")     // article id → expiry (unix ns)
	bSources  = []byte("sources")  // source name → store.SourceState (JSON)
	bLeases   = []byte("leases")   // lease name → leaseRec
	bPaused   = []byte("paused")   // kind \0 name → store.EncodePause (older files: "1")
	bValues   = []byte("values")   // key → valueRec (PutValue)
	bCatalog  = []byte("catalog")  // kind \0 name → object data (PutObject); kVersion → catalog version
	bCounts   = []byte("counts")   // key → countRec (CountIn)

	bOutbox  = []byte("outbox")  // seq → entryRec, in enqueue order
	bPending = []byte("pending") // seq → pendingRec: handed to a consumer, not yet acked
	bRetry   = []byte("retry")   // due (unix ns) ‖ seq → entryRec
	kCursor  = []byte("cursor")  // last seq handed out by Read
)

// ErrClosed is returned by every method once the store is closed.
var ErrClosed = errors.New("bolt: store is closed")

// Store is the bbolt implementation of store.Store.
type Store struct {
	db       *bbolt.DB
	now      func() time.Time
	claimTTL time.Duration
	sweepInt time.Duration
	note     notifier
	closed   chan struct{}
	once     sync.Once
	sweeping sync.WaitGroup
}

// Option changes a Store built by Open.
type Option func(*Store)

// WithClaimTTL sets how long a claim is remembered when Job.TTL is zero (default store.DefaultClaimTTL).
func WithClaimTTL(d time.Duration) Option {
	return func(s *Store) {
		if d > 0 {
			s.claimTTL = d
		}
	}
}

// WithClock replaces time.Now, so expiry and idle times can be tested without waiting.
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// WithSweepInterval sets how often expired records are deleted (default 1h; 0 or less disables the sweep).
func WithSweepInterval(d time.Duration) Option { return func(s *Store) { s.sweepInt = d } }

// Open opens (creating it and its directory if needed) the store file at path.
func Open(path string, opts ...Option) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("bolt: open: %w", err)
		}
	}
	// The timeout turns a second process holding the file lock into an error instead of a hang.
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("bolt: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		// The file lock admits one process at a time, so a lease found in the file belongs to a
		// process that is gone (killed, crashed): drop them all, and a restart delivers at once.
		if tx.Bucket(bLeases) != nil {
			if err := tx.DeleteBucket(bLeases); err != nil {
				return err
			}
		}
		for _, b := range [][]byte{bClaims, bFPs, bChannels, bDead, bSeen, bSources, bLeases, bPaused, bValues, bReceipts, bAudit, bCatalog, bCounts} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("bolt: open %s: %w", path, err)
	}
	s := &Store{
		db: db, now: time.Now, claimTTL: store.DefaultClaimTTL, sweepInt: time.Hour,
		note: notifier{waits: map[string]chan struct{}{}, parked: map[string]int{}}, closed: make(chan struct{}),
	}
	for _, o := range opts {
		o(s)
	}
	if s.sweepInt > 0 {
		s.sweeping.Add(1)
		go s.sweepLoop()
	}
	return s, nil
}

// Close stops the sweep, wakes blocked readers and closes the file; later calls return ErrClosed.
func (s *Store) Close() error {
	err := ErrClosed
	s.once.Do(func() {
		close(s.closed)
		s.sweeping.Wait()
		err = s.db.Close()
		if err != nil {
			err = fmt.Errorf("bolt: close: %w", err)
		}
	})
	return err
}

// Ping checks the file is open and readable.
func (s *Store) Ping(ctx context.Context) error {
	return s.view(ctx, "ping", func(*bbolt.Tx) error { return nil })
}

// update runs fn in one read-write transaction, after checking ctx and that the store is open.
func (s *Store) update(ctx context.Context, op string, fn func(*bbolt.Tx) error) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("bolt: %s: %w", op, err)
	}
	if err := s.db.Update(fn); err != nil {
		return fmt.Errorf("bolt: %s: %w", op, err)
	}
	return nil
}

// view runs fn in one read-only transaction.
func (s *Store) view(ctx context.Context, op string, fn func(*bbolt.Tx) error) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("bolt: %s: %w", op, err)
	}
	if err := s.db.View(fn); err != nil {
		return fmt.Errorf("bolt: %s: %w", op, err)
	}
	return nil
}

func (s *Store) check(ctx context.Context) error {
	select {
	case <-s.closed:
		return ErrClosed
	default:
	}
	return ctx.Err()
}

// notifier wakes readers blocked on a channel: each wait channel is closed (a broadcast) by the
// next wake. parked counts readers inside their wait, so tests can tell the wake path is taken.
type notifier struct {
	mu     sync.Mutex
	waits  map[string]chan struct{}
	parked map[string]int
}

func (n *notifier) wait(ch string) <-chan struct{} {
	n.mu.Lock()
	defer n.mu.Unlock()
	c, ok := n.waits[ch]
	if !ok {
		c = make(chan struct{})
		n.waits[ch] = c
	}
	return c
}

func (n *notifier) wake(ch string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if c, ok := n.waits[ch]; ok {
		close(c)
		delete(n.waits, ch)
	}
}

func (n *notifier) park(ch string, d int) {
	n.mu.Lock()
	n.parked[ch] += d
	n.mu.Unlock()
}

// Record encodings. JSON keeps the file inspectable; []byte payloads round-trip as base64.
type claimRec struct {
	State    store.ClaimState `json:"s"`
	RemoteID string           `json:"r,omitempty"`
	At       time.Time        `json:"at"`
	Exp      time.Time        `json:"exp"`
}

type fpRec struct {
	Article string    `json:"a"`
	Exp     time.Time `json:"exp"`
}

type entryRec struct {
	ArticleID string    `json:"a"`
	Key       string    `json:"k"`
	Payload   []byte    `json:"p"`
	Attempt   int       `json:"n"`
	Enqueued  time.Time `json:"t"`
	LastError string    `json:"e,omitempty"`
}

type pendingRec struct {
	Consumer string    `json:"c"`
	At       time.Time `json:"at"`
}

type deadRec struct {
	Channel string    `json:"c"`
	EntryID string    `json:"i"`
	Entry   entryRec  `json:"e"`
	Reason  string    `json:"r"`
	At      time.Time `json:"at"`
}

type leaseRec struct {
	Owner string    `json:"o"`
	Exp   time.Time `json:"exp"`
	At    time.Time `json:"at,omitzero"` // when it was last taken or renewed
}

func get[T any](b *bbolt.Bucket, k []byte) (T, bool, error) {
	var v T
	raw := b.Get(k)
	if raw == nil {
		return v, false, nil
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return v, false, fmt.Errorf("decode %q: %w", k, err)
	}
	return v, true, nil
}

func put(b *bbolt.Bucket, k []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, raw)
}

func u64(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func pair(a, b string) []byte { return []byte(a + "\x00" + b) }

func checkChannel(ch string) error {
	if ch == "" {
		return errors.New("bolt: empty channel name")
	}
	if strings.ContainsRune(ch, 0) {
		return errors.New("bolt: channel name contains NUL")
	}
	return nil
}

var _ store.Store = (*Store)(nil)
