package extract

import (
	"strings"
	"testing"
)

// new27acPara is a paragraph of story text for the handmade pages below.
var new27acPara = strings.Repeat("Le conseil municipal a voté lundi soir le nouveau budget de la ville après une longue séance. ", 4)

// TestHeaderLabelLines27: a story container that holds the article header brings its reading
// time ("Temps de lecture : 2 min.", "Lesezeit: 4 Min.", "5 min read") and the byline's label whose
// names are pictures or links ("Article rédigé par") into the reading: furniture, not story. A
// sentence of the story about reading time stays.
func TestHeaderLabelLines27(t *testing.T) {
	for _, tc := range []struct{ label, author, time string }{
		{"French", "Article rédigé par", "Temps de lecture : 2 min."},
		{"German", "Geschrieben von", "Lesezeit: 4 Min."},
		{"English", "Written by", "5 min read"},
	} {
		page := `<html><head><title>Le conseil vote le budget</title></head><body><main><h1>Le conseil vote le budget</h1><div class="article-body">` +
			`<p class="signature">` + tc.author + `</p><p><a href="/redaction/jane"><img src="/j.png" alt=""></a></p>` +
			`<p class="reading-time">` + tc.time + `</p>` +
			`<p>` + new27acPara + `</p><p>` + new27acPara + `</p><p>La lecture du rapport a pris 2 min. au maire, qui l'a jugé clair.</p><p>` + new27acPara + `</p></div></main></body></html>`
		r, err := Extract("https://example.fr/politique/conseil-budget_123.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{tc.author, tc.time} {
			if strings.Contains(r.Body, bad) {
				t.Errorf("%s: body keeps %q:\n%s", tc.label, bad, r.Body)
			}
		}
		if !strings.Contains(r.Body, "La lecture du rapport a pris 2 min.") || !strings.Contains(r.Body, "Le conseil municipal") {
			t.Errorf("%s: body lost the story:\n%s", tc.label, r.Body)
		}
	}
}

// TestNewsletterInvitationLines27: a newsletter invitation between or after the story's
// paragraphs, in German closing on the sign-up link's words ("… Der Newsletter informiert Sie …
// Hier geht's zur Anmeldung!") or in French to "our" letter, is the site's promotion; a story
// sentence about a newsletter stays.
func TestNewsletterInvitationLines27(t *testing.T) {
	de := strings.Repeat("Der Gemeinderat hat am Montag nach langer Debatte den neuen Haushalt der Stadt beschlossen. ", 4)
	for _, tc := range []struct{ label, story, promo, keep string }{
		{"German", de, `"Hier ist Beispielland": Der Beispiel-Newsletter informiert Sie immer montags bis freitags über das Wichtigste vom Tag – kompakt und direkt in Ihrem Postfach. Hier geht's zur Anmeldung!`,
			"Der Verein verschickt seinen Newsletter nun wöchentlich an die Mitglieder."},
		{"French", new27acPara, "Abonnez-vous à notre newsletter quotidienne pour ne rien manquer de l'actualité locale.",
			"L'association envoie désormais sa newsletter chaque semaine à ses adhérents."},
	} {
		page := `<html><head><title>Budget</title></head><body><article><h1>Budget</h1><div class="text"><p>` + tc.story + `</p><p>` + tc.keep + `</p><p>` + tc.story +
			`</p><p>` + tc.promo + `</p></div></article></body></html>`
		r, err := Extract("https://example.org/politik/budget-100.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, tc.promo[10:60]) {
			t.Errorf("%s: body keeps the invitation:\n%s", tc.label, r.Body)
		}
		if !strings.Contains(r.Body, tc.keep) {
			t.Errorf("%s: body lost the story's line:\n%s", tc.label, r.Body)
		}
	}
}

// TestNamedAnchorHeadings27: a cross-head written as a named anchor, the target a table of
// contents points at ("<h2><a id="bilan" name="bilan">Quel est le bilan ?</a></h2>"), is no link:
// the heading stays in the reading. A heading that links to another page is still a teaser.
func TestNamedAnchorHeadings27(t *testing.T) {
	page := `<html><head><title>Effondrement rue Exemple</title></head><body><article><h1>Effondrement rue Exemple</h1><div id="inside"><p>` + new27acPara +
		`</p><h2><a id="bilan" name="bilan" target="_blank">Quel est le bilan de l'effondrement ?</a></h2><p>` + new27acPara +
		`</p><h2><a name="cause">Quelle est la cause ?</a></h2><p>` + new27acPara +
		`</p><h2><a href="https://example.fr/autre-article.html">Un autre article du site à lire</a></h2><p>` + new27acPara + `</p></div></article></body></html>`
	r, err := Extract("https://example.fr/actualite/effondrement-123", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"Quel est le bilan de l'effondrement ?", "Quelle est la cause ?"} {
		if !strings.Contains(r.Body, h) {
			t.Errorf("body lost the heading %q:\n%s", h, r.Body)
		}
	}
	if strings.Contains(r.Body, "Un autre article du site") {
		t.Errorf("body keeps the linked heading:\n%s", r.Body)
	}
}
