package pipeline

import (
	"context"
	"fmt"
	"testing"
	"time"

	"paperboy/core/channel/channeltest"
	"paperboy/core/outbox"
)

// TestCorrectRetractPostsEndToEnd: three articles go to two channels; /posts lists them with
// links; one is corrected (a second identical correction does nothing), another withdrawn;
// each channel shows the new revision and the withdrawal once.
func TestCorrectRetractPostsEndToEnd(t *testing.T) {
	st := testStore(t)
	srv := site(t, nil)
	pages := map[string]string{}
	srv.Config.Handler = site(t, pages).Config.Handler
	link := func(i int) string { return fmt.Sprintf("%s/n/%d", srv.URL, i) }
	pages["/rss"] = rss(item("First", link(1), "Thu, 26 Nov 2026 09:00:00 +0900"), item("Second", link(2), "Thu, 26 Nov 2026 10:00:00 +0900"),
		item("Third", link(3), "Thu, 26 Nov 2026 11:00:00 +0900"))
	a, b := channeltest.NewRecorder("a"), channeltest.NewRecorder("b")
	svc := newService(t, fmt.Sprintf(twoChannels, "  - { name: s, url: \""+srv.URL+"/rss\", backfill: all }"), st, a, b)
	ctx := context.Background()
	if sum, err := svc.RunOnce(ctx, 5*time.Second); err != nil || sum.Delivered != 6 {
		t.Fatalf("first run: %+v %v", sum, err)
	}
	ps, err := svc.Posts(ctx, link(1)+"?utm_source=x")
	if err != nil || len(ps.Posts) != 2 || ps.Shown.Title != "First" || len(ps.Posts[0].Links) != 1 || ps.Posts[0].State != "posted" {
		t.Fatalf("posts: %+v %v", ps, err)
	}
	fixed := ps.Shown
	fixed.Title = "First, corrected"
	for i, want := range []string{outbox.PlannedQueued, outbox.PlannedAlready} {
		out, err := svc.Correct(ctx, ps.ArticleID, fixed, "typo", "telegram:ann")
		if err != nil || len(out) != 2 || out[0].Outcome != want {
			t.Fatalf("correction %d: %v %v; want %s", i+1, out, err, want)
		}
	}
	two, err := svc.Posts(ctx, link(2))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Retract(ctx, two.ArticleID, "legal", "cli"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.RunOnce(ctx, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	for _, r := range []*channeltest.Recorder{a, b} {
		if s, u, x := r.Counts(); s != 3 || u != 1 || x != 1 {
			t.Errorf("%s: sends/updates/retractions = %d/%d/%d; want 3/1/1", r.Name(), s, u, x)
		}
		if len(r.Shown()) != 2 {
			t.Errorf("%s: %d live messages; want 2", r.Name(), len(r.Shown()))
		}
	}
	// Nothing changed since: a correction to the same version is unchanged everywhere.
	out, err := svc.Correct(ctx, ps.ArticleID, fixed, "", "telegram:ann")
	if err != nil || out[0].Outcome != outbox.PlannedUnchanged {
		t.Fatalf("correction after publishing: %v %v", out, err)
	}
	ps, _ = svc.Posts(ctx, link(1))
	two, _ = svc.Posts(ctx, link(2))
	if ps.Posts[0].State != "updated" || ps.Shown.Title != fixed.Title || two.Posts[0].State != "withdrawn" || len(two.Audit) < 2 {
		t.Fatalf("after: %+v / %+v", ps, two)
	}
}
