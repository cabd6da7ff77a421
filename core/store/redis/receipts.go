package redis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
)

// An article's receipts are one hash (field = channel), its audit trail one list: both keyed
// by article, so /posts reads all channels in one round trip.
func (s *Store) receiptsKey(id string) string { return s.prefix + "receipts:" + id }
func (s *Store) auditKey(id string) string    { return s.prefix + "audit:" + id }

// receiptTTL is at least the claim TTL, so a post that cannot be sent again can still be corrected.
func (s *Store) receiptTTL(ttl time.Duration) time.Duration { return max(ttl, s.claimTTL) }

// SaveReceipt writes the receipt into the article's hash and extends the hash's TTL.
func (s *Store) SaveReceipt(ctx context.Context, r store.Receipt, ttl time.Duration) error {
	if r.ArticleID == "" || r.Channel == "" {
		return errors.New("redis: save receipt: empty article or channel")
	}
	raw, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("redis: save receipt: %w", err)
	}
	k := s.receiptsKey(r.ArticleID)
	// MULTI, not a plain pipeline: a receipt written without its expiry would outlive the
	// article forever if the connection dropped between the two commands. The expiry covers
	// the whole hash, so each new receipt extends its siblings' lives too.
	_, err = s.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		p.HSet(ctx, k, r.Channel, raw)
		p.PExpire(ctx, k, s.receiptTTL(ttl))
		return nil
	})
	if err != nil {
		return fmt.Errorf("redis: save receipt: %w", err)
	}
	return nil
}

// Receipt reads one channel's receipt of an article.
func (s *Store) Receipt(ctx context.Context, articleID, channel string) (store.Receipt, error) {
	var r store.Receipt
	raw, err := s.rdb.HGet(ctx, s.receiptsKey(articleID), channel).Bytes()
	if errors.Is(err, goredis.Nil) {
		return r, store.ErrNotFound
	}
	if err != nil {
		return r, fmt.Errorf("redis: receipt: %w", err)
	}
	// A receipt that does not decode is an error, not "not found": treating it as absent would
	// let an update be settled as not_sent while the post is live.
	if err := json.Unmarshal(raw, &r); err != nil {
		return r, fmt.Errorf("redis: receipt %s/%s: %w", articleID, channel, err)
	}
	return r, nil
}

// ReceiptsOf reads every receipt of an article, sorted by channel.
func (s *Store) ReceiptsOf(ctx context.Context, articleID string) ([]store.Receipt, error) {
	all, err := s.rdb.HGetAll(ctx, s.receiptsKey(articleID)).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: receipts: %w", err)
	}
	out := make([]store.Receipt, 0, len(all))
	for ch, raw := range all {
		var r store.Receipt
		if err := json.Unmarshal([]byte(raw), &r); err != nil {
			return nil, fmt.Errorf("redis: receipt %s/%s: %w", articleID, ch, err)
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Channel < out[j].Channel })
	return out, nil
}

// AppendAudit pushes a line onto the article's audit list, trimmed to the newest store.MaxAudit.
func (s *Store) AppendAudit(ctx context.Context, articleID string, a store.Audit) error {
	raw, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("redis: audit: %w", err)
	}
	k := s.auditKey(articleID)
	// Push, trim and expire in one MULTI: the list can never grow past MaxAudit or lose its
	// expiry, however many editors act on the article at once.
	_, err = s.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		p.RPush(ctx, k, raw)
		p.LTrim(ctx, k, -store.MaxAudit, -1)
		p.PExpire(ctx, k, s.claimTTL)
		return nil
	})
	if err != nil {
		return fmt.Errorf("redis: audit: %w", err)
	}
	return nil
}

// AuditOf reads the article's audit trail, oldest first.
func (s *Store) AuditOf(ctx context.Context, articleID string) ([]store.Audit, error) {
	all, err := s.rdb.LRange(ctx, s.auditKey(articleID), 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: audit: %w", err)
	}
	out := make([]store.Audit, 0, len(all))
	for _, raw := range all {
		var a store.Audit
		if err := json.Unmarshal([]byte(raw), &a); err != nil {
			return nil, fmt.Errorf("redis: audit %s: %w", articleID, err)
		}
		out = append(out, a)
	}
	return out, nil
}
