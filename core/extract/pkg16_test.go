package extract

import (
	"strings"
	"testing"
	"time"
)

// Sixteenth round (issue 20): the classes the sixteenth-pkg and sixteenth-legacy sets missed,
// each on a synthetic page.

func extract16(t *testing.T, u, page string) *Result {
	t.Helper()
	res, err := Extract(u, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func wantInstant(t *testing.T, got time.Time, want string) {
	t.Helper()
	if got.Format(time.RFC3339) != want {
		t.Errorf("published %s, want %s", got.Format(time.RFC3339), want)
	}
}

// A Hungarian page prints "2019. március 5., 17:40" (year first with a dot, the month's name,
// the day with a dot) in a box no date rule names; a hidden gallery viewer further down
// prints its own gallery's day in a "gallery-date" element. The printed time dates the story,
// in Budapest's zone (the country domain).
func TestHungarianDateOverHiddenGalleryDate(t *testing.T) {
	story := strings.Repeat("<p>A városi közgyűlés csütörtökön döntött arról, hogy a régi kikötő helyén park épül, és a munkák még az ősszel elkezdődnek a belvárosban.</p>", 6)
	page := `<html><head><title>Park épül a régi kikötő helyén</title></head><body>
<h1>Park épül a régi kikötő helyén</h1>
<div class="cikk_info"><b>2019. március 5., 17:40</b> forrás: <b>Hírügynökség</b></div>
<div class="lead">` + story + `</div>
<div style="display: none;" class="gallery overlay" id="gallery_overlay"><div class="header"><p class="info">
<span class="gallery-date">2011. december 23.</span> | <span class="gallery-title">Régi képek a kikötőről</span></p></div></div>
</body></html>`
	res := extract16(t, "https://hirek.example.hu/helyi/park-epul-1234", page)
	wantInstant(t, res.Published, "2019-03-05T17:40:00+01:00")
}

// The address names the 14th (the day the story was filed) and the date element beside the
// byline under the headline prints "15.08.2015, 14:10" without a label: the printed clock wins.
func TestPrintedClockOverAddressDay(t *testing.T) {
	page := `<html><head><title>Как платить кредиты банкам без лицензии</title></head><body>
<article><h1>Как платить кредиты банкам без лицензии</h1>
<div class="article_auth"><a href="/authors/anna_ivanova.shtml">Анна Иванова</a>
<span class="date_time">15.08.2015, 14:10</span></div>` +
		strings.Repeat("<p>Заемщики банков, у которых отозвали лицензию, должны продолжать платить по кредитам, напоминают в регуляторе, и лучше делать это по новым реквизитам.</p>", 6) +
		`</article></body></html>`
	res := extract16(t, "https://news.example.ru/business/2015/08/14/7688218.shtml", page)
	wantInstant(t, res.Published, "2015-08-15T14:10:00+03:00")
	if len(res.Authors) != 1 || res.Authors[0] != "Анна Иванова" {
		t.Errorf("authors %q, want the article_auth link's name", res.Authors)
	}
}

// "First Published: 08:19 IST(19/7/2013)": the time and its zone before the day in
// parentheses.
func TestTimeBeforeParenthesisedDay(t *testing.T) {
	page := `<html><head><title>Protests spread after the shooting</title></head><body>
<h1>Protests spread after the shooting</h1>
<div class="sty_pub">First Published: 08:19 IST(19/7/2013) | Last Updated: 13:52 IST(19/7/2013)</div>` + articleBody + `</body></html>`
	res := extract16(t, "https://news.example.com/india/protests-spread/article1-1095423.aspx", page)
	wantInstant(t, res.Published, "2013-07-19T08:19:00+05:30")
}

// A zone-less article:published_time whose wall clock a Polish page prints ("15.08.2015,
// godz. 13:37", godz. = hour) is Warsaw's clock, its seconds kept.
func TestPolishGodzClockMakesMetadataLocal(t *testing.T) {
	page := `<html lang="pl"><head><title>Nowe narzędzie do analizy stron</title>
<meta property="article:published_time" content="2015-08-15 13:37:47"></head><body>
<h1>Nowe narzędzie do analizy stron</h1>
<div class="article__author"><div class="post-time">15.08.2015, <time>godz. 13:37</time></div></div>` +
		strings.Repeat("<p>Firma z Krakowa przygotowała narzędzie, które pozwala sprawdzić, jak szybko ładuje się strona i gdzie użytkownicy najczęściej ją opuszczają.</p>", 6) +
		`</body></html>`
	res := extract16(t, "https://biznes.example.pl/news/artykul/narzedzie,29,0,1880861.html", page)
	wantInstant(t, res.Published, "2015-08-15T13:37:47+02:00")
}

// A social network's prompt in the author box ("Polub …", Polish "Like …"; "Follow us") is
// no byline.
func TestSocialPromptIsNoByline(t *testing.T) {
	for _, prompt := range []string{"Polub Example.pl", "Like us on Facebook", "Folgen Sie uns", "Suivez-nous"} {
		page := `<html><head><title>Nowe narzędzie do analizy stron</title></head><body>
<h1>Nowe narzędzie do analizy stron</h1>
<div class="article__author"><div class="post-time">15.08.2015</div>
<div class="like-us"><span>` + prompt + `</span><div class="fb-like"></div></div></div>` + articleBody + `</body></html>`
		res := extract16(t, "https://biznes.example.pl/news/artykul/narzedzie,29,0,1880861.html", page)
		if len(res.Authors) != 0 {
			t.Errorf("%q: authors %q, want none", prompt, res.Authors)
		}
	}
}

// A magazine sets its byline after a dash: "—By Jane Roe".
func TestDashBeforeBy(t *testing.T) {
	page := `<html><head><title>Caves keep a record of the climate</title></head><body>
<h1>Caves keep a record of the climate</h1>
<p class="byline">&mdash;By <a href="/authors/jane-roe" rel="author">Jane Roe</a></p>` + articleBody + `</body></html>`
	res := extract16(t, "https://mag.example.com/science/2013/06/caves-climate", page)
	if len(res.Authors) != 1 || res.Authors[0] != "Jane Roe" {
		t.Errorf("authors %q, want [Jane Roe]", res.Authors)
	}
	for _, in := range []string{"—By Jane Roe", "– By Jane Roe", "—Jane Roe"} {
		if got := splitAuthors(in); len(got) != 1 || got[0] != "Jane Roe" {
			t.Errorf("splitAuthors(%q) = %q", in, got)
		}
	}
}

// A wire story closes with its credits in parentheses: the reporters and the writer are its
// authors, the editors are not.
func TestWireReportingCredit(t *testing.T) {
	page := `<html><head><title>Harbour board delays the vote</title></head><body>
<h1>Harbour board delays the vote</h1>` + articleBody + `
<p>(Reporting by Jane Roe in Lisbon and John Doe; Writing by Mary Major; Editing by Richard Miles)</p></body></html>`
	res := extract16(t, "https://wire.example.com/article/2013/06/06/us-harbour-idUSBRE95510820130606", page)
	if strings.Join(res.Authors, "|") != "Jane Roe|John Doe|Mary Major" {
		t.Errorf("authors %q, want the reporters and the writer", res.Authors)
	}
	for _, line := range []string{"(Editing by Richard Miles)", "(Additional reporting by Jane Roe)", "(Reporting by the harbour desk; Editing by Richard Miles)",
		"The vote was delayed, reporting by local papers said."} {
		if got := wireCreditLine(line); got != nil {
			t.Errorf("wireCreditLine(%q) = %q, want nil", line, got)
		}
	}
}

// "Le Monde.fr avec AFP" — the outlet, "with", a news agency — in the metadata and printed as
// the byline is a desk's signature: no person wrote the story, and a writer's name under a
// teaser in the navigation above it is another story's.
func TestDeskSignatureOverTeaserName(t *testing.T) {
	page := `<html lang="fr"><head><title>Grève : vers une sortie du conflit ?</title>
<meta property="og:article:author" content="Exemple.fr avec AFP"></head><body>
<nav><a class="article" href="/economie/chronique-1.html"><p class="article__title">Les marchés restent prudents</p>
<div class="article__author"><div class="article__author-name">Pierre Martin</div></div></a></nav>
<h1>Grève : vers une sortie du conflit ?</h1>
<p class="meta"><span class="meta__author">Exemple.fr avec AFP</span></p>` +
		strings.Repeat("<p>Le médiateur a remis son texte à la direction et aux syndicats, qui doivent décider dans l'après-midi de la poursuite ou non du mouvement.</p>", 6) +
		`</body></html>`
	res := extract16(t, "https://www.exemple.fr/medias/article/2015/04/12/greve_4614610_3236.html", page)
	if len(res.Authors) != 0 {
		t.Errorf("authors %q, want none", res.Authors)
	}
	for s, want := range map[string]bool{"Le Monde.fr avec AFP": true, "SPIEGEL mit dpa": true, "Staff with Reuters": true,
		"Jane Roe with John Doe": false, "Pierre Martin": false} {
		if got := deskSignature(s); got != want {
			t.Errorf("deskSignature(%q) = %v, want %v", s, got, want)
		}
	}
}

// A kicker <h1> right above the headline <h2> is no story text, and the comment disclaimer
// under the story ("comments do not reflect the views of …", in Hungarian here) ends it.
func TestKickerOverHeadlineAndCommentDisclaimer(t *testing.T) {
	page := `<html><head><title>Újabb robbanások a kikötőben</title></head><body>
<div id="lead"><h1>Egyre nő az áldozatok száma</h1>
<h2>Újabb robbanások a kikötőben</h2>
<div id="reallead"><p>Újabb robbanások rázták meg a kikötő negyedét szombaton, ahol szerda éjjel óriási detonáció történt egy raktárban, és a tűz még mindig nem aludt ki.</p></div>` +
		strings.Repeat("<p>A hírügynökség jelentése szerint a hatóságok megkezdték a lakosság kitelepítését az övezetből, és a mentőcsapatok egész éjjel dolgoztak a helyszínen.</p>", 5) +
		`<div class="warning"><p>Figyelem! A cikkhez hozzáfűzött hozzászólások nem a példa.hu network nézeteit tükrözik. A szerkesztőség a kommenteket nem tudja befolyásolni.</p>
<p>Kérjük, kulturáltan kommenteljenek!</p></div>
<div class="fb-comments"></div></div></body></html>`
	res := extract16(t, "https://www.pelda.hu/kulfold/257899/Ujabb_robbanasok", page)
	if !strings.HasPrefix(res.Body, "Újabb robbanások rázták meg") {
		t.Errorf("body opens %q, want the lede", res.Body[:min(len(res.Body), 80)])
	}
	if strings.Contains(res.Body, "Figyelem") || strings.Contains(res.Body, "Kérjük") {
		t.Errorf("body keeps the comment disclaimer: %q", res.Body[max(0, len(res.Body)-200):])
	}
}

// "auth" after a word for the story names the author box; a sign-in box's "auth" does not.
func TestAuthClass(t *testing.T) {
	for cls, want := range map[string]bool{"article_auth mb5": true, "story-auth": true, "auth-name": false, "auth-area": false, "oauth": false,
		"politico-auth auth-logged-out": false, "author": false} {
		if got := authClass(cls); got != want {
			t.Errorf("authClass(%q) = %v, want %v", cls, got, want)
		}
	}
}

// A byline element that prints the time after the name keeps the name (the clock's colon is no
// label's); a dateline (the place and a comma before the date) or a date label before the date
// names nobody.
func TestBylineWithClock(t *testing.T) {
	if got := bylineLine("Jane Roe 15.08.2015, 14:10"); len(got) != 1 || got[0] != "Jane Roe" {
		t.Errorf("bylineLine = %q, want [Jane Roe]", got)
	}
	if got := bylineLine("Text: Jane Roe"); len(got) != 1 || got[0] != "Jane Roe" {
		t.Errorf("bylineLine(label) = %q, want [Jane Roe]", got)
	}
	for _, l := range []string{"NEW DELHI, October 06, 2017 00:44 IST", "Опубликовано 16 января 12 (19:28)"} {
		if got := bylineLine(l); got != nil {
			t.Errorf("bylineLine(%q) = %q, want nil", l, got)
		}
	}
}

// Under metadata that credits the wire's desk ("Wire Editorial"), the closing credits do not
// override it.
func TestWireCreditUnderDeskMetadata(t *testing.T) {
	page := `<html><head><title>Harbour board delays the vote</title><meta name="Author" content="Reuters Editorial"></head><body>
<h1>Harbour board delays the vote</h1>` + articleBody + `
<p>(Reporting by Jane Roe in Lisbon; Editing by Richard Miles)</p></body></html>`
	res := extract16(t, "https://wire.example.com/article/2015/09/17/harbour-idUSKCN0RH2V820150917", page)
	if len(res.Authors) != 0 {
		t.Errorf("authors %q, want none", res.Authors)
	}
}
