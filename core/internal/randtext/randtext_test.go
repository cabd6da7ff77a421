package randtext

import (
	"math/rand"
	"strings"
	"testing"
)

// TestJoinDrawsLikeTheLoop checks Join and Words against the loop the tests wrote out: the same
// seed gives the same text and leaves the generator in the same state.
func TestJoinDrawsLikeTheLoop(t *testing.T) {
	pieces := []string{"a", " ", "<p>", "中", "\xff"}
	r1, r2, r3 := rand.New(rand.NewSource(7)), rand.New(rand.NewSource(7)), rand.New(rand.NewSource(7))
	for range 2000 {
		var b strings.Builder
		for range r1.Intn(12) {
			b.WriteString(pieces[r1.Intn(len(pieces))])
		}
		if got := Join(r2, 12, pieces); got != b.String() {
			t.Fatalf("Join = %q, the loop %q", got, b.String())
		}
		if got := strings.Join(Words(r3, 12, pieces), ""); got != b.String() {
			t.Fatalf("Words = %q, the loop %q", got, b.String())
		}
	}
	if a, b, c := r1.Int63(), r2.Int63(), r3.Int63(); a != b || a != c {
		t.Fatalf("generators apart after the draws: %d, %d, %d", a, b, c)
	}
}

// TestMarkupDrawsLikeTheLoop checks Markup against the tag-or-text loop it replaced.
func TestMarkupDrawsLikeTheLoop(t *testing.T) {
	tags, words := []string{"<p>", "</p>", "<div>"}, []string{"x", "2024", " "}
	r1, r2 := rand.New(rand.NewSource(9)), rand.New(rand.NewSource(9))
	for range 2000 {
		var b strings.Builder
		for range r1.Intn(30) {
			if r1.Intn(2) == 0 {
				b.WriteString(tags[r1.Intn(len(tags))])
			} else {
				b.WriteString(Join(r1, 4, words))
			}
		}
		if got := Markup(r2, 30, tags, func() string { return Join(r2, 4, words) }); got != b.String() {
			t.Fatalf("Markup = %q, the loop %q", got, b.String())
		}
	}
}
