// Package store defines the durable state paperboy keeps: claims that make each article go to
// each channel once, the per-channel outbox with its retry schedule and dead letters, source
// state, leases, pauses and counts. redis/ and bolt/ implement it; storetest/ is the contract both pass.
package store

import (
	"context"
	"errors"
	"time"
)

// ErrNotFound is returned when a named record (dead letter, source state) does not exist.
var ErrNotFound = errors.New("store: not found")

// Job is one delivery to enqueue: the claim for (Channel, ArticleID) and the queue entry are
// written in one atomic step, so a crash can never leave a claim without its queue entry.
type Job struct {
	Channel     string        // channel name
	ArticleID   string        // article.ID of the canonical URL
	Fingerprint string        // article.Fingerprint; "" = no same-story check
	Key         string        // delivery idempotency key, stable for (article, channel)
	Payload     []byte        // the serialized post; the store does not interpret it
	TTL         time.Duration // how long the claim is remembered; 0 = store default
	// FingerprintTTL is how long the same-story fingerprint blocks another URL with the same
	// title; 0 = TTL. Keep it short: a daily column reuses its title every day.
	FingerprintTTL time.Duration
}

// Entry is a queued delivery as read from the outbox.
type Entry struct {
	ID        string    // store-assigned entry id (Redis stream id); unique within the channel
	Channel   string    // channel name
	ArticleID string    // article id
	Key       string    // delivery idempotency key
	Payload   []byte    // the serialized post
	Attempt   int       // attempts already made before this read (0 = never tried)
	Enqueued  time.Time // when the job was first enqueued
	LastError string    // the error of the previous attempt, if any
}

// ClaimState is the life-cycle state of one (channel, article) claim.
type ClaimState string

// Claim states, in order of progress.
const (
	StateNone    ClaimState = ""        // never claimed (or the claim expired)
	StateQueued  ClaimState = "queued"  // in the outbox or retry schedule
	StateSending ClaimState = "sending" // a worker called Send and has not recorded the outcome: in doubt after a crash
	StateSent    ClaimState = "sent"    // delivered; Claim.RemoteID says where
	StateDead    ClaimState = "dead"    // permanently failed; in the dead-letter list
)

// Claim is the recorded outcome for one (channel, article).
type Claim struct {
	State    ClaimState
	RemoteID string    // the platform's message id once sent
	At       time.Time // when the state was last changed
}

// DeadLetter is a delivery that failed permanently, kept for an editor to see, retry or drop.
type DeadLetter struct {
	ID     string    // dead-letter id (unique across channels)
	Entry  Entry     // the delivery as it was
	Reason string    // the platform's message, redacted
	At     time.Time // when it died
}

// SourceState is what a source remembers between polls.
type SourceState struct {
	ETag         string    // last ETag, for If-None-Match
	LastModified string    // last Last-Modified, for If-Modified-Since
	LastPoll     time.Time // when it was last polled
	NextPoll     time.Time // when it is due next
	Failures     int       // consecutive failed polls (drives backoff)
	LastError    string    // last failure, for /status
	Seeded       bool      // the first poll happened (its items were recorded, honouring backfill)
}

// Lease is who holds a lease and how fresh the hold is.
type Lease struct {
	Owner string        // the owner given to AcquireLease or TakeLease
	Age   time.Duration // since the owner last took or renewed it, by the store's clock
	Left  time.Duration // until it expires unless renewed
}

// Pause is a paused source or channel: since when and why.
type Pause struct {
	Since  time.Time // when it was paused; zero when the pause predates recorded times
	Reason string    // why, for logs and `paperboy channels list`; "" when none was given
}

// Store is the durable state shared by every replica.
type Store interface {
	// Enqueue claims (Channel, ArticleID) — and Fingerprint when set — and appends the job to the
	// channel's outbox, atomically. It returns false (and writes nothing) when either was claimed already.
	Enqueue(ctx context.Context, j Job) (bool, error)
	// EnqueueMany is Enqueue for many jobs in one round trip where the backend allows it; results align with jobs.
	EnqueueMany(ctx context.Context, jobs []Job) ([]bool, error)

	// Read returns up to max entries of the channel's outbox not yet handed to any consumer, waiting up
	// to block for the first one (0 = do not wait). Entries stay pending for consumer until Ack, Retry or Dead.
	Read(ctx context.Context, channel, consumer string, max int, block time.Duration) ([]Entry, error)
	// Reclaim hands to consumer the entries pending longer than minIdle (their worker died), up to max.
	Reclaim(ctx context.Context, channel, consumer string, minIdle time.Duration, max int) ([]Entry, error)
	// Pending counts entries in the outbox (unread and unacknowledged) plus those waiting in the retry schedule.
	Pending(ctx context.Context, channel string) (int64, error)

	// Claim reads the recorded state of (channel, articleID).
	Claim(ctx context.Context, channel, articleID string) (Claim, error)
	// MarkSending records that a Send is about to be made for e (the in-doubt marker).
	MarkSending(ctx context.Context, e Entry) error
	// Ack records the claim as sent with remoteID and removes e from the outbox, atomically.
	Ack(ctx context.Context, e Entry, remoteID string) error
	// Retry removes e from the outbox and schedules it again at due with Attempt+1 and lastErr, atomically.
	Retry(ctx context.Context, e Entry, due time.Time, lastErr string) error
	// PromoteDue moves the channel's scheduled retries whose due time is at or before now back into the
	// outbox, up to max; it returns how many moved.
	PromoteDue(ctx context.Context, channel string, now time.Time, max int) (int, error)
	// NextDue returns the earliest due time in the channel's retry schedule, or the zero time when empty.
	NextDue(ctx context.Context, channel string) (time.Time, error)
	// Dead removes e from the outbox, marks the claim dead and appends it to the dead-letter list, atomically.
	Dead(ctx context.Context, e Entry, reason string) error

	// DeadList returns up to max dead letters, oldest first.
	DeadList(ctx context.Context, max int) ([]DeadLetter, error)
	// DeadRetry moves a dead letter back into its channel's outbox (claim back to queued, Attempt reset).
	DeadRetry(ctx context.Context, id string) error
	// DeadDrop deletes a dead letter for good; its claim stays dead so the article is not posted again.
	DeadDrop(ctx context.Context, id string) error

	// Seen reports, for each article id, whether it was recorded with MarkSeen.
	Seen(ctx context.Context, ids []string) ([]bool, error)
	// MarkSeen records article ids as known (kept for ttl), so a later poll skips them cheaply.
	MarkSeen(ctx context.Context, ids []string, ttl time.Duration) error

	// SourceState reads a source's state; a source never saved returns the zero state and no error.
	SourceState(ctx context.Context, name string) (SourceState, error)
	// SaveSourceState writes a source's state.
	SaveSourceState(ctx context.Context, name string, s SourceState) error

	// AcquireLease takes or extends the named lease for owner for ttl; false when another owner holds it.
	AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error)
	// ReleaseLease gives up the lease if owner holds it.
	ReleaseLease(ctx context.Context, name, owner string) error
	// PeekLease reads who holds the named lease; ok is false when it is free (never taken,
	// released or expired).
	PeekLease(ctx context.Context, name string) (l Lease, ok bool, err error)
	// TakeLease gives the lease to owner for ttl when it is free, already owner's, or held by
	// from and not renewed for at least idle, in one atomic step (a holder that renews in
	// between keeps it); it reports whether owner holds it now.
	TakeLease(ctx context.Context, name, owner, from string, idle, ttl time.Duration) (bool, error)

	// SetPaused pauses (true) or resumes (false) a source or channel; kind is "source" or "channel".
	SetPaused(ctx context.Context, kind, name string, paused bool) error
	// Paused reports whether a source or channel is paused.
	Paused(ctx context.Context, kind, name string) (bool, error)
	// PauseBecause pauses a source or channel and records why; a pause already in place keeps
	// its time and reason (SetPaused(…, true) is PauseBecause without a reason).
	PauseBecause(ctx context.Context, kind, name, reason string) error
	// PauseInfo reports whether a source or channel is paused, since when and why.
	PauseInfo(ctx context.Context, kind, name string) (p Pause, paused bool, err error)

	Values
	Counters
	Receipts
	Catalog

	// Ping checks the store is reachable (readiness).
	Ping(ctx context.Context) error
	// Close releases the store's resources.
	Close() error
}

// Values is the store's small key-value space with TTLs: state every replica must see, such
// as dashboard sessions, held previews and WebSub subscriptions. Keys are opaque to the store.
type Values interface {
	// PutValue keeps a small value under key for ttl.
	PutValue(ctx context.Context, key string, value []byte, ttl time.Duration) error
	// GetValue reads a value; ErrNotFound when it was never put, was deleted or has expired.
	GetValue(ctx context.Context, key string) ([]byte, error)
	// DeleteValue removes a value (no error when it is absent).
	DeleteValue(ctx context.Context, key string) error
}

// DefaultClaimTTL is how long a claim is remembered when Job.TTL is zero.
const DefaultClaimTTL = 30 * 24 * time.Hour
