package extract_test

import (
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
)

// euStory is French filler prose long enough for the body heuristics.
const euStory = `<div class="article-body"><p>Le conseil municipal s'est réuni mardi soir pour examiner le budget de l'année prochaine, qui prévoit une hausse des dépenses consacrées aux écoles et aux transports.</p>
<p>Les élus de l'opposition ont dénoncé un manque de concertation et demandé un report du vote, tandis que la majorité a défendu des choix qu'elle juge nécessaires pour la ville.</p></div>`

// European pages whose metadata states a zone the printed local time belies: a machine value
// without an offset (or labelled UTC) that carries the newsroom's wall clock, and a zone name
// of the wrong season.
func TestDatesEuropeanWallClocks(t *testing.T) {
	paris := time.FixedZone("", 2*3600)
	athens := time.FixedZone("", 2*3600)
	madrid := time.FixedZone("", 1*3600)
	tests := []struct {
		name, url, html string
		want            time.Time
	}{
		{"a zone-less metadata time the page prints as its local time is local", "https://www.example.fr/france/2017/08/31/un-article_1593251",
			`<html lang="fr"><head><meta property="article:published_time" content="2017-08-31T13:03:36"></head><body><h1>Le conseil municipal vote son budget</h1>
<span class="date"><time datetime="2017-08-31T13:03:36">31 août 2017 à 13:03</time></span>` + euStory,
			time.Date(2017, 8, 31, 13, 3, 36, 0, paris)},
		{"… but a zone-less metadata time printed an hour or two later is UTC", "https://www.example.fr/france/2017/08/31/un-article_1593252",
			`<html lang="fr"><head><meta property="article:published_time" content="2017-08-31T11:03:36"></head><body><h1>Le conseil municipal vote son budget</h1>
<span class="date">31 août 2017 à 13:03</span>` + euStory,
			time.Date(2017, 8, 31, 13, 3, 36, 0, paris)}, // 11:03:36Z, shown at +02:00
		{"a +0000 JSON-LD time whose wall clock a Greek page prints is Athens time", "https://www.example.gr/greece/article/1/",
			`<html lang="el"><head><meta property="article:published_time" content="2020-01-09T13:49:10+00:00"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Le conseil municipal vote son budget","datePublished":"2020-01-09T15:49:10+0000"}</script></head><body><h1>Le conseil municipal vote son budget</h1>
<div class="article-top-meta-date">09.01.2020</div><div class="article-top-meta-time">15:49</div>` + euStory,
			time.Date(2020, 1, 9, 15, 49, 10, 0, athens)},
		// WordPress set to a fixed "UTC+2" computes the instant right and prints its wall clock
		// in that offset all year: the stated offset is no slip to undo.
		{"a summer offset in February stays, though the page prints the same clock", "https://www.example.com/espana/2017/02/13/articulo-748821",
			`<html lang="es-ES"><head><meta property="article:published_time" content="2017-02-13T14:16:41+02:00"></head><body><h1>Le conseil municipal vote son budget</h1>
<ul><li><time datetime="2017-02-13 14:16" class="date">13/02/2017 <strong>14:16</strong></time></li></ul>` + euStory,
			time.Date(2017, 2, 13, 14, 16, 41, 0, time.FixedZone("", 2*3600))},
		{"CEST in February is Central European winter time", "https://www.example.es/noticia/espana/2017/02/13/articulo/0003.htm",
			`<html lang="es"><head><meta property="article:published_time" content="2017-02-13T16:24:00CEST"></head><body><h1>Le conseil municipal vote son budget</h1>
<span class="fecha">13/02/2017 16:24 h</span>` + euStory,
			time.Date(2017, 2, 13, 16, 24, 0, 0, madrid)},
		{"a compact ISO 8601 offset dates the zone-less JSON-LD", "https://www.example.pl/kraj/2201234,1,artykul.read",
			`<html lang="pl"><head><meta property="article:published_time" content="20230307T140400+0100"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Le conseil municipal vote son budget","datePublished":"2023-03-07T14:04:00"}</script></head><body><h1>Le conseil municipal vote son budget</h1>` + euStory,
			time.Date(2023, 3, 7, 14, 4, 0, 0, madrid)},
		{"a time after the day with an h suffix is read", "https://www.example.es/espana/articulo-1234.html",
			`<html lang="es-ES"><body><h1>Le conseil municipal vote son budget</h1><p class="byline"><span class="dateline" itemprop="datePublished"> 09 de febrero de 2017. 17:18h </span></p>` + euStory,
			time.Date(2017, 2, 9, 17, 18, 0, 0, madrid)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := extract.Extract(tc.url, []byte(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			if !res.Published.Equal(tc.want) {
				t.Errorf("published %v, want %v", res.Published, tc.want)
			}
			if _, off := res.Published.Zone(); res.Published.Equal(tc.want) && off != func() int { _, o := tc.want.Zone(); return o }() {
				t.Errorf("published %v shown in the wrong zone, want %v", res.Published, tc.want)
			}
		})
	}
}

// A Greek WordPress page stamping and printing one clock with "+00:00" and nothing else: the
// site runs on UTC, and the stated UTC stands.
func TestDatesStatedUTCPrinted(t *testing.T) {
	html := `<html lang="el"><head><meta property="article:published_time" content="2020-01-10T20:59:31+00:00"></head><body><h1>Le conseil municipal vote son budget</h1>
<time class="entry-date" datetime="2020-01-10T20:59:31">10.01.20, 20:59</time>` + euStory
	res, err := extract.Extract("https://www.example.gr/zoi/ena-arthro/", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2020, 1, 10, 20, 59, 31, 0, time.UTC); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v", res.Published, want)
	}
}

// A Greek page's first-publication and update lines open and close the story text; they date
// the page and are no part of the story.
func TestGreekStampLines(t *testing.T) {
	html := `<html lang="el"><body><h1>Σεισμός 6,3 Ρίχτερ στη Ρωσία</h1><div class="article-text"><p>Πρώτη καταχώρηση: Πέμπτη, 9 Ιανουαρίου 2020, 11:24</p>
<p>Σεισμική δόνηση μεγέθους 6,3 βαθμών της κλίμακας Ρίχτερ σημειώθηκε πριν από λίγο στην Τσουκότκα, στην ανατολική Ρωσία. Μέχρι στιγμής δεν υπάρχουν αναφορές για θύματα ή ζημιές.</p>
<p>Το επίκεντρο του σεισμού εντοπίζεται 339 χιλιόμετρα βορειοανατολικά του Τιλιτσίκι, ενώ το εστιακό του βάθος υπολογίζεται στα 10 χλμ. Οι αρχές παρακολουθούν την κατάσταση.</p>
<p>Τελευταία ενημέρωση: Πέμπτη, 9 Ιανουαρίου 2020, 12:07</p></div></body></html>`
	res, err := extract.Extract("https://www.example.gr/content/ar/123456", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2020, 1, 9, 11, 24, 0, 0, time.FixedZone("", 2*3600)); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v", res.Published, want)
	}
	if strings.Contains(res.Body, "καταχώρηση") || strings.Contains(res.Body, "ενημέρωση") {
		t.Errorf("stamp lines kept in the body: %q", res.Body)
	}
}

// A print-edition citation in the story's footer ("A version of this article appears in print
// on March 17, 2016") dates the paper, not the web story; the address names the print day too.
func TestDatesPrintCitation(t *testing.T) {
	html := `<html lang="en"><head><meta property="article:published" itemprop="datePublished" content="2016-03-16"><meta name="ptime" content="20160316133957"></head><body><h1>Le conseil municipal vote son budget</h1>
<p class="byline-dateline"><span class="byline-author">JUDITH H. DOBRZYNSKI</span><time class="dateline" datetime="2016-03-16">MARCH 16, 2016</time></p>` + euStory +
		`<footer class="story-footer"><div class="story-meta"><p class="story-print-citation">A version of this article appears in print on March 17, 2016, on page F14 of the New York edition with the headline: Korean Art.</p></div></footer></body></html>`
	res, err := extract.Extract("http://www.example.com/2016/03/17/arts/design/korean-art.html", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Published.Format("2006-01-02"); got != "2016-03-16" {
		t.Errorf("published %v, want the day 2016-03-16", res.Published)
	}
}

// A reader comment's microdata (itemprop="dateCreated" in the comment thread) dates the
// comment, not the story.
func TestDatesCommentMicrodata(t *testing.T) {
	madrid := time.FixedZone("", 2*3600)
	html := `<html lang="es-ES"><head><meta name="date" content="2017-06-17T16:45:42+02:00"><meta property="article:published_time" content="2017-06-17"></head><body><h1>Le conseil municipal vote son budget</h1>
<ul><li class="date-container"><time datetime="2017-06-17 16:45:42" class="date">17 jun. 2017 <strong>16:45</strong></time></li></ul>` + euStory +
		`<aside id="ancla_comentarios" class="comentarios aside-comments"><article><header><div itemprop="author" class="autor"><a href="#">SoleraJerez</a></div>
<time content="2017-06-17" itemprop="dateCreated" datetime="2017-06-17T14:07:00+01:00"><span class="fecha">17/06/2017</span> <span class="hora">14:07 horas</span></time></header><p>Muy buen artículo.</p></article></aside></body></html>`
	res, err := extract.Extract("http://www.example.es/cataluna/2017/06/17/594513c9268e3e473c8b4590.html", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2017, 6, 17, 16, 45, 42, 0, madrid); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v", res.Published, want)
	}
}
