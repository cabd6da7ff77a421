package extract_test

import (
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestDate27RelativeOnlyWithoutStated: a relative stamp in the page's date element ("hace 3
// horas", "il y a 3 heures") dates the story only when the page states no date anywhere it
// marks one and a reference time is given; a labelled byline or the address stating the day
// wins over it, a date in the story's text does not. Made-up pages.
func TestDate27RelativeOnlyWithoutStated(t *testing.T) {
	now := time.Date(2024, 3, 14, 15, 30, 0, 0, time.UTC)
	page := func(lang, stamp, header string) string {
		return `<html lang="` + lang + `"><head><title>Un titular bastante largo para la prueba</title></head><body><article>` +
			`<h1>Un titular bastante largo para la prueba</h1><div class="date">` + stamp + `</div>` + header +
			`<p>` + strings.Repeat("El consejo municipal aprobó el martes el nuevo presupuesto para las calles y el agua del barrio. ", 6) +
			`</p></article></body></html>`
	}
	for _, tt := range []struct {
		name, url, html string
		opts            extract.Options
		want            time.Time
	}{
		{"Spanish relative alone", "https://www.example.es/noticias/presupuesto", page("es", "hace 3 horas", ""),
			extract.Options{Now: now}, now.Add(-3 * time.Hour)},
		{"French relative alone", "https://www.example.fr/actu/budget", page("fr", "il y a 3 heures", ""),
			extract.Options{Now: now}, now.Add(-3 * time.Hour)},
		{"without a reference time nothing", "https://www.example.es/noticias/presupuesto", page("es", "hace 3 horas", ""),
			extract.Options{}, time.Time{}},
		{"the address's day beats a relative stamp", "https://www.example.com/2024/03/10/budget-story/",
			page("en", "Updated 3 hours ago", ""), extract.Options{Now: now}, time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)},
		{"a labelled byline beats a relative stamp before it", "https://www.example.com/news/budget-story",
			page("en", "2 hours ago", `<div class="byline">By Jane Roe. Published March 9, 2024</div>`), extract.Options{Now: now},
			time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"a <time> element beats a labelled relative stamp before it", "https://www.example.com/news/budget-story",
			page("en", "Published 2 hours ago", `<p class="meta"><time datetime="2024-03-09T08:15:00Z">March 9</time></p>`), extract.Options{Now: now},
			time.Date(2024, 3, 9, 8, 15, 0, 0, time.UTC)},
		{"a relative stamp beats a date in the story's text", "https://www.example.com/news/budget-story",
			page("en", "2 hours ago", `<p>The plan, first drafted on March 9, 2021, was approved.</p>`), extract.Options{Now: now},
			now.Add(-2 * time.Hour)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.ExtractWith(tt.url, []byte(tt.html), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if !r.Published.Equal(tt.want) {
				t.Errorf("Published = %v, want %v", r.Published, tt.want)
			}
		})
	}
}
