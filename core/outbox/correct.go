package outbox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"paperboy/core/article"
	"paperboy/core/store"
)

// Change is a correction or a withdrawal of one article everywhere it went.
type Change struct {
	ArticleID string
	Post      article.Post  // the new revision (corrections); the article as known (withdrawals)
	Reason    string        // why, shown in a withdrawal notice and kept in the audit trail
	By        string        // who asked ("telegram:123", "dashboard:alice", "cli", "source:<name>")
	Channels  []string      // the configured channels; the article's posts are looked up in each
	TTL       time.Duration // claim TTL of the operations (0 = the store's)
}

// Planned is what a Change does to one channel.
type Planned struct {
	Channel string
	Outcome string // see the Planned* outcomes
}

// Outcomes of a Change on one channel.
const (
	PlannedQueued    = "queued"    // an update or retraction is in the outbox
	PlannedReplaced  = "replaced"  // the send was still queued: it will carry the new revision
	PlannedCancelled = "cancelled" // the send was still queued: it will not go out
	PlannedUnchanged = "unchanged" // the post already shows this revision
	PlannedAlready   = "already"   // this update or the withdrawal was queued or done before
	PlannedWithdrawn = "withdrawn" // the post was withdrawn: nothing to correct
)

// Correct queues the update of every post of c.ArticleID to c.Post and records it in the
// audit trail. A channel where the article was never posted (nor queued) is left out.
func Correct(ctx context.Context, st store.Store, c Change) ([]Planned, error) {
	rev := c.Post.Revision()
	p := Payload{Post: c.Post, Source: "correct", Revision: rev, Reason: c.Reason, By: c.By, Detected: time.Now()}
	return plan(ctx, st, c, "correct", rev, func(ch string, rec *store.Receipt, queued bool) (string, error) {
		if rec != nil && rec.Retracted {
			return PlannedWithdrawn, nil
		}
		if rec != nil && rec.Revision == rev {
			return PlannedUnchanged, nil
		}
		outcome := PlannedQueued
		if rec == nil && queued {
			raw, err := json.Marshal(c.Post)
			if err != nil {
				return "", err
			}
			if err := st.PutValue(ctx, NextKey(ch, c.ArticleID), raw, ttlOr(c.TTL)); err != nil {
				return "", err
			}
			outcome = PlannedReplaced
		}
		j, err := UpdateJob(ch, c.ArticleID, p, c.TTL)
		if err != nil {
			return "", err
		}
		return enqueued(ctx, st, j, outcome)
	})
}

// Retract queues the withdrawal of every post of c.ArticleID and records it in the audit
// trail; a send still queued is cancelled.
func Retract(ctx context.Context, st store.Store, c Change) ([]Planned, error) {
	p := Payload{Post: c.Post, Source: "retract", Reason: c.Reason, By: c.By, Detected: time.Now()}
	return plan(ctx, st, c, "retract", "", func(ch string, rec *store.Receipt, queued bool) (string, error) {
		if rec != nil && rec.Retracted {
			return PlannedAlready, nil
		}
		outcome := PlannedQueued
		if rec == nil && queued {
			if err := st.PutValue(ctx, CancelKey(ch, c.ArticleID), []byte(c.By), ttlOr(c.TTL)); err != nil {
				return "", err
			}
			outcome = PlannedCancelled
		}
		j, err := RetractJob(ch, c.ArticleID, p, c.TTL)
		if err != nil {
			return "", err
		}
		return enqueued(ctx, st, j, outcome)
	})
}

// plan runs one channel step per configured channel that has the article (a receipt, or a
// send queued or in flight), then appends one audit line summing up what happened.
func plan(ctx context.Context, st store.Store, c Change, action, rev string,
	step func(ch string, rec *store.Receipt, queued bool) (string, error)) ([]Planned, error) {
	if c.ArticleID == "" {
		return nil, errors.New("outbox: change: no article")
	}
	var out []Planned
	for _, ch := range c.Channels {
		var recp *store.Receipt
		queued := false
		rec, err := st.Receipt(ctx, c.ArticleID, ch)
		switch {
		case err == nil:
			recp = &rec
		case errors.Is(err, store.ErrNotFound):
			cl, err := st.Claim(ctx, ch, c.ArticleID)
			if err != nil {
				return out, fmt.Errorf("outbox: %s %s on %s: %w", action, c.ArticleID, ch, err)
			}
			if cl.State != store.StateQueued && cl.State != store.StateSending {
				continue // never posted there
			}
			queued = true
		default:
			return out, fmt.Errorf("outbox: %s %s on %s: %w", action, c.ArticleID, ch, err)
		}
		o, err := step(ch, recp, queued)
		if err != nil {
			return out, fmt.Errorf("outbox: %s %s on %s: %w", action, c.ArticleID, ch, err)
		}
		out = append(out, Planned{Channel: ch, Outcome: o})
	}
	a := store.Audit{At: time.Now().UTC(), Who: c.By, Action: action, Revision: rev, Reason: c.Reason, Outcome: Summary(out)}
	if err := st.AppendAudit(ctx, c.ArticleID, a); err != nil {
		return out, fmt.Errorf("outbox: %s %s: audit: %w", action, c.ArticleID, err)
	}
	return out, nil
}

func enqueued(ctx context.Context, st store.Store, j store.Job, outcome string) (string, error) {
	ok, err := st.Enqueue(ctx, j)
	if err != nil {
		return "", err
	}
	if !ok {
		return PlannedAlready, nil
	}
	return outcome, nil
}

func ttlOr(d time.Duration) time.Duration {
	if d <= 0 {
		return store.DefaultClaimTTL
	}
	return d
}

// Summary is a one-line account of planned outcomes ("tg: queued, dc: unchanged"), for the
// audit trail and editors' replies; "no posts" when the article went nowhere.
func Summary(ps []Planned) string {
	if len(ps) == 0 {
		return "no posts"
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Channel + ": " + p.Outcome
	}
	return strings.Join(parts, ", ")
}
