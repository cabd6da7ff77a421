// Package storetest is the contract suite every store.Store implementation runs: claim semantics,
// outbox hand-out and reclaim, retry schedule, dead letters, seen ids, source state, leases,
// pauses and counts. It checks observable behaviour only, so the Redis and bbolt stores are held to one contract.
package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"paperboy/core/store"
)

// Run runs the whole contract suite; every subtest calls open for a fresh, empty store, and open
// registers the store's cleanup with the t it is given.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"EnqueueClaims", testEnqueueClaims},
		{"EnqueueRefusedWritesNothing", testEnqueueRefusedWritesNothing},
		{"EnqueueMany", testEnqueueMany},
		{"EnqueueInvalid", testEnqueueInvalid},
		{"ConcurrentEnqueue", testConcurrentEnqueue},
		{"ConcurrentFingerprint", testConcurrentFingerprint},
		{"ReadFIFO", testReadFIFO},
		{"ReadBlockWakes", testReadBlockWakes},
		{"ReadBlockTimeout", testReadBlockTimeout},
		{"ReadBlockHonoursContext", testReadBlockHonoursContext},
		{"ReadNoDoubleHandout", testReadNoDoubleHandout},
		{"ReadConcurrentConsumers", testReadConcurrentConsumers},
		{"Reclaim", testReclaim},
		{"MarkSendingAndAck", testMarkSendingAndAck},
		{"Retry", testRetry},
		{"PromoteDueLimit", testPromoteDueLimit},
		{"Dead", testDead},
		{"DeadRetry", testDeadRetry},
		{"DeadDrop", testDeadDrop},
		{"DeadListOrder", testDeadListOrder},
		{"StaleWorkerKeepsSent", testStaleWorkerKeepsSent},
		{"StaleWorkerAfterRetry", testStaleWorkerAfterRetry},
		{"Seen", testSeen},
		{"SourceState", testSourceState},
		{"Lease", testLease},
		{"LeaseExpiry", testLeaseExpiry},
		{"LeasePeekAndTake", testLeasePeekAndTake},
		{"Pause", testPause},
		{"PauseInfo", testPauseInfo},
		{"ClaimTTL", testClaimTTL},
		{"FingerprintTTL", testFingerprintTTL},
		{"Values", testValues},
		{"Counts", testCounts},
		{"ConcurrentCounts", testConcurrentCounts},
		{"Progress", testProgress},
		{"Catalog", testCatalog},
		{"CatalogWatch", testCatalogWatch},
		{"CatalogWatchFromItsStart", testCatalogWatchFromItsStart},
		{"SentClaimKeepsTTL", testSentClaimKeepsTTL},
		{"Receipts", testReceipts},
		{"ReceiptOutlivesClaim", testReceiptOutlivesClaim},
		{"Audit", testAudit},
		{"Ping", testPing},
		{"Closed", testClosed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, open(t))
		})
	}
}

// payloadOf returns a payload that is not valid UTF-8 and holds NUL bytes, so a store that
// mangles binary data (JSON strings, C strings, Lua string handling) fails the round trip.
func payloadOf(article string) []byte {
	return append([]byte{0x00, 0xff, 0xfe, '\n', 0x80}, []byte("post of "+article+" \x00 end")...)
}

// job builds a Job whose fields are all derived from (channel, article), so entries can be checked field by field.
func job(channel, article string) store.Job {
	return store.Job{
		Channel:     channel,
		ArticleID:   article,
		Fingerprint: "fp-" + article,
		Key:         "key-" + channel + "-" + article,
		Payload:     payloadOf(article),
	}
}

func ctxT(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func mustEnqueue(t *testing.T, s store.Store, j store.Job) {
	t.Helper()
	ok, err := s.Enqueue(ctxT(t), j)
	if err != nil {
		t.Fatalf("Enqueue(%s/%s): %v", j.Channel, j.ArticleID, err)
	}
	if !ok {
		t.Fatalf("Enqueue(%s/%s) = false on a fresh store, want true", j.Channel, j.ArticleID)
	}
}

func mustRead(t *testing.T, s store.Store, channel, consumer string, max int) []store.Entry {
	t.Helper()
	es, err := s.Read(ctxT(t), channel, consumer, max, 0)
	if err != nil {
		t.Fatalf("Read(%s, %s): %v", channel, consumer, err)
	}
	return es
}

func mustReadOne(t *testing.T, s store.Store, channel, consumer string) store.Entry {
	t.Helper()
	es := mustRead(t, s, channel, consumer, 10)
	if len(es) != 1 {
		t.Fatalf("Read(%s) returned %d entries, want 1: %v", channel, len(es), articles(es))
	}
	return es[0]
}

func wantPending(t *testing.T, s store.Store, channel string, want int64) {
	t.Helper()
	n, err := s.Pending(ctxT(t), channel)
	if err != nil {
		t.Fatalf("Pending(%s): %v", channel, err)
	}
	if n != want {
		t.Fatalf("Pending(%s) = %d, want %d", channel, n, want)
	}
}

func wantClaim(t *testing.T, s store.Store, channel, article string, state store.ClaimState, remote string) store.Claim {
	t.Helper()
	c, err := s.Claim(ctxT(t), channel, article)
	if err != nil {
		t.Fatalf("Claim(%s, %s): %v", channel, article, err)
	}
	if c.State != state || c.RemoteID != remote {
		t.Fatalf("Claim(%s, %s) = {%q, %q}, want {%q, %q}", channel, article, c.State, c.RemoteID, state, remote)
	}
	if state != store.StateNone && c.At.IsZero() {
		t.Fatalf("Claim(%s, %s).At is zero for state %q", channel, article, state)
	}
	return c
}

func articles(es []store.Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ArticleID
	}
	return out
}

// checkEntry compares every field an entry carries with the job it came from.
func checkEntry(t *testing.T, e store.Entry, j store.Job, attempt int, lastErr string) {
	t.Helper()
	if e.ID == "" {
		t.Errorf("entry %s has an empty ID", j.ArticleID)
	}
	if e.Channel != j.Channel || e.ArticleID != j.ArticleID || e.Key != j.Key {
		t.Errorf("entry = {%q %q %q}, want {%q %q %q}", e.Channel, e.ArticleID, e.Key, j.Channel, j.ArticleID, j.Key)
	}
	if string(e.Payload) != string(j.Payload) {
		t.Errorf("entry %s payload = %q, want %q", j.ArticleID, e.Payload, j.Payload)
	}
	if e.Attempt != attempt || e.LastError != lastErr {
		t.Errorf("entry %s attempt/lastError = %d/%q, want %d/%q", j.ArticleID, e.Attempt, e.LastError, attempt, lastErr)
	}
	if e.Enqueued.IsZero() {
		t.Errorf("entry %s Enqueued is zero", j.ArticleID)
	}
}

// eventually polls cond until it holds or a generous deadline passes; used only where real
// expiry (a TTL running out) is what is being tested.
func eventually(t *testing.T, what string, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: did not happen within 10s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func name(prefix string, i int) string { return fmt.Sprintf("%s-%02d", prefix, i) }
