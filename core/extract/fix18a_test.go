package extract

import (
	"strings"
	"testing"
	"time"
)

func TestMediaNamedTranscriptIsTheStory(t *testing.T) {
	// A broadcaster's story page: headline, stamp, a one-line summary, the programme line and
	// topics, then the report's transcript in a block named for the recording it transcribes
	// ("media-transcript"). Readability weighs every name with "media" as furniture and drops the
	// block from its reading, leaving the summary: the transcript is the story.
	var tr strings.Builder
	for i, s := range []string{
		"PRESENTER: The decision to close the harbour ferry has drawn some comment, and the operators are not pleased with it.",
		"While the ferry remains the busiest crossing on the river, the council has cut its budget for the coming year.",
		"Our reporter has the story.",
		"REPORTER: It has been a hard year for the ferry service ever since the floods closed the northern landing.",
		"Passengers have written to the council, and a petition with four thousand names was handed in last week.",
		"OPERATOR: It is a shame, but I do not think it is the end of the crossing, and we will keep running on weekends.",
		"REPORTER: The council says it will look again at the budget in the spring, when the new landing is finished.",
	} {
		if i > 0 && i%3 == 0 {
			tr.WriteString("\n")
		}
		tr.WriteString("<p>" + s + "</p>")
	}
	page := `<html><head><title>Ferry cuts draw fire</title><meta name="description" content="The decision to close the harbour ferry has drawn criticism from its operators and passengers."></head><body><div class="page"><div class="article section">` +
		`<h1>Ferry cuts draw fire</h1><p class="published">Updated April 22, 2013 18:58:00</p>` +
		`<p>The decision to close the harbour ferry has drawn criticism from its operators and passengers, who see it as a punishment for the service's poor year on the river and say the crossing will not survive another winter without the council's money.</p>` +
		`<p>The council's transport committee meets again next month, when the ferry's operators and the passengers' association have been asked to put their case to the councillors in person before the budget is settled.</p>` +
		`<div class="byline">Jane Reporter</div><p class="source">Source: <a href="/pm">PM</a> | Duration: 3min 13sec</p>` +
		`<p class="topics"><strong>Topics:</strong> <a href="/t/transport">transport</a>, <a href="/t/council">council</a></p>` +
		`<p class="media-transcript-toggle"><a href="#" class="button"><span>Transcript</span></a></p>` +
		`<div class="media-transcript">` + tr.String() + `</div></div>` +
		`<div class="sidebar"><h2>Top Stories</h2><ul><li><a href="/a">Storm hits the coast</a></li><li><a href="/b">Rates held</a></li></ul></div>` +
		`<div id="fineprint" class="section"><p><small>This service may include material from news agencies and other broadcasters which is copyright and cannot be reproduced without their permission.</small></p>` +
		`<p><small>AEST = Australian Eastern Standard Time which is 10 hours ahead of UTC (Greenwich Mean Time)</small></p></div>` +
		`</div></body></html>`
	r, err := Extract("https://example.com/news/2013-04-22/ferry-cuts/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"hard year for the ferry service", "new landing is finished"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks the transcript's %q: %q", want, r.Body)
		}
	}
}

func TestPrintedZoneSettlesMislabelledUTC(t *testing.T) {
	// A San Diego station's page: JSON-LD says "13:34:39Z" (the server's Eastern wall clock
	// labelled UTC), article:published_time says "17:34:39" without a zone, and the page prints
	// "10:34 AM PDT". The printed clock states its zone and the zone-less value is that instant
	// in UTC: the story went up at 10:34:39 Pacific, not at 10:34 "−03:00" (the printed clock
	// read as the JSON-LD value's twin) nor at 13:34 UTC.
	page := `<html><head><title>Migrants protest at the border</title>
<meta property="article:published_time" content="2019-07-09T17:34:39">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Migrants protest at the border",` +
		`"datePublished":"2019-07-09T13:34:39Z","dateModified":"2019-07-09T13:34:39Z"}</script></head><body>
<article><h1>Migrants protest at the border</h1><div class="ArticlePage-datePublished">Published&nbsp;July 9, 2019 at 10:34 AM PDT</div>
<p>Dozens of asylum seekers gathered outside the immigration office on Tuesday morning to protest delays in the process.</p>
<p>They say the waiting list has not moved in weeks, and that some families have been sleeping in the street since May.</p>
<p>Officials at the office declined to comment on the protest, and referred questions to the federal government.</p></article></body></html>`
	r, err := Extract("https://www.example.org/news/2019/jul/09/migrants-protest", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.Format(time.RFC3339); got != "2019-07-09T10:34:39-07:00" {
		t.Errorf("published = %s, want 2019-07-09T10:34:39-07:00", got)
	}
}

func TestUTCClockLabelledLocalOffset(t *testing.T) {
	// A Rio station's page: JSON-LD "23:49:47-03:00" is the UTC clock with Brasília's offset
	// appended; the page prints "10/01/2023 • 20:49", which is 23:49 UTC. The story went up at
	// 20:49:47 −03:00, not three hours later.
	page := `<html lang="pt-BR"><head><title>Justiça mantém prisão preventiva</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Justiça mantém prisão preventiva",` +
		`"datePublished":"2023-01-10T23:49:47-03:00","dateModified":null}</script></head><body>
<article><h1>Justiça mantém prisão preventiva</h1><p class="author">Por João Silva <span class="author__date-hour"><time datetime="2023-01-10 20:49">10/01/2023 • 20:49</time></span></p>
<p>A Justiça do Rio manteve nesta terça-feira a prisão preventiva do homem acusado de atacar a ex-companheira na Zona Norte.</p>
<p>Segundo a polícia, ele foi preso no dia 30 de dezembro, depois de dias foragido, e responde por tentativa de feminicídio.</p>
<p>A defesa disse que vai recorrer da decisão e que o cliente nega as acusações feitas pela vítima e pela família.</p></article></body></html>`
	r, err := Extract("https://www.example.com.br/noticias/justica-mantem-prisao-preventiva", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.Format(time.RFC3339); got != "2023-01-10T20:49:47-03:00" {
		t.Errorf("published = %s, want 2023-01-10T20:49:47-03:00", got)
	}
}

func TestHeaderDayWidgetIsNotTheStory(t *testing.T) {
	// A tabloid's masthead prints the day the page was served beside the weather
	// ("Fri, 02 Dec 2011"); the story prints only "Published: Today" and its analytics script
	// states the publication day. The masthead's day is none of the story's.
	page := `<html><head><title>Cup flops warned</title>
<script>var pageData = { publication_date : "20111201", // Publication date yyyymmdd
 section_id : "332" };</script></head><body>
<div id="header"><div id="masthead"><a href="/sport"><img src="/logo-sport.png" alt="Sport"></a><div id="login_widgets"><div id="weather_widget"><p>Sunny</p></div>` +
		`<div id="date_widget"><p>Fri, 02 Dec 2011</p></div></div></div>
<ul id="nav"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/football">Football</a></li><li><a href="/tv">TV &amp; Showbiz</a></li>` +
		`<li><a href="/living">Living</a></li><li><a href="/motors">Motors</a></li><li><a href="/travel">Travel</a></li><li><a href="/money">Money</a></li>` +
		`<li><a href="/puzzles">Puzzles and games</a></li><li><a href="/dating">Dating</a></li><li><a href="/bingo">Bingo</a></li></ul></div>
<ul id="subnav"><li><a href="/football/premier">Premier League</a></li><li><a href="/football/champions">Champions League</a></li>` +
		`<li><a href="/football/transfers">Transfer news</a></li><li><a href="/football/scottish">Scottish football</a></li><li><a href="/football/tables">Tables and fixtures</a></li></ul>
<div id="content"><h1>Cup flops warned</h1><p class="display-byline">By JOHN SMITH</p><p class="display-byline">Published: Today</p>
<p>UNITED'S cup flops are set to pay the price for their defeat by the league's bottom side on Wednesday night.</p>
<p>The manager is ready to axe the reserves who let him down, and will pick his first team for the next round.</p>
<p>The club has not lost a home cup tie to a side from a lower division for more than twenty years until this week.</p></div></body></html>`
	r, err := Extract("http://www.example.co.uk/sport/football/3973265/cup-flops-warned.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.Format("2006-01-02"); !r.Published.IsZero() && got == "2011-12-02" {
		t.Errorf("published = %s, the masthead's day", got)
	}
}

func TestJSONLDAlternativeHeadlineIsThePrintedOne(t *testing.T) {
	// A newspaper's archive page: <title> and JSON-LD headline carry the search wording, the
	// <h1> prints another, which JSON-LD states as alternativeHeadline and og:title repeats with
	// an archive note. The printed headline is the title.
	page := `<html><head><title>In Pittsburgh, Weddings Come With Cookie Tables - The Daily Planet</title>
<meta property="og:title" content="The Wedding? I Came for the Cookies (Published 2009)">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"In Pittsburgh, Weddings Come With Cookie Tables",` +
		`"alternativeHeadline":"The Wedding? I Came for the Cookies","datePublished":"2009-12-16T01:25:59.000Z"}</script></head><body>
<article><h1>The Wedding? I Came for the Cookies</h1>
<p>PITTSBURGH — Brides here plan the cookie table weeks ahead, and sometimes months, with aunts baking in shifts.</p>
<p>Guests carry boxes home at the end of the night, and nobody thinks twice about taking a dozen for the road.</p>
<p>Caterers say the tradition has spread to the suburbs and beyond, carried by families who moved away.</p></article></body></html>`
	r, err := Extract("https://www.example.com/2009/12/16/dining/16cookies.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "The Wedding? I Came for the Cookies" {
		t.Errorf("title = %q, want the printed headline", r.Title)
	}
}
