package extract_test

import (
	"testing"
	"time"

	"paperboy/core/extract"
)

// germanStory is a story's text without a date, for the German cases.
const germanStory = `<p>Die Mitglieder trafen sich am Abend im Gemeindesaal, um über die Pläne für das kommende Jahr zu
sprechen. Viele Fragen blieben offen, doch die Stimmung war gut, und am Ende stand eine lange Liste von Vorschlägen.</p>
<p>Die Vorsitzende dankte allen für ihre Arbeit und bat um Geduld: Nicht alles lasse sich sofort umsetzen, manches
brauche Zeit, Geld und vor allem Menschen, die mitmachen. Wer helfen wolle, könne sich jederzeit melden.</p>
<p>Im Frühjahr soll es ein weiteres Treffen geben, bei dem die ersten Ergebnisse vorgestellt werden. Bis dahin
arbeiten kleine Gruppen an den einzelnen Themen und berichten regelmäßig über ihre Fortschritte.</p>`

// TestDatesHtmldate17 covers the date classes of the seventeenth round: a wiki's footer that closes
// its update label after the date ("zuletzt am … geändert") dates a page whose text only
// announces a later event; a generic "date" meta (no publication key) gives way to the bare
// day printed by the headline and under it; the headline found first in a list of stories
// takes the date printed right after it, not the previous item's date, in the numeric order
// the list's other dates show.
func TestDatesHtmldate17(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	tests := []publishedCase{
		{"a footer's update label closed after its date dates a page that announces a later event",
			"https://wiki.example.de/Ortsgruppe/Treffen",
			`<html lang="de"><head><title>Ortsgruppe/Treffen – Beispielwiki</title></head><body>
<h1 id="firstHeading">Ortsgruppe/Treffen</h1><div id="bodyContent"><div id="mw-content-text">
<p>Das nächste Treffen findet am Mi. 5. Februar 2020 ab 19 Uhr im Café Beispiel statt.</p>` + germanStory + `</div></div>
<div id="footer"><ul id="footer-info"><li id="footer-info-lastmod"> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li>
<li id="footer-info-viewcount">Diese Seite wurde bisher 1.234-mal abgerufen.</li></ul></div></body></html>`,
			time.Date(2020, 1, 29, 13, 22, 0, 0, berlin)},
		{"a generic date meta gives way to the bare day printed by the headline and under it",
			"https://www.example-weine.de/aktuelles/meldungen/details/news/wettbewerb-zum-geburtstag/",
			`<html lang="de"><head><title>Wettbewerb zum Geburtstag der Rebe</title>
<meta name="date" content="2021-12-20T11:02:44+01:00"></head><body>
<div class="nav"><a href="/">Start</a> <a href="/aktuelles/">Aktuelles</a> Meldungen</div>
<h1>Wettbewerb zum Geburtstag der Rebe</h1><span class="date">27.01.2022</span>
<div class="news-text">` + germanStory + `</div></body></html>`,
			time.Date(2022, 1, 27, 0, 0, 0, 0, berlin)},
		{"the headline first found in a list of stories takes the date right after it",
			"https://www.example-zeitung.at/gesellschaft/gelassen-durch-den-winter-2497954",
			`<html lang="de"><head><title>Gelassen durch den Winter | Beispielzeitung</title></head><body>
<ul class="more"><li><a href="/a/2497001">Kälte: Wie die Städte heizen</a> 19. März 2020</li>
<li><a href="/a/2497002">Nachbarschaft: Hilfe im Haus</a> Anna Beispiel</li>
<li><a href="/a/2497003">Ehrenamt: Wer jetzt einkauft</a> Peter Muster</li>
<li><a href="/gesellschaft/gelassen-durch-den-winter-2497954">Gelassen durch den Winter</a> 18. März 2020</li>
<li><a href="/a/2497004">Schulen: Lernen zu Hause</a> 18. März 2020</li></ul>
<div class="article"><div class="kicker">Gesellschaft</div><h1>Gelassen durch den Winter</h1>
<div class="body">` + germanStory + `</div></div></body></html>`,
			time.Date(2020, 3, 18, 0, 0, 0, 0, berlin)},
		{"the date right after a headline in a list reads its order from the list's other dates",
			"https://news.example.com/sports/golf/story.aspx?id=8801",
			`<html><head><title>New life for a veteran golfer</title></head><body>
<div class="more">Open champion withdraws 1/15/2008, 2:52 p.m. EST • Rookies set for the first round 1/14/2008, 6:26 a.m. EST
MORE GOLF NEWS »</div>
<div class="story"><h1>New life for a veteran golfer</h1> 1/10/2008, 6:07 a.m. EST<div class="byline">By JOHN EXAMPLE</div>
<p>The tour has 22 rookies at the opening event of the season. That does not include the veteran, who only feels like one
after years away from the game and a long road back through the qualifying school.</p>
<p>He is a 42-year-old father of four who first joined the tour when some of these rookies were still in diapers, and he
wondered for a long time whether he would ever play at this level again.</p></div></body></html>`,
			time.Date(2008, 1, 10, 11, 7, 0, 0, time.UTC)},
	}
	checkPublished(t, tests)
}

// TestDates17ScriptPublication: a headless CMS's "publicationDate" in the page state dates a page
// that prints no date, and an analytics "publication_date" variable, the newsroom's clock
// without a zone, shows a UTC metadata instant on the newsroom's day.
func TestDates17ScriptPublication(t *testing.T) {
	page := `<html lang="de"><head><title>Die Besten sind bereit | Spiele 2022</title></head><body>
<h1>Die Besten sind bereit</h1><div class="text">` + germanStory + `</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"blocks":[{"createdAt":"2022-01-31T15:58:43+01:00"}],
"id":376,"plannedLiveDate":null,"publicationDate":"2022-01-31T14:27:32+01:00","slug":"die-besten-sind-bereit"}}}}</script></body></html>`
	r, err := extract.Extract("https://www.example-spiele.com/de/die-besten-sind-bereit", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2022, 1, 31, 13, 27, 32, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("publicationDate: Published = %v, want %v", r.Published, want)
	}

	page = `<html lang="es"><head><title>La actriz sigue en casa</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"La actriz sigue en casa","datePublished":"2020-02-18T02:18:11Z"}</script>
<script type="text/javascript">var publication_date = "2020-02-17 21:18:11"; var author = "agencia";</script></head><body>
<h1>La actriz sigue en casa</h1><div class="author_and_date">Agencia | 17 de Febrero 2020</div>
<div class="text"><p>La actriz se encuentra en su casa después de haber sido dada de alta, y su familia se mantiene al pendiente
de su salud, según dijo su hija a los periodistas que esperaban a la salida del hospital el lunes por la tarde.</p>
<p>La familia agradeció los mensajes de cariño que ha recibido en los últimos días y pidió respeto para su privacidad
mientras la actriz se recupera por completo en compañía de sus seres queridos.</p></div></body></html>`
	r, err = extract.Extract("https://news.example.com/2020/02/17/la-actriz-sigue-en-casa/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2020, 2, 18, 2, 18, 11, 0, time.UTC); !r.Published.Equal(want) || r.Published.Format(time.DateOnly) != "2020-02-17" {
		t.Errorf("publication_date: Published = %v, want %v shown on 2020-02-17", r.Published, want)
	}
}
