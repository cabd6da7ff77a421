package textsim

import (
	"math/rand"
	"strings"
	"testing"

	"paperboy/core/internal/randtext"
)

// TestSpeed27FoldedSetsMatchLowered checks AnyOf.InFoldASCII against ContainsFoldASCII asked of
// each sub, and AnyOf.InLowered against In of the strings.ToLower copy, over random strings of
// capitals, the two letters outside ASCII that lower into it (U+0130, the Kelvin sign), other
// runes and broken bytes.
func TestSpeed27FoldedSetsMatchLowered(t *testing.T) {
	pieces := []string{"a", "A", "b", "c", "C", "k", "K", "\u212a", "i", "I", "\u0130", "o", "O", "n", "t", "-", "_", " ", "é", "É",
		"\xff", "\xc4", "ß", "ka", "KA", "top", "TOP", "Bar", "hidden", "sr-only", "ĸ", "ж", "Ж"}
	sets := [][]string{{"kit", "bar", "top"}, {"o"}, {"in", "on"}, {"ka", "t-o", "ж"}, {""}, {"hidden", "sr-only", "d-none"}}
	rng := rand.New(rand.NewSource(27))
	for _, subs := range sets {
		a := NewAnyOf(subs)
		for range 20000 {
			s := randtext.Join(rng, 10, pieces)
			want := false
			for _, sub := range subs {
				want = want || ContainsFoldASCII(s, sub)
			}
			if got := a.InFoldASCII(s); got != want {
				t.Fatalf("InFoldASCII(%q) over %q = %v, ContainsFoldASCII %v", s, subs, got, want)
			}
			if got, want := a.InLowered(s), a.In(strings.ToLower(s)); got != want {
				t.Fatalf("InLowered(%q) over %q = %v, In(ToLower) %v", s, subs, got, want)
			}
		}
	}
}
