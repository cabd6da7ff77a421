package extract

import (
	"strings"
	"testing"
)

// new29Paras are the story paragraphs of the handmade pages below, each shorter than isJunk's
// bound for a short block (300 runes).
var new29Paras = []string{
	"La police a ouvert une enquête mardi après l'incendie qui a détruit l'entrepôt du port dans la nuit.",
	"Selon les pompiers, le feu a pris vers deux heures du matin et a mobilisé une cinquantaine d'hommes.",
	"Le maire a annoncé une réunion publique jeudi pour informer les riverains des suites de l'enquête.",
	"Les assureurs doivent estimer les dégâts dans les prochains jours, a précisé la préfecture du département.",
}

// new29Body extracts a handmade French page whose story is body and returns its body.
func new29Body(t *testing.T, body string) string {
	t.Helper()
	page := `<html lang="fr"><head><title>Un entrepôt du port détruit par un incendie</title></head><body><article>` +
		`<h1>Un entrepôt du port détruit par un incendie</h1>` + body + `</article></body></html>`
	r, err := Extract("https://www.example.fr/faits-divers/2023/03/30/incendie-port", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Body
}

// TestGridPrintColumn29: a paragraph in a grid column sized for print ("col-xs-12
// col-print-12": full width on paper too) is the story's, however short; "print" there names a
// medium, not a print button's box.
func TestGridPrintColumn29(t *testing.T) {
	var b strings.Builder
	for _, p := range new29Paras {
		b.WriteString(`<div class="row"><div class="col-xs-12 col-print-12"><p class="element element-paragraph">` + p + `</p></div></div>`)
	}
	got := new29Body(t, `<div id="article-content">`+b.String()+`</div>`)
	for _, p := range new29Paras {
		if !strings.Contains(got, p) {
			t.Errorf("body lost %q:\n%s", p, got)
		}
	}
	for _, c := range []struct {
		name string
		want bool
	}{{"col-print-12", true}, {"col-xs-12", true}, {"col-md-6", true}, {"col-print", false}, {"print-12", false}, {"col-print-button", false}} {
		if got := gridColumn(c.name); got != c.want {
			t.Errorf("gridColumn(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestFrenchAdBreakAndVideoLabel29: the French marker where an advert breaks the story ("La
// suite après cette publicité") and the label over the outlet's closing video ("À voir également
// sur Le HuffPost :") are no lines of the story.
func TestFrenchAdBreakAndVideoLabel29(t *testing.T) {
	body := `<div class="article-content"><p>` + new29Paras[0] + `</p><p>` + new29Paras[1] + `</p>` +
		`<p>La suite après cette publicité</p>` +
		`<p>` + new29Paras[2] + `</p><p>` + new29Paras[3] + `</p>` +
		`<p><strong>À voir également sur Le HuffPost :</strong></p><div class="video-player"></div></div>`
	got := new29Body(t, body)
	for _, bad := range []string{"La suite après cette publicité", "À voir également"} {
		if strings.Contains(got, bad) {
			t.Errorf("body keeps %q:\n%s", bad, got)
		}
	}
	if !strings.Contains(got, new29Paras[3]) {
		t.Errorf("body lost the last paragraph:\n%s", got)
	}
}

// TestFrenchFirstToComment29: "Soyez le premier à réagir" ("be the first to comment") heads
// an empty comment box under the story: it and the notice under it are no lines of the story.
func TestFrenchFirstToComment29(t *testing.T) {
	body := `<div class="ArticleBody"><p>` + strings.Join(new29Paras, `</p><p>`) + `</p></div>` +
		`<div id="taboola-below-article"></div><section id="Commentaires"><template id="form-report"><form><p>Signaler un contenu abusif</p></form></template>` +
		`<div class="CommentsTitle col"><span class="Text"> Soyez le premier à réagir <span class="Icon--comments"></span></span></div>` +
		`<aside class="Paywall"><p>Un avis, un commentaire ?</p><p><strong>Ce service est réservé aux abonnés</strong></p><a href="/abo">Je m'abonne</a></aside>` +
		`<div class="banni"><div class="msg">Vous ne pouvez plus réagir aux articles suite à la soumission de contributions ne répondant pas à la charte de modération.</div>` +
		`<div class="liens"><a href="/html/cgu/">Je consulte la charte de modération</a></div></div></section>`
	page := `<html lang="fr"><head><title>Un entrepôt du port détruit par un incendie</title></head><body><main id="main"><div class="line WrapContentAside">` +
		`<div id="content" class="content"><h1>Un entrepôt du port détruit par un incendie</h1>` + body + `</div></div></main></body></html>`
	r, err := Extract("https://www.example.fr/faits-divers/2023/03/30/incendie-port", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := r.Body
	for _, bad := range []string{"Soyez le premier", "Vous ne pouvez plus"} {
		if strings.Contains(got, bad) {
			t.Errorf("body keeps %q:\n%s", bad, got)
		}
	}
	if !strings.Contains(got, new29Paras[3]) {
		t.Errorf("body lost the last paragraph:\n%s", got)
	}
}
