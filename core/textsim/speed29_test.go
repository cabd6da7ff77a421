package textsim

import (
	"math/rand"
	"testing"
)

// overlapBefore is Overlap as it was: want always counted into the map.
func overlapBefore(got, want []string) int {
	counts := make(map[string]int, len(want))
	for _, t := range want {
		counts[t]++
	}
	common := 0
	for _, t := range got {
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	return common
}

func TestOverlapEitherWayRound(t *testing.T) {
	words := []string{"a", "b", "c", "d", "e", "the", "of", "中"}
	rng := rand.New(rand.NewSource(29))
	list := func() []string {
		var l []string
		for range rng.Intn(30) {
			l = append(l, words[rng.Intn(len(words))])
		}
		return l
	}
	for range 20000 {
		got, want := list(), list()
		if o, b := Overlap(got, want), overlapBefore(got, want); o != b {
			t.Fatalf("Overlap(%q, %q) = %d, before %d", got, want, o, b)
		}
	}
}
