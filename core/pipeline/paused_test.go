package pipeline

import (
	"context"
	"testing"
	"time"
)

// A channel the configuration starts paused is paused in the store with that reason, its posts
// wait, and the summary names it; resumed, it delivers — until the next start pauses it again.
func TestConfigStartsAChannelPaused(t *testing.T) {
	st := testStore(t)
	pages := map[string]string{}
	srv := site(t, pages)
	pages["/rss"] = rss(item("One", srv.URL+"/n/1", "Thu, 26 Nov 2026 09:00:00 +0900"))
	a := &fakeChannel{name: "a"}
	yml := "fetch: { allow_private: true }\nsources:\n  - { name: s, url: \"" + srv.URL + "/rss\", backfill: all }\nchannels:\n  - { name: a, type: console, paused: true }\n"
	svc := newService(t, yml, st, a)
	ctx := context.Background()
	sum, err := svc.RunOnce(ctx, 3*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.sent) != 0 || sum.Left != 1 || sum.Failed != 1 || len(sum.Paused) != 1 || sum.Paused[0].Name != "a" || sum.Paused[0].Reason != configPauseReason || sum.Paused[0].Queued != 1 {
		t.Fatalf("summary %+v, %d sent; want a paused by the configuration with its post queued", sum, len(a.sent))
	}
	if p, paused, _ := st.PauseInfo(ctx, "channel", "a"); !paused || p.Since.IsZero() || p.Reason != configPauseReason {
		t.Fatalf("pause %+v, %v", p, paused)
	}
	if _, err := svc.SetPaused(ctx, "a", false); err != nil {
		t.Fatal(err)
	}
	if d, f := svc.Drain(ctx, 3*time.Second); d != 1 || f != 0 {
		t.Fatalf("after resume: delivered %d, failed %d", d, f)
	}
	svc = newService(t, yml, st, a)
	if sum, _ := svc.RunOnce(ctx, time.Second); len(sum.Paused) != 1 {
		t.Fatalf("the next start must pause it again: %+v", sum)
	}
}
