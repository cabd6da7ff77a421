package extract

import (
	"strings"
	"testing"
	"time"
)

// Synthetic pages for the classes fifteenth-world's misses showed (issue 20, fifteenth round).

var storyText15 = "<p>" + strings.Repeat("Der Gemeinderat hat am Montag über den neuen Haushalt der Stadt beraten und ihn nach langer Debatte beschlossen. ", 6) + "</p>"

// extract15 extracts a whole synthetic page.
func extract15(t *testing.T, pageURL, page string) *Result {
	t.Helper()
	r, err := Extract(pageURL, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// An author meta that repeats the copyright meta as a list (publication, city, country) is the
// rights holder's imprint: the printed byline names the writers, and without one nobody is named.
// A single name in both is a personal site's owner, its writer.
func TestAuthorsCopyrightImprint(t *testing.T) {
	head := `<meta name="author" content="Die Woche, Hamburg, Germany"><meta name="copyright" content="Die Woche, Hamburg, Germany">`
	got := pageAuthorsOf(t, "https://www.example.de/politik/story", head,
		`<h1>Um título para o teste</h1>`+storyText15+`<ul class="tools"><li class="author">Von Anna Weber</li></ul>`)
	checkAuthors(t, "imprint beside a byline", got, []string{"Anna Weber"})
	got = pageAuthorsOf(t, "https://www.example.de/politik/story", head, `<h1>Um título para o teste</h1>`+storyText15)
	checkAuthors(t, "imprint alone", got, nil)
	got = pageAuthorsOf(t, "https://www.example.de/blog/story", `<meta name="author" content="Anna Weber"><meta name="copyright" content="Anna Weber">`,
		`<h1>Um título para o teste</h1>`+storyText15)
	checkAuthors(t, "a personal site's owner", got, []string{"Anna Weber"})
}

// Writers parted by bars in one byline element are each a writer; a bar before a date or a
// section still ends the names.
func TestAuthorsBarredByline(t *testing.T) {
	got := authorsOf(t, "https://www.example.de/a", "", `<div class="author">Von Uwe Jan Heuser | <a href="/user/kr">Kolja Rudolf</a></div>`)
	checkAuthors(t, "two writers", got, []string{"Uwe Jan Heuser", "Kolja Rudolf"})
	got = authorsOf(t, "https://www.example.de/a", "", `<div class="author">Von Uwe Jan Heuser | Politik</div>`)
	checkAuthors(t, "a section after the bar", got, []string{"Uwe Jan Heuser"})
	got = authorsOf(t, "https://www.example.mx/a", "", `<div class="author">Galo Ramos | El Sol de Durango</div>`)
	checkAuthors(t, "a paper after the bar", got, []string{"Galo Ramos"})
}

// A photographer credited as the author of the lead picture's ImageObject is no writer.
func TestAuthorsImageObjectCredit(t *testing.T) {
	got := pageAuthorsOf(t, "https://www.example.cz/a", "",
		`<h1>Um título para o teste</h1><div itemscope itemtype="https://schema.org/ImageObject"><img src="/a.jpg" itemprop="contentUrl">
<span itemprop="description">Mobilní telefon</span> <span itemprop="author">ČTK/AP/Jan Novák</span></div>`+storyText15)
	checkAuthors(t, "image object", got, nil)
	got = pageAuthorsOf(t, "https://www.example.cz/a", "",
		`<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Um título para o teste</h1><div itemscope itemtype="https://schema.org/ImageObject"><img src="/a.jpg" itemprop="contentUrl">
<span itemprop="author">ČTK/AP/Jan Novák</span></div>`+storyText15+`</div>`)
	checkAuthors(t, "image object inside the story's item", got, nil)
	got = pageAuthorsOf(t, "https://video.example.com/watch", "",
		`<div itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="name" content="Um título para o teste"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="name" content="Jan Novák"></span>
<h1>Um título para o teste</h1>`+storyText15+`</div>`)
	checkAuthors(t, "the page's own video item", got, []string{"Jan Novák"})
}

// Readers' comments in a block named in German ("lesermeinung") credit commenters, not writers.
func TestAuthorsGermanCommentBlock(t *testing.T) {
	got := pageAuthorsOf(t, "https://www.example.de/a", "",
		`<h1>Um título para o teste</h1>`+storyText15+`<div class="lesermeinung"><div class="text"><span class="subheader">Autor: <a href="/u?login=Ddfer"><b>Ddfer</b></a> | 05.05.11 07:56</span> Ein Kommentar.</div>
<div class="text"><span class="subheader">Autor: <a href="/u?login=Peter"><b>Peter Lustig</b></a> | 05.05.11 07:50</span> Noch einer.</div></div>`)
	checkAuthors(t, "lesermeinung", got, nil)
	// A bar that names the byline beside the comment count ("autor_reacties") is the story's.
	got = authorsOf(t, "https://www.example.nl/a", "",
		`<div class="autor_reacties"><span class="autor"><a href="/auteur/bd/" rel="author">Belén Domingo Cebrián</a></span><a href="#reacties" class="reacties">12</a></div>`)
	checkAuthors(t, "byline bar with the comment count", got, []string{"Belén Domingo Cebrián"})
}

// A closing "Zusammengestellt von … für …" line credits its writer, even with the page's trailer
// lines (a map link, the stamp) read after it.
func TestAuthorsCompiledBySignOff(t *testing.T) {
	got := pageAuthorsOf(t, "https://www.example.de/a", "",
		`<h1>Um título para o teste</h1><div class="text">`+storyText15+`<p><em>Zusammengestellt von Georg Thomsen für example.de</em></p>
<p>Weltatlas: Deutschland</p><div class="standDatum">Stand: 26.05.2010 06:39 Uhr</div></div>`)
	checkAuthors(t, "compiled by", got, []string{"Georg Thomsen"})
}

// A JSON-LD author in camel case without its space is the printed name, spaced.
func TestAuthorsGluedCamelCaseName(t *testing.T) {
	got := pageAuthorsOf(t, "https://www.example.com.mx/a",
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Um título para o teste","author":{"@type":"Person","name":"CarmenParedas"}}</script>`,
		`<h1>Um título para o teste</h1><p class="newsfull__author">Por <a href="/staff/carmen">Carmen Paredas</a></p>`+storyText15)
	checkAuthors(t, "glued", got, []string{"Carmen Paredas"})
}

// Dates: the printed time wins over a later metadata one read in the page's zone when the
// metadata states UTC; a metadata publication after the printed "Stand" yields to it; a
// metadata time whole hours off the labelled printed clock yields to it in a one-zone country;
// the site header's "today" is not the story's date.
func TestDates15(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	prague, _ := time.LoadLocation("Europe/Prague")
	ljubljana, _ := time.LoadLocation("Europe/Ljubljana")
	tests := []struct {
		name, url, html string
		want            time.Time
	}{
		{"printed minute before a UTC first-release time",
			"https://www.example.de/politik/2010-08/story",
			`<html lang="de"><head><meta http-equiv="date" content="2010-08-22T13:37:15.390244+00:00"></head><body><h1>Ein Titel für den Test hier</h1>` + storyText15 +
				`<ul class="tools"><li class="date"><strong>Datum</strong> 22.8.2010 - 15:35 Uhr</li></ul></body></html>`,
			time.Date(2010, 8, 22, 15, 35, 0, 0, berlin)},
		{"metadata publication after the printed Stand",
			"https://www.example.de/wirtschaft/story100.html",
			`<html lang="de"><head><meta name="DC.Date" content="2010-05-26T22:00+0200"></head><body><h1>Ein Titel für den Test hier</h1>` + storyText15 +
				`<div class="standDatum">Stand: 26.05.2010 06:39 Uhr</div></body></html>`,
			time.Date(2010, 5, 26, 6, 39, 0, 0, berlin)},
		{"a zone-less printed update in a country of several zones bounds nothing",
			"https://www.example.com/news/story",
			`<html lang="en-US"><head><meta property="article:published_time" content="2017-10-05T20:46:50Z"></head><body><h1>A headline long enough to count</h1>
<div class="entry-meta">Posted 3:46 pm, October 5, 2017, by <span class="author">Jane Roe</span>, Updated at 03:49PM, October 5, 2017</div>` + storyText15 + `</body></html>`,
			time.Date(2017, 10, 5, 20, 46, 50, 0, time.UTC)},
		{"labelled printed clock over metadata two hours off",
			"https://www.example.cz/clanek/story",
			`<html lang="cs"><head></head><body><h1>Titulek článku pro test zde</h1><div class="box-article-info"><p>
<span class="grey">Vydáno: <span itemprop="datePublished" content="2022-03-22T14:07:00+01:00">22.03.2022, 16:07</span></span></p></div>` + storyText15 + `</body></html>`,
			time.Date(2022, 3, 22, 16, 7, 0, 0, prague)},
		{"the site header's today",
			"https://www.example.si/",
			`<html lang="sl"><head></head><body><header id="header"><nav><a href="/">Domov</a></nav><div class="h2"><time datetime="2022-03-28T10:51:40.367+02:00">Ponedeljek, 28. 3. 2022</time></div></header>
<article><h1>Naslov članka za preizkus tukaj</h1>` + storyText15 + `<div class="meta"><time datetime="2022-03-22T17:19:08+01:00">22.3.2022 17:19</time></div></article></body></html>`,
			time.Date(2022, 3, 22, 17, 19, 8, 0, ljubljana)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := extract15(t, tt.url, tt.html); !r.Published.Equal(tt.want) {
				t.Errorf("Published = %v, want %v", r.Published, tt.want)
			}
		})
	}
}

// A kicker the <h1> prints in an element of its own, run into the headline without a separator,
// which the <title> sets apart with a colon, keeps that colon; a kicker the <h1> already
// separates stays as printed.
func TestTitleLeadKickerInH1(t *testing.T) {
	r := extract15(t, "https://www.example.de/politik/story", `<html lang="de"><head><title>Bin-Laden-Tod: Merkel: Worte im Zusammenhang sehen - Politik - Beispielzeitung</title></head>
<body><div class="article"><h1><strong>Bin-Laden-Tod </strong>Merkel: Worte im Zusammenhang sehen</h1>`+storyText15+`</div></body></html>`)
	if want := "Bin-Laden-Tod: Merkel: Worte im Zusammenhang sehen"; r.Title != want {
		t.Errorf("Title = %q, want %q", r.Title, want)
	}
	r = extract15(t, "https://www.example.de/politik/story", `<html lang="de"><head><title>Ausschuss zur Flut: Zwei Rücktritte und Fragen - Beispielzeitung</title></head>
<body><div class="article"><h1><span>Ausschuss zur Flut</span><span>:</span> Zwei Rücktritte und Fragen</h1>`+storyText15+`</div></body></html>`)
	if want := "Ausschuss zur Flut: Zwei Rücktritte und Fragen"; r.Title != want {
		t.Errorf("a separated kicker: Title = %q, want %q", r.Title, want)
	}
}

// A slideshow named in German ("diashowBox", id "diashow123") is a gallery: its captions leave
// the body.
func TestGalleryGermanStem(t *testing.T) {
	var slides strings.Builder
	for range 6 {
		slides.WriteString(`<div class="entry"><img src="/s.jpg" alt="Bild"><div><strong>Der Regisseur ist tot</strong><i>Er inszenierte auch in Wien zahlreiche Stücke.</i><span>© APA</span></div></div>`)
	}
	r := extract15(t, "https://www.example.at/kultur/story", `<html lang="de"><head><title>Der Regisseur ist tot</title></head><body><div class="main"><h1>Der Regisseur ist tot</h1>
<div class="diashowBox" id="diashow760976"><div class="entrys">`+slides.String()+`</div><div class="infoArea"><span class="counter">1 von 1</span></div></div>`+storyText15+storyText15+`</div></body></html>`)
	if strings.Contains(r.Body, "APA") || strings.Contains(r.Body, "inszenierte") {
		t.Errorf("gallery captions kept: %q", r.Body[:min(200, len(r.Body))])
	}
	if !strings.Contains(r.Body, "Gemeinderat") {
		t.Errorf("story lost: %q", r.Body)
	}
}
