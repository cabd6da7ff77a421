package store

import (
	"context"
	"time"
)

// Receipt is what the store keeps of one (article, channel) once the post went out: every
// remote message it made (the channel's receipt, opaque here), the revision it shows and
// the post as shown, so a correction can be compared and published and a withdrawal can find
// every message. It lives at least as long as the claim.
type Receipt struct {
	ArticleID   string    // the article
	Channel     string    // the channel it went to
	Revision    string    // the article revision the post shows now
	SentAt      time.Time // when the first send was accepted (Telegram's 48-hour delete window counts from here)
	UpdatedAt   time.Time // when the post was last changed (sent, updated or withdrawn)
	Retracted   bool      // the post was withdrawn
	Data        []byte    // the channel's receipt (channel.Receipt as JSON): every remote message
	Post        []byte    // the post as shown (article.Post as JSON)
	Updates     int       // how many updates were published to it
	LastOutcome string    // the last operation's outcome, for /posts and the dashboard ("sent", "updated", "retracted")
}

// Audit is one line of an article's correction history: who did what, when and why.
type Audit struct {
	At       time.Time `json:"at"`
	Who      string    `json:"who"`                // the editor ("telegram:123", "dashboard:alice", "cli") or "source:<name>"
	Action   string    `json:"action"`             // "correct", "retract", "update_detected"
	Channel  string    `json:"channel,omitempty"`  // "" = every channel the article went to
	Revision string    `json:"revision,omitempty"` // the revision published, for corrections
	Reason   string    `json:"reason,omitempty"`   // why, as given
	Outcome  string    `json:"outcome,omitempty"`  // "queued", "done", "unchanged", "failed: …"
}

// MaxAudit is how many audit lines the store keeps per article (the newest).
const MaxAudit = 100

// Receipts keeps receipts and the audit trail of corrections and retractions.
type Receipts interface {
	// SaveReceipt writes r for (r.ArticleID, r.Channel), replacing what was there, kept for
	// ttl (0 or less than the store's claim TTL = the claim TTL).
	SaveReceipt(ctx context.Context, r Receipt, ttl time.Duration) error
	// Receipt reads one receipt; ErrNotFound when the post was never recorded or expired.
	Receipt(ctx context.Context, articleID, channel string) (Receipt, error)
	// ReceiptsOf returns every receipt of an article, by channel name.
	ReceiptsOf(ctx context.Context, articleID string) ([]Receipt, error)
	// AppendAudit adds a line to the article's audit trail (the newest MaxAudit are kept, as
	// long as the claim).
	AppendAudit(ctx context.Context, articleID string, a Audit) error
	// AuditOf returns the article's audit trail, oldest first.
	AuditOf(ctx context.Context, articleID string) ([]Audit, error)
}
