package extract

import (
	"testing"
	"unicode/utf8"
)

// fuzzPairs is the frame of the FuzzRulesNN targets that feed two strings to a round's rules: each
// of seeds paired with partner, then pairs, are the corpus; check runs on every pair of at most
// 2 KB each (longer ones cost time, not coverage), told whether both are valid UTF-8.
func fuzzPairs(f *testing.F, partner string, seeds []string, pairs [][2]string, check func(t *testing.T, s, h string, valid bool)) {
	for _, s := range seeds {
		f.Add(s, partner)
	}
	for _, p := range pairs {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, s, h string) {
		if len(s) > 2048 || len(h) > 2048 {
			return
		}
		check(t, s, h, utf8.ValidString(s) && utf8.ValidString(h))
	})
}
