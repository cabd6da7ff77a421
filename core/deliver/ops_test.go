package deliver

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// story queues one article for ch and returns it.
func story(t *testing.T, st store.Store, ch, title string) *article.Article {
	t.Helper()
	u := "https://news.example/" + ch + "/" + title
	a := &article.Article{ID: article.ID(u), URL: u, Source: "wire", Title: title, Summary: "First version."}
	j, err := outbox.NewJob(ch, a, outbox.Payload{Post: a.Post(), Source: "wire", Detected: time.Now()}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := st.Enqueue(context.Background(), j); err != nil || !ok {
		t.Fatalf("enqueue %s: %v %v", title, ok, err)
	}
	return a
}

// drain steps w until ch's outbox and retry schedule are empty.
func drain(t *testing.T, st store.Store, w *Worker, ch string) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		step(t, w)
		if n, err := st.Pending(context.Background(), ch); err != nil {
			t.Fatal(err)
		} else if n == 0 {
			return
		}
	}
	t.Fatalf("%s: outbox not drained after %s", ch, waitLimit)
}

func change(a *article.Article, p article.Post, chans ...string) outbox.Change {
	return outbox.Change{ArticleID: a.ID, Post: p, Reason: "headline corrected", By: "test:editor", Channels: chans}
}

func receiptOf(t *testing.T, st store.Store, a *article.Article, ch string) (store.Receipt, channel.Receipt) {
	t.Helper()
	rec, err := st.Receipt(context.Background(), a.ID, ch)
	if err != nil {
		t.Fatalf("receipt of %s on %s: %v", a.ID, ch, err)
	}
	var rc channel.Receipt
	if err := json.Unmarshal(rec.Data, &rc); err != nil {
		t.Fatal(err)
	}
	return rec, rc
}

func wantPlanned(t *testing.T, got []outbox.Planned, err error, want string) {
	t.Helper()
	if err != nil || len(got) != 1 || got[0].Outcome != want {
		t.Fatalf("planned %v (%v); want one %q", got, err, want)
	}
}

// TestCorrectThenRetract: a sent post is corrected once (a second identical correction does
// nothing), then withdrawn; the receipt and the audit trail follow every step.
func TestCorrectThenRetract(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	rec := channeltest.NewRecorder("rec")
	w := NewWorker(rec, st, settings("r1"), &Credentials{}, nil, quiet, nil)
	a := story(t, st, "rec", "Mayor resigns")
	drain(t, st, w, "rec")
	first, rc := receiptOf(t, st, a, "rec")
	if first.Revision != a.Post().Revision() || len(rc.Messages) != 1 || first.Retracted {
		t.Fatalf("receipt after send: %+v %+v", first, rc)
	}

	fixed := a.Post()
	fixed.Title = "Mayor does not resign"
	got, err := outbox.Correct(ctx, st, change(a, fixed, "rec", "elsewhere"))
	wantPlanned(t, got, err, outbox.PlannedQueued)
	drain(t, st, w, "rec")
	got, err = outbox.Correct(ctx, st, change(a, fixed, "rec"))
	wantPlanned(t, got, err, outbox.PlannedUnchanged)
	drain(t, st, w, "rec")
	if s, u, r := rec.Counts(); s != 1 || u != 1 || r != 0 {
		t.Fatalf("sends/updates/retractions = %d/%d/%d; want 1/1/0", s, u, r)
	}
	after, _ := receiptOf(t, st, a, "rec")
	if after.Revision != fixed.Revision() || after.Updates != 1 || !after.SentAt.Equal(first.SentAt) {
		t.Fatalf("receipt after the update: %+v", after)
	}
	if u := rec.Updates()[0]; u.Post.Title != fixed.Title || u.Reason != "headline corrected" || u.Receipt.Messages[0].ID != rc.Messages[0].ID {
		t.Fatalf("update made: %+v", u)
	}

	got, err = outbox.Retract(ctx, st, change(a, fixed, "rec"))
	wantPlanned(t, got, err, outbox.PlannedQueued)
	drain(t, st, w, "rec")
	got, err = outbox.Retract(ctx, st, change(a, fixed, "rec"))
	wantPlanned(t, got, err, outbox.PlannedAlready)
	if _, _, r := rec.Counts(); r != 1 || len(rec.Shown()) != 0 {
		t.Fatalf("retractions = %d, live messages %v; want 1 and none", r, rec.Shown())
	}
	if x := rec.Retractions()[0]; x.Receipt.SentAt.IsZero() || x.Now.IsZero() || x.Post.Title != fixed.Title {
		t.Fatalf("retraction made: %+v", x)
	}
	gone, _ := receiptOf(t, st, a, "rec")
	if !gone.Retracted || gone.LastOutcome != "retracted" {
		t.Fatalf("receipt after the withdrawal: %+v", gone)
	}
	got, err = outbox.Correct(ctx, st, change(a, a.Post(), "rec"))
	wantPlanned(t, got, err, outbox.PlannedWithdrawn)
	trail, err := st.AuditOf(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, l := range trail {
		actions = append(actions, l.Action)
		if l.Who != "test:editor" {
			t.Fatalf("audit line without its editor: %+v", l)
		}
	}
	want := []string{"correct", "updated", "correct", "retract", "retracted", "retract", "correct"}
	if len(actions) != len(want) {
		t.Fatalf("audit actions %v; want %v", actions, want)
	}
}

// TestCorrectionReplacesQueuedSend: a correction made while the send is still queued goes
// out with the send (one post, the new revision, no edit); a retraction cancels the send.
func TestCorrectionReplacesQueuedSend(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	rec := channeltest.NewRecorder("rec")
	w := NewWorker(rec, st, settings("r1"), &Credentials{}, nil, quiet, nil)
	a := story(t, st, "rec", "Typo in headlne")
	b := story(t, st, "rec", "Pulled story")
	fixed := a.Post()
	fixed.Title = "Typo in headline"
	got, err := outbox.Correct(ctx, st, change(a, fixed, "rec"))
	wantPlanned(t, got, err, outbox.PlannedReplaced)
	got, err = outbox.Retract(ctx, st, change(b, b.Post(), "rec"))
	wantPlanned(t, got, err, outbox.PlannedCancelled)
	drain(t, st, w, "rec")
	s, u, r := rec.Counts()
	if s != 1 || u != 0 || r != 0 {
		t.Fatalf("sends/updates/retractions = %d/%d/%d; want 1/0/0", s, u, r)
	}
	for _, rev := range rec.Shown() {
		if rev != fixed.Revision() {
			t.Fatalf("the send showed revision %s; want the corrected %s", rev, fixed.Revision())
		}
	}
	if rb, _ := receiptOf(t, st, b, "rec"); !rb.Retracted || rb.LastOutcome != "cancelled" {
		t.Fatalf("cancelled send's receipt: %+v", rb)
	}
}

// TestUpdateNotSupported: a channel that cannot edit dead-letters the update (the editor
// sees it with the reason) and never touches the post.
func TestUpdateNotSupported(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	plain := sendOnly{channeltest.NewRecorder("plain")}
	w := NewWorker(plain, st, settings("r1"), &Credentials{}, nil, quiet, nil)
	a := story(t, st, "plain", "Story")
	drain(t, st, w, "plain")
	fixed := a.Post()
	fixed.Summary = "Second version."
	got, err := outbox.Correct(ctx, st, change(a, fixed, "plain"))
	wantPlanned(t, got, err, outbox.PlannedQueued)
	drain(t, st, w, "plain")
	dead, err := st.DeadList(ctx, 10)
	if err != nil || len(dead) != 1 || dead[0].Entry.ArticleID != outbox.OpClaimID(outbox.OpUpdate, a.ID, fixed.Revision()) {
		t.Fatalf("dead letters %+v (%v); want the update", dead, err)
	}
}

// sendOnly hides a channel's correction abilities.
type sendOnly struct{ channel.Channel }
