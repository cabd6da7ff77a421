package extract_test

import (
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestWithheldStoryShown28bc: a members-only page prints its headline, byline and standfirst and
// keeps the whole story beside them in its named container, hidden by an inline style until a
// script finds a signed-in reader; a sign-up line follows it. Readability dropped the hidden
// block and the body collapsed to the standfirst. The container is the story now; a hidden box
// that names no story container, or one apart from the headline, stays hidden. Made-up pages.
func TestWithheldStoryShown28bc(t *testing.T) {
	paras := []string{
		"The harbour authority said on Tuesday that the old ferry terminal will close at the end of the summer after more than sixty years of service to the islands.",
		"Passengers will instead board at the new quay on the northern side of the bay, which has room for two ships at once and a covered waiting hall.",
		"Local businesses near the old terminal have asked the council for help, saying that most of their customers arrive on foot from the ferries.",
		"The council said it would look at a bus link between the two quays and would decide on it before the new timetable starts in the autumn.",
		"Ferry traffic to the islands has grown every year for a decade, and the operator expects the new quay to cut waiting times by half at the busiest hours.",
		"The terminal building itself is listed, and the council has not yet said what it will become once the last ferry has left.",
	}
	story := ""
	for _, p := range paras {
		story += "<p>" + p + "</p>\n"
	}
	head := `<html><head><title>Old ferry terminal to close</title></head><body><header class="site"><a href="/">Home</a></header>` +
		`<main><article class="single"><h1>Old ferry terminal to close</h1><div class="meta"><span>By Anna Berg</span><span>Published: 4 Mar, 2026. Updated: Wed 4 Mar 2026 08:57</span></div>` +
		`<p class="excerpt">The terminal has served the islands since the 1960s, and the move to the new quay across the bay is the largest change to the crossings in a generation, say the islanders who take the boat to work every day.</p>`
	tail := `<p id="forbidden" style="display: block">Please sign up or log in to continue reading</p></article></main>` +
		`<footer><p>Contact us at the newsroom.</p></footer></body></html>`

	r, err := extract.Extract("https://www.example.com/20260304/old-ferry-terminal-to-close",
		[]byte(head+`<div id="articleBody" class="single__content" style="display: none">`+story+`</div>`+tail))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paras {
		if !strings.Contains(r.Body, p) {
			t.Errorf("withheld story: body lacks %q; body %q", p[:40], r.Body)
		}
	}

	// The story's container in the column beside the header, not in the headline's own block.
	r, err = extract.Extract("https://www.example.com/20260304/old-ferry-terminal-to-close",
		[]byte(strings.Replace(head, "<h1>", "<header><h1>", 1)+`</header><div class="column"><div class="article-body" style="display:none">`+story+`</div></div>`+tail))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, paras[2]) {
		t.Errorf("withheld story in the column: body %q", r.Body)
	}

	// A next story's hidden body, in its own block below the story, stays hidden.
	next := strings.Replace(tail, "</article>", `</article><section class="next"><h2>Next story</h2><div class="rail"><div class="article-body" style="display:none">`+story+`</div></div></section>`, 1)
	r, err = extract.Extract("https://www.example.com/20260304/old-ferry-terminal-to-close", []byte(head+next))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, paras[2]) {
		t.Errorf("hidden next story read as the story: %q", r.Body)
	}

	// A flat machine copy of the story the page prints (a hidden itemprop=articleBody) stays hidden.
	r, err = extract.Extract("https://www.example.com/20260304/old-ferry-terminal-to-close",
		[]byte(head+story+`<div style="display:none;" itemprop="articleBody">`+strings.Join(paras, " ")+`</div>`+tail))
	if err != nil {
		t.Fatal(err)
	}
	if k := strings.Count(r.Body, paras[0][:60]); k != 1 {
		t.Errorf("machine copy: the opening stands %d times in %q", k, r.Body)
	}

	// A hidden box that names no story container (a guide waiting behind a button) stays hidden.
	r, err = extract.Extract("https://www.example.com/20260304/old-ferry-terminal-to-close",
		[]byte(head+`<div class="howto-guide" style="display: none">`+story+`</div>`+tail))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, paras[2]) {
		t.Errorf("hidden guide read as the story: %q", r.Body)
	}
}

// TestSavedBeforeReleased28bc: the page prints its day and "Updated: … 08:57 CET", which is its
// metadata's own dateModified (08:57:43), stated before its datePublished (09:56:08): the story was
// last saved before it was released. The printed update bounded the publication and made it the
// save; the metadata tells the order and its publication stands. A printed "Stand" after which a
// metadata publication of that day comes, with no dateModified of its own, still bounds it.
// Made-up pages.
func TestSavedBeforeReleased28bc(t *testing.T) {
	story := strings.Repeat("<p>The council voted on Tuesday to keep the old harbour bath open for another season, after more than two thousand residents signed a petition against its closure.</p>\n", 5)
	page := `<html lang="en-GB"><head><title>Harbour bath stays open</title>` +
		`<meta property="article:published_time" content="2026-03-04T09:56:08+01:00">` +
		`<meta property="article:modified_time" content="2026-03-04T08:57:43+01:00"></head><body><article>` +
		`<h1>Harbour bath stays open</h1><div class="meta"><span>Anna Berg</span><div class="article__published">` +
		`<span>Published: 4 Mar, 2026 CET.</span> <span>Updated: Wed 4 Mar 2026 08:57 CET</span></div></div>` +
		story + `</article></body></html>`
	r, err := extract.Extract("https://www.example.dk/20260304/harbour-bath-stays-open", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 3, 4, 8, 56, 8, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("published %s, want %s (the metadata's publication)", r.Published.Format(time.RFC3339), want.Format(time.RFC3339))
	}
}

// TestDeskCreditWithoutAccent28bc: a CMS user named for the desk, spelt without its accent
// ("Redaccion"), is the desk, no writer. Made-up page.
func TestDeskCreditWithoutAccent28bc(t *testing.T) {
	story := strings.Repeat("<p>La Comisión de Economía inició este jueves el estudio de las iniciativas del Gobierno para aprobar la ley del tren y del nuevo aeropuerto del país.</p>\n", 5)
	page := `<html lang="es"><head><title>Inicia estudio del tren</title><meta name="author" content="Redaccion"></head><body><article>` +
		`<h1>Inicia estudio del tren</h1><div class="author">Por <a href="/author/redaccion/" rel="author">Redaccion</a></div>` + story + `</article></body></html>`
	r, err := extract.Extract("https://www.example.com/inicia-estudio-del-tren/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Authors) != 0 {
		t.Errorf("authors %q, want none (a desk)", r.Authors)
	}
}

// TestCommentNoticeAndViewCounter28bc: the Spanish log-in notice over a comment box ("Para
// comentar debes registrarte …") ends the story as the English one does, and a page-view plugin's
// "(Visited 122 times, 11 visits today)" under it is no line of the story. Made-up pages.
func TestCommentNoticeAndViewCounter28bc(t *testing.T) {
	story := strings.Repeat("<p>La diputada advirtió sobre las intenciones de un grupo de empresarios de rellenar cincuenta hectáreas en la calzada para proyectos privados.</p>\n", 5)
	for _, c := range []struct{ name, tail, unwanted string }{
		{"comment notice", `<p style="font-weight:bold">Para comentar debes registrarte y completar los datos generales.</p>`, "Para comentar"},
		{"view counter", `<div class="counter">(Visited 122 times, 11 visits today)</div>`, "Visited"},
	} {
		page := `<html lang="es"><head><title>Alerta por el relleno</title></head><body><article><h1>Alerta por el relleno</h1>` +
			story + c.tail + `</article></body></html>`
		r, err := extract.Extract("https://www.example.com.pa/nacional/alerta-por-el-relleno-628065", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, c.unwanted) {
			t.Errorf("%s: body keeps it: %q", c.name, r.Body)
		}
	}
}

// TestBannerLines28bc: a metered paywall's "You have 1 article left to read this month …" and
// the header's "Estimated reading time: 4 minutes" over the story, and a "More like this" label
// left under it, are no lines of the story. Made-up page.
func TestBannerLines28bc(t *testing.T) {
	story := strings.Repeat("<p>When it first hit the headlines, the service sounded like a novelty, but the incident showed how quickly an exposed interface can be abused by automated clients.</p>\n", 5)
	page := `<html lang="en"><head><title>An agent security wake-up call</title></head><body><article><h1>An agent security wake-up call</h1>` +
		`<div class="notice">You have 1 article left to read this month before you need to register a free Example.com account.</div>` +
		`<p class="rt">Estimated reading time: 4 minutes</p>` + story + `<div class="more"><p>More like this</p></div></article></body></html>`
	r, err := extract.Extract("https://example.com/agent-security-wake-up-call/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, unwanted := range []string{"article left", "reading time", "More like this"} {
		if strings.Contains(r.Body, unwanted) {
			t.Errorf("body keeps %q: %q", unwanted, r.Body)
		}
	}
}
