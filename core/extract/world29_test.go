package extract_test

import (
	"strings"
	"testing"
)

// TestWorldZones29: a printed stamp without a zone is the newsroom's wall clock, placed by the
// page's country domain or, without one, by a language written in one zone only. The table
// runs one made-up page per country domain and language the zone guess did not know, with
// daylight saving where the zone keeps it (Chile's summer in March).
func TestWorldZones29(t *testing.T) {
	body := `<p>` + strings.Repeat("The council met on Tuesday to approve the budget for the coming year after a long debate. ", 8) + `</p>`
	page := func(lang, stamp string) string {
		return `<html lang="` + lang + `"><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1>
<div class="date">` + stamp + `</div>` + body + `</article></body></html>`
	}
	var tests []struct{ name, url, html, want string }
	for _, h := range []struct{ tld, want string }{
		{"cl", "2024-03-05T14:22:00-03:00"}, {"ec", "2024-03-05T14:22:00-05:00"}, {"pr", "2024-03-05T14:22:00-04:00"},
		{"com.jm", "2024-03-05T14:22:00-05:00"}, {"co.tt", "2024-03-05T14:22:00-04:00"}, {"com.na", "2024-03-05T14:22:00+02:00"},
		{"co.bw", "2024-03-05T14:22:00+02:00"}, {"sd", "2024-03-05T14:22:00+02:00"}, {"ps", "2024-03-05T14:22:00+02:00"},
		{"bn", "2024-03-05T14:22:00+08:00"}, {"mv", "2024-03-05T14:22:00+05:00"}, {"com.fj", "2024-03-05T14:22:00+12:00"},
		{"com.pg", "2024-03-05T14:22:00+10:00"}, {"bf", "2024-03-05T14:22:00Z"}, {"mw", "2024-03-05T14:22:00+02:00"},
	} {
		tests = append(tests, struct{ name, url, html, want string }{"." + h.tld, "https://news.example." + h.tld + "/2024/03/05/budget-approved/",
			page("en", "2024-03-05 14:22"), h.want})
	}
	for _, l := range []struct{ lang, stamp, want string }{
		{"sv", "5 mars 2024 kl. 14.22", "2024-03-05T14:22:00+01:00"},
		{"ms", "5 Mac 2024 2:22 petang", "2024-03-05T14:22:00+08:00"},
		{"sw", "5 Machi 2024 14:22", "2024-03-05T14:22:00+03:00"},
		{"ca", "5 de març de 2024, 14:22", "2024-03-05T14:22:00+01:00"},
		{"fil", "Marso 5, 2024 2:22 PM", "2024-03-05T14:22:00+08:00"},
		{"ne", "2024-03-05 14:22", "2024-03-05T14:22:00+05:45"},
		{"af", "5 Maart 2024 14:22", "2024-03-05T14:22:00+02:00"},
		{"ta", "5 மார்ச் 2024, 14:22", "2024-03-05T14:22:00+05:30"},
		{"no", "5. mars 2024 kl. 14:22", "2024-03-05T14:22:00+01:00"},
	} {
		tests = append(tests, struct{ name, url, html, want string }{"lang " + l.lang, "https://news.example.com/2024/03/05/budget-approved/",
			page(l.lang, l.stamp), l.want})
	}
	checkPublishedClock(t, tests)
}

// TestWorldLabels29: a stamp pair printed update first ("Actualizada … | Publicada …") is told
// apart by its labels in each press's language; the labels the stamp table found missing are
// read, so the publication is the labelled one, not the first printed. Made-up pages.
func TestWorldLabels29(t *testing.T) {
	body := `<p>` + strings.Repeat("The council met on Tuesday to approve the budget for the coming year after a long debate. ", 8) + `</p>`
	page := func(lang, line string) string {
		return `<html lang="` + lang + `"><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1>
<div class="byline">` + line + `</div>` + body + `</article></body></html>`
	}
	var tests []struct{ name, url, html, want string }
	for _, l := range []struct{ lang, tld, line, want string }{
		{"es", "es", "Actualizada: 06/03/2024 10:00 · Publicada: 05/03/2024 14:22", "2024-03-05T14:22:00+01:00"},
		{"it", "it", "Ultimo aggiornamento: 06/03/2024 10:00 - Pubblicato: 05/03/2024 14:22", "2024-03-05T14:22:00+01:00"},
		{"pl", "pl", "Aktualizacja: 06.03.2024 10:00 Data publikacji: 05.03.2024 14:22", "2024-03-05T14:22:00+01:00"},
		{"sk", "sk", "Aktualizované 06.03.2024 10:00 Publikované 05.03.2024 14:22", "2024-03-05T14:22:00+01:00"},
		{"hu", "hu", "Módosítva: 2024.03.06. 10:00 Megjelent: 2024.03.05. 14:22", "2024-03-05T14:22:00+01:00"},
		{"hr", "hr", "Ažurirano: 06.03.2024. u 10:00 Objavljeno: 05.03.2024. u 14:22", "2024-03-05T14:22:00+01:00"},
		{"bg", "bg", "Актуализирано: 06.03.2024 10:00 Публикувано: 05.03.2024 14:22", "2024-03-05T14:22:00+02:00"},
		{"et", "ee", "Uuendatud 06.03.2024 10:00 Avaldatud 05.03.2024 14:22", "2024-03-05T14:22:00+02:00"},
		{"lt", "lt", "Atnaujinta 2024-03-06 10:00 Paskelbta 2024-03-05 14:22", "2024-03-05T14:22:00+02:00"},
		{"tr", "tr", "Güncellendi: 06.03.2024 10:00 Yayınlandı: 05.03.2024 14:22", "2024-03-05T14:22:00+03:00"},
		{"zh-Hant", "tw", "更新時間：2024/03/06 10:00 發布時間：2024/03/05 14:22", "2024-03-05T14:22:00+08:00"},
		{"ms", "my", "Dikemaskini: 06/03/2024 10:00 Diterbitkan: 05/03/2024 14:22", "2024-03-05T14:22:00+08:00"},
	} {
		tests = append(tests, struct{ name, url, html, want string }{l.lang, "https://news.example." + l.tld + "/budget-approved-1234",
			page(l.lang, l.line), l.want})
	}
	checkPublishedClock(t, tests)
}
