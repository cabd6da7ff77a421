package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fingerprint identifies "the same story under another URL": the NFKC-normalised,
// case-folded title with punctuation and spacing removed, joined with the source name.
// Empty when the title has no letters or digits (no fingerprint is better than a false match).
func Fingerprint(source, title string) string {
	t := norm.NFKC.String(title)
	var b strings.Builder
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if b.Len() == 0 {
		return ""
	}
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(source)) + "\x00" + b.String()))
	return hex.EncodeToString(sum[:12])
}
