package storetest

import (
	"errors"
	"testing"
	"time"

	"paperboy/core/store"
)

func testMarkSendingAndAck(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	j := job("tg", "a")
	mustEnqueue(t, s, j)
	mustEnqueue(t, s, job("tg", "b"))
	e := mustRead(t, s, "tg", "c1", 1)[0]
	queued := wantClaim(t, s, "tg", "a", store.StateQueued, "")
	if err := s.MarkSending(ctx, e); err != nil {
		t.Fatalf("MarkSending: %v", err)
	}
	sending := wantClaim(t, s, "tg", "a", store.StateSending, "")
	if sending.At.Before(queued.At) {
		t.Errorf("sending At %v is before queued At %v", sending.At, queued.At)
	}
	wantPending(t, s, "tg", 2)
	if err := s.Ack(ctx, e, "msg-42"); err != nil {
		t.Fatalf("Ack: %v", err)
	}
	wantClaim(t, s, "tg", "a", store.StateSent, "msg-42")
	wantClaim(t, s, "tg", "b", store.StateQueued, "")
	wantPending(t, s, "tg", 1)
	if es, err := s.Reclaim(ctx, "tg", "c2", 0, 10); err != nil || len(es) != 0 {
		t.Fatalf("Reclaim after Ack = %v, %v; want nothing", articles(es), err)
	}
	if e2 := mustReadOne(t, s, "tg", "c2"); e2.ArticleID != "b" {
		t.Fatalf("Read after Ack returned %s, want b", e2.ArticleID)
	}
	if ok, err := s.Enqueue(ctx, j); err != nil || ok {
		t.Fatalf("Enqueue of a sent article = %v, %v; want false", ok, err)
	}
}

func testRetry(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	j := job("tg", "a")
	mustEnqueue(t, s, j)
	e := mustReadOne(t, s, "tg", "c1")
	if err := s.MarkSending(ctx, e); err != nil {
		t.Fatalf("MarkSending: %v", err)
	}
	if due, err := s.NextDue(ctx, "tg"); err != nil || !due.IsZero() {
		t.Fatalf("NextDue with an empty schedule = %v, %v; want zero", due, err)
	}
	due := time.Now().Add(time.Hour).Truncate(time.Millisecond)
	if err := s.Retry(ctx, e, due, "503 busy"); err != nil {
		t.Fatalf("Retry: %v", err)
	}
	wantClaim(t, s, "tg", "a", store.StateQueued, "")
	wantPending(t, s, "tg", 1) // the schedule counts
	if es := mustRead(t, s, "tg", "c2", 10); len(es) != 0 {
		t.Fatalf("Read after Retry returned %v: the entry must wait for its due time", articles(es))
	}
	if es, err := s.Reclaim(ctx, "tg", "c2", 0, 10); err != nil || len(es) != 0 {
		t.Fatalf("Reclaim after Retry = %v, %v; want nothing: the entry left the outbox", articles(es), err)
	}
	if got, err := s.NextDue(ctx, "tg"); err != nil || !got.Equal(due) {
		t.Fatalf("NextDue = %v, %v; want %v", got, err, due)
	}
	if n, err := s.PromoteDue(ctx, "tg", due.Add(-time.Second), 10); err != nil || n != 0 {
		t.Fatalf("PromoteDue before due = %d, %v; want 0", n, err)
	}
	if n, err := s.PromoteDue(ctx, "tg", due, 10); err != nil || n != 1 {
		t.Fatalf("PromoteDue at due = %d, %v; want 1", n, err)
	}
	if got, err := s.NextDue(ctx, "tg"); err != nil || !got.IsZero() {
		t.Fatalf("NextDue after promotion = %v, %v; want zero", got, err)
	}
	wantPending(t, s, "tg", 1)
	again := mustReadOne(t, s, "tg", "c2")
	checkEntry(t, again, j, 1, "503 busy")
	if !again.Enqueued.Equal(e.Enqueued) {
		t.Errorf("Enqueued changed across a retry: %v, was %v", again.Enqueued, e.Enqueued)
	}
	if err := s.Retry(ctx, again, due, "timeout"); err != nil {
		t.Fatalf("second Retry: %v", err)
	}
	if n, err := s.PromoteDue(ctx, "tg", due.Add(time.Minute), 10); err != nil || n != 1 {
		t.Fatalf("second PromoteDue = %d, %v; want 1", n, err)
	}
	checkEntry(t, mustReadOne(t, s, "tg", "c3"), j, 2, "timeout")
}

func testPromoteDueLimit(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	base := time.Now().Truncate(time.Millisecond)
	for i := range 3 {
		mustEnqueue(t, s, job("tg", name("a", i)))
	}
	es := mustRead(t, s, "tg", "c1", 10)
	// Scheduled out of order: a-02 is due first.
	dues := []time.Duration{3 * time.Minute, 2 * time.Minute, time.Minute}
	for i, e := range es {
		if err := s.Retry(ctx, e, base.Add(dues[i]), "x"); err != nil {
			t.Fatalf("Retry: %v", err)
		}
	}
	if got, err := s.NextDue(ctx, "tg"); err != nil || !got.Equal(base.Add(time.Minute)) {
		t.Fatalf("NextDue = %v, %v; want the earliest %v", got, err, base.Add(time.Minute))
	}
	if n, err := s.PromoteDue(ctx, "tg", base.Add(time.Hour), 0); err != nil || n != 0 {
		t.Fatalf("PromoteDue(max 0) = %d, %v; want 0", n, err)
	}
	if n, err := s.PromoteDue(ctx, "tg", base.Add(time.Hour), 2); err != nil || n != 2 {
		t.Fatalf("PromoteDue(max 2) = %d, %v; want 2", n, err)
	}
	if g := articles(mustRead(t, s, "tg", "c1", 10)); len(g) != 2 || g[0] != "a-02" || g[1] != "a-01" {
		t.Fatalf("promoted %v, want the two earliest due [a-02 a-01] in due order", g)
	}
	if got, err := s.NextDue(ctx, "tg"); err != nil || !got.Equal(base.Add(3*time.Minute)) {
		t.Fatalf("NextDue = %v, %v; want %v", got, err, base.Add(3*time.Minute))
	}
	wantPending(t, s, "tg", 3)
}

func testDead(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	j := job("tg", "a")
	mustEnqueue(t, s, j)
	before := time.Now().Add(-time.Second)
	e := mustReadOne(t, s, "tg", "c1")
	if err := s.Dead(ctx, e, "400 chat not found"); err != nil {
		t.Fatalf("Dead: %v", err)
	}
	wantClaim(t, s, "tg", "a", store.StateDead, "")
	wantPending(t, s, "tg", 0)
	if es, err := s.Reclaim(ctx, "tg", "c2", 0, 10); err != nil || len(es) != 0 {
		t.Fatalf("Reclaim after Dead = %v, %v; want nothing", articles(es), err)
	}
	dl := mustDeadList(t, s, 10, 1)[0]
	if dl.ID == "" || dl.Reason != "400 chat not found" || dl.At.Before(before) {
		t.Fatalf("dead letter = {id %q, reason %q, at %v}, want an id, the reason and a recent time", dl.ID, dl.Reason, dl.At)
	}
	checkEntry(t, dl.Entry, j, 0, "")
	if ok, err := s.Enqueue(ctx, j); err != nil || ok {
		t.Fatalf("Enqueue of a dead article = %v, %v; want false", ok, err)
	}
}

func testDeadRetry(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	j := job("tg", "a")
	mustEnqueue(t, s, j)
	e := mustReadOne(t, s, "tg", "c1")
	if err := s.Retry(ctx, e, time.Now().Add(-time.Second), "flaky"); err != nil {
		t.Fatalf("Retry: %v", err)
	}
	if n, err := s.PromoteDue(ctx, "tg", time.Now(), 10); err != nil || n != 1 {
		t.Fatalf("PromoteDue = %d, %v; want 1", n, err)
	}
	e = mustReadOne(t, s, "tg", "c1")
	if err := s.Dead(ctx, e, "403 forbidden"); err != nil {
		t.Fatalf("Dead: %v", err)
	}
	dl := mustDeadList(t, s, 10, 1)[0]
	checkEntry(t, dl.Entry, j, 1, "flaky")
	if err := s.DeadRetry(ctx, dl.ID); err != nil {
		t.Fatalf("DeadRetry: %v", err)
	}
	wantClaim(t, s, "tg", "a", store.StateQueued, "")
	mustDeadList(t, s, 10, 0)
	wantPending(t, s, "tg", 1)
	back := mustReadOne(t, s, "tg", "c2")
	if back.Attempt != 0 || back.ArticleID != "a" || back.Key != j.Key || string(back.Payload) != string(j.Payload) {
		t.Fatalf("re-queued entry = {%s attempt %d key %q}, want a with attempt 0 and the original key and payload", back.ArticleID, back.Attempt, back.Key)
	}
	if err := s.DeadRetry(ctx, dl.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("second DeadRetry = %v, want ErrNotFound", err)
	}
	if err := s.DeadRetry(ctx, "no-such-id"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("DeadRetry(unknown) = %v, want ErrNotFound", err)
	}
	if err := s.Ack(ctx, back, "m9"); err != nil {
		t.Fatalf("Ack: %v", err)
	}
	wantClaim(t, s, "tg", "a", store.StateSent, "m9")
}

func testDeadDrop(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	j := job("tg", "a")
	mustEnqueue(t, s, j)
	if err := s.Dead(ctx, mustReadOne(t, s, "tg", "c1"), "gone"); err != nil {
		t.Fatalf("Dead: %v", err)
	}
	dl := mustDeadList(t, s, 10, 1)[0]
	if err := s.DeadDrop(ctx, dl.ID); err != nil {
		t.Fatalf("DeadDrop: %v", err)
	}
	mustDeadList(t, s, 10, 0)
	wantClaim(t, s, "tg", "a", store.StateDead, "")
	if ok, err := s.Enqueue(ctx, j); err != nil || ok {
		t.Fatalf("Enqueue after DeadDrop = %v, %v; want false: the claim stays dead", ok, err)
	}
	if err := s.DeadDrop(ctx, dl.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("second DeadDrop = %v, want ErrNotFound", err)
	}
	if err := s.DeadRetry(ctx, dl.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("DeadRetry after DeadDrop = %v, want ErrNotFound", err)
	}
	wantPending(t, s, "tg", 0)
}

func testDeadListOrder(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	order := []store.Job{job("tg", "a"), job("dc", "b"), job("tg", "c")}
	for _, j := range order {
		mustEnqueue(t, s, j)
		if err := s.Dead(ctx, mustReadOne(t, s, j.Channel, "c1"), "reason "+j.ArticleID); err != nil {
			t.Fatalf("Dead: %v", err)
		}
	}
	all := mustDeadList(t, s, 10, 3)
	for i, dl := range all {
		if dl.Entry.ArticleID != order[i].ArticleID || dl.Entry.Channel != order[i].Channel || dl.Reason != "reason "+order[i].ArticleID {
			t.Fatalf("DeadList[%d] = %s/%s %q, want oldest first %s/%s", i, dl.Entry.Channel, dl.Entry.ArticleID, dl.Reason, order[i].Channel, order[i].ArticleID)
		}
	}
	if all[0].ID == all[1].ID || all[1].ID == all[2].ID {
		t.Fatalf("dead-letter ids are not unique: %q %q %q", all[0].ID, all[1].ID, all[2].ID)
	}
	if two := mustDeadList(t, s, 2, 2); two[1].ID != all[1].ID {
		t.Fatalf("DeadList(2) = %s, %s; want the two oldest", two[0].ID, two[1].ID)
	}
	mustDeadList(t, s, 0, 0)
}

func mustDeadList(t *testing.T, s store.Store, max, want int) []store.DeadLetter {
	t.Helper()
	dl, err := s.DeadList(ctxT(t), max)
	if err != nil {
		t.Fatalf("DeadList: %v", err)
	}
	if len(dl) != want {
		t.Fatalf("DeadList(%d) has %d letters, want %d", max, len(dl), want)
	}
	return dl
}
