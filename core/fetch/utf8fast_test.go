package fetch

import (
	"bytes"
	"math/rand"
	"testing"
	"unicode/utf8"
)

// TestValidUTF8ShortcutMatchesStats checks that decode's utf8.Valid test takes a body as UTF-8
// exactly when utf8Stats' counts did: random bodies of ASCII, escape bytes, whole and cut
// multibyte sequences and stray bytes.
func TestValidUTF8ShortcutMatchesStats(t *testing.T) {
	pieces := [][]byte{[]byte("a"), []byte("<p>"), {0x1B}, []byte("é"), []byte("中"), []byte("😀"), {0xE4, 0xB8}, {0x80}, {0xFF}, {0xC3}}
	rng := rand.New(rand.NewSource(14))
	for range 20000 {
		var b []byte
		for range rng.Intn(8) {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		valid, invalid := utf8Stats(b)
		before := invalid == 0 && (valid > 0 || bytes.IndexByte(b, 0x1B) < 0)
		if now := utf8.Valid(b) && (!isASCII(b) || bytes.IndexByte(b, 0x1B) < 0); now != before {
			t.Fatalf("%q: shortcut says %v, utf8Stats %v", b, now, before)
		}
	}
}
