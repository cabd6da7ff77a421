package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// perf15Random builds a text of random pieces: every date label, its halves and neighbours,
// white space, broken bytes and other scripts.
func perf15Random(rng *rand.Rand, n int, extra []string) string {
	pieces := append([]string{" ", "\n", "a", "d", "é", "中", "입", "\xff", "\xec", "\xec\x9e", "2024-01-02", ":"}, extra...)
	var b strings.Builder
	for range rng.Intn(n) {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return b.String()
}

func TestLabelsInMatchesContains(t *testing.T) {
	var extra []string
	for _, l := range dateLabels {
		extra = append(extra, l.word, l.word[:len(l.word)/2], l.word[len(l.word)/2:], l.word[:1], l.word[1:])
	}
	rng := rand.New(rand.NewSource(15))
	for range 30000 {
		s := perf15Random(rng, 12, extra)
		got := labelsIn(s)
		for i, l := range dateLabels {
			if want := strings.Contains(s, l.word); want != (got&(1<<i) != 0) {
				t.Fatalf("labelsIn(%q): label %q present %v, strings.Contains %v", s, l.word, got&(1<<i) != 0, want)
			}
		}
	}
}
