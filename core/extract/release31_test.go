package extract_test

import (
	"strings"
	"testing"
)

// TestPrintedReleaseBareDateLabel31: a date element that prints its release hours after the
// JSON-LD datePublished behind a bare "Datum:" or "Date:" (a visually hidden <dt>, as a
// description list's term) is the release, as it is without the term: the word names no act, so
// the printed clock is no other labelled publication. A label naming the act an hour later
// ("Veröffentlicht", "Published") still leaves the metadata, as TestPrintedReleaseAfterSave23
// has it for a Korean approval stamp.
func TestPrintedReleaseBareDateLabel31(t *testing.T) {
	body := `<p>` + strings.Repeat("Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen. ", 8) + `</p>`
	page := func(term, stamp string) string {
		return `<html lang="de"><head><title>Stadtrat beschließt Haushalt</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Stadtrat beschließt Haushalt","datePublished":"2024-03-05T09:12:44.120+01:00","dateModified":"2024-03-06T08:40:02.511+01:00"}</script></head><body><article><h1>Stadtrat beschließt Haushalt</h1>
<dl class="article-date"><dt class="visually-hidden">` + term + `</dt><dd class="postdate">` + stamp + `</dd></dl>` + body + `</article></body></html>`
	}
	u := "https://www.example.de/nachrichten/stadtrat-haushalt-100.html"
	clock := `<time datetime="2024-03-05T14:22:00.000+01:00">05.03.2024 14:22 Uhr</time>`
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"Datum: before the printed release", u, page("Datum:", clock), "2024-03-05T14:22:00+01:00"},
		{"Date: before the printed release", u, page("Date:", clock), "2024-03-05T14:22:00+01:00"},
		{"Datum: before a clock without a datetime", u, page("Datum:", "05.03.2024 14:22 Uhr"), "2024-03-05T14:22:00+01:00"},
		{"no term", u, page("", clock), "2024-03-05T14:22:00+01:00"},
		{"Veröffentlicht: names a publication, another act", u, page("Veröffentlicht:", clock), "2024-03-05T09:12:44+01:00"},
		{"Aktualisiert: is the update", u, page("Aktualisiert:", clock), "2024-03-05T09:12:44+01:00"},
	})
}
