package main

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"paperboy/config"
	"paperboy/core/store/bolt"
	"paperboy/core/subscribe"
)

// TestChatPlanMatchesRouting seeds a small chat load the way the benchmark does (directly and
// through the Registry) and checks that the product's router sends each new item to exactly
// the chats the benchmark expects it to reach, so "missing" and latency count the right posts.
func TestChatPlanMatchesRouting(t *testing.T) {
	ctx := context.Background()
	st, err := bolt.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	o := options{feeds: 50, chats: 200, readers: 300, interval: time.Minute}
	yaml := "channels:\n  - { name: discard, type: console }\n" + chatYAML(o)
	cfg, err := config.Parse("b.yaml", []byte(yaml), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	costs, err := seedChats(ctx, st, cfg, o, []string{"127.0.1.1:1", "127.0.1.2:1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(costs.subscribe) == 0 || len(costs.follow) == 0 {
		t.Fatalf("no chat went through the Registry: %+v", costs)
	}
	set, err := subscribe.New(st, cfg).Effective(ctx)
	if err != nil {
		t.Fatal(err)
	}
	router, err := set.Router(cfg)
	if err != nil {
		t.Fatal(err)
	}
	a := chatPlan{feeds: o.feeds, communities: o.chats, readers: o.readers}.audience()
	readers := 0
	for feed := range o.feeds {
		for k := feedItems; k < feedItems+20; k++ {
			d := router.Route(fmt.Sprintf("f%d", feed), "Feed story about "+topic(feed, k), "Synthetic story")
			got := slices.DeleteFunc(slices.Clone(d.Channels), func(c string) bool { return c == "discard" })
			slices.Sort(got)
			want := a.recipients(feed, k)
			if !slices.Equal(got, want) {
				t.Fatalf("item %s: routed to %v, the plan expects %v", itemKey(feed, k), got, want)
			}
			for _, c := range got {
				if !strings.HasPrefix(c, "telegram:-") {
					readers++
				}
			}
		}
	}
	if readers == 0 {
		t.Fatal("no item reached a reader: the keyword plan matches nothing")
	}
}
