package extract_test

import (
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
)

// story is filler prose long enough for the body heuristics, with a date inside the story.
const story = `<p>The committee met again on Tuesday to discuss the findings of the report, which has been
delayed several times since the attacks of 2001-09-11 changed the agenda of every agency involved.</p>
<p>Members said they expected a vote before the end of the year, and that the budget would follow soon after
the hearings conclude in the spring, when the new chair takes office.</p>`

func TestDatesRankAndPrecision(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	moscow, _ := time.LoadLocation("Europe/Moscow")
	rome, _ := time.LoadLocation("Europe/Rome")
	paris, _ := time.LoadLocation("Europe/Paris")
	tehran, _ := time.LoadLocation("Asia/Tehran")
	zurich, _ := time.LoadLocation("Europe/Zurich")
	tests := []struct {
		name, url, html string
		opts            extract.Options
		want            time.Time
		dateOnly        bool
	}{
		{"json-ld in RFC 1123 style beats a date in the story", "https://example.com/a",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"20 Nov 2019 08:02 GMT"}</script>` + story,
			extract.Options{}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), false},
		{"a date-only field takes the time the page prints beside that day", "https://example.com/politics/story.html",
			`<html><head><meta name="DC.date.issued" content="2010-01-29"></head><body>
<h1>A headline long enough to count</h1>` + story + `<table><tr><td><b>POL / 29.01.2010 / 13:47</b></td></tr></table>
<p>Comments</p><p>Reader wrote on 29.01.2010 / 18:02: agreed</p>`,
			extract.Options{}, time.Date(2010, 1, 29, 13, 47, 0, 0, time.UTC), false},
		{"a pubdatetime meta gives the minute the address only dates", "https://example.com/story/2010/08/18/gm-ipo/1",
			`<html><head><meta name="pubdatetime" content="08/18/2010 3:58 PM"></head><body><h1>A headline long enough to count</h1>` + story,
			extract.Options{}, time.Date(2010, 8, 18, 15, 58, 0, 0, time.UTC), false},
		{"json-ld with a stray closing brace after the object is still read", "https://example.com/stray",
			`<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"H",
"datePublished":"2020-10-26T18:10:00+01:00"}
}</script><h1>A headline long enough to count</h1>` + story +
				`<ul class="related"><li><a href="/b">Another story</a> <span>09.08.2020 u 10:52</span></li></ul>`,
			extract.Options{}, time.Date(2020, 10, 26, 17, 10, 0, 0, time.UTC), false},
		{"json-ld objects written one after another with commas are a list", "https://example.com/commas",
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]},
{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2020-12-26T20:15:00+01:00"}</script>
<h1>A headline long enough to count</h1>` + story,
			extract.Options{}, time.Date(2020, 12, 26, 19, 15, 0, 0, time.UTC), false},
		{"a year closing one link and a name opening the next stay two words", "https://www.example.de/blog/schwarz",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1><div class="post-meta"><a href="/blog/2017/08/08/">08/08/2017</a><a href="/autor">durch Stephan Markus</a></div>` + story,
			extract.Options{}, time.Date(2017, 8, 8, 0, 0, 0, 0, berlin), true},
		{"a page that only says when it was last changed is dated by that (German Änderung)", "https://www.example.ch/news/718",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1>` + story +
				`<div class="label"><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div>`,
			extract.Options{}, time.Date(2022, 1, 14, 9, 25, 0, 0, zurich), false},
		{"… and so is one that says it in Italian (Aggiornato)", "https://www.example.it/notizia",
			`<html lang="it"><body><h1>Un titolo abbastanza lungo per contare</h1>` + story +
				`<p>Aggiornato il 14/01/2022 alle 09:25</p>`,
			extract.Options{}, time.Date(2022, 1, 14, 9, 25, 0, 0, rome), false},
		{"a paragraph holding only a date under the headline beats a photo caption's date above it", "https://www.example.com/world/protesters-gather",
			`<html lang="en"><body><article><h1 class="entry-title">Protesters gather at a theater to confront the president</h1>
<div class="entry-content"><div><img src="/photo.jpg" alt=""><br>FILE PHOTO: The president speaks during a ceremony at an air base, January 16, 2020. Pool via REUTERS</div>
<p>January 18, 2020</p>` + story + `</div></article>`,
			extract.Options{}, time.Date(2020, 1, 18, 0, 0, 0, 0, time.UTC), true},
		{"… not a date paragraph further down the story", "https://www.example.com/world/protesters-gather-2",
			`<html lang="en"><body><article><h1 class="entry-title">Protesters gather at a theater to confront the president</h1>
<div class="entry-content"><p>PARIS – Protesters tried to enter the theater on January 17, 2020, where the president watched a play.</p>` + story + `<p>More text follows here, and more of it.</p>
<p>January 19, 2020</p></div></article>`,
			extract.Options{}, time.Date(2020, 1, 17, 0, 0, 0, 0, time.UTC), true},
		{"a date a script prints in place dates a page that shows no other", "https://forum.example.com/67926/6950016",
			`<html><body><table><tr><td class="main-topic"><span id="maintopic">A forum topic with a long enough title</span></td></tr>
<tr><td class="main-text"><script>showDate("2020/04/17 01:43:09")</script> views <strong>7</strong></td></tr></table>
<div><p>The committee met again on Tuesday to discuss the findings of the report, which has been delayed several times.</p>
<p>Members said they expected a vote before the end of the year, and that the budget would follow soon after.</p></div>`,
			extract.Options{}, time.Date(2020, 4, 17, 1, 43, 9, 0, time.UTC), false},
		{"date-only metadata takes the time from the byline", "https://news.example.kr/a",
			`<html lang="ko"><meta property="article:published_time" content="2019-11-18"><h1>제목입니다 충분히 긴 제목</h1>
<div class="byline">홍길동 기자 | 기사입력 2019-11-18 10:15</div>` + story,
			extract.Options{}, time.Date(2019, 11, 18, 10, 15, 0, 0, kst), false},
		{"date-only json-ld takes the time from <time datetime>", "https://example.com/b",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-18"}</script>
<time datetime="2019-11-18T10:15:00-05:00">Nov 18</time>` + story,
			extract.Options{}, time.Date(2019, 11, 18, 15, 15, 0, 0, time.UTC), false},
		{"a bare date stays a date", "https://example.com/c",
			`<meta property="article:published_time" content="2019-11-18">` + story,
			extract.Options{}, time.Date(2019, 11, 18, 0, 0, 0, 0, time.UTC), true},
		{"korean visible stamp with 오후", "https://local.example.kr/news/1",
			`<html><body><h1>지역 소식 제목이 여기에 있습니다</h1><div class="info-text"><ul><li>승인 2019.11.18 오후 3:05</li></ul></div>` + story,
			extract.Options{}, time.Date(2019, 11, 18, 15, 5, 0, 0, kst), false},
		{"korean 년월일 stamp", "https://local.example.kr/news/2",
			`<html lang="ko"><body><h1>지역 소식 제목이 여기에 있습니다</h1><p class="date">등록일 : 2019년 11월 18일 10시 15분</p>` + story,
			extract.Options{}, time.Date(2019, 11, 18, 10, 15, 0, 0, kst), false},
		{"german visible date with Uhr", "https://www.example.de/a",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1><div class="meta">Veröffentlicht am 20. November 2019, 08:02 Uhr</div>` + story,
			extract.Options{}, time.Date(2019, 11, 20, 8, 2, 0, 0, berlin), false},
		{"russian visible date", "https://www.example.ru/a",
			`<html lang="ru"><body><h1>Длинный заголовок статьи</h1><span class="date">20 ноября 2019, 08:02</span>` + story,
			extract.Options{}, time.Date(2019, 11, 20, 8, 2, 0, 0, moscow), false},
		{"us page with month-first numbers", "https://www.example.com/a",
			`<html lang="en-US"><body><h1>A long enough headline here</h1><div class="posted-on">11/12/2019 8:02 PM</div>` + story,
			extract.Options{}, time.Date(2019, 11, 12, 20, 2, 0, 0, ny), false},
		{"AP-style time on an English page without region is US Eastern", "https://www.example.com/fact",
			`<html lang="en"><body><h1>A long enough headline here</h1><p class="posted">Monday, November 18th, 2019 at 11:08 a.m.</p>` + story,
			extract.Options{}, time.Date(2019, 11, 18, 11, 8, 0, 0, ny), false},
		{"date in the address when nothing else", "https://www.example.com/2019/11/20/story-slug/",
			`<html><body>` + story, extract.Options{}, time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), true},
		{"relative byline with a reference time", "https://news.example.kr/r",
			`<html lang="ko"><body><h1>제목입니다 충분히 긴 제목</h1><span class="date">3시간 전</span>` + story,
			extract.Options{Now: time.Date(2019, 11, 18, 13, 0, 30, 0, kst)}, time.Date(2019, 11, 18, 10, 0, 0, 0, kst), false},
		{"relative byline without a reference time is ignored", "https://news.example.kr/r",
			`<html lang="ko"><body><h1>제목입니다 충분히 긴 제목</h1><span class="date">3시간 전</span><p>본문만 있는 기사입니다. 날짜는 없습니다.</p>`,
			extract.Options{}, time.Time{}, false},
		{"a bare day in <meta name=date> yields to the date the page shows", "https://www.example.de/verein/meldung",
			`<html lang="de"><meta name="date" content="2020-02-12"><body><h1>Ein langer deutscher Titel</h1><div class="news-date">05.02.2020</div>` + story,
			extract.Options{}, time.Date(2020, 2, 5, 0, 0, 0, 0, berlin), true},
		{"a zoned <meta name=date> timestamp still counts as metadata", "https://www.example.de/sender/beitrag",
			`<html lang="de"><meta name="date" content="2020-04-20T14:57:27+02:00"><body><h1>Ein langer deutscher Titel</h1><div class="teaser-date">01.05.2020</div>` + story,
			extract.Options{}, time.Date(2020, 4, 20, 14, 57, 27, 0, berlin), false},
		{"RDFa schema:dateCreated on a span", "https://www.example.com/wein/meldung",
			`<html><body><h1>A long enough headline here</h1><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00">28.01.22</span>` + story,
			extract.Options{}, time.Date(2022, 1, 28, 12, 45, 46, 0, time.UTC), false},
		{"hAtom published title", "https://blog.example.com/schulnoten",
			`<html><body><h1>A long enough headline here</h1><abbr class="published" title="2013-04-04T18:52:11+00:00">4. April</abbr>` + story,
			extract.Options{}, time.Date(2013, 4, 4, 18, 52, 11, 0, time.UTC), false},
		{"hAtom updated title alone dates the page", "https://blog.example.com/noten",
			`<html><body><h1>A long enough headline here</h1><span class="updated" title="2013-04-04T18:52:11+00:00"></span>` + story,
			extract.Options{}, time.Date(2013, 4, 4, 18, 52, 11, 0, time.UTC), false},
		{"day-first date in the address", "https://www.example.it/de/newsroom/23-01-2022-sieg-im-sprint",
			`<html><body>` + story, extract.Options{}, time.Date(2022, 1, 23, 0, 0, 0, 0, rome), true},
		{"compact date after a short prefix in the address", "https://news.example.com/content/news/odn-20230329-0329_00174_002/slug",
			`<html><body>` + story, extract.Options{}, time.Date(2023, 3, 29, 0, 0, 0, 0, time.UTC), true},
		{"json-ld HowTo carries the date", "https://www.example.de/diy/tischdecke",
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"Eine runde Tischdecke nähen","datePublished":"2022-01-10T22:06:08Z","step":[{"@type":"HowToStep","text":"Stoff zuschneiden"}]}</script>` + story,
			extract.Options{}, time.Date(2022, 1, 10, 22, 6, 8, 0, time.UTC), false},
		{"publication key in inline script state", "https://shop.example.de/products/sidamo",
			`<html><head><script>window.ShopState = {"product":{"title":"Sidamo","published_at":"2019-03-02T06:22:28+01:00","price":990}};</script></head><body><h1>A long enough headline here</h1>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			extract.Options{}, time.Date(2019, 3, 2, 5, 22, 28, 0, time.UTC), false},
		{"publication key in escaped script JSON", "https://reviews.example.com/r/1",
			`<html><head><script>var s = "{\"publishedDate\":\"2016-11-04T20:37:27Z\",\"updatedDate\":null}";</script></head><body><h1>A long enough headline here</h1>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			extract.Options{}, time.Date(2016, 11, 4, 20, 37, 27, 0, time.UTC), false},
		{"a teaser's date is another story's", "https://www.example.de/pressemitteilung/waffen",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1><div class="teaser-list"><span class="headline-date">16.02.2022</span></div><div class="date">02.11.2021</div>` + story,
			extract.Options{}, time.Date(2021, 11, 2, 0, 0, 0, 0, berlin), true},
		{"layout classes on <body> do not hide the story's date", "https://www.example.de/interview/vorbild",
			`<html lang="de"><body class="page-node no-sidebars comments-closed"><div class="kicker">Aus dem Archiv vom 01.12.2019</div><h1>Ein langer deutscher Titel</h1><ul><li class="field_node_create_date">31.03.2020</li></ul>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			extract.Options{}, time.Date(2020, 3, 31, 0, 0, 0, 0, berlin), true},
		{"last resort: the first date anywhere on the page", "https://www.example.org/words/maudlin",
			`<html lang="en"><body><h1>A long enough headline here</h1>` + strings.ReplaceAll(story, "2001-09-11", "that autumn") +
				`<p>Related words and their histories, collected over many years of letters from readers.</p><div style="text-align:right">Apr 7, 2009</div>`,
			extract.Options{}, time.Date(2009, 4, 7, 0, 0, 0, 0, time.UTC), true},
		{"the address outranks a visible date on another day", "https://blog.example.com/2020/01/13/journey/",
			`<html lang="en"><body><h1>A long enough headline here</h1><div class="date">November 5, 2019</div>` + story,
			extract.Options{}, time.Date(2020, 1, 13, 0, 0, 0, 0, time.UTC), true},
		{"a labelled publication time a few days after the address's day outranks it", "https://news.example.com/site/data/html_dir/2016/09/13/2016091301145.html",
			`<html lang="ko"><body><h1>지역 소식 제목이 여기에 있습니다</h1><div class="news_date"><p id="date_text">입력 : 2016.09.15 14:00</p></div>` +
				strings.ReplaceAll(story, "2001-09-11", "그날"),
			extract.Options{}, time.Date(2016, 9, 15, 14, 0, 0, 0, kst), false},
		{"… not a bare date", "https://news.example.com/site/data/html_dir/2016/09/13/2016091301146.html",
			`<html lang="ko"><body><h1>지역 소식 제목이 여기에 있습니다</h1><div class="news_date"><p id="date_text">입력 : 2016.09.15</p></div>` +
				strings.ReplaceAll(story, "2001-09-11", "그날"),
			extract.Options{}, time.Date(2016, 9, 13, 0, 0, 0, 0, kst), true},
		{"the address picks among metadata that disagree", "https://www.example.de/2019/10/22/entloeten/",
			`<html><meta name="datePublished" content="2009-04-11T18:06:36"><body><h1>A long enough headline here</h1><time pubdate datetime="2019-10-22T09:00:00">22.10.2019</time>` + story,
			// The zone-less clock of a German page, printed nowhere, is Berlin's (unprintedNaiveInRegion).
			extract.Options{}, time.Date(2019, 10, 22, 9, 0, 0, 0, time.FixedZone("CEST", 2*3600)), false},
		{"an instant on the address's day somewhere on Earth agrees with it", "https://www.example.com/2019/11/18/wework/",
			`<html><meta property="article:published_time" content="2019-11-19T04:58:46Z"><body><h1>A long enough headline here</h1>` + story,
			extract.Options{}, time.Date(2019, 11, 19, 4, 58, 46, 0, time.UTC), false},
		{"an update label is not the publication", "https://www.example.com/u",
			`<html lang="en-GB"><body><h1>A long enough headline here</h1><div class="date">Updated 21 November 2019</div>
<div class="date">Published 20 November 2019</div>` + story,
			extract.Options{}, time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), true},
		{"a reader comment's author line is no byline", "https://blog.example.de/imac-lightroom/",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1><div class="listing_meta"><span>Paddy</span> · <span>April 19, 2019</span></div>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn") +
				`<ol><li class="comment byuser comment-author-paddy"><p>Ich bin zufrieden.</p><span>Paddy</span> · <span>Oktober 19, 2019</span></li></ol>`,
			extract.Options{}, time.Date(2019, 4, 19, 0, 0, 0, 0, berlin), true},
		{"a date element named by data-testid in a script-built page", "https://www.example.com/de/daily/stiefel",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1><div><a data-testid="article-details-authors-link" href="#a"><span>Tanja Roe</span></a><span class="text-overline text-grey" data-testid="article-details-date">3.11.2023</span></div>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			extract.Options{}, time.Date(2023, 11, 3, 0, 0, 0, 0, berlin), true},
		{"a two-digit year in a date element", "https://www.example.at/magazin/party/kostueme",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1><div class="article-date">Party, 30.10.23</div>` +
				strings.ReplaceAll(story, "2001-09-11", "15.10.2023"),
			extract.Options{}, time.Date(2023, 10, 30, 0, 0, 0, 0, berlin), true},
		{"a dated line under the headline overrules one stale metadata day", "https://www.example.de/artikel/cloud-gaming-test",
			`<html lang="de"><meta property="article:published_time" content="2021-01-01T11:00:00Z"><body><h1>Ein langer deutscher Titel</h1><div class="article-date">01.04.2023, 12:00 Uhr</div>` + story,
			extract.Options{}, time.Date(2023, 4, 1, 12, 0, 0, 0, berlin), false},
		{"a masthead's date above the headline does not", "https://www.example.com/storypage?id=1",
			`<html><meta property="article:published_time" content="2020-09-29T23:43:13Z"><body><div class="top-date">Wednesday, September 30, 2020 02:45 PM</div><h1>A long enough headline here</h1>` + story,
			extract.Options{}, time.Date(2020, 9, 29, 23, 43, 13, 0, time.UTC), false},
		{"a bare date under the headline does not overrule a metadata timestamp", "https://www.example.de/angeln/schmerzen",
			`<html lang="de"><meta property="article:published_time" content="2021-11-29T14:13:37Z"><body><h1>Ein langer deutscher Titel</h1><div class="post-date">12.01.2022</div>` + story,
			extract.Options{}, time.Date(2021, 11, 29, 14, 13, 37, 0, time.UTC), false},
		{"date elements naming many days are a list; the headline's date wins", "https://www.example.de/messe-abgesagt",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1><p>24.01.2022 11:38 von Redaktion</p>` + strings.ReplaceAll(story, "2001-09-11", "that autumn") +
				`<ul><li><a href="/a">Tauchreise</a> <span class="news-date">09.10.2021</span></li><li><a href="/b">Neue Maske</a> <span class="news-date">19.08.2021</span></li>
<li><a href="/c">Wracktauchen</a> <span class="news-date">05.08.2021</span></li></ul>`,
			extract.Options{}, time.Date(2022, 1, 24, 11, 38, 0, 0, berlin), false},
		{"date elements naming many days yield to a generic meta date", "https://www.example.de/wein/rioja/",
			`<html lang="de"><meta name="date" content="2020-02-11"><body><h1>Ein langer deutscher Titel</h1>` + strings.ReplaceAll(story, "2001-09-11", "that autumn") +
				`<ul><li>Weinprobe <span class="event-date">29.02.2020 18:00 Uhr</span></li><li>Weinprobe <span class="event-date">04.04.2020 18:00 Uhr</span></li>
<li>Weinprobe <span class="event-date">09.05.2020 18:00 Uhr</span></li></ul>`,
			extract.Options{}, time.Date(2020, 2, 11, 0, 0, 0, 0, berlin), true},
		{"a date next to the headline beats a later update label", "https://www.example.fr/politique/article/macronie",
			`<html lang="fr"><body><h1>Un titre assez long pour la page</h1><div class="chapeau">Par Jean Dupont | 30 septembre 2018</div><article>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn") + `</article><p class="maj">Mis à jour le 7 janvier 2020</p>`,
			extract.Options{}, time.Date(2018, 9, 30, 0, 0, 0, 0, paris), true},
		{"an update label alone dates the page", "https://www.example.de/verein/satzung",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1>` + strings.ReplaceAll(story, "2001-09-11", "that autumn") +
				`<p>Stand: 05. Februar 2020</p>`,
			extract.Options{}, time.Date(2020, 2, 5, 0, 0, 0, 0, berlin), true},
		{"metadata on three days is a list; the dated line under the headline wins", "https://www.example.de/intendanten-wechsel",
			`<html lang="de"><meta property="article:published_time" content="2020-12-03T07:32:49Z"><meta name="pubdate" content="2017-09-06T10:30:55Z">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-01-06T21:59:35Z"}</script>
<body><h1>Ein langer deutscher Titel</h1><div class="entry-date">von eseppelt · 31. Oktober 2023</div>` + strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			extract.Options{}, time.Date(2023, 10, 31, 0, 0, 0, 0, berlin), true},
		{"day and year in boxes of their own", "https://blog.example.de/",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1><div class="datum"><span class="monat">Feb</span> <span class="tag">18</span><span class="jahr">2009</span></div>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			extract.Options{}, time.Date(2009, 2, 18, 0, 0, 0, 0, berlin), true},
		{"a generic meta date after the page's shown update time is the generation time", "https://www.example.de/investigativ/datenleck-101.html",
			`<html lang="de"><meta name="date" content="2020-04-29T11:52:23"><body><h1>Ein langer deutscher Titel</h1><div class="meta">Stand: 28.04.2020 18:00 Uhr</div>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			extract.Options{}, time.Date(2020, 4, 28, 18, 0, 0, 0, berlin), false},
		{"a Persian page dates in the Solar Hijri calendar, read in Tehran", "https://www.example.com/News/1",
			`<html lang="fa"><body><h1>ورود نقدینگی به بورس در سه ماه</h1><div class="news-date">2 تير 1399 - 12:09:08 ب.ظ</div>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			extract.Options{}, time.Date(2020, 6, 22, 12, 9, 8, 0, tehran), false},
		{"a Korean two-digit year comes first and is not read day first", "https://news.example.kr/article/3",
			`<html lang="ko"><body><h1>제목입니다 충분히 긴 제목</h1><div class="date">18.11.19 10:15</div><p>본문만 있는 기사입니다. 날짜는 없습니다.</p>`,
			extract.Options{}, time.Time{}, false},
		{"the date next to the headline, not next to a logo in <h1>", "https://news.example.az/news/counteroffensive",
			`<html lang="en"><head><title>Azerbaijan launches counteroffensive to restore its territory</title><meta property="og:title" content="Azerbaijan launches counteroffensive to restore its territory"></head>
<body><h1 class="logo">News.example.az</h1><div>Tuesday, 8 December 2020</div><ul><li>Politics</li><li>Economy</li><li>Society</li><li>World</li><li>Sports</li><li>Culture</li><li>Opinion</li><li>Interviews</li><li>Photo galleries</li><li>Video reports</li><li>Archive</li><li>Contacts</li><li>Advertising</li><li>About the agency</li><li>Subscribe to the newsletter</li></ul>
<h2>Azerbaijan launches counteroffensive to restore its territory</h2><p>13 October 2020, 14:20</p>` + strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			// A .az page's printed clock is Baku time (+04:00), which regionZones lists since the
			// twenty-second round.
			extract.Options{}, time.Date(2020, 10, 13, 14, 20, 0, 0, time.FixedZone("", 4*3600)), false},
		{"a byline block named article-meta carries the date", "https://www.example.de/de/pages/grab-bote",
			`<html lang="de"><body><h1>Ein langer deutscher Titel</h1><div class="article-meta-wrapper">Von: Björn Jahner <span>|</span> <span>31.10.23</span></div>` +
				strings.ReplaceAll(story, "2001-09-11", "Montag (30. Oktober 2023)"),
			extract.Options{}, time.Date(2023, 10, 31, 0, 0, 0, 0, berlin), true},
		{"a <time> under the headline overrules a bare stale metadata day", "https://www.example.ch/de/umwelt/schneesport-35334/",
			`<html lang="de-CH"><head><title>Schneesport mit Rücksicht auf Wildtiere</title><meta name="og:article:published_time" content="2022-01-15"></head>
<body><nav>Startseite › Umwelt › Schneesport mit Rücksicht auf Wildtiere</nav><div>` + strings.Repeat("Bergsport Hochtouren Klettern Skitouren Wandern ", 8) + `</div>
<h1>Schneesport mit Rücksicht auf Wildtiere: Tipps für den Winter</h1><ul><li><span>Erscheinungsdatum</span> <time datetime="2022-01-25">25.01.2022</time></li></ul>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			extract.Options{}, time.Date(2022, 1, 25, 0, 0, 0, 0, zurich), true},
		{"a dated element and a <time> under the headline agree against one metadata day", "https://www.example.de/skitouren/51490/artikel_quantum",
			`<html lang="de"><meta property="article:published_time" content="2022-01-26T14:32:06+02:00"><body><h1>Ein langer deutscher Titel</h1>
<div class="article__intro"><p>` + strings.Repeat("Ein besonders vielseitiger Schuh der Spitzenklasse, der das Beste aus zwei Welten vereint. ", 5) + `</p></div>
<aside class="meta"><div class="meta__row meta__row--posted"><p><time datetime="2022-01-21" class="meta__label">21.01.2022 - 13:30</time></p></div></aside>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn"),
			// Times without an offset take the one the metadata states (+02:00).
			extract.Options{}, time.Date(2022, 1, 21, 13, 30, 0, 0, time.FixedZone("", 2*3600)), false},
		{"metadata on two days: the day the byline shows wins", "https://www.example.de/ratgeber/warten-lohnt",
			`<html lang="de"><meta property="article:published_time" content="2021-12-14T15:41:07+01:00">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-02-04T15:33:00+01:00"}</script>
<body><h1>Ein langer deutscher Titel</h1><div class="article-date">04.02.2022 | 15:33 Uhr</div>` + story,
			extract.Options{}, time.Date(2022, 2, 4, 15, 33, 0, 0, berlin), false},
		{"metadata on two days: a day the page labels an update does not win", "https://www.example.com/culture/review",
			`<html lang="en"><meta property="article:published_time" content="2018-07-24T14:15:58-04:00">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-12-15T08:50:02-05:00"}</script>
<body><h1>A long enough headline here</h1><span class="byline">Updated <time datetime="2018-07-24T18:15:58+00:00">Jul 24, 2018, 2:15pm EDT</time></span>` + story,
			extract.Options{}, time.Date(2017, 12, 15, 13, 50, 2, 0, time.UTC), false},
		{"metadata on two days: the one the page does not label an update wins", "https://www.example.com/culture/review2",
			`<html lang="en"><meta property="article:published_time" content="2017-12-15T08:50:02-05:00">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-07-24T14:15:58-04:00"}</script>
<body><h1>A long enough headline here</h1><span class="byline">Updated <time datetime="2018-07-24T18:15:58+00:00">Jul 24, 2018, 2:15pm EDT</time></span>` + story,
			extract.Options{}, time.Date(2017, 12, 15, 13, 50, 2, 0, time.UTC), false},
		{"metadata on two days: a tie is broken by the story's dateline", "https://www.example.de/presse/meldung/klimawandel/",
			`<html lang="de"><meta property="article:published_time" content="2021-10-28T13:21:30+01:00">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-10-27T20:35:36+01:00"}</script>
<body><div class="news-date">27.10.2021</div><time datetime="2021-10-28T13:21:30+01:00"></time><article><p>Berlin, 28.10.2021 – Immer mehr Menschen sind wegen des Klimawandels auf Hilfe angewiesen, sagte der Verband am Donnerstag.</p>` +
				strings.ReplaceAll(story, "2001-09-11", "that autumn") + `</article>`,
			extract.Options{}, time.Date(2021, 10, 28, 12, 21, 30, 0, time.UTC), false},
		{"metadata on two days: a bare date does not displace a timestamp", "https://www.example.fr/bien-etre/intestin",
			`<html lang="fr"><meta property="article:published_time" content="2017-04-12T18:33:59+02:00"><meta itemprop="datePublished" content="2020-02-19">
<body><h1>Un titre assez long pour la page</h1><div class="date">19/02/2020</div>` + story,
			extract.Options{}, time.Date(2017, 4, 12, 16, 33, 59, 0, time.UTC), false},
		{"an OpenGraph key written with colons only is metadata, above a clipped visible clock", "https://www.example.de/maerkte/zinsen",
			`<html lang="de"><meta property="article:published:time" content="2024-10-23T15:48:15+00:00">
<body><h1>Ein langer deutscher Titel</h1><div class="publication-date">Frankfurt, October 23, 2024, 3:48: Uhr</div>` + story,
			extract.Options{}, time.Date(2024, 10, 23, 15, 48, 15, 0, time.UTC), false},
		{"a two-digit year on the line under the headline beats a caption's four-digit date", "https://www.example.de/kultur/hotel.html",
			`<html lang="de"><head><title>Ein altes Hotel öffnet als Theater noch einmal</title></head><body><h3>Ein altes Hotel öffnet als Theater noch einmal</h3>
<div class="technicalline">Do 25.04.24 | 14:07 Uhr | Von Eva Muster</div><figure><figcaption>Audio: Radio Eins | 24.04.2024 | Eva Muster</figcaption></figure>` + story,
			extract.Options{}, time.Date(2024, 4, 25, 14, 7, 0, 0, berlin), false},
		{"a fact check's ClaimReview dates the page, not the claim nor a caption", "https://factcheck.example.com/doc.B2LA2G3",
			`<html lang="de"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"ClaimReview",
"itemReviewed":{"@type":"Claim","datePublished":"2026-05-07"},"name":"Ein langer deutscher Titel","datePublished":"2026-05-13T15:44:00+02:00"}]}</script>
<body><span class="legend">Menschen vor dem Schiff: 11. Mai 2026 (Agentur)</span><h1>Ein langer deutscher Titel</h1>` + story,
			extract.Options{}, time.Date(2026, 5, 13, 13, 44, 0, 0, time.UTC), false},
		{"a forum post's DiscussionForumPosting dates the page, not the day a browser printed", "https://forum.example.org/posts/abc/a-long-post",
			`<script type="application/ld+json"><![CDATA[{"@type":"DiscussionForumPosting","headline":"A long post about forecasting",
"datePublished":"2023-05-08T21:53:34.730Z"}]]></script><body><h1>A long post about forecasting</h1>
<span class="PostsPageDate-date">9th May 2023</span>` + story,
			extract.Options{}, time.Date(2023, 5, 8, 21, 53, 34, 730e6, time.UTC), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.ExtractWith(tt.url, []byte(tt.html), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if !r.Published.Equal(tt.want) {
				t.Errorf("Published = %v, want %v", r.Published, tt.want)
			}
			if r.PublishedDateOnly != tt.dateOnly {
				t.Errorf("PublishedDateOnly = %v, want %v (%v)", r.PublishedDateOnly, tt.dateOnly, r.Published)
			}
		})
	}
}

// TestDateOnKoreanPageDeclaredEUCKRButUTF8 goes through the byte path: the page says EUC-KR,
// its bytes are UTF-8, and its only date is the visible 입력 line.
func TestDateOnKoreanPageDeclaredEUCKRButUTF8(t *testing.T) {
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><title>군청, 내년 예산 편성 - 로컬일보</title></head>
<body><h1>군청, 내년 예산 편성</h1><div class="art_info">입력 : 2019/11/18 [10:15]</div>
<div id="news_body_area"><p>군청은 18일 내년도 예산안을 편성했다고 밝혔다. 예산은 올해보다 늘었다.</p></div></body></html>`
	r, charset, err := extract.Document("http://www.localilbo.example.kr/news/articleView.html?idxno=1", []byte(page), "text/html; charset=euc-kr", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if charset != "utf-8" {
		t.Errorf("charset = %q, want utf-8", charset)
	}
	if want := time.Date(2019, 11, 18, 10, 15, 0, 0, time.FixedZone("KST", 9*3600)); !r.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", r.Published, want)
	}
	if !strings.Contains(r.Body, "예산안을 편성했다") {
		t.Errorf("body = %q", r.Body)
	}
}

// TestUTCInstantDatedInPageZone covers machine values normalised to UTC on pages that date
// their stories locally: the instant is kept, and the calendar day is the page's when its
// visible dates agree with that day, UTC's when they agree with UTC's or nothing says.
func TestUTCInstantDatedInPageZone(t *testing.T) {
	const meta = `<meta property="article:published_time" content="2023-11-09T01:09:55+00:00">`
	instant := time.Date(2023, 11, 9, 1, 9, 55, 0, time.UTC)
	tests := []struct {
		name, html, wantDay string
		wantOffset          int // seconds east of UTC the instant is shown with
	}{
		{"the byline prints the same instant in Mountain time",
			`<html lang="en-US">` + meta + `<h1>A long enough headline here</h1><div class="byline">By Sam Carter | November 8, 2023 at 6:09 p.m.</div>` + story,
			"2023-11-08", -7 * 3600},
		{"the byline gives only the local day",
			`<html lang="en-US">` + meta + `<h1>A long enough headline here</h1><div class="date">Published November 8, 2023</div>` + story,
			"2023-11-08", -5 * 3600},
		{"the page prints the UTC day",
			`<html lang="en-US">` + meta + `<h1>A long enough headline here</h1><div class="date">Published November 9, 2023</div>` + story,
			"2023-11-09", 0},
		{"a time twelve hours off is a.m. and p.m. confused, not a zone",
			`<html lang="en-US">` + meta + `<h1>A long enough headline here</h1><div class="date">Posted November 8, 2023 at 1:09 p.m.</div>` + story,
			"2023-11-08", -5 * 3600},
		{"a machine value without an offset is read as UTC and shown in the page's zone",
			`<html lang="en-US"><meta property="article:published_time" content="2023-11-09 01:09:55"><h1>A long enough headline here</h1><div class="date">Published November 8, 2023</div>` + story,
			"2023-11-08", -5 * 3600},
		{"nothing else dates the page",
			`<html lang="en-US">` + meta + `<h1>A long enough headline here</h1>` + story,
			"2023-11-09", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.Extract("https://www.example.com/news/story", []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if !r.Published.Equal(instant) {
				t.Errorf("Published = %v, want the instant %v", r.Published, instant)
			}
			if got := r.Published.Format("2006-01-02"); got != tt.wantDay {
				t.Errorf("Published day = %s (%v), want %s", got, r.Published, tt.wantDay)
			}
			if _, off := r.Published.Zone(); off != tt.wantOffset {
				t.Errorf("Published offset = %d (%v), want %d", off, r.Published, tt.wantOffset)
			}
		})
	}
}

func TestZonedTwinIsTheInstant(t *testing.T) {
	tests := []struct {
		name, html string
		want       time.Time
	}{
		{"an unzoned value is the zoned one in local time, though the page shows the local day",
			`<html lang="en"><meta name="sailthru.date" content="2016-12-19 19:08:44">` +
				`<meta property="article:published_time" content="2016-12-20T00:08:44+00:00">` +
				`<h1>A long enough headline here</h1><div class="date">December 19, 2016 | 7:08pm</div>` + story,
			time.Date(2016, 12, 20, 0, 8, 44, 0, time.UTC)},
		{"a Z value repeated with a stated offset is a local time labelled UTC",
			`<html lang="ja"><meta property="article:published_time" content="2019-04-19T20:00:00.000Z">` +
				`<h1>A long enough headline here</h1><time datetime="2019-04-19T20:00:00+09:00">2019.04.19 20:00</time>` + story,
			time.Date(2019, 4, 19, 11, 0, 0, 0, time.UTC)},
		{"a Z value an unrelated offset time does not repeat stays",
			`<html lang="ja"><meta property="article:published_time" content="2019-04-19T20:00:00.000Z">` +
				`<h1>A long enough headline here</h1><time datetime="2019-04-19T21:00:00+09:00">2019.04.19 21:00</time>` + story,
			time.Date(2019, 4, 19, 20, 0, 0, 0, time.UTC)},
		{"a Z value hours from a machine time with a stated offset, to the second, is a server's wall clock labelled UTC",
			`<html lang="en-US"><script type="application/ld+json">{"@type":"NewsArticle","headline":"A long enough headline here","datePublished":"2016-05-24T16:54:45Z"}</script>` +
				`<h1>A long enough headline here</h1><div class="byline"><time datetime="2016-05-24T13:54:45-07:00">Tuesday May 24, 2016</time> by Sam Carter</div>` + story,
			time.Date(2016, 5, 24, 20, 54, 45, 0, time.UTC)},
		{"a Z value an hour from a time with an offset gone wrong is UTC when the modified time states its instant",
			`<html lang="en-US"><meta property="article:published_time" content="2017-03-09T23:16:02+00:00">` +
				`<meta property="article:modified_time" content="2017-03-09T18:16:02-05:00">` +
				`<h1>A long enough headline here</h1><div class="byline"><time datetime="2017-03-09T20:16:02-04:00">March 9, 2017</time> by Sam Carter</div>` + story,
			time.Date(2017, 3, 9, 23, 16, 2, 0, time.UTC)},
		{"a Z value whose clock would be a server east of Greenwich beside a western offset is UTC",
			`<html lang="en-US"><meta property="article:published_time" content="2017-03-09T23:16:02+00:00">` +
				`<h1>A long enough headline here</h1><div class="byline"><time datetime="2017-03-09T18:16:02-04:00">March 9, 2017</time> by Sam Carter</div>` + story,
			time.Date(2017, 3, 9, 23, 16, 2, 0, time.UTC)},
		{"a Z value another value states in local time is UTC, though a script repeats its wall clock with the offset",
			`<html lang="en-US"><meta property="article:published_time" content="2017-06-11T14:00:33+00:00">` +
				`<meta name="parsely-page" content="{&quot;pub_date&quot;:&quot;2017-06-11T10:00:33-04:00&quot;}">` +
				`<h1>A long enough headline here</h1><time datetime="2017-06-11T14:00:33-04:00">June 11, 2017</time>` + story,
			time.Date(2017, 6, 11, 14, 0, 33, 0, time.UTC)},
		{"an unzoned value with the wall clock of a Z value the printed time confirms is UTC",
			`<html lang="en-US"><meta property="og:article:published_time" content="4/6/2016 4:00:00 PM">` +
				`<h1>A long enough headline here</h1><span itemprop="datePublished"><time datetime="2016-04-06T16:00:00Z">April 06, 2016 12:00 ET</time></span>` + story,
			time.Date(2016, 4, 6, 16, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.Extract("https://www.example.com/news/story", []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if !r.Published.Equal(tt.want) {
				t.Errorf("Published = %v, want the instant %v", r.Published, tt.want)
			}
		})
	}
}

func TestTimeDataPublished(t *testing.T) {
	html := `<html lang="en"><h1>A long enough headline here</h1>` +
		`<div class="byline"><time data-published="2016-12-09 09:13:00Z">Dec 9, 2016</time></div>` + story
	r, err := extract.Extract("https://www.example.com/news/story", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2016, 12, 9, 9, 13, 0, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("Published = %v, want %v from the <time>'s data-published", r.Published, want)
	}
}

// TestChineseDateLines covers two ways Chinese pages print their stamp: "发表于" before the
// date (after a blog's "建立于" date in the sidebar above the headline), and a stamp with the
// time run onto the day ("2005年3月11日12:12") far enough below the headline that a fixed
// window of bytes around it cuts the time off.
func TestChineseDateLines(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	const prose = `<div class="content"><p>本市今年的春季植树活动昨天在城郊公园举行，来自各区的三千多名志愿者参加了活动，共种下各类树苗两万余株。</p>
<p>组织者表示，活动将持续一个月，市民可以通过社区报名参加，植树地点和时间会提前在网上公布。</p></div>`
	tests := []struct {
		name, html string
		want       time.Time
	}{
		{"发表于 labels the post's stamp",
			`<html lang="zh-CN"><title>春季植树活动在城郊公园举行</title><body><div class="side">博客名：城市笔记 建立于:2004年10月6日</div>
<h1>春季植树活动在城郊公园举行</h1><div>城市笔记 发表于 2005-9-15 11:46:00</div>` + prose,
			time.Date(2005, 9, 15, 11, 46, 0, 0, cst)},
		{"a stamp split over sibling elements, year, month and day, and the time, is read whole",
			`<html lang="zh-CN"><title>春季植树活动在城郊公园举行</title><body><h1>春季植树活动在城郊公园举行</h1>` +
				`<div class="tool"><div class="year"><span>2019</span></div><div class="md">09/07</div><div class="time">19:02</div><div>城市晚报</div></div>` +
				`<div class="content"><p>本市今年的春季植树活动昨天在城郊公园举行，老园长2009年5月14日种下的第一棵树已经成林，来自各区的三千多名志愿者参加了活动。</p>
<p>组织者表示，活动将持续一个月，市民可以通过社区报名参加，植树地点和时间会提前在网上公布。</p></div>`,
			time.Date(2019, 9, 7, 19, 2, 0, 0, cst)},
		{"a printed minute earlier the same day than the metadata is the publication",
			`<html lang="zh-CN"><meta property="article:published_time" content="2018-12-28T19:56:29+08:00"><title>春季植树活动在城郊公园举行</title><body><h1>春季植树活动在城郊公园举行</h1>` +
				`<div class="date-source"><span class="date">2018年12月28日 19:55</span> 城市晚报</div>` + prose,
			time.Date(2018, 12, 28, 19, 55, 0, 0, cst)},
		{"a printed minute that is the metadata's modification time is the last save",
			`<html lang="zh-CN"><meta property="article:published_time" content="2018-12-28T19:56:29+08:00"><meta property="article:modified_time" content="2018-12-28T19:50:00+08:00"><title>春季植树活动在城郊公园举行</title><body><h1>春季植树活动在城郊公园举行</h1>` +
				`<div class="date-source"><span class="date">2018年12月28日 19:50</span> 城市晚报</div>` + prose,
			time.Date(2018, 12, 28, 19, 56, 29, 0, cst)},
		{"a printed minute later the same day than the metadata is an update",
			`<html lang="zh-CN"><meta property="article:published_time" content="2018-12-28T19:56:29+08:00"><title>春季植树活动在城郊公园举行</title><body><h1>春季植树活动在城郊公园举行</h1>` +
				`<div class="date-source"><span class="date">2018年12月28日 21:10</span> 城市晚报</div>` + prose,
			time.Date(2018, 12, 28, 19, 56, 29, 0, cst)},
		{"the time run onto the day is not cut off",
			`<html lang="zh-CN"><title>春季植树活动在城郊公园举行</title><body><h1>春季植树活动在城郊公园举行</h1><div>` +
				strings.Repeat("新", 100) + `ab</div><div>2005年3月11日12:12 来源：城市晚报</div>` + prose,
			time.Date(2005, 3, 11, 12, 12, 0, 0, cst)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.Extract("", []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if !r.Published.Equal(tt.want) {
				t.Errorf("Published = %v, want %v", r.Published, tt.want)
			}
		})
	}
}

// publishedCase is one page of a table test of the publication instant.
type publishedCase struct {
	name, url, html string
	want            time.Time
}

// checkPublished extracts each case's page and compares its publication instant with want.
func checkPublished(t *testing.T, tests []publishedCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.Extract(tt.url, []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if !r.Published.Equal(tt.want) {
				t.Errorf("Published = %v, want %v", r.Published, tt.want)
			}
		})
	}
}
