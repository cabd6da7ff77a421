package extract

import (
	"math/rand"
	"strings"
	"testing"

	"paperboy/core/internal/randtext"
)

// TestIsBlankMatchesTrimSpace checks isBlank against what the rules asked before, TrimSpace
// and a comparison with "": runs of every white space byte, Unicode's own spaces (no-break,
// ideographic, the line separator, U+0085), invalid bytes, a replacement character, and
// other text, from every offset of a word.
func TestIsBlankMatchesTrimSpace(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\v", "\f", "\r", "        ", "\n\t\t\t\t", "\u00a0", "\u3000", "\u2028", "\u0085", "\u200b",
		"\xff", "\xc2", "\ufffd", "a", "\x00", "\x08", "\x0e", "\x1f", "!", "\x7f", "é"}
	rng := rand.New(rand.NewSource(33))
	blanks := 0
	for range trials(40000) {
		s := randtext.Join(rng, 1+rng.Intn(24), pieces)
		if rng.Intn(2) == 0 {
			// Most page text between tags is white space alone: half the strings are
			// spaces with at most one other piece.
			var b strings.Builder
			for range rng.Intn(40) {
				b.WriteString(pieces[rng.Intn(8)])
			}
			if rng.Intn(2) == 0 {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
			for range rng.Intn(12) {
				b.WriteString(pieces[rng.Intn(8)])
			}
			s = b.String()
		}
		for cut := 0; cut < min(len(s), 9); cut++ {
			want := strings.TrimSpace(s[cut:]) == ""
			if got := isBlank(s[cut:]); got != want {
				t.Fatalf("isBlank(%q) = %v, TrimSpace says %v", s[cut:], got, want)
			}
			if want {
				blanks++
			}
		}
	}
	if blanks == 0 {
		t.Fatal("no blank text tried")
	}
}

// TestASCIISpaceWordEveryByte checks the word test of isBlank for every byte value at every
// place of a word of spaces, beside every other value: a borrow or carry between bytes would
// show as a neighbour's answer.
func TestASCIISpaceWordEveryByte(t *testing.T) {
	everyBytePair("\t\n\v\f\r   ", func(w []byte) {
		want := true
		for _, c := range w {
			want = want && c < 0x80 && asciiSpace[c]
		}
		if got := asciiSpaceWord(le64(string(w))); got != want {
			t.Fatalf("asciiSpaceWord(%q) = %v, want %v", w, got, want)
		}
	})
}

// everyBytePair calls check with the eight-byte word base changed at every pair of neighbouring
// places to every pair of byte values: the word-wide tests (isBlank's, hasHanLead's) must
// answer as their byte-by-byte forms do, with no borrow or carry between bytes.
func everyBytePair(base string, check func(w []byte)) {
	for a := range 256 {
		for b := range 256 {
			for at := range len(base) - 1 {
				w := []byte(base)
				w[at], w[at+1] = byte(a), byte(b)
				check(w)
			}
		}
	}
}
