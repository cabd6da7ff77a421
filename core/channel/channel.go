// Package channel is the contract every share platform implements, and the shared
// helpers (error classification, counting and truncating text by unit) they all use.
//
// A Channel sends: Send makes one attempt and answers a Receipt or an *Error. Optional
// abilities are small interfaces deliver and the CLI find by type assertion: Checker,
// Previewer, Batcher, Keyed, and for corrections and retractions Updater and Retracter.
//
// Corrections and retractions. A Receipt lists every remote message a send created
// (Messages: id, chat, thread, kind), the article revision it shows and when it was sent;
// the store keeps it at least as long as the claim. Deliver runs an update or a withdrawal
// as an outbox operation of its own, with its own idempotency key — (article, channel,
// revision) for an update, (article, channel, "retract") for a withdrawal — and the same
// limiters, breaker, retries, in-doubt policy and dead letters as a send, so each happens
// once per channel across crashes and replicas. Updater.Update gets the stored receipt and
// the new post and returns the receipt as it now stands; Retracter.Retract gets the stored
// receipt, the reason and the time of the attempt (Telegram deletes only within 48 hours of
// Receipt.SentAt; older posts are edited into a withdrawal notice). Both classify failures
// exactly like Send; an unchanged edit and an already-deleted message count as done.
package channel

import (
	"context"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/article"
)

// Channel is one destination: a Telegram chat or topic, a Discord webhook or channel, a Mastodon account…
type Channel interface {
	// Name is the configured channel name, used in logs, metrics and store keys.
	Name() string
	// Limits reports what the platform allows; render and deliver use it.
	Limits() Limits
	// Send formats d.Post natively and makes exactly one attempt to post it. It never sleeps or retries:
	// the outbox and deliver own that. Failures are *Error (unclassified errors count as Transient).
	Send(ctx context.Context, d Delivery) (Receipt, error)
}

// Unit says how a platform counts text length.
type Unit int

// Units in which platforms count text.
const (
	CodePoints Unit = iota // Unicode code points (Discord)
	UTF16                  // UTF-16 code units (Telegram entities, LINE)
	Graphemes              // user-perceived characters (Bluesky)
	Bytes                  // UTF-8 bytes
	Weighted               // X/Mastodon: URLs count as 23, CJK as 2 on X
)

// Limits describes what a platform accepts and how fast.
type Limits struct {
	TextMax    int        // longest message text, in Unit
	CaptionMax int        // longest media caption, in Unit (0 = no media captions)
	Unit       Unit       // how TextMax and CaptionMax are counted
	Rate       rate.Limit // sustained messages per second for one destination
	Burst      int        // messages that may go at once before Rate applies
	Idempotent bool       // the platform de-duplicates by Delivery.Key, so an in-doubt resend is safe
}

// Delivery is one attempt to put one article on one channel.
type Delivery struct {
	Key     string       // stable for (article, channel): the idempotency key, the same on every attempt
	Post    article.Post // what to show
	Attempt int          // 1 for the first attempt
	// Progress records the steps of a send that takes several requests; nil = none recorded
	// (previews, tests).
	Progress Progress
}

// Receipt is what the platform answered for a successful send. Deliver stores it (every
// message, the revision, the time) for as long as the claim, so the post can later be updated
// or withdrawn (Updater, Retracter).
type Receipt struct {
	RemoteID string    `json:"remote_id"`          // the platform's message id, e.g. "123" or "chat:123" (the first message's)
	URL      string    `json:"url,omitempty"`      // a link to the posted message when the platform has one
	SentAt   time.Time `json:"sent_at"`            // when the platform accepted it
	Messages []Message `json:"messages,omitempty"` // every remote message the send created, in order; nil = one, RemoteID
	Revision string    `json:"revision,omitempty"` // the revision of the article shown (article.Post.Revision); deliver fills it
}

// Checker is implemented by channels that can verify their credentials at start (getMe, auth.test…).
type Checker interface {
	Check(ctx context.Context) error
}

// CheckScoper is implemented by Checkers whose Check verifies something other channels share
// (a bot token): channels with the same non-empty scope are checked once, so a bot posting to
// a thousand chats asks getMe once at start, not a thousand times.
type CheckScoper interface {
	CheckScope() string
}

// Previewer is implemented by channels that can show the exact request they would send.
type Previewer interface {
	Preview(d Delivery) (Request, error)
}

// Request is a platform request as Previewer shows it: method, redacted URL and body fields.
type Request struct {
	Method string         `json:"method"`
	URL    string         `json:"url"`
	Fields map[string]any `json:"fields"`
}

// Batcher is implemented by channels that can carry several deliveries in one message (an
// e-mail digest). Deliver finds it by type assertion: when batching is on it collects due
// deliveries and calls SendBatch instead of Send, and records the one outcome for all of them.
type Batcher interface {
	// Digest says how to group: at most max deliveries per message, and a message goes out
	// once the oldest delivery held has waited period since it was queued. max ≤ 1 and period 0
	// means no batching (every delivery goes through Send); period 0 with max > 1 waits for max;
	// max ≤ 1 with a period sends everything due within the period. Either way a message holds
	// at most MaxBatch deliveries.
	Digest() (max int, period time.Duration)
	// SendBatch formats ds as one message and makes exactly one attempt for all of them
	// together: the receipt or the error applies to every delivery. Like Send, it never sleeps
	// or retries, and fails only with *Error (unclassified errors count as Transient).
	SendBatch(ctx context.Context, ds []Delivery) (Receipt, error)
}

// MaxBatch is the most deliveries deliver puts in one SendBatch: a digest of hundreds of
// articles is no longer a summary, and relays limit message size.
const MaxBatch = 100

// Keyed is implemented by channels that share a rate budget with other channels
// (a Telegram bot token's ~30 msg/s across all its chats): the key names that shared budget.
type Keyed interface {
	// CredentialKey returns a non-secret key for the shared budget (e.g. a hash of the token).
	CredentialKey() (key string, limit rate.Limit, burst int)
}
