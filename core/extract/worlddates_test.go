package extract_test

import (
	"testing"
	"time"

	"paperboy/core/extract"
)

// ptStory is Brazilian Portuguese filler prose long enough for the body heuristics.
const ptStory = `<div class="materia-conteudo"><p>A câmara municipal aprovou na noite desta terça-feira o orçamento do próximo ano, que prevê mais recursos para as escolas e para o transporte público da cidade.</p>
<p>Os vereadores da oposição criticaram a falta de debate e pediram o adiamento da votação, enquanto a base do governo defendeu as escolhas que considera necessárias para o município.</p></div>`

// worldCase is one page and the publication instant (and offset) it must give.
type worldCase struct {
	name, url, html string
	want            time.Time
}

func runWorldCases(t *testing.T, tests []worldCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := extract.Extract(tc.url, []byte(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			if !res.Published.Equal(tc.want) {
				t.Errorf("published %v, want %v", res.Published, tc.want)
			}
			_, off := res.Published.Zone()
			if _, wantOff := tc.want.Zone(); res.Published.Equal(tc.want) && off != wantOff {
				t.Errorf("published %v shown in the wrong zone, want %v", res.Published, tc.want)
			}
		})
	}
}

// Machine times without an offset on pages of countries with a dominant news zone (Brazil):
// the page prints the same wall clock, so the value is local, not UTC.
func TestDatesZonelessLocalClocks(t *testing.T) {
	brt := time.FixedZone("", -3*3600)
	brst := time.FixedZone("", -2*3600)
	runWorldCases(t, []worldCase{
		{"a zone-less article:published_time printed as the local clock on a pt-BR page", "https://www.example.com.br/tecnologia/noticia/2016/09/um-artigo.html",
			`<html lang="pt-br"><head><meta property="article:published_time" content="2016-09-14T08:01:16"></head><body><h1>Câmara aprova o orçamento do próximo ano</h1>
<div class="materia-cabecalho"><abbr class="published">14/09/2016 08h01</abbr></div>` + ptStory,
			time.Date(2016, 9, 14, 8, 1, 16, 0, brt)},
		{"… in summer time after mid-October 2016", "https://www.example.com.br/mundo/noticia/100000828740/um-artigo.html",
			`<html lang="pt-br"><head><meta property="article:published_time" content="2016-10-27 17:58"></head><body><h1>Câmara aprova o orçamento do próximo ano</h1>
<p class="data">27 de outubro de 2016 - 17h58</p>` + ptStory,
			time.Date(2016, 10, 27, 17, 58, 0, 0, brst)},
		{"a zone-less <time datetime> whose own text prints its clock is local", "https://www.example.com.br/vida-publica/um-artigo-6ir3euu4",
			`<html lang="pt-br"><head></head><body><h1>Câmara aprova o orçamento do próximo ano</h1>
<ul><li class="data-publicacao"><time itemprop="datePublished">[27/10/2016]</time></li><li><time>[22h00]</time></li></ul>` + ptStory +
				`<ul class="ultimas"><li><span class="data-hora"><time datetime="2016-10-27 22:00">22h00</time></span><a href="/a">Outra</a></li></ul>`,
			time.Date(2016, 10, 27, 22, 0, 0, 0, brst)},
		{"an offset another meta value states dates the zone-less ones", "http://esporte.example.com/futebol/noticia/2012/04/um-artigo.html",
			`<html lang="pt"><head><meta property="busca:issued" content="2014-10-08T22:05:12-0300"><meta property="article:published_time" content="2012-04-03T13:49:00"></head><body><h1>Câmara aprova o orçamento do próximo ano</h1>` + ptStory,
			time.Date(2012, 4, 3, 13, 49, 0, 0, brt)},
		{"Portuguese without a region on a generic domain is Brazilian", "http://revista.example.com/vida/noticia/2016/10/um-artigo.html",
			`<html><head></head><body><h1>Câmara aprova o orçamento do próximo ano</h1><div class="data">27/10/2016 - 14h50 - Atualizado 27/10/2016 15h43</div>` + ptStory,
			time.Date(2016, 10, 27, 14, 50, 0, 0, brst)},
		{"… and on a .pt domain it is Portuguese", "http://www.example.pt/sociedade/noticia/um-artigo-1748234",
			`<html lang="pt"><head></head><body><h1>Câmara aprova o orçamento do próximo ano</h1><div class="data">27/10/2016 - 14h50</div>` + ptStory,
			time.Date(2016, 10, 27, 14, 50, 0, 0, time.FixedZone("", 3600))},
	})
}

// enStory is English filler prose long enough for the body heuristics.
const enStory = `<div class="story-body"><p>The city council approved next year's budget on Tuesday night, with more money for schools and for the public transport network that thousands of residents use every day.</p>
<p>Opposition members criticised the lack of debate and asked for the vote to be postponed, while the majority defended choices it called necessary for the city's finances.</p></div>`

// The publication time against an update, another story's time, or a local clock labelled UTC.
func TestDatesPublicationOverOthers(t *testing.T) {
	brst := time.FixedZone("", -2*3600)
	teasers := ""
	for i := 0; i < 25; i++ {
		teasers += `<li><h3><a href="/noticia/outra/` + string(rune('a'+i%26)) + `">Outra notícia do dia</a></h3><p class="date">27/10/16 17h10</p></li>`
	}
	runWorldCases(t, []worldCase{
		{"a date-and-hour element (\"datahora\") before the update line, above an <h2> headline", "https://www.example.leg.br/noticias/um-artigo-518372.html",
			`<html lang="pt-br"><head><title>Câmara aprova o orçamento do próximo ano - Notícias</title></head><body>
<div id="datas"><span class="datahoraNoticia">25/10/2016  -  21h04</span> <span class="dataAtualizacao">Atualizado em 25/10/2016  -  22h55</span></div>
<ul class="compartilhe"><li>Compartilhe no Facebook</li><li>Compartilhe no Twitter</li><li>Envie por e-mail</li><li>Imprimir a notícia</li><li>Ouvir a notícia</li><li>Aumentar o tamanho da letra</li><li>Diminuir o tamanho da letra</li></ul>
<div id="tituloNoticia"><h2>Câmara aprova o orçamento do próximo ano</h2></div>` + ptStory,
			time.Date(2016, 10, 25, 21, 4, 0, 0, brst)},
		{"a menu's many teaser dates above the headline leave room for the story's own", "https://www.example.com.br/games/noticia/um-artigo/63455",
			`<html lang="pt-BR"><head></head><body><ul class="main-menu">` + teasers + `</ul><h1 class="post-title">Câmara aprova o orçamento do próximo ano</h1>
<div class="post-meta"><span class="author">Rodrigo Silva</span> <span class="date">27/10/2016 19h10</span></div>` + ptStory,
			time.Date(2016, 10, 27, 19, 10, 0, 0, brst)},
		{"a metadata publication that is the printed update yields to an earlier metadata one", "https://www.example.com/food/a-story-1759387",
			`<html lang="en"><head><meta name="publish-date" content="Fri, 06 Oct 2017 12:19:02 +0530"><meta name="modified-date" content="Fri, 06 Oct 2017 14:08:28 +0530" itemprop="datePublished"></head><body><h1>Council passes the budget</h1>
<div class="byline">Food Desk | <span itemprop="dateModified" content="2017-10-06T14:08:28+05:30">Updated: October 06, 2017 14:08 IST</span></div>` + enStory,
			time.Date(2017, 10, 6, 12, 19, 2, 0, time.FixedZone("", 5*3600+1800))},
		{"a local clock labelled +00:00 beside the UTC instant hours later", "https://www.example.com/news/a-story/",
			`<html lang="en-US"><head><meta property="article:published_time" content="2017-10-06T04:47:55+00:00"></head><body><h1>Council passes the budget</h1>
<div class="entry-meta"><span class="posted-on">Published: <time class="entry-date published" datetime="2017-10-05T21:47:55+00:00">October 5, 2017, 9:47 pm</time></span></div>` + enStory,
			time.Date(2017, 10, 5, 21, 47, 55, 0, time.FixedZone("", -7*3600))},
	})
}

// A machine value carrying an unfilled date pattern loses to the printed date; a printed date
// without a year takes the year of the page's own full date of that day.
func TestDatesBrokenAndYearless(t *testing.T) {
	runWorldCases(t, []worldCase{
		{"template residue in article:published_time", "https://www.example.co.uk/news/article-486534/a-story.html",
			`<html lang="en"><head><meta property="article:published_time" content="2015-11-17T14:58:56.300Zyyyy-MM-dd HH:mm:ss z"></head><body><h1>Council passes the budget</h1>
<p class="byline">By JANE ROE</p><p>Last updated at 01:01 09 October 2007</p>` + enStory,
			time.Date(2007, 10, 9, 1, 1, 0, 0, time.FixedZone("", 3600))},
		{"a byline date without a year, the year from a caption of that day", "",
			`<html lang="en-US"><head></head><body><h1>Council passes the budget</h1>
<div class="byline"><cite class="vcard">Jane Roe</cite> – <abbr class="timedate">Tue&nbsp;Aug&nbsp;31, 7:21&nbsp;am&nbsp;ET</abbr></div>
<p><cite>Reuters – The mayor poses for a portrait at city hall, August 31, 2010.</cite></p>` + enStory,
			time.Date(2010, 8, 31, 7, 21, 0, 0, time.FixedZone("", -4*3600))},
	})
}

// Zone names and places: "CT" where Central Standard Time holds all year, an outlet named
// after its country, a saved page whose links all lead to one country's domain.
func TestDatesZoneNamesAndPlaces(t *testing.T) {
	auLinks := ""
	for i := 0; i < 25; i++ {
		auLinks += `<li><a href="http://www.example.com.au/business/story-` + string(rune('a'+i)) + `.html">Another story</a></li>`
	}
	runWorldCases(t, []worldCase{
		{"CT an hour from the page's epoch is Central Standard Time", "http://www.example.ca/news/canada/saskatoon/a-story-1.4341234",
			`<html lang="en"><head><script>DATA.publishedTime = "1507253159838";</script></head><body><h1>Council passes the budget</h1>
<div class="story-meta"><span class="delimited">Posted: Oct 05, 2017 7:25 PM CT</span></div>` + enStory,
			time.Date(2017, 10, 5, 19, 25, 0, 0, time.FixedZone("", -6*3600))},
		{"an en-GB page of an outlet named for Malta", "https://www.example.com/articles/view/20171006/health/a-story.659674",
			`<html lang="en-GB"><head><meta property="og:site_name" content="Times of Malta"></head><body><h1>Council passes the budget</h1>
<div class="article-date"><span>Friday, October 6, 2017, 11:35</span></div>` + enStory,
			time.Date(2017, 10, 6, 11, 35, 0, 0, time.FixedZone("", 2*3600))},
		{"a page saved without its address whose links lead to .au", "",
			`<html lang="en"><head></head><body><ul class="nav">` + auLinks + `</ul><h1>Council passes the budget</h1>
<div class="cT-storyDetails"><cite>Jane Roe</cite><p class="dateline">January 6, 2010 - 1:12PM</p></div>` + enStory,
			time.Date(2010, 1, 6, 13, 12, 0, 0, time.FixedZone("", 11*3600))},
	})
}
