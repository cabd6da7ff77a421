package storetest

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"paperboy/core/store"
)

// testReceipts checks that receipts round-trip with every field, are per (article, channel),
// are replaced by a later save and list by article in channel order.
func testReceipts(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	if _, err := s.Receipt(ctx, "a", "tg"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Receipt of nothing = %v; want ErrNotFound", err)
	}
	sent := time.Now().Add(-time.Hour).Truncate(time.Millisecond).UTC()
	r := store.Receipt{ArticleID: "a", Channel: "tg", Revision: "r1", SentAt: sent, UpdatedAt: sent,
		Data: payloadOf("receipt"), Post: []byte(`{"title":"T"}`), LastOutcome: "sent"}
	for _, ch := range []string{"tg", "dc", "zz"} {
		r.Channel = ch
		if err := s.SaveReceipt(ctx, r, 0); err != nil {
			t.Fatal(err)
		}
	}
	other := r
	other.ArticleID, other.Channel = "a2", "tg"
	if err := s.SaveReceipt(ctx, other, 0); err != nil {
		t.Fatal(err)
	}
	r.Channel = "tg"
	r.Revision, r.Updates, r.Retracted, r.LastOutcome = "r2", 1, true, "retracted"
	if err := s.SaveReceipt(ctx, r, 0); err != nil {
		t.Fatal(err)
	}
	got, err := s.Receipt(ctx, "a", "tg")
	if err != nil {
		t.Fatal(err)
	}
	if got.Revision != "r2" || !got.SentAt.Equal(sent) || !bytes.Equal(got.Data, r.Data) || !got.Retracted ||
		got.Updates != 1 || string(got.Post) != `{"title":"T"}` || got.LastOutcome != "retracted" {
		t.Fatalf("Receipt = %+v; want %+v", got, r)
	}
	all, err := s.ReceiptsOf(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	var chans []string
	for _, x := range all {
		chans = append(chans, x.Channel)
	}
	if len(all) != 3 || chans[0] != "dc" || chans[1] != "tg" || chans[2] != "zz" || all[0].Revision != "r1" {
		t.Fatalf("ReceiptsOf(a) channels = %v", chans)
	}
	if err := s.SaveReceipt(ctx, store.Receipt{Channel: "tg"}, 0); err == nil {
		t.Fatal("SaveReceipt without an article: want an error")
	}
}

// testReceiptOutlivesClaim checks that a receipt is kept at least as long as the claim TTL,
// whatever shorter ttl it was saved with: a post that will not be sent again can still be
// corrected or withdrawn.
func testReceiptOutlivesClaim(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	j := job("tg", "a")
	j.TTL = 100 * time.Millisecond
	mustEnqueue(t, s, j)
	if err := s.SaveReceipt(ctx, store.Receipt{ArticleID: "a", Channel: "tg", Revision: "r1"}, time.Millisecond); err != nil {
		t.Fatal(err)
	}
	eventually(t, "claim with a 100ms ttl expires", func() (bool, error) {
		c, err := s.Claim(ctx, "tg", "a")
		return c.State == store.StateNone, err
	})
	if r, err := s.Receipt(ctx, "a", "tg"); err != nil || r.Revision != "r1" {
		t.Fatalf("receipt after a short ttl = %+v, %v; want it kept for the store's claim TTL", r, err)
	}
}

// testAudit checks the audit trail keeps lines in order and only the newest MaxAudit.
func testAudit(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	if got, err := s.AuditOf(ctx, "a"); err != nil || len(got) != 0 {
		t.Fatalf("AuditOf(nothing) = %v, %v", got, err)
	}
	at := time.Now().Truncate(time.Second).UTC()
	for i := 0; i < store.MaxAudit+5; i++ {
		a := store.Audit{At: at.Add(time.Duration(i) * time.Second), Who: name("ed", i), Action: "correct", Reason: "typo"}
		if err := s.AppendAudit(ctx, "a", a); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AppendAudit(ctx, "b", store.Audit{Who: "x", Action: "retract"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.AuditOf(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != store.MaxAudit || got[0].Who != name("ed", 5) || got[len(got)-1].Who != name("ed", store.MaxAudit+4) ||
		!got[0].At.Equal(at.Add(5*time.Second)) || got[0].Reason != "typo" {
		t.Fatalf("AuditOf = %d lines, first %+v", len(got), got[0])
	}
}
