package readability

import (
	"fmt"
	"testing"
)

// TestSharedNamesSetAgrees: sharedNames counts the same names of ca in cb whether it compares
// them pair by pair (few names) or through a set (more than maxPairedNames pairs, which
// fuzz25's size test found quadratic), repeated names of ca each time they occur.
func TestSharedNamesSetAgrees(t *testing.T) {
	pairwise := func(ca, cb []string) int {
		shared := 0
		for _, w := range ca {
			for _, v := range cb {
				if w == v {
					shared++
					break
				}
			}
		}
		return shared
	}
	var big, other []string
	for i := range 200 {
		big = append(big, fmt.Sprintf("c%d", i%150))
		other = append(other, fmt.Sprintf("c%d", 300-i))
	}
	for _, c := range [][2][]string{
		{{"a", "b", "a"}, {"a", "c"}},
		{big, other},
		{other, big},
		{big, big[:7]},
		{big[:3], big},
	} {
		if got, want := sharedNames(c[0], c[1]), pairwise(c[0], c[1]); got != want {
			t.Errorf("sharedNames(%d names, %d names) = %d, want %d", len(c[0]), len(c[1]), got, want)
		}
	}
}
