// Package randtext draws the random texts and pages that the differential and no-panic tests of
// core/extract, its readability copy, pubdate, boilerplate and textsim feed to the code.
//
// Each of those tests used to carry its own copy of the same loop; one copy here keeps the draws
// the same everywhere, so a seeded test's inputs (and a failure's input) stay what they were.
// It is a test-support package: only _test.go files import it.
package randtext

import (
	"math/rand"
	"strings"
)

// Join concatenates rng.Intn(n) pieces, each drawn from pieces with rng. n must be > 0 and
// pieces non-empty, as for rand.Intn.
func Join(rng *rand.Rand, n int, pieces []string) string {
	var b strings.Builder
	for range rng.Intn(n) {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return b.String()
}

// Words returns rng.Intn(n) pieces drawn from pieces with rng, in the order drawn.
func Words(rng *rand.Rand, n int, pieces []string) []string {
	var l []string
	for range rng.Intn(n) {
		l = append(l, pieces[rng.Intn(len(pieces))])
	}
	return l
}

// Markup concatenates rng.Intn(n) parts, each with even odds a tag drawn from tags or what
// text returns (text draws from the same rng, so the order of draws is fixed).
func Markup(rng *rand.Rand, n int, tags []string, text func() string) string {
	var b strings.Builder
	for range rng.Intn(n) {
		if rng.Intn(2) == 0 {
			b.WriteString(tags[rng.Intn(len(tags))])
		} else {
			b.WriteString(text())
		}
	}
	return b.String()
}
