package textsim

import (
	"math/rand"
	"testing"
)

// randomLists returns a source of token lists of up to 30 tokens drawn from a few words, so
// that two lists overlap at every degree and repeat tokens.
func randomLists(seed int64) func() []string {
	words := []string{"a", "b", "c", "d", "e", "the", "of", "中"}
	rng := rand.New(rand.NewSource(seed))
	return func() []string {
		var l []string
		for range rng.Intn(30) {
			l = append(l, words[rng.Intn(len(words))])
		}
		return l
	}
}

// overlapByDefinition is Overlap as its doc defines it: the tokens of got also in want, each want
// token used once, found by crossing out a matching want token for each got token.
func overlapByDefinition(got, want []string) int {
	left := append([]string(nil), want...)
	common := 0
	for _, t := range got {
		for i, w := range left {
			if w == t {
				left = append(left[:i], left[i+1:]...)
				common++
				break
			}
		}
	}
	return common
}

// TestOverlapEitherWayRound checks Overlap against its definition, and that it is the same
// either way round: betterContainer and sameText (core/extract) count it once for both recalls
// of a pair.
func TestOverlapEitherWayRound(t *testing.T) {
	list := randomLists(29)
	for range 20000 {
		got, want := list(), list()
		if o, d := Overlap(got, want), overlapByDefinition(got, want); o != d {
			t.Fatalf("Overlap(%q, %q) = %d, by definition %d", got, want, o, d)
		}
		if o, r := Overlap(got, want), Overlap(want, got); o != r {
			t.Fatalf("Overlap(%q, %q) = %d, the other way round %d", got, want, o, r)
		}
	}
}

// TestRecallOfOneOverlap checks Recall against its doc (the share of want's tokens found in got,
// 0 for an empty want) and RecallOf against Recall both ways round from one Overlap count: what
// a caller that asks both recalls of a pair relies on.
func TestRecallOfOneOverlap(t *testing.T) {
	list := randomLists(31)
	for range 20000 {
		a, b := list(), list()
		want := 0.0
		if len(b) > 0 {
			want = float64(overlapByDefinition(a, b)) / float64(len(b))
		}
		if got := Recall(a, b); got != want {
			t.Fatalf("Recall(%q, %q) = %v, by definition %v", a, b, got, want)
		}
		common := Overlap(a, b)
		if got, want := RecallOf(common, len(b)), Recall(a, b); got != want {
			t.Fatalf("RecallOf(Overlap(%q, %q), %d) = %v, Recall %v", a, b, len(b), got, want)
		}
		if got, want := RecallOf(common, len(a)), Recall(b, a); got != want {
			t.Fatalf("RecallOf(Overlap(%q, %q), %d) = %v, Recall the other way round %v", a, b, len(a), got, want)
		}
	}
}
