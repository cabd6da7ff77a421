package extract_test

import (
	"strings"
	"testing"
)

// TestSeasonSlipOffset31: a metadata publication value whose stated offset is its region's
// offset of the other season ("+01:00" in April in Paris, "+3:30" in July in Tehran, "+02:00" in
// February in Prague) is the wall clock in the region's zone (see seasonSlipOffset); the season's
// own offset, UTC stated (in London in July), a region of several zones and one without summer
// time keep the value.
func TestSeasonSlipOffset31(t *testing.T) {
	page := func(lang, head, stamp string) string {
		return `<html lang="` + lang + `"><head><title>Le chantier avance</title>` + head + `</head><body><article><h1>Le chantier avance</h1>
<div class="date">` + stamp + `</div><p>` + strings.Repeat("Les travaux de la cathédrale avancent selon le calendrier prévu par les architectes du chantier. ", 8) + `</p></article></body></html>`
	}
	meta := func(v string) string { return `<meta property="article:published_time" content="` + v + `">` }
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"winter offset in April, Paris", "https://www.example.fr/societe/chantier-1.php", page("fr", meta("2023-04-14T13:51+01:00"), ""), "2023-04-14T13:51:00+02:00"},
		{"summer offset in February, Prague", "https://www.example.cz/zpravy/stavba-1", page("cs", meta("2022-02-22T16:07:00+02:00"), ""), "2022-02-22T16:07:00+01:00"},
		{"standard offset in July, Tehran, one-digit hour", "https://www.example.com/news/1393041800", page("fa", `<meta name="dc.Date" content="2014-07-09T01:14:00.00+3:30">`, ""), "2014-07-09T01:14:00+04:30"},
		{"the season's own offset", "https://www.example.fr/societe/chantier-1.php", page("fr", meta("2023-04-14T13:51+02:00"), ""), "2023-04-14T13:51:00+02:00"},
		{"UTC stated in summer, London", "https://www.example.co.uk/news/1", page("en-GB", meta("2023-07-14T13:51:00+00:00"), ""), "2023-07-14T13:51:00Z"},
		{"a region without summer time", "https://www.example.co.jp/news/1", page("ja", meta("2023-04-14T13:51+10:00"), ""), "2023-04-14T13:51:00+10:00"},
		{"a US page", "https://www.example.com/news/1", page("en-US", meta("2023-04-14T13:51-05:00"), ""), "2023-04-14T13:51:00-05:00"},
	})
}
