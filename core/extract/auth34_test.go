package extract

import "testing"

// auth34Site is the handmade pages' site name.
const auth34Site = `<meta property="og:site_name" content="Harbour World">`

// TestAuthorsForeignPaperName34: a newspaper's name in German, Dutch, a Nordic language or
// French credited as the writer (a syndicated story's author meta, a Person in the JSON-LD,
// the byline) is the paper, no person; beside a writer it goes and the writer stays.
func TestAuthorsForeignPaperName34(t *testing.T) {
	const u = "https://www.harbourworld.com/news/pier-2024-20"
	for _, c := range []struct {
		name, head, pre string
		want            []string
	}{
		{"meta", auth34Site + `<meta name="author" content="Süddeutsche Zeitung">`, "", nil},
		{"ld person", auth34Site + auth32LD(`{"@type":"Person","name":"Süddeutsche Zeitung"}`), "", nil},
		{"byline", auth34Site, `<div class="byline">Nordbadische Rundschau</div>`, nil},
		{"compound", auth34Site, `<div class="author">Allgemeine Bauernzeitung</div>`, nil},
		{"writer and paper", auth34Site, `<div class="author">Von Jane Roe, Süddeutsche Zeitung</div>`, []string{"Jane Roe"}},
		{"dutch", auth34Site, `<div class="author">Jan Jansen, Zeeuws Dagblad</div>`, []string{"Jan Jansen"}},
		{"person", auth34Site, `<div class="author">Von Jane Roe</div>`, []string{"Jane Roe"}},
	} {
		auth32Run(t, c.name, u, auth32Page(c.head, c.pre, ""), c.want)
	}
}

// TestAuthorsPieceLabel34: the kind of piece and "by" before the name ("Gastbeitrag von Jane
// Roe", "Une tribune de …", "Columna de …") is a label, not part of a name that "von", "de"
// or "di" would make it read as; so are "by our correspondent" in the Romance languages and
// German's "Das Gespräch führte". A name with a particle stays whole.
func TestAuthorsPieceLabel34(t *testing.T) {
	const u = "https://www.harbourworld.com/news/pier-2024-20"
	for _, c := range []struct {
		name, head, pre string
		want            []string
	}{
		{"byline", auth34Site, `<div class="author">Gastbeitrag von Jane Roe</div>`, []string{"Jane Roe"}},
		{"meta", auth34Site + `<meta name="author" content="Gastbeitrag von Jane Roe">`, "", []string{"Jane Roe"}},
		{"ld", auth34Site + auth32LD(`{"@type":"Person","name":"Kommentar von Jane Roe"}`), "", []string{"Jane Roe"}},
		{"french elided", auth34Site, `<div class="author">Une chronique d'Anne Roe</div>`, []string{"Anne Roe"}},
		{"spanish", auth34Site, `<div class="author">Columna de Juan Pérez</div>`, []string{"Juan Pérez"}},
		{"italian two", auth34Site, `<div class="author">Analisi di Mario Rossi e Luca Bianchi</div>`, []string{"Mario Rossi", "Luca Bianchi"}},
		{"portuguese", auth34Site, `<div class="author">Reportagem de Maria Silva</div>`, []string{"Maria Silva"}},
		{"recorded by", auth34Site, `<div class="author">Aufgezeichnet von Jane Roe</div>`, []string{"Jane Roe"}},
		{"interview held by", auth34Site, `<div class="author">Das Gespräch führte Jane Roe</div>`, []string{"Jane Roe"}},
		{"our correspondent", auth34Site, `<div class="author">De notre correspondant Jean Dupont</div>`, []string{"Jean Dupont"}},
		{"our special envoy", auth34Site, `<div class="author">Dal nostro inviato speciale Mario Rossi</div>`, []string{"Mario Rossi"}},
		{"the correspondent", auth34Site, `<div class="author">Del corresponsal Juan Pérez</div>`, []string{"Juan Pérez"}},
		{"particle name", auth34Site, `<div class="author">Ursula von der Leyen</div>`, []string{"Ursula von der Leyen"}},
		{"particle name two", auth34Site, `<div class="author">Otto von Bismarck</div>`, []string{"Otto von Bismarck"}},
	} {
		auth32Run(t, c.name, u, auth32Page(c.head, c.pre, ""), c.want)
	}
}

// TestAuthorsDashSignOff34: a story signed at its end with a dash and its writers' names
// ("—Jane Roe and John Doe", "—JANE ROE WITH A REPORT FROM JOHN DOE", the desk editor's
// "/cb" under it) names them; over a byline or author meta that is only the site's own name
// the signature wins. A closing quotation's attribution, and a site named after its owner
// who signs the same, stay as they were.
func TestAuthorsDashSignOff34(t *testing.T) {
	const u = "https://www.harbourworld.com/news/pier-2024-20"
	siteByline := `<div class="byline">By: Harbour World</div>`
	for _, c := range []struct {
		name, head, pre, post string
		want                  []string
	}{
		{"two writers", auth34Site, "", `<p>—Jane Roe and John Doe</p>`, []string{"Jane Roe", "John Doe"}},
		{"german und", auth34Site, "", `<p>– Anna Roe und Max Doe</p>`, []string{"Anna Roe", "Max Doe"}},
		{"helper's report", auth34Site, "", `<p>—JANE ROE WITH A REPORT FROM JOHN DOE</p>`, []string{"Jane Roe"}},
		{"editor initials", auth34Site, "", `<p>—Jane Roe</p><p>/cb</p>`, []string{"Jane Roe"}},
		{"site byline", auth34Site, siteByline, `<p>—Jane Roe</p>`, []string{"Jane Roe"}},
		{"site meta", auth34Site + `<meta name="author" content="Harbour World">`, "", `<p>—Jane Roe</p>`, []string{"Jane Roe"}},
		{"site byline, no signature", auth34Site, siteByline, "", []string{"Harbour World"}},
		{"person byline kept", auth34Site, `<div class="byline">By Tina Smith</div>`, `<p>—Jane Roe</p>`, []string{"Tina Smith"}},
		{"a lower-case word", auth34Site, "", `<p>—Jane Roe and the team</p>`, nil},
		{"quotation", auth34Site, "", `<p>“Be kind, for everyone you meet is fighting a hard battle of their own, and knows it.”</p><p>—Jane Roe and John Doe</p>`, nil},
	} {
		auth32Run(t, c.name, u, auth32Page(c.head, c.pre, c.post), c.want)
	}
}

// TestAuthorsOpeningCapsByline34: the story's text opens with the print edition's byline in
// capitals before a dash ("By JANE ROE -") under a byline element that names the account
// that posted it: the printed writer wins. The same writer in both, a story opening "By
// Tuesday" or "BY THE NUMBERS -", and an agency in capitals leave the byline element's name.
func TestAuthorsOpeningCapsByline34(t *testing.T) {
	const u = "https://www.harbourworld.com/news/pier-2024-20"
	poster := `<div class="byline">By Tina Smith</div>`
	page := func(first string) string {
		return "<html><head><title>" + auth32Headline + "</title>" + auth34Site + "</head><body><article><h1>" + auth32Headline + "</h1>" +
			poster + "<p>" + first + "<br>" + auth32Story + "</p><p>" + auth32Story + "</p></article></body></html>"
	}
	auth32Run(t, "print byline", u, page("By JANE ROE -"), []string{"Jane Roe"})
	auth32Run(t, "initials", u, page("By JANE M. ROE –"), []string{"Jane M. Roe"})
	auth32Run(t, "same writer", u, page("By TINA SMITH -"), []string{"Tina Smith"})
	auth32Run(t, "no capitals", u, page("By Tuesday the board -"), []string{"Tina Smith"})
	auth32Run(t, "agency", u, page("By ASSOCIATED PRESS -"), []string{"Tina Smith"})
	auth32Run(t, "no dash", u, page("By JANE ROE"), []string{"Tina Smith"})
	auth32Run(t, "a heading", u, page("BY THE NUMBERS -"), []string{"Tina Smith"})
}
