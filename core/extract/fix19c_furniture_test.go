package extract

import (
	"strings"
	"testing"
)

func TestMessagingChannelInvitationsCloseNoStory(t *testing.T) {
	// Under the story, the site invites the reader to its WhatsApp group and Telegram channel,
	// each a line with the invitation link: none of the story's text.
	page := `<html><head><title>Vecinos reclaman por la basura acumulada</title></head><body><article><h1>Vecinos reclaman por la basura acumulada</h1><div class="text">` +
		`<p>Los vecinos de la calle principal denunciaron que la basura se acumula desde hace tres semanas frente a sus casas y que nadie la recoge.</p>` +
		`<p>Según explicaron, el camión del aseo urbano dejó de pasar por la zona y los malos olores ya llegan a la escuela del sector.</p>` +
		`<p>La alcaldía informó que la unidad está en reparación y que el servicio se restablecerá la próxima semana.</p>` +
		`<p><i>Ten la información al instante en tu celular. Únete al grupo de Diario Ejemplo en WhatsApp a través del siguiente link: </i><a href="https://chat.whatsapp.com/AbCdEf123">https://chat.whatsapp.com/AbCdEf123</a></p>` +
		`<p><i>También estamos en Telegram como @DiarioEjemplo, únete aquí </i><a href="https://t.me/diarioejemplo">https://t.me/diarioejemplo</a></p>` +
		`</div></article></body></html>`
	r, err := Extract("https://example.com/2019/06/01/basura", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "servicio se restablecerá") {
		t.Errorf("body lost the story: %q", r.Body)
	}
	for _, furn := range []string{"WhatsApp", "Telegram"} {
		if strings.Contains(r.Body, furn) {
			t.Errorf("body keeps the %s invitation: %q", furn, r.Body)
		}
	}
	// A story sentence about the messaging service stays.
	if messagingInvite("The minister said the group had organised the protest on WhatsApp and invited members through a link.") {
		t.Error("a story sentence about WhatsApp taken for an invitation")
	}
}

func TestReadAlsoPointerBehindAnArrowGoes(t *testing.T) {
	// A pointer to another story, led by an arrow glyph ("» À lire aussi: …", "› Read more: …",
	// ">> Lesen Sie auch: …"), is no more the story's than one without it.
	story := `<p>Le texte a été adopté mardi soir par une courte majorité de députés, après une longue journée de débats dans l'hémicycle.</p>` +
		`<p>Le gouvernement a salué un vote qui permet de poursuivre la révision constitutionnelle, tandis que l'opposition a dénoncé un texte mal préparé.</p>`
	for _, arrow := range []string{"» ", "›", "&gt;&gt; ", "→ ", "▶ "} {
		page := `<html><head><title>Le vote à l'Assemblée</title></head><body><article><h1>Le vote à l'Assemblée</h1><div class="fig-article-body">` + story +
			`<p><strong>` + arrow + `À lire aussi: <a href="/politique/2016/02/09/autre-article.php">Passe d'armes entre deux anciens ministres sur la réforme</a></strong></p>` +
			`<p>Le Sénat doit examiner le texte le mois prochain, et son président a déjà annoncé qu'il proposerait des modifications importantes.</p>` +
			`</div></article></body></html>`
		r, err := Extract("https://example.fr/politique/2016/02/10/vote.php", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, "lire aussi") || strings.Contains(r.Body, "Passe d'armes") {
			t.Errorf("%q: body keeps the pointer: %q", arrow, r.Body)
		}
		if !strings.Contains(r.Body, "Le Sénat doit examiner") {
			t.Errorf("%q: body lost the story after the pointer: %q", arrow, r.Body)
		}
	}
}

func TestSourceAndStampLineClosingTheStoryGoes(t *testing.T) {
	// The story's container closes with the desk and its place before the stamp: "Example
	// Money (New York) First published June 10, 2016: 12:41 PM ET". A line of the story that
	// reports when something was first published runs on as a sentence.
	page := `<html><head><title>Lunch auction sets a record</title></head><body><article><h1>Lunch auction sets a record</h1><div id="storytext">` +
		`<p>A charity auction for lunch with a famous investor closed on Friday with a winning bid of more than three million dollars, a record for the event.</p>` +
		`<p>The money goes to a charity that helps homeless people in the city, which has held the auction every year since the early two thousands.</p>` +
		`<p>The winner, who asked not to be named, may bring up to seven friends to the lunch at a steakhouse in Manhattan.</p>` +
		`<div class="storytimestamp"><span class="source">Example Money (New York)</span> <span class="datestamp">First published June 10, 2016: 12:41 PM ET</span></div>` +
		`</div></article></body></html>`
	r, err := Extract("https://money.example.com/2016/06/10/news/lunch-auction/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "First published") {
		t.Errorf("body keeps the stamp line: %q", r.Body)
	}
	if !strings.Contains(r.Body, "steakhouse in Manhattan") {
		t.Errorf("body lost the story: %q", r.Body)
	}
	if labelledStamp("The novel was first published on June 10, 2016, by a small press in Boston.") {
		t.Error("a sentence about a first publication taken for a stamp line")
	}
}
