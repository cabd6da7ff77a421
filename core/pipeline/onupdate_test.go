package pipeline

import (
	"context"
	"fmt"
	"testing"
	"time"

	"paperboy/core/article"
	"paperboy/core/channel/channeltest"
)

// TestOnUpdate: a source with on_update: edit updates every post of an article whose title
// changed in the feed, once per min_update_interval; on_update: notify only records it in
// the article's history; the default (ignore) does nothing.
func TestOnUpdate(t *testing.T) {
	for _, policy := range []string{"edit", "notify", "ignore"} {
		t.Run(policy, func(t *testing.T) {
			st := testStore(t)
			srv := site(t, nil)
			pages := map[string]string{}
			srv.Config.Handler = site(t, pages).Config.Handler
			link := srv.URL + "/n/1"
			pages["/rss"] = rss(item("Mayor resigns", link, "Thu, 26 Nov 2026 09:00:00 +0900"))
			a, b := channeltest.NewRecorder("a"), channeltest.NewRecorder("b")
			on := ""
			if policy != "ignore" {
				on = ", on_update: " + policy
			}
			svc := newService(t, fmt.Sprintf(twoChannels, "  - { name: s, url: \""+srv.URL+"/rss\", backfill: all"+on+" }"), st, a, b)
			ctx := context.Background()
			if sum, err := svc.RunOnce(ctx, 5*time.Second); err != nil || sum.Delivered != 2 {
				t.Fatalf("first run: %+v %v", sum, err)
			}
			pages["/rss"] = rss(item("Mayor does not resign", link, "Thu, 26 Nov 2026 09:00:00 +0900"))
			if _, err := svc.RunOnce(ctx, 5*time.Second); err != nil {
				t.Fatal(err)
			}
			pages["/rss"] = rss(item("Mayor does not resign, aide says", link, "Thu, 26 Nov 2026 09:00:00 +0900"))
			if _, err := svc.RunOnce(ctx, 5*time.Second); err != nil {
				t.Fatal(err)
			}
			want := 0
			if policy == "edit" {
				want = 1 // the third version came within min_update_interval
			}
			for _, r := range []*channeltest.Recorder{a, b} {
				if _, u, _ := r.Counts(); u != want {
					t.Errorf("%s: %d updates; want %d", r.Name(), u, want)
				}
			}
			if policy == "edit" && a.Updates()[0].Post.Title != "Mayor does not resign" {
				t.Errorf("update showed %q", a.Updates()[0].Post.Title)
			}
			canon, _ := article.Canonical(link)
			trail, err := st.AuditOf(ctx, article.ID(canon))
			if err != nil {
				t.Fatal(err)
			}
			detected := 0
			for _, l := range trail {
				if l.Action == "update_detected" {
					detected++
				}
			}
			if policy == "notify" && detected != 2 || policy != "notify" && detected != 0 {
				t.Errorf("%d update_detected lines in %+v", detected, trail)
			}
		})
	}
}
