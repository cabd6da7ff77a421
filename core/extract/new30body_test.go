package extract

import (
	"fmt"
	"strings"
	"testing"
)

// new30Extract extracts page at pageURL and fails the test on an error.
func new30Extract(t *testing.T, pageURL, page string) *Result {
	t.Helper()
	r, err := Extract(pageURL, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// new30Comments are reader comments, longer together than the short story above them.
func new30Comments(n int) string {
	var b strings.Builder
	for i := range n {
		if i == 0 {
			// The first reader restates the news, in the words of the page's description.
			b.WriteString(`<twk-reaction class="reactie"><div class="reactieContent">Onlangs is versie 7.3 van het kantoorpakket verschenen, maar nu is er een update voor versie 7.2 uitgebracht, met een reeks verbeteringen: mooi zo.</div></twk-reaction>`)
		}
		fmt.Fprintf(&b, `<twk-reaction id="r_%d" class="reactie"><div class="reactieBody"><div class="reactieHeader"><a href="/gallery/%d">lezer%d</a></div>`+
			`<div class="reactieContent">Ik gebruik dit pakket al jaren, thuis, op het werk, op de laptop en op de oude desktop, en het werkt voor mij prima, zonder problemen, zonder gedoe en zonder licentiekosten. `+
			`Het opent mijn oude bestanden, ook de grote, sneller dan de vorige uitgave, het rekenblad crasht niet meer bij grote tabellen, de grafieken kloppen weer, en de tekstverwerker is, voor mij, het beste programma van het pakket.</div>`+
			`<div class="reactieFooter"><a href="/login">Reageer</a></div></div></twk-reaction>`, i, i, i)
	}
	return b.String()
}

// than the story, and readability read the thread. Named, it is the thread, and the note is the body.
func TestDutchReactiesThread30(t *testing.T) {
	var fixes strings.Builder
	for i := range 12 {
		fmt.Fprintf(&fixes, `<li><a href="https://bugs.example.org/%d">bug#%d</a> Opslaan van tabellen als RTF verliest de voettekst</li>`, 1000+i, 1000+i)
	}
	page := `<html><head><title>Software-update: Kantoorpakket 7.2.6</title>
<meta property="og:description" content="Onlangs is versie 7.3 van het kantoorpakket verschenen, maar nu is er een update voor versie 7.2 uitgebracht met een reeks verbeteringen."></head><body>
<div class="articleColumn"><h1>Software-update: Kantoorpakket 7.2.6</h1>
<div class="articleContent"><div class="article"><p>Onlangs is versie 7.3 van het kantoorpakket verschenen, maar nu is er een update voor versie 7.2 uitgebracht met een reeks verbeteringen.</p>
<blockquote><strong>Verbeteringen in 7.2.6:</strong><ul>` + fixes.String() + `</ul></blockquote></div></div></div>
<div id="reacties"><div id="commentColumn"><div class="reacties-inner"><h2 class="reactionCount">Reacties (30)</h2><div id="reactieContainer">` + new30Comments(30) + `</div></div></div></div>
</body></html>`
	r := new30Extract(t, "https://www.example.nl/downloads/123/kantoorpakket-726.html", page)
	if !strings.Contains(r.Body, "Onlangs is versie 7.3") {
		t.Errorf("the release note is not the body:\n%s", r.Body)
	}
	if strings.Contains(r.Body, "Ik gebruik dit pakket") {
		t.Errorf("the reader comments are in the body:\n%s", r.Body)
	}
}

// no header: the story is the body, its subheads (a rich-text editor's "header2") with it.
func TestHeaderNamedStoryBlock30(t *testing.T) {
	var paras strings.Builder
	for i := range 8 {
		fmt.Fprintf(&paras, `<p>Paragraph %d of the story: the company lost three large clients this year, internal documents show, and staff departures rose sharply while bookings ran far ahead of the revenue it collected.</p>`, i)
		if i == 4 {
			paras.WriteString(`<h2 class="block__header2">What the documents show</h2>`)
		}
	}
	notices := strings.Repeat(`<div class="notice"><p>This Post Is Locked. Someone has been editing this post since earlier today; unlock it only in a case of an emergency, or their changes are lost.</p></div>`, 4)
	page := `<html><head><title>Inside the secretive company</title></head><body>
<article><h1>Inside the secretive company</h1>
<div class="buzz"><div id="sub_buzz" class="c suplist_long suplist_long_custom_header"><div class="item_text">` + paras.String() + `</div></div></div>
<div class="user-bio"><p>Jane Roe is a business reporter based in San Francisco. She covers the technology industry and its finances.</p></div>
</article>` + notices + `</body></html>`
	r := new30Extract(t, "https://www.example.com/article/jroe/inside-the-company", page)
	for _, want := range []string{"Paragraph 0 of the story", "Paragraph 7 of the story", "What the documents show"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("%q is not in the body:\n%s", want, r.Body)
		}
	}
	if strings.Contains(r.Body, "This Post Is Locked") {
		t.Errorf("the editor's notices are in the body:\n%s", r.Body)
	}
}

// the comments under it are no part of the body.
func TestCommentOnThisArticle30(t *testing.T) {
	page := `<html><head><title>Strike looms at the diamond mine</title></head><body>
<h1>Strike looms at the diamond mine</h1>
<div id="story_text">WORKERS at the diamond mine are set to down tools after wage talks with the company broke down on Monday, the union said.<br><br>
The union said its members would strike from next week unless the company improved its offer of a six percent increase.<br><br>
The company said it would call a press conference where the media would be able to ask questions about the looming strike.<br><br>
<b>Comment on this article</b><br><br>Latest comments<br><br>
Do not worry, they will grind the company into the dust eventually and also be without jobs. - John | 2014-07-15 10:53:00<br><br>
Correction: employees contribute 40% for medical aid and the company pays the rest. - Maria | 2014-07-15 09:32:00</div></body></html>`
	r := new30Extract(t, "http://www.harbourtimes.example/index.php?id=15328&page_type=story_detail", page)
	if !strings.Contains(r.Body, "press conference") {
		t.Errorf("the story's end is lost:\n%s", r.Body)
	}
	if strings.Contains(r.Body, "grind the company") || strings.Contains(r.Body, "Comment on this article") {
		t.Errorf("the comments are in the body:\n%s", r.Body)
	}
}

// around header, story and footer that the standfirst widens to, nor the standfirst alone.
func TestShortStoryUnderStandfirst30(t *testing.T) {
	standfirst := "Britský parašutista zažil při svém červencovém seskoku doslova peklo. Během letu se snažil udělat otočku, při které se mu ale zamotal padák a on se řítil k zemi rychlostí téměř 85 km/h."
	page := `<html><head><title>Parašutistovi se zamotal padák</title><meta name="description" content="` + standfirst + `"></head><body>
<div id="page"><div id="subpage"><div id="main"><div id="navigation"><ul><li><a href="/">Hlavní stránka</a> »</li><li><a href="/koktejl/">Koktejl</a></li></ul></div>
<div id="articleHeaderBig"><h1>Parašutistovi se zamotal padák, k zemi se řítil rychlostí 85 km/h</h1><p class="perex">` + standfirst + `</p></div>
<div id="articleBox"><div id="articleContent"><div class="articleHeader"><h2 class="blind">Video</h2><p class="videoTitle">BEZ KOMENTÁŘE: Parašutista přežil tvrdý dopad na zem</p></div>
<p class="articleDate">sobota 6. srpna 2016, 10:35 - Bookham</p>
<div class="content"><div id="posBox"><div id="contentArticleBox"><div id="articleBody" class="articleBody"><p>Čtyřiadvacetiletého mladíka, který skáče s padákem čtyři roky, zachvátila okamžitě panika. Manévr totiž prováděl nízko nad zemí. Těsně před dopadem se mu ale nakonec povedlo padák rozmotat.</p>
<p>„Byl jsem hloupý, že jsem to dělal v tak malé výšce. Při dopadu jsem ucítil a uslyšel hlasité prasknutí v zádech,“ popsal parašutista.</p>
<p>V prvním okamžiku si myslel, že si poranil míchu. Záchranáři ho nakonec odvezli do nemocnice, kde se ukázalo, že neutrpěl žádné vážné zranění.</p></div></div></div></div></div></div></div>
<div id="footer"><div class="copyrights"><p>Redakci pište na email redakce@example.cz. Deník oslovíte přes adresu redakce@example.cz.</p>
<p>Publikování nebo další šíření obsahu serveru je bez písemného souhlasu společnosti zakázáno. RSS kanály serveru jsou určeny pouze pro osobní užití.</p>
<p>Dodavatelem obsahu serveru a osobou vykonávající redakční odpovědnost je společnost Example a.s.</p>
<p>Šiřitelem reklamy na serveru je společnost Example.cz, a.s., IČO 26168685.</p><p>Na začátek obsahu</p>
<p>Pokud chcete informaci o inzerci na našich stránkách, pište na e-mail reklama@example.cz nebo volejte obchodní oddělení v pracovní dny od devíti do pěti hodin.</p>
<p>Jakékoli kopírování, šíření nebo využívání obsahu kanálů serveru bez předchozího písemného souhlasu společnosti není dovoleno a bude stíháno podle zákona.</p>
<p>Aplikace pro váš telefon a tablet si stáhněte zdarma v obchodech s aplikacemi, kde najdete i zprávy dne, počasí a program televize na celý týden.</p>
<p>Nápověda a kontakt na helpdesk, audiovizuální mediální služby, ceník inzerce, zásady ochrany osobních údajů a nastavení souborů cookie najdete na samostatných stránkách.</p></div></div></div></div></body></html>`
	r := new30Extract(t, "https://www.example.cz/koktejl/411224-parasutistovi-se-zamotal-padak.html", page)
	if !strings.Contains(r.Body, "poranil míchu") {
		t.Errorf("the story is not in the body:\n%s", r.Body)
	}
	if strings.Contains(r.Body, "Šiřitelem reklamy") || strings.Contains(r.Body, "Publikování nebo") {
		t.Errorf("the site's footer is in the body:\n%s", r.Body)
	}
}

// A paragraph opening with "By" and a time ("By 6:30 p.m., the 100-year-old visionary is
// starting to fade.") says when, and is the story's: no byline names a writer with a digit.
// A "By" line naming a writer still goes.
func TestByAndFigureIsNoByline30(t *testing.T) {
	page := `<html><head><title>The 100-year-old man who lives in the future</title></head><body>
<article><h1>The 100-year-old man who lives in the future</h1><p>By Jane Roe</p>
<div class="article-body"><p>The visionary has spent decades designing a city run by computers, and he still works every day in his studio among the models.</p>
<p>Visitors come every Saturday to tour the compound, paying for a tour as well as books and videos about the project and its plans.</p>
<p>As for the visionary, he remains convinced his computer-governed city can become reality. "We already have the technology to do it," he says.</p>
<p>By 6:30 p.m., the 100-year-old visionary is starting to fade. It's been a long birthday week. "Thanks so much for coming," he tells us.</p></div></article></body></html>`
	r := new30Extract(t, "https://www.example.com/features/2016-06-10/the-100-year-old-man", page)
	if !strings.Contains(r.Body, "By 6:30 p.m., the 100-year-old visionary") {
		t.Errorf("the closing paragraph is lost:\n%s", r.Body)
	}
	if strings.Contains(r.Body, "By Jane Roe") {
		t.Errorf("the byline is in the body:\n%s", r.Body)
	}
}
