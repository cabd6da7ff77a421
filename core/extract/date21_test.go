package extract_test

import "testing"

// readerComments is a comment thread whose stamps, later than the story's, name four moments:
// the Project Syndicate cases' pages close with it.
const readerComments = `<ul class="comments"><li class="comment"><b>Reader</b> <time datetime="2018-05-24T16:24Z">May 24, 2018</time> Good.</li>
<li class="comment"><b>Other</b> <time datetime="2018-05-24T06:10Z">May 24, 2018</time> Bad.</li>
<li class="comment"><b>Third</b> <time datetime="2018-05-24T12:11Z">May 24, 2018</time> Fine.</li>
<li class="comment"><b>Fourth</b> <time datetime="2018-05-24T16:27Z">May 24, 2018</time> Sure.</li></ul>`

// TestDates21 covers the twenty-first round's publication-date classes, one case or two each
// (the case names say which): a jump menu's "Select a date" prompt, other stories' cards marked
// datePublished, an ISO 3166-2 geo.region, a month name with a two-digit year.
func TestDates21(t *testing.T) {
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a jump menu's prompt is no date label: the byline's date stands",
			"https://www.example.org/papers/price-hikes.php",
			`<html lang="en"><head><title>Price hikes for city papers</title></head><body>
<h1>Price hikes for city papers</h1>
<div class="ByLine">Posted by Jane Roe on Wednesday, September 24, 2008 at 8:00 PM</div>` + undated + `
<div class="side"><form name="jump"><select name="box">
<option value="/" selected="1">Select a date</option>
<option value="/a.php">2010.12.31: Council opens five new</option>
<option value="/b.php">2010.12.30: Road closed for the</option>
</select></form></div>
</body></html>`,
			"2008-09-24T20:00:00-04:00"},
		{"other stories' datePublished cards do not outvote the page's own publication metadata",
			"https://www.example.org/commentary/a-bilateral-foil",
			`<html lang="en"><head><title>A bilateral foil</title>
<meta property="article:published_time" content="2018-05-23T13:21Z">
<meta property="article:modified_time" content="2018-05-24T14:54Z">
</head><body>
<h1>A bilateral foil</h1>
<div class="byline"><time itemprop="datePublished" datetime="2018-05-23T13:21Z">May 23, 2018</time></div>` + undated + `
<div class="more"><h2>More from this writer</h2>
<article><h3><a href="/a">One</a></h3><time itemprop="datePublished" datetime="2018-05-24T16:07Z">May 24, 2018</time></article>
<article><h3><a href="/b">Two</a></h3><time itemprop="datePublished" datetime="2018-05-24T15:34Z">May 24, 2018</time></article>
<article><h3><a href="/c">Three</a></h3><time itemprop="datePublished" datetime="2018-05-24T14:30Z">May 24, 2018</time></article>
<article><h3><a href="/d">Four</a></h3><time itemprop="datePublished" datetime="2018-05-24T11:22Z">May 24, 2018</time></article>
<article><h3><a href="/e">Five</a></h3><time itemprop="datePublished" datetime="2018-05-23T14:11Z">May 23, 2018</time></article>
</div>
` + readerComments + `
</body></html>`,
			"2018-05-23T13:21:00Z"},
		{"the first card's itemprop=datePublished is no metadata of the page either",
			"https://www.example.org/commentary/a-bilateral-foil",
			`<html lang="en"><head><title>A bilateral foil</title>
<meta property="article:published_time" content="2018-05-23T13:21Z">
<meta property="article:modified_time" content="2018-05-24T14:54Z">
</head><body>
<h1>A bilateral foil</h1>
<div class="byline"><span class="date">May 23, 2018</span></div>` + undated + `
<div class="more"><h2>More from this writer</h2>
<article><h3><a href="/a">One</a></h3><time itemprop="datePublished" datetime="2018-05-24T16:07Z">May 24, 2018</time></article>
<article><h3><a href="/b">Two</a></h3><time itemprop="datePublished" datetime="2018-05-24T15:34Z">May 24, 2018</time></article>
<article><h3><a href="/c">Three</a></h3><time itemprop="datePublished" datetime="2018-05-24T14:30Z">May 24, 2018</time></article>
</div>
` + readerComments + `
</body></html>`,
			"2018-05-23T13:21:00Z"},
		{"geo.region names a Brazilian state that keeps -03:00 all year",
			"http://www.example.com/noticias/mundo/homem-chama-a-policia-100984.html",
			`<html><head><title>Homem chama a polícia</title>
<meta name="geo.region" content="BR-PI"><meta name="language" content="pt-br"></head><body>
<h1>Homem chama a polícia</h1>
<div class="data">26/01/2011 às 14:57</div>
<p>De acordo com ele, apesar de recusar seguidamente as ofertas, ela continua insistindo, disse o homem à polícia local.</p>
<p>O caso foi registrado na delegacia da cidade, e os agentes foram até a casa do casal para conversar com os dois.</p>
</body></html>`,
			"2011-01-26T14:57:00-03:00"},
		{"geo.region names a US state of Central time",
			"https://www.example.com/news/local/article_1234.html",
			`<html lang="en"><head><title>County fair opens</title>
<meta name="geo.region" content="US-TX"></head><body>
<h1>County fair opens</h1>
<div class="date">Posted: Sunday, October 24, 2010 1:38 pm</div>` + undated + `
</body></html>`,
			"2010-10-24T13:38:00-05:00"},
		{"a month name, day and two-digit year under the headline (WordPress's \"M j, y\")",
			"https://www.example.com/news/fundraisers-end-without-explanation/",
			`<html lang="en"><head><title>Fundraisers end without explanation</title></head><body>
<div class="header"><p>Thursday, December 3, 2015</p></div>
<div class="article-head"><h3>Fundraisers end without explanation</h3>
<p class="meta"><i class="icon-calendar"></i> Sep 4, 14 by <a href="/author/jr/">Jane Roe</a></p></div>` + undated + `
</body></html>`,
			"2014-09-04T00:00:00Z"},
	})
}
