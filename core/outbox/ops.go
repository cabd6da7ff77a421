package outbox

import (
	"encoding/json"
	"fmt"
	"time"

	"paperboy/core/store"
)

// Op is what an outbox entry does to a channel: send a new post (the zero Op), or change one
// already sent. Updates and retractions are outbox entries like sends, so they get the same
// limiters, breaker, retries, in-doubt policy and dead letters.
type Op string

// Outbox operations.
const (
	OpSend    Op = ""        // post the article
	OpUpdate  Op = "update"  // show a new revision on every message of the post
	OpRetract Op = "retract" // withdraw every message of the post
)

// OpClaimID is the claim id of an operation on articleID: each revision's update and the
// retraction are claimed once per channel, as sends are, so each happens once across
// crashes and replicas ("<article>~update~<revision>", "<article>~retract").
func OpClaimID(op Op, articleID, revision string) string {
	if op == OpUpdate {
		return articleID + "~update~" + revision
	}
	return articleID + "~" + string(op)
}

// UpdateJob builds the job that updates channel's post of articleID to p.Post: its claim
// is (article, channel, revision) and so is its idempotency key.
func UpdateJob(channel, articleID string, p Payload, ttl time.Duration) (store.Job, error) {
	p.Op, p.Article = OpUpdate, articleID
	if p.Revision == "" {
		p.Revision = p.Post.Revision()
	}
	return opJob(channel, OpClaimID(OpUpdate, articleID, p.Revision), p, ttl)
}

// RetractJob builds the job that withdraws channel's post of articleID; its claim and key are
// (article, channel, "retract").
func RetractJob(channel, articleID string, p Payload, ttl time.Duration) (store.Job, error) {
	p.Op, p.Article, p.Revision = OpRetract, articleID, ""
	return opJob(channel, OpClaimID(OpRetract, articleID, ""), p, ttl)
}

func opJob(channel, claimID string, p Payload, ttl time.Duration) (store.Job, error) {
	data, err := json.Marshal(p)
	if err != nil {
		return store.Job{}, fmt.Errorf("outbox: encode %s payload: %w", p.Op, err)
	}
	return store.Job{Channel: channel, ArticleID: claimID, Key: Key(channel, claimID), Payload: data, TTL: ttl}, nil
}

// NextKey is the store.Values key holding the newest post asked for while the send of
// (channel, articleID) was still queued: deliver reads it just before sending, so an update
// queued behind the original replaces its post in place.
func NextKey(channel, articleID string) string { return "op:next:" + channel + ":" + articleID }

// CancelKey is the store.Values key that cancels a queued send of (channel, articleID): a
// retraction of a post not yet sent.
func CancelKey(channel, articleID string) string { return "op:cancel:" + channel + ":" + articleID }
