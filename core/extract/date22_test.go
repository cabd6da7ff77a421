package extract_test

import "testing"

// TestOneZoneCountries22: a clock printed without a zone on a page that states none is read in
// the zone of the country the page itself names — its country domain, the region of its
// language tag or og:locale, or a language written in one country of one zone — for countries
// of one zone the tables did not list. A country domain the web uses for anything (.co) places
// no page; the same country named by a language tag ("es-CO") does.
func TestOneZoneCountries22(t *testing.T) {
	story := `<p>` + "Las autoridades informaron este domingo que el plan seguirá adelante pese a las críticas de los vecinos, que pidieron más tiempo para revisar los detalles. " + `</p>`
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a Peruvian language tag's printed clock is Lima time",
			"https://www.example.com/politica/plan-vial-noticia",
			`<html lang="es-PE"><head><title>Plan vial sigue adelante</title></head><body>
<h1>Plan vial sigue adelante</h1><p class="fecha">Publicado el 7 de mayo de 2022, 20:06</p>` + story + story + story + `</body></html>`,
			"2022-05-07T20:06:00-05:00"},
		{"a Kazakh country domain's printed clock is Almaty time",
			"https://www.example.kz/6387525-shtormovoe-preduprezhdenie.html",
			`<html lang="ru"><head><title>Штормовое предупреждение</title></head><body>
<h1>Штормовое предупреждение</h1><p class="date">18.03.2023, 16:37</p>` + story + story + story + `</body></html>`,
			"2023-03-18T16:37:00+06:00"},
		{"a Thai page's printed clock is Bangkok time",
			"https://www.example.com/news/1234",
			`<html lang="th"><head><title>ข่าวการเมือง</title></head><body>
<h1>ข่าวการเมือง</h1><p class="date">Submitted on Mon, 2019-01-21 13:49</p>` + story + story + story + `</body></html>`,
			"2019-01-21T13:49:00+07:00"},
		{"a Colombian language tag's printed clock is Bogotá time",
			"https://www.example.com/politica/candidatos",
			`<html lang="es-CO"><head><title>Candidatos en campaña</title></head><body>
<h1>Candidatos en campaña</h1><p class="fecha">3 de mayo de 2022, 13:32</p>` + story + story + story + `</body></html>`,
			"2022-05-03T13:32:00-05:00"},
		{"a .co domain places no page",
			"https://www.example.co/politica/candidatos",
			`<html lang="es"><head><title>Candidatos en campaña</title></head><body>
<h1>Candidatos en campaña</h1><p class="fecha">3 de mayo de 2022, 13:32</p>` + story + story + story + `</body></html>`,
			"2022-05-03T13:32:00Z"},
	})
}
