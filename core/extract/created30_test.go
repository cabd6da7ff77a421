package extract_test

import (
	"strings"
	"testing"
)

// TestCreatedSeconds30: a NewsArticle whose datePublished or printed stamp states the minute
// only takes its seconds from the item's own dateCreated at that same minute (the labels'
// "metadata seconds where the minute agrees"); a dateCreated at another minute changes nothing
// (the tuned pages' labels take datePublished over a differing dateCreated, 24 pages to 3).
func TestCreatedSeconds30(t *testing.T) {
	body := `<p>` + strings.Repeat("Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen. ", 8) + `</p>`
	page := func(ld, stamp string) string {
		return `<html lang="de"><head><title>Haushalt beschlossen</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Haushalt beschlossen",` + ld + `}</script></head><body><article><h1>Haushalt beschlossen</h1>
<div class="date">` + stamp + `</div>` + body + `</article></body></html>`
	}
	u := "https://www.example.de/politik/haushalt-beschlossen-1234"
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"datePublished to the minute, dateCreated's seconds", u,
			page(`"datePublished":"2024-03-05T14:22+01:00","dateCreated":"2024-03-05T14:22:37+01:00"`, ""), "2024-03-05T14:22:37+01:00"},
		{"printed minute over a day-only datePublished", u,
			page(`"datePublished":"2024-03-05","dateCreated":"2024-03-05T13:22:37Z"`, "5. März 2024, 14:22 Uhr"), "2024-03-05T14:22:37+01:00"},
		{"dateCreated at another minute changes nothing", u,
			page(`"datePublished":"2024-03-05T14:22+01:00","dateCreated":"2024-03-05T11:05:12+01:00"`, ""), "2024-03-05T14:22:00+01:00"},
		{"datePublished's own seconds stay", u,
			page(`"datePublished":"2024-03-05T14:22:05+01:00","dateCreated":"2024-03-05T14:22:37+01:00"`, ""), "2024-03-05T14:22:05+01:00"},
	})
}
