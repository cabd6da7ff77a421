package bolt

import (
	"bytes"
	"context"
	"errors"
	"time"

	"go.etcd.io/bbolt"

	"paperboy/core/store"
)

var (
	bReceipts = []byte("receipts") // article \0 channel → receiptRec
	bAudit    = []byte("audit")    // article → auditRec
)

type receiptRec struct {
	R   store.Receipt `json:"r"`
	Exp time.Time     `json:"exp"`
}

type auditRec struct {
	Lines []store.Audit `json:"lines"`
	Exp   time.Time     `json:"exp"`
}

func receiptKey(articleID, channel string) []byte { return []byte(articleID + "\x00" + channel) }

// SaveReceipt writes the receipt, kept at least as long as a claim.
func (s *Store) SaveReceipt(ctx context.Context, r store.Receipt, ttl time.Duration) error {
	if r.ArticleID == "" || r.Channel == "" {
		return errors.New("bolt: save receipt: empty article or channel")
	}
	return s.update(ctx, "save receipt", func(tx *bbolt.Tx) error {
		return put(tx.Bucket(bReceipts), receiptKey(r.ArticleID, r.Channel),
			receiptRec{R: r, Exp: s.now().Add(max(ttl, s.claimTTL))})
	})
}

// Receipt reads one receipt; expired ones read as absent.
func (s *Store) Receipt(ctx context.Context, articleID, channel string) (store.Receipt, error) {
	var out store.Receipt
	err := s.view(ctx, "receipt", func(tx *bbolt.Tx) error {
		rec, ok, err := get[receiptRec](tx.Bucket(bReceipts), receiptKey(articleID, channel))
		if err != nil {
			return err
		}
		if !ok || !s.now().Before(rec.Exp) {
			return store.ErrNotFound
		}
		out = rec.R
		return nil
	})
	return out, err
}

// ReceiptsOf reads every live receipt of an article, in channel order (the key order).
func (s *Store) ReceiptsOf(ctx context.Context, articleID string) ([]store.Receipt, error) {
	var out []store.Receipt
	err := s.view(ctx, "receipts", func(tx *bbolt.Tx) error {
		prefix := []byte(articleID + "\x00")
		cur := tx.Bucket(bReceipts).Cursor()
		now := s.now()
		for k, _ := cur.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = cur.Next() {
			rec, _, err := get[receiptRec](tx.Bucket(bReceipts), k)
			if err != nil {
				return err
			}
			if now.Before(rec.Exp) {
				out = append(out, rec.R)
			}
		}
		return nil
	})
	return out, err
}

// AppendAudit adds a line to the article's trail, keeping the newest store.MaxAudit.
func (s *Store) AppendAudit(ctx context.Context, articleID string, a store.Audit) error {
	return s.update(ctx, "audit", func(tx *bbolt.Tx) error {
		b := tx.Bucket(bAudit)
		rec, ok, err := get[auditRec](b, []byte(articleID))
		if err != nil {
			return err
		}
		if !ok || !s.now().Before(rec.Exp) {
			rec = auditRec{}
		}
		rec.Lines = append(rec.Lines, a)
		if n := len(rec.Lines); n > store.MaxAudit {
			rec.Lines = rec.Lines[n-store.MaxAudit:]
		}
		rec.Exp = s.now().Add(s.claimTTL)
		return put(b, []byte(articleID), rec)
	})
}

// AuditOf reads the article's audit trail, oldest first.
func (s *Store) AuditOf(ctx context.Context, articleID string) ([]store.Audit, error) {
	var out []store.Audit
	err := s.view(ctx, "audit", func(tx *bbolt.Tx) error {
		rec, ok, err := get[auditRec](tx.Bucket(bAudit), []byte(articleID))
		if err != nil || !ok || !s.now().Before(rec.Exp) {
			return err
		}
		out = rec.Lines
		return nil
	})
	return out, err
}
