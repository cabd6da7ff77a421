// Package editor is the platform-neutral side of editors' chat commands (/push /preview /status
// /recent /pause /resume /retry /help): parsing, permission checks, previews awaiting a
// Publish/Cancel decision, and the replies. Telegram and Discord only adapt their updates to a
// Request and render the Reply; `/push` publishes through the same outbox as every source.
package editor

import (
	"context"
	"time"

	"paperboy/core/article"
	"paperboy/core/store"
)

// Backend is what the commands act on; pipeline.Service implements it.
type Backend interface {
	// Preview fetches and extracts a URL (refusing private addresses unless configured).
	Preview(ctx context.Context, url string) (*article.Article, error)
	// Publish claims and queues a for channels (all when empty) through the outbox.
	Publish(ctx context.Context, a *article.Article, channels []string, by string) ([]Outcome, error)
	// Status reports sources, channels, queues and failures.
	Status(ctx context.Context) (Status, error)
	// Recent lists the latest deliveries, newest first.
	Recent(ctx context.Context, n int) ([]Delivery, error)
	// SetPaused pauses or resumes a source or channel by name; it reports which kind it was.
	SetPaused(ctx context.Context, name string, paused bool) (kind string, err error)
	// DeadLetters lists failed deliveries.
	DeadLetters(ctx context.Context, n int) ([]store.DeadLetter, error)
	// RetryDead re-queues one dead letter.
	RetryDead(ctx context.Context, id string) error
}

// Outcome is what Publish did on one channel.
type Outcome struct {
	Channel  string
	Queued   bool        // queued now
	Previous store.Claim // when not queued: the earlier claim (sent, queued, dead)
}

// Status is the answer to /status.
type Status struct {
	Sources  []SourceStatus
	Channels []ChannelStatus
	Dead     int
	// Chats counts readers' and communities' chats: "reader"/"community" → active, and
	// suspended ones; nil when the deployment has neither.
	Chats map[string][2]int
}

// SourceStatus is one source's health.
type SourceStatus struct {
	Name      string
	Paused    bool
	LastPoll  time.Time
	NextPoll  time.Time
	Failures  int
	LastError string
}

// ChannelStatus is one channel's health.
type ChannelStatus struct {
	Name    string
	Type    string
	Paused  bool
	Queue   int64
	Breaker string // closed | half-open | open
}

// Delivery is one recent post.
type Delivery struct {
	Channel  string
	Title    string
	URL      string
	RemoteID string
	At       time.Time
}
