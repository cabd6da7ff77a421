package article

import "testing"

// BenchmarkCanonical canonicalises a typical feed link: tracking parameters, a fragment and an
// http scheme to drop. Every polled item goes through it once.
func BenchmarkCanonical(b *testing.B) {
	const u = "http://www.fntimes.com/html/view.php?ud=202411261234567890&md=20241126&utm_source=rss&utm_medium=feed&fbclid=IwAR0abc#comments"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Canonical(u); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkID hashes a canonical URL into an article ID.
func BenchmarkID(b *testing.B) {
	const u = "https://www.fntimes.com/html/view.php?md=20241126&ud=202411261234567890"
	b.ReportAllocs()
	for b.Loop() {
		_ = ID(u)
	}
}
