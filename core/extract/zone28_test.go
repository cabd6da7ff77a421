package extract_test

import (
	"strings"
	"testing"
)

// TestTemplateTagOverOtherText28: a WordPress template writes lang="en-US" over a story in
// another language; the tag's region put the page's zone-less printed clock in New York. The
// text's own language stands for the tag in the zone guess: a Portuguese text is Brasília's, a
// Spanish one the one country the outlet's description names, else no region (UTC). An English
// text under the same tag keeps New York. Made-up pages.
func TestTemplateTagOverOtherText28(t *testing.T) {
	es := `<p>` + strings.Repeat("La comisión aprobó este martes una ley para la construcción de las escuelas del país, con los votos de una mayoría que no quiso debatir por falta de tiempo. ", 6) + `</p>`
	pt := `<p>` + strings.Repeat("A comissão aprovou nesta terça uma lei para a construção das escolas do país, com os votos de uma maioria que não quis debater por falta de tempo. ", 6) + `</p>`
	en := `<p>` + strings.Repeat("The committee approved on Tuesday a law for the building of the schools of the country, with the votes of a majority that did not want to debate it. ", 6) + `</p>`
	page := func(desc, date, body string) string {
		return `<html lang="en-US"><head><title>Ley de escuelas | Diario Uno</title>
<meta name="description" content="` + desc + `" /></head><body><article><h1>Ley de escuelas</h1>
<div class="fecha">` + date + `</div>` + body + `</article></body></html>`
	}
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a Spanish text whose outlet names its country", "https://www.diariouno.example.com/politica/2022/04/ley-escuelas/",
			page("Las noticias de última hora de Guatemala y el mundo", "19 de abril de 2022, 10:30", es),
			"2022-04-19T10:30:00-06:00"},
		{"a Spanish text naming no country", "https://www.diariouno.example.com/politica/2022/04/ley-escuelas-2/",
			page("Las noticias de última hora", "19 de abril de 2022, 10:30", es),
			"2022-04-19T10:30:00Z"},
		{"a Portuguese text", "https://www.diariouno.example.com/politica/2022/04/lei-escolas/",
			page("As notícias de hoje", "19 de abril de 2022, 10:30", pt),
			"2022-04-19T10:30:00-03:00"},
		{"an English text keeps the tag's region", "https://www.diariouno.example.com/politica/2022/04/school-law/",
			page("Today's news", "April 19, 2022 10:30 a.m.", en),
			"2022-04-19T10:30:00-04:00"},
	})
}
