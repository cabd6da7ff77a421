package shard

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"sync"
	"testing"
	"time"
)

func TestOwnerSpreadsEvenly(t *testing.T) {
	members := []string{"a", "b", "c"}
	counts := map[string]int{}
	const n = 30000
	for i := range n {
		counts[Owner(fmt.Sprintf("src-%d", i), members)]++
	}
	for _, m := range members {
		if share := float64(counts[m]) / n; math.Abs(share-1.0/3) > 0.02 {
			t.Fatalf("%s owns %.3f, want about 1/3 (%v)", m, share, counts)
		}
	}
}

func TestOwnerMovesOnlyWhatItMust(t *testing.T) {
	three := []string{"a", "b", "c"}
	four := []string{"a", "b", "c", "d"}
	two := []string{"a", "c"}
	const n = 20000
	joined, died := 0, 0
	for i := range n {
		name := fmt.Sprintf("src-%d", i)
		o3 := Owner(name, three)
		if o4 := Owner(name, four); o4 != o3 {
			joined++
			if o4 != "d" {
				t.Fatalf("%s moved from %s to %s, not to the new member", name, o3, o4)
			}
		}
		if o2 := Owner(name, two); o2 != o3 {
			died++
			if o3 != "b" {
				t.Fatalf("%s moved from %s though its owner lives", name, o3)
			}
		}
	}
	if share := float64(joined) / n; math.Abs(share-0.25) > 0.02 {
		t.Fatalf("a join moved %.3f, want about 1/4", share)
	}
	if share := float64(died) / n; math.Abs(share-1.0/3) > 0.02 {
		t.Fatalf("a death moved %.3f, want about 1/3", share)
	}
}

// fakeMembers is an in-memory Membership.
type fakeMembers struct {
	mu  sync.Mutex
	exp map[string]time.Time
}

func (f *fakeMembers) Heartbeat(_ context.Context, id string, ttl time.Duration) ([]string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	now := time.Now()
	f.exp[id] = now.Add(ttl)
	var out []string
	for m, e := range f.exp {
		if e.After(now) {
			out = append(out, m)
		}
	}
	return out, nil
}

func (f *fakeMembers) Leave(_ context.Context, id string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.exp, id)
	return nil
}

func TestTrackerSeesJoinAndLeave(t *testing.T) {
	st := &fakeMembers{exp: map[string]time.Time{}}
	a := NewTracker(st, "a", time.Minute, nil)
	b := NewTracker(st, "b", time.Minute, nil)
	ctx := context.Background()
	if _, err := a.Beat(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Beat(ctx); err != nil {
		t.Fatal(err)
	}
	if ch, _ := a.Beat(ctx); !ch || len(a.Members()) != 2 {
		t.Fatalf("a sees %v", a.Members())
	}
	select {
	case <-a.Changed():
	default:
		t.Fatal("no change signalled")
	}
	_ = st.Leave(ctx, "b")
	if _, _ = a.Beat(ctx); len(a.Members()) != 1 || !a.Mine("anything") {
		t.Fatalf("a sees %v after b left", a.Members())
	}
	solo := NewTracker(nil, "x", 0, nil)
	if !solo.Mine("s") || len(solo.Members()) != 1 {
		t.Fatal("a tracker without membership is not the only member")
	}
}

// TestWeightIsFNV pins the hand-written hash to hash/fnv's FNV-1a of member, 0, name (plus the
// finaliser): replicas of two versions during a rolling upgrade must agree on the split.
func TestWeightIsFNV(t *testing.T) {
	ref := func(member, name string) uint64 {
		h := fnv.New64a()
		_, _ = h.Write([]byte(member))
		_, _ = h.Write([]byte{0})
		_, _ = h.Write([]byte(name))
		return mix(h.Sum64())
	}
	for _, c := range [][2]string{{"", ""}, {"r0", "f1"}, {"replica-b", "연합뉴스"}, {"pod-7d9f", "https://example.com/feed.xml"}} {
		if got, want := weight(c[0], c[1]), ref(c[0], c[1]); got != want {
			t.Errorf("weight(%q, %q) = %x, want %x", c[0], c[1], got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = Owner("source-42", []string{"r0", "r1", "r2"}) }); n != 0 {
		t.Errorf("Owner allocates %v times per call, want 0", n)
	}
}
