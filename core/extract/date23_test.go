package extract_test

import (
	"strings"
	"testing"
)

// TestPrintedReleaseAfterSave23: a publication time the byline prints under a publication label
// minutes after the metadata's value is the release, the metadata the first save; a printed
// minute that is only the value rounded, a gap of an hour or more, or a later clock without a
// label leaves the metadata standing.
func TestPrintedReleaseAfterSave23(t *testing.T) {
	ko := `<p>` + strings.Repeat("두산 베어스가 롯데 자이언츠를 상대로 연장 접전 끝에 승리를 거두며 3연승을 달렸다. 선발 투수는 7이닝 무실점으로 호투했다. ", 4) + `</p>`
	en := `<p>` + strings.Repeat("The prime minister apologized in the House of Commons on Wednesday after a scuffle in which he grabbed an opposition whip by the arm. ", 4) + `</p>`
	koPage := func(meta, printed string) string {
		return `<html lang="ko"><head><title>두산, 롯데 꺾고 3연승</title><meta property="article:published_time" content="` + meta + `"></head><body>
<h1>두산, 롯데 꺾고 3연승</h1><section class="article-head-info"><div class="info-text"><ul><li><i class="fa fa-user-o"></i> 홍길동 기자</li><li><i class="fa fa-clock-o"></i> ` + printed + `</li></ul></div></section><div id="article-view">` + ko + `</div></body></html>`
	}
	enPage := func(printed string) string {
		return `<html lang="en-CA"><head><title>Prime minister apologizes</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Prime minister apologizes","datePublished":"2016-05-18T18:05:57-04:00"}</script></head><body>
<h1>Prime minister apologizes</h1><div class="byline">By Jane Roe</div><div class="date">` + printed + `</div><div class="article">` + en + `</div></body></html>`
	}
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a labelled approval stamp minutes after the metadata is the release",
			"https://www.example.kr/news/articleView.html?idxno=12345",
			koPage("2017-12-18T17:30:45+09:00", "승인 2017.12.18 17:34"), "2017-12-18T17:34:00+09:00"},
		{"a printed minute that is the metadata rounded is no other time",
			"https://www.example.kr/news/articleView.html?idxno=12345",
			koPage("2017-08-30T07:52:39+09:00", "승인 2017.08.30 07:53"), "2017-08-30T07:52:39+09:00"},
		{"a labelled stamp an hour or more after the metadata is another act",
			"https://www.example.kr/news/articleView.html?idxno=12345",
			koPage("2017-12-18T17:30:45+09:00", "승인 2017.12.18 18:34"), "2017-12-18T17:30:45+09:00"},
		{"a labelled English publication stamp after JSON-LD's value",
			"https://www.example.ca/news/politics/article30076478/",
			enPage("Published Wednesday, May 18, 2016 6:25PM EDT"), "2016-05-18T18:25:00-04:00"},
		{"a later clock without a label is an update",
			"https://www.example.ca/news/politics/article30076478/",
			enPage("Wednesday, May 18, 2016 6:25PM EDT"), "2016-05-18T18:05:57-04:00"},
	})
}

// TestPostedDateLabel23: Japanese "投稿日" (posted on) labels the publication time, which stands
// over a metadata creation time half an hour earlier.
func TestPostedDateLabel23(t *testing.T) {
	ja := `<p>` + strings.Repeat("東京都内で開かれた記者会見で、担当者は新しい制度の導入について説明し、来年度から段階的に実施する方針を示した。", 4) + `</p>`
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"投稿日 labels the publication",
			"https://www.example.jp/2015/03/03/new-system_n_6796602.html",
			`<html lang="ja"><head><title>新制度を来年度から導入</title><meta name="sailthru.date" content="Tue, 03 Mar 2015 20:42:10 -0500">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"新制度を来年度から導入","dateCreated":"2015-03-03T20:42:10-05:00"}</script></head><body>
<h1>新制度を来年度から導入</h1><div class="timestamp">投稿日: <time datetime="2015-03-03T21:13:15-05:00">2015年03月04日 11時13分 JST</time></div>
<div class="entry">` + ja + `</div></body></html>`,
			"2015-03-04T11:13:00+09:00"},
	})
}

// TestZonelessUTCClockUnderPrintedLocal23: a metadata value without a zone, read in the page's
// offset (which a <time> states on that same wall clock), is the UTC clock when the page prints
// it exactly that offset later: the story went out at the printed local minute.
func TestZonelessUTCClockUnderPrintedLocal23(t *testing.T) {
	de := `<p>` + strings.Repeat("Der Hersteller hat am Dienstag eine neue Version seines Spiels veröffentlicht, die zahlreiche Fehler behebt und neue Grafikoptionen bringt. ", 4) + `</p>`
	page := func(printed string) string {
		return `<html lang="de"><head><title>Neue Version veröffentlicht</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Version veröffentlicht","datePublished":"2023-04-25T16:14:21"}</script></head><body>
<h1>Neue Version veröffentlicht</h1><div class="meta">` + printed + ` | Max Muster</div><div class="text">` + de + `
<time class="hidden" datetime="2023-04-25T16:14:21+02:00"></time></div></body></html>`
	}
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"printed two hours later in summer: the value is UTC",
			"https://www.example.de/index.php/news/software/61000-neue-version.html", page("25.04.2023 18:14 Uhr"), "2023-04-25T18:14:21+02:00"},
		{"printed at the value's wall clock: the value is local",
			"https://www.example.de/index.php/news/software/61000-neue-version.html", page("25.04.2023 16:14 Uhr"), "2023-04-25T16:14:21+02:00"},
	})
}
