package extract_test

import (
	"strings"
	"testing"
)

// TestPrintedReleaseHoursLater30: the clock a story's date element prints under the headline,
// hours after the JSON-LD datePublished of that same day, is the publication (the system stamped
// the document's first save); minutes after it, at the minute of dateModified, or labelled an
// update, the metadata stays (a printed date of another day is byVisibleDay's).
func TestPrintedReleaseHoursLater30(t *testing.T) {
	body := `<p>` + strings.Repeat("Der Koalitionsausschuss hat am Montagabend nach langen Beratungen keine Einigung erzielt. ", 8) + `</p>`
	page := func(modified, stamp string) string {
		return `<html lang="de"><head><title>Keine Einigung im Ausschuss</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Keine Einigung im Ausschuss","datePublished":"2023-03-27T14:31:08.561+02:00","dateModified":"` + modified + `"}</script></head><body><article><h1>Keine Einigung im Ausschuss</h1>
<dl class="editorial-date"><dd class="postdate">` + stamp + `</dd></dl>` + body + `</article></body></html>`
	}
	u := "https://www.example.de/nachrichten/politik/koalitionsausschuss-100.html"
	en := `<html lang="en-US"><head><title>Talks end without a deal</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks end without a deal","datePublished":"2023-03-27T14:31:08Z"}</script></head><body><article><h1>Talks end without a deal</h1>
<div class="date">Mar 27, 2023, 8:55 PM</div><p>` + strings.Repeat("The talks ended on Monday evening without a deal after hours of debate between the parties. ", 8) + `</p></article></body></html>`
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a US page's printed clock without a zone is a guess among several", "https://www.example.com/news/talks-end", en, "2023-03-27T14:31:08Z"},
		{"printed hours later the same day", u,
			page("2023-03-28T12:06:19.285+02:00", `<time datetime="2023-03-27T18:00:00.000+02:00">27.03.2023 18:00 Uhr</time>`), "2023-03-27T18:00:00+02:00"},
		{"printed without a datetime", u,
			page("2023-03-28T12:06:19.285+02:00", `27.03.2023 18:00 Uhr`), "2023-03-27T18:00:00+02:00"},
		{"printed in the page's zone over a UTC value", u,
			strings.Replace(page("2023-03-28T12:06:19.285+02:00", `27.03.2023 - 14:31 Uhr`), `"2023-03-27T14:31:08.561+02:00"`, `"2023-03-27T12:31:08.561Z"`, 1), "2023-03-27T14:31:08+02:00"},
		{"printed minutes later", u,
			page("2023-03-28T12:06:19.285+02:00", `<time datetime="2023-03-27T14:52:00.000+02:00">27.03.2023 14:52 Uhr</time>`), "2023-03-27T14:31:08+02:00"},
		{"printed at dateModified's minute", u,
			page("2023-03-27T18:00:41+02:00", `<time datetime="2023-03-27T18:00:00.000+02:00">27.03.2023 18:00 Uhr</time>`), "2023-03-27T14:31:08+02:00"},
		{"printed as an update", u,
			page("2023-03-28T12:06:19.285+02:00", `Aktualisiert: 27.03.2023 18:00 Uhr`), "2023-03-27T14:31:08+02:00"},
	})
}
