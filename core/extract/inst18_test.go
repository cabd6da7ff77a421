package extract_test

import (
	"testing"
	"time"
)

// TestMetaSecondsInMinute: a printed publication minute takes the seconds of a metadata value
// that states its zone and falls in that minute, under a key no list names; a publication
// value the rules passed over for the printed minute does not give its seconds.
func TestMetaSecondsInMinute(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a Java date under a plain key completes the printed minute",
			"https://www.example.com/news/berries-recalled/",
			`<html lang="en"><head><title>Berries recalled</title>
<meta name="published" content="Thu Jun 06 07:59:18 PDT 2013"></head><body>
<div class="byline"><span class="source">Example Wire</span> <span class="time">June 6, 2013, 10:59 AM</span></div>
<h1>Berries recalled</h1>` + undated + `</body></html>`,
			time.Date(2013, 6, 6, 14, 59, 18, 0, time.UTC)},
		{"a revision stamp in the printed minute gives its seconds",
			"https://www.example.com/article/2013/05/14/us-heart-idUSBRE94D0X920130514",
			`<html lang="en"><head><title>Study finds heart risk</title>
<meta name="REVISION_DATE" content="Tue May 14 21:01:25 UTC 2013"></head><body>
<h1>Study finds heart risk</h1>
<p><span class="location">NEW YORK</span> | <span class="timestamp">Tue May 14, 2013 5:01pm EDT</span></p>` + undated + `</body></html>`,
			time.Date(2013, 5, 14, 21, 1, 25, 0, time.UTC)},
		{"a value of another minute gives nothing",
			"https://www.example.com/article/2013/05/14/us-heart-idUSBRE94D0X920130514",
			`<html lang="en"><head><title>Study finds heart risk</title>
<meta name="REVISION_DATE" content="Tue May 14 21:02:25 UTC 2013"></head><body>
<h1>Study finds heart risk</h1>
<p><span class="location">NEW YORK</span> | <span class="timestamp">Tue May 14, 2013 5:01pm EDT</span></p>` + undated + `</body></html>`,
			time.Date(2013, 5, 14, 21, 1, 0, 0, time.UTC)},
	})
}

// TestTwinOffsetClock: a publication clock printed without a zone is read in the offset that a
// UTC value's printed twin on the same page shows, not as UTC nor in the region's guessed zone;
// an offset across the date line from the region is no such evidence.
func TestTwinOffsetClock(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"an update tooltip in UTC and its printed clock give the publication's offset",
			"https://www.example.com/sports/index.ssf/2014/04/team_wins.html",
			`<html lang="en-US"><head><title>Team wins the final</title>
<meta name="article_date_original" content="Sunday, April 13, 2014,  4:08 PM"></head><body>
<h1>Team wins the final</h1>
<p>By Jane Example</p>
<div class="date">on April 13, 2014 at 4:08 PM, updated <span class="updated" title="2014-04-13T22:42:52Z">April 13, 2014 at 5:42 PM</span></div>` + undated + `</body></html>`,
			time.Date(2014, 4, 13, 21, 8, 0, 0, time.UTC)},
		{"a twin across the date line is no offset of a US page",
			"https://www.example.com/story/16498011/crash-closes-highway",
			`<html lang="en-US"><head><title>Crash closes highway</title></head><body>
<h1>Crash closes highway</h1>
<div class="date">Posted: <abbr class="published" title="2012-01-15T03:58:02Z">January 15, 2012 at 5:58 PM</abbr>, updated <abbr class="updated" title="2012-01-15T04:19:39Z">January 15, 2012 at 6:19 PM</abbr></div>` + undated + `</body></html>`,
			time.Date(2012, 1, 15, 22, 58, 0, 0, time.UTC)},
	})
}

// TestSavedAsPublished: a metadata publication equal to the second to the modification is the
// last save; the earlier time printed under the headline is the publication. Not when a date
// element's machine value holds the metadata's instant.
func TestSavedAsPublished(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	checkPublished(t, []publishedCase{
		{"publication and modification equal: the earlier printed time is the publication",
			"https://news.example.jp/watch/nw6612345",
			`<html lang="ja"><head><title>新しい駅が開業</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"新しい駅が開業","datePublished":"2020-02-19T07:24:17+09:00","dateModified":"2020-02-19T07:24:17+09:00"}</script></head><body>
<div class="article-text-wrap"><h1>新しい駅が開業</h1><div class="article-meta clearfix"><time class="article-created-at">2020/02/18 17:02</time><a class="article-media" href="https://media.example.jp/">Example Media</a></div></div>
<div class="article-body"><p>新しい駅が開業し、多くの人が訪れた。市は今後、周辺の道路も整備する予定だという。開業式には市長も出席した。</p>
<p>駅の利用者は一日に数千人を見込んでいる。近くの商店街も期待を寄せている。新しい路線は来年にも延びる見通しだ。</p>
<p>市の担当者は「多くの人に使ってほしい」と話している。駅前には新しい広場も作られた。</p></div>
<div class="news"><a href="/watch/nw7001">雨の予報</a><div class="news-metadata"><time class="news-published-at">2020/06/18 06:30</time></div></div>
<div class="news"><a href="/watch/nw7002">新しい店</a><div class="news-metadata"><time class="news-published-at">2020/06/18 06:40</time></div></div>
<div class="news"><a href="/watch/nw7003">夏の祭り</a><div class="news-metadata"><time class="news-published-at">2020/06/17 15:15</time></div></div></body></html>`,
			time.Date(2020, 2, 18, 17, 2, 0, 0, jst)},
		{"a time element holding the metadata's instant keeps it",
			"https://www.example.ch/international/story-123456",
			`<html lang="de"><head><title>Neue Gespräche</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Gespräche","datePublished":"2023-11-07T11:55:00+02:00","dateModified":"2023-11-07T11:55:00+02:00"}</script></head><body>
<h1>Neue Gespräche</h1>
<div class="article-date"><time datetime="2023-11-07T09:55:00.000Z">07.11.2023, 10.55 Uhr</time></div>
<p>Die Gespräche sollen am Mittwoch fortgesetzt werden, teilte das Ministerium mit. Beide Seiten zeigten sich zuversichtlich.</p>
<p>Ein Ergebnis wird bis zum Ende der Woche erwartet, hieß es weiter aus Kreisen der Delegation.</p></body></html>`,
			time.Date(2023, 11, 7, 9, 55, 0, 0, time.UTC)},
	})
}
