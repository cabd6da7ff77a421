package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// gluedParas are a made-up story's paragraphs; a publisher's JSON-LD articleBody runs them
// together with no space ("…a la Junta.Su candidato…").
var gluedParas = []string{
	"El ayuntamiento aprobó el martes el cierre del muelle viejo durante los meses de invierno, tras dos años de obras aplazadas.",
	"Su alcalde, Marta Ruiz, dijo que la reparación costará unos dos millones de euros y que los ferris usarán el puerto nuevo.",
	"«Es la única manera de garantizar la seguridad de los pasajeros», insistió la alcaldesa ante el pleno municipal.",
	"Los comerciantes del paseo temen perder clientes. La asociación pidió ayudas y un calendario claro de las obras.",
}

func TestLDParagraphsSplitLikeThePage24(t *testing.T) {
	glued := strings.Join(gluedParas, "")
	var page strings.Builder
	page.WriteString(`<html><body><div class="story">`)
	for _, p := range gluedParas {
		// The page prints each paragraph, as the story's own markup or inside a paywall span.
		page.WriteString(`<p class="v-d-p">` + p[:40] + `<span class="paywall">` + p[40:] + `</span></p>`)
	}
	page.WriteString(`</div></body></html>`)
	doc, err := html.Parse(strings.NewReader(page.String()))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ldParagraphs(doc, glued), strings.Join(gluedParas, "\n\n"); got != want {
		t.Errorf("ldParagraphs = %q\nwant %q", got, want)
	}
	// A glue the page does not break there (an address, a name) stays as it is.
	for _, s := range []string{
		"Más información en www.Ayuntamiento.es y en el teléfono del puerto, abierto de lunes a viernes.",
		"Visit PhysOrg.com.Bengt Arnetz said the results were clear, and the team agreed with him.",
	} {
		if got := ldParagraphs(doc, s); got != s {
			t.Errorf("ldParagraphs(%q) = %q", s, got)
		}
	}
}

// TestLDBodyGluedParagraphsEndToEnd24: a paywalled story the page shows as a teaser, read
// from its JSON-LD articleBody, keeps the page's paragraphs.
func TestLDBodyGluedParagraphsEndToEnd24(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html lang="es"><head><meta charset="utf-8"><title>El muelle viejo cierra en invierno</title>`)
	b.WriteString(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"El muelle viejo cierra en invierno","articleBody":"` +
		strings.Join(gluedParas, "") + `"}</script></head><body>`)
	b.WriteString(`<div class="nav"><a href="/">Inicio</a> <a href="/espana">España</a></div><article><h1>El muelle viejo cierra en invierno</h1>`)
	for _, p := range gluedParas {
		b.WriteString(`<p class="v-d-p">` + p[:40] + `<span class="paywall" style="display:none">` + p[40:] + `</span></p>`)
	}
	b.WriteString(`<div class="subscribe"><p>Suscríbete para seguir leyendo esta noticia y todas las demás.</p></div></article></body></html>`)
	r, err := Extract("https://www.example.es/espana/muelle.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "invierno, tras dos años de obras aplazadas.Su alcalde") || !strings.Contains(r.Body, "aplazadas.\n\nSu alcalde") {
		t.Errorf("body = %q, want the page's paragraphs", r.Body)
	}
}
