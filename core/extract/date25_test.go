package extract_test

import (
	"strings"
	"testing"
)

// TestHeaderTodayClock25: a site header's "today" widget that prints the day the page was
// served with a clock ("Неделя, 6 декември 2026 г. 14:05" beside the weather) is furniture every
// page repeats, not the story's date: the story's own <time> or the stamp printed under its
// headline dates it. Before, a widget with a clock was not recognised as the header's day and
// beat the story's stamp. Made-up pages.
func TestHeaderTodayClock25(t *testing.T) {
	para := "<p>" + strings.Repeat("Правителството одобри в сряда законопроект, който трябва да опрости процедурите по издаване на разрешения. ", 6) + "</p>"
	head := `<html lang="bg"><head><title>Правителството одобри законопроекта</title></head><body>`
	h1 := `<h1>Правителството одобри законопроекта</h1>`
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"header widget with a clock above a printed stamp", "https://www.example.bg/novini/pravitelstvoto-odobri-123",
			head + `<header class="site"><div class="logo"><a href="/"><img src="/l.png" alt=""></a></div>
<div class="top-date">Неделя, 6 декември 2026 г. 14:05</div><nav><a href="/a">Политика</a> <a href="/b">Икономика</a></nav></header>
<main>` + h1 + `<div class="article-date">12 септември 2017, 09:15</div>` + para + `</main></body></html>`,
			"2017-09-12T09:15:00+03:00"},
		{"header widget with a clock above a <time>", "https://www.example.bg/novini/pravitelstvoto-odobri-124",
			head + `<div id="header"><div class="header-top"><span class="date">Неделя, 6 декември 2026 г. 14:05</span> <span class="weather">София 3°</span></div>
<div class="menu"><a href="/a">Политика</a> <a href="/b">Икономика</a></div></div>
<div class="content">` + h1 + `<div class="info"><time datetime="2017-09-12T09:15:00+03:00">12.09.2017</time></div>` + para + `</div></body></html>`,
			"2017-09-12T09:15:00+03:00"},
		{"English header clock above a printed byline date", "https://www.example.com/news/council-votes-budget",
			`<html lang="en"><head><title>Council votes on the budget</title></head><body>
<header><div class="datetime">Sunday, December 6, 2026 2:05 PM</div><a href="/">Home</a></header>
<div class="main"><h1>Council votes on the budget</h1><div class="byline">By Jane Roe, March 3, 2015</div><p>` +
				strings.Repeat("The council voted on the budget for the next year after a long debate about roads. ", 6) + `</p></div></body></html>`,
			"2015-03-03T00:00:00-05:00"},
		{"unclassed header widget, story stamp without a date class", "https://www.example.bg/novini/pravitelstvoto-odobri-125",
			head + `<div class="header"><div class="logo"><a href="/"><img src="/l.png" alt=""></a></div><div class="today">Неделя, 6 декември 2026 г. 14:05</div></div>
<div class="content">` + h1 + `<div class="info">12.09.2017 09:15 | Иван Петров</div>` + para + `</div></body></html>`,
			"2017-09-12T09:15:00+03:00"},
		{"header widget, story <time> only", "https://www.example.bg/novini/pravitelstvoto-odobri-126",
			head + `<header><div class="today">Неделя, 6 декември 2026 г. 14:05</div></header>
<article>` + h1 + `<time datetime="2017-09-12T09:15">12 септември 2017, 09:15</time>` + para + `</article></body></html>`,
			"2017-09-12T09:15:00+03:00"},
		{"header widget in a top strip, story <time> only", "https://www.example.bg/novini/pravitelstvoto-odobri-127",
			head + `<div class="top-strip"><span>Неделя, 6 декември 2026 г. 14:05</span> <span>София 3°</span></div>
<article>` + h1 + `<time datetime="2017-09-12T09:15">12 септември 2017, 09:15</time>` + para + `</article></body></html>`,
			"2017-09-12T09:15:00+03:00"},
		{"classed header widget with a clock, story stamp without a date class", "https://www.example.bg/novini/pravitelstvoto-odobri-128",
			head + `<header><div class="logo"><a href="/"><img src="/l.png" alt=""></a></div><div class="date">Неделя, 6 декември 2026 г. 14:05</div>
<nav><a href="/a">Политика</a> <a href="/b">Икономика</a> <a href="/c">Спорт</a> <a href="/d">Култура</a> <a href="/e">Свят</a></nav></header>
<div class="content">` + h1 + `<div class="info">12.09.2017 09:15 | Иван Петров</div>` + para + `</div></body></html>`,
			"2017-09-12T09:15:00+03:00"},
		{"classed header widget with a clock, story day without a clock", "https://www.example.bg/novini/pravitelstvoto-odobri-129",
			head + `<header><div class="date">Неделя, 6 декември 2026 г. 14:05</div></header>
<div class="content">` + h1 + `<div class="date">12.09.2017</div>` + para + `</div></body></html>`,
			"2017-09-12T00:00:00+03:00"},
		{"classed header widget with a clock, story's <time> in the metadata's day", "https://www.example.bg/novini/pravitelstvoto-odobri-130",
			`<html lang="bg"><head><title>Правителството одобри законопроекта</title><meta property="article:published_time" content="2026-12-06"></head><body>` +
				`<header><div class="date">Неделя, 6 декември 2026 г. 14:05</div></header>
<div class="content">` + h1 + `<div class="date">6 декември 2026 г.</div>` + para + `</div></body></html>`,
			"2026-12-06T00:00:00+02:00"},
		{"header day widget on the story's own day, the stamp under the headline stays", "https://www.example.bg/novini/pravitelstvoto-odobri-131",
			head + `<header><div class="date">Петък, 2 декември 2011</div><nav>` + strings.Repeat(`<a href="/a">Политика</a> <a href="/b">Икономика</a> `, 8) + `</nav></header>
<div class="content">` + h1 + `<div class="info">2 декември 2011, 09:15 | Иван Петров</div><p>Законопроектът бе внесен на 1 декември 2011 г. в парламента.</p>` + para + `</div></body></html>`,
			"2011-12-02T09:15:00+02:00"},
		{"a date bar's clock above an unclassed stamp", "https://www.example.bg/novini/pravitelstvoto-odobri-132",
			head + `<div class="date-bar"><span>Неделя, 6 декември 2026 г. 14:05</span> <span>София 3°</span></div>
<div class="content">` + h1 + `<div class="info">12.09.2017 09:15 | Иван Петров</div>` + para + `</div></body></html>`,
			"2017-09-12T09:15:00+03:00"},
		{"a header's top row with a clock above an unclassed stamp", "https://www.example.bg/novini/pravitelstvoto-odobri-133",
			head + `<div class="header-top"><span class="today">Неделя, 6 декември 2026 г. 14:05</span></div>
<div class="content">` + h1 + `<div class="info">12.09.2017 09:15 | Иван Петров</div>` + para + `</div></body></html>`,
			"2017-09-12T09:15:00+03:00"},
	})
}
