package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// TestStampOnlyLines27: a block that holds nothing but a <time> stamp, with a separator and a
// dateline's place link at most ("April 20, 2023 16:41 JST | Oceania" between the picture and the
// story, "02. August 2023,17:31" left of a card whose headline went), is no line of the story; a
// sentence that names its date in a <time> stays.
func TestStampOnlyLines27(t *testing.T) {
	en := strings.Repeat("The council met on Monday to debate the new budget and passed it after a long session. ", 4)
	page := `<html><head><title>Council passes the budget</title></head><body><div class="header"><h1>Council passes the budget</h1><p class="sub-title">Members of the council agreed on spending after a night of long debate</p></div><div class="article"><div class="article__content"><div><img src="/a.jpg" alt=""></div><span class="caption">The council hall on Monday.</span>` +
		`<div class="article__details"><span class="timestamp"><time>April 20, 2023 16:41 JST</time><span> | </span><a href="/place/oceania">Oceania</a></span></div>` +
		`<div class="share"><a href="https://twitter.com/share?u=x"></a></div><div class="body"><p>` + en + `</p><p>The vote was held <time datetime="2023-04-17">on Monday, April 17</time>, after midnight.</p><p>` + en + `</p>` +
		`<div class="group group--aside"><div class="group__items"><article class="teaser teaser--embed" data-type="article"><time class="teaser__time" datetime="2023-08-02T17:31:00+02:00">02. August 2023,17:31</time>` +
		`<div class="teaser__image-wrapper"><figure class="image-element"><picture><img src="/t.jpg" alt=""></picture></figure></div><div class="teaser__content">` +
		`<a href="https://example.com/other/what-a-lawyer-sees-in-flats-123" class="teaser__link"><h3><span class="teaser__kicker">Tenancy</span> <span class="teaser__headline">"You need not put up with that" – what a tenancy lawyer sees in flats</span></h3></a>` +
		`<div class="teaser__footer"><span class="teaser-footer__author">by Jana Example</span></div></div></article></div></div><p>` + en + `</p></div></div></div></body></html>`
	r, err := Extract("https://example.com/business/council-passes-the-budget", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"16:41 JST", "17:31"} {
		if strings.Contains(r.Body, bad) {
			t.Errorf("body keeps the stamp %q:\n%s", bad, r.Body)
		}
	}
	if !strings.Contains(r.Body, "The vote was held on Monday, April 17, after midnight.") {
		t.Errorf("body lost the sentence with a date:\n%s", r.Body)
	}
}

// TestStampOnlyBlocks27 asks stampOnly itself: a <time> with a separator and one short place
// link is a stamp's block; a <time> inside a sentence, or beside two links, is not.
func TestStampOnlyBlocks27(t *testing.T) {
	for _, tc := range []struct {
		frag string
		want bool
	}{
		{`<div><span><time>April 20, 2023 16:41 JST</time><span> | </span><a href="/place/oceania">Oceania</a></span></div>`, true},
		{`<div><time datetime="2023-08-02T17:31:00+02:00">02. August 2023,17:31</time></div>`, true},
		{`<p>The vote was held <time>on Monday</time>, after midnight.</p>`, false},
		{`<div><time>Monday</time> <a href="/a">One</a> <a href="/b">Two</a></div>`, false},
		{`<div><span>Updated</span></div>`, false},
	} {
		n := fragmentTree(tc.frag)
		if n == nil || n.FirstChild == nil {
			t.Fatalf("no tree for %s", tc.frag)
		}
		if got := stampOnly(n.FirstChild); got != tc.want {
			t.Errorf("stampOnly(%s) = %v, want %v", tc.frag, got, tc.want)
		}
	}
}

// TestStampAmongBlocks27: an inline <time> is asked alone only between blocks (a teaser card's
// stamp above its picture); beside a link in a "Posted by" line it is that line's.
func TestStampAmongBlocks27(t *testing.T) {
	for _, tc := range []struct {
		frag string
		want bool
	}{
		{`<article><time>02. August 2023,17:31</time><div><figure><img src="/t.jpg"></figure></div><div>Card</div></article>`, true},
		{`<div>Posted by <a href="/~jane">jane</a> <time>on Tuesday July 24, @09:04AM</time></div>`, false},
		{`<div><a href="/~jane">jane</a> <time>on Tuesday July 24</time></div>`, false},
	} {
		n := fragmentTree(tc.frag)
		if n == nil || n.FirstChild == nil {
			t.Fatalf("no tree for %s", tc.frag)
		}
		tm := findElement(n, func(c *html.Node) bool { return c.DataAtom == atom.Time })
		if got := amongBlocks(tm); got != tc.want {
			t.Errorf("amongBlocks(%s) = %v, want %v", tc.frag, got, tc.want)
		}
	}
}
