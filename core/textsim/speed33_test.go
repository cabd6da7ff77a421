package textsim

import (
	"math/rand"
	"testing"
)

// overlapBefore is Overlap as it was: every got token looked up in the map.
func overlapBefore(got, want []string) int {
	if len(got) < len(want) {
		got, want = want, got
	}
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

// TestOverlapMatchesBefore checks that the key filter passes over no token the map holds:
// random lists over a vocabulary of tokens that share lengths and first and last bytes (and
// so keys), the empty token and a repeated one among them.
func TestOverlapMatchesBefore(t *testing.T) {
	vocab := []string{"", "a", "b", "ab", "ba", "aa", "the", "tie", "toe", "thee", "story", "stony", "shiny", "x", "日", "日本", "word", "ward", "wood"}
	rng := rand.New(rand.NewSource(33))
	list := func() []string {
		l := make([]string, rng.Intn(40))
		for i := range l {
			l[i] = vocab[rng.Intn(len(vocab))]
		}
		return l
	}
	for range 5000 {
		got, want := list(), list()
		if o, b := Overlap(got, want), overlapBefore(got, want); o != b {
			t.Fatalf("Overlap(%q, %q) = %d, before %d", got, want, o, b)
		}
	}
}
