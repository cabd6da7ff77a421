package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Revision names what a post shows: a short hash of its title, summary and image. Two posts
// with the same revision look the same, so an update to the revision already shown is a no-op,
// and the revision is part of an update's idempotency key (each correction goes out once).
func (p Post) Revision() string {
	h := sha256.New()
	for _, s := range []string{p.Title, p.Summary, p.ImageURL} {
		h.Write([]byte(strings.TrimSpace(s)))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
