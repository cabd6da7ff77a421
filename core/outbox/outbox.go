// Package outbox turns articles into durable deliveries on top of store: the payload format,
// the idempotency key, and the retry schedule (exponential backoff with full jitter).
package outbox

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"time"

	"paperboy/core/article"
	"paperboy/core/store"
)

// Payload is what an outbox entry carries: the post and where it came from.
type Payload struct {
	Post     article.Post `json:"post"`
	Source   string       `json:"source"`              // source name ("push" for editors' pushes)
	PushedBy string       `json:"pushed_by,omitempty"` // editor who pushed it by hand
	Detected time.Time    `json:"detected"`            // when paperboy first saw the article (detect→post latency)

	// An entry is a send unless Op says it changes a post already sent (see Op).
	Op       Op     `json:"op,omitempty"`
	Article  string `json:"article,omitempty"`  // for an update or retraction: the article whose post it changes
	Revision string `json:"revision,omitempty"` // for an update: the revision to show (Post.Revision())
	Reason   string `json:"reason,omitempty"`   // for an update or retraction: why, from the editor or the source
	By       string `json:"by,omitempty"`       // for an update or retraction: who asked for it (audit)
}

// Key is the delivery idempotency key for (channel, article): the same on every attempt and
// every replica, never random, so platforms that de-duplicate by key can do so.
func Key(channel, articleID string) string {
	sum := sha256.Sum256([]byte(channel + "\x00" + articleID))
	return "pb" + hex.EncodeToString(sum[:15])
}

// NewJob builds the store job that claims (channel, a) and queues its delivery.
func NewJob(channel string, a *article.Article, p Payload, ttl time.Duration) (store.Job, error) {
	data, err := json.Marshal(p)
	if err != nil {
		return store.Job{}, fmt.Errorf("outbox: encode payload: %w", err)
	}
	return store.Job{
		Channel:     channel,
		ArticleID:   a.ID,
		Fingerprint: article.Fingerprint(a.Source, a.Title),
		Key:         Key(channel, a.ID),
		Payload:     data,
		TTL:         ttl,
	}, nil
}

// Decode reads an entry's payload.
func Decode(e store.Entry) (Payload, error) {
	var p Payload
	if err := json.Unmarshal(e.Payload, &p); err != nil {
		return p, fmt.Errorf("outbox: entry %s: bad payload: %w", e.ID, err)
	}
	return p, nil
}

// Backoff is the wait before retry number attempt (1-based): a random duration in
// [base/2, min(max, base·2^(attempt-1))] — full jitter, with a floor so retries of many
// entries spread out instead of hammering a recovering platform at once.
func Backoff(attempt int, base, maxWait time.Duration) time.Duration {
	if attempt < 1 {
		attempt = 1
	}
	ceil := base
	for i := 1; i < attempt && ceil < maxWait; i++ {
		ceil *= 2
	}
	if ceil > maxWait {
		ceil = maxWait
	}
	floor := base / 2
	if ceil <= floor {
		return ceil
	}
	return floor + time.Duration(rand.Int64N(int64(ceil-floor)+1))
}
