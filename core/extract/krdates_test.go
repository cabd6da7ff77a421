package extract_test

import (
	"testing"
	"time"
)

// koStory is Korean filler prose long enough for the body heuristics.
const koStory = `<div class="article-body"><p>정부는 21일 오전 서울 정부청사에서 관계부처 회의를 열고 감염병 대응 방안을 논의했다고 밝혔다. 회의에는 각 부처 차관과 지방자치단체 관계자들이 참석했다.</p>
<p>참석자들은 방역 물품의 수급 상황과 병상 확보 계획을 점검하고, 다음 주까지 세부 지침을 마련하기로 했다. 정부는 지침이 나오는 대로 현장에 배포할 예정이다.</p></div>`

// jaStory is Japanese filler prose long enough for the body heuristics.
const jaStory = `<div class="article-body"><p>政府は三十日午前、首相官邸で関係閣僚会議を開き、感染症への対応策について協議したと発表した。会議には各省の副大臣や自治体の担当者が出席した。</p>
<p>出席者は医療物資の需給状況や病床確保の計画を点検し、来週までに詳細な指針をまとめることで一致した。政府は指針がまとまり次第、現場に配布する方針だ。</p></div>`

// Korean and Japanese pages: machine stamps and printed stamps that disagree in ways their
// content systems make typical.
func TestDatesKoreanJapaneseStamps(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	cst := time.FixedZone("CST", 8*3600)
	tests := []publishedCase{
		{"a KST wall clock labelled GMT in the metadata is the printed local time", "https://www.example.kr/news/articleView.html?idxno=1",
			`<html lang="ko"><head><meta property="article:published_time" content="Tue, 21 Apr 2020 11:44:34 GMT"></head><body><h1>정부, 감염병 대응 방안 논의 회의 열어</h1>
<div class="info">홍길동 기자 | 승인 2020.04.21 11:44</div>` + koStory,
			time.Date(2020, 4, 21, 11, 44, 34, 0, kst)},
		{"… but a UTC value the page prints at +09:00 is real", "https://www.example.kr/news/articleView.html?idxno=2",
			`<html lang="ko"><head><meta property="article:published_time" content="2020-04-21T02:44:34+00:00"></head><body><h1>정부, 감염병 대응 방안 논의 회의 열어</h1>
<div class="info">홍길동 기자 | 승인 2020.04.21 11:44</div>` + koStory,
			time.Date(2020, 4, 21, 2, 44, 34, 0, time.UTC)},
		{"a zone-less JSON-LD time on a Japanese page that prints the same clock is JST", "https://www.example.jp/item/n/579783/",
			`<html lang="ja"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"政府が関係閣僚会議を開催","datePublished":"2020-01-30 06:00:00"}</script></head><body><h1>政府が関係閣僚会議を開催</h1>
<p class="date">2020/1/30 6:00</p>` + jaStory,
			time.Date(2020, 1, 30, 6, 0, 0, 0, kst)},
		{"article:published_time holding the 수정 stamp yields to the printed 입력", "https://news.example.co.kr/view.html?artid=202005272106005",
			`<html lang="ko"><head><meta property="article:published_time" content="2020-05-28T09:45:49+09:00"></head><body><div class="today"><span class="date">2020.05.28 (목)</span></div><h1>정부, 감염병 대응 방안 논의 회의 열어</h1>
<div class="byline"><em>입력 : 2020.05.27 21:06</em> <em>수정 : 2020.05.28 09:45</em></div>` + koStory,
			time.Date(2020, 5, 27, 21, 6, 0, 0, kst)},
		{"a newspaper-registration date in the footer is no story date", "https://www.example.co.kr/news/view.php?no=1",
			`<html lang="ko"><body><h1>정부, 감염병 대응 방안 논의 회의 열어</h1><p>홍길동 기자 hong@example.com | 2020-03-10 15:13:37</p>` + koStory +
				`<div id="footaddr">제 호 : 지역신문 | 등록번호 : 서울 다 09972, 서울 아 01188 | 등록일 : 2010-04-01 | 발행일자 : 2010-04-02</div>`,
			time.Date(2020, 3, 10, 15, 13, 37, 0, kst)},
		{"a Korean page of a Chinese outlet states +08:00 in article:publish_time", "http://kr.example.com/2020-06/07/c_139120244.htm",
			`<html><head><meta charset="utf-8"><meta property="article:publish_time" content="2020-06-07T09:11:34+08:00"></head><body><h1>정부, 감염병 대응 방안 논의 회의 열어</h1>
<div class="info">2020-06-07 09:11:34</div>` + koStory,
			time.Date(2020, 6, 7, 9, 11, 34, 0, cst)},
		{"a Korean page on a Chinese domain prints Beijing time", "http://www.example.cn/system/2021/05/26/001426199.shtml",
			`<html><head><meta charset="utf-8"></head><body><h1>정부, 감염병 대응 방안 논의 회의 열어</h1>
<div class="info">2021-05-26 15:44:00</div>` + koStory,
			time.Date(2021, 5, 26, 15, 44, 0, 0, cst)},
		{"a JSON-LD offset without a colon, the type with a trailing space", "https://example.com/archives/1869",
			`<html lang="ko"><head><script type="application/ld+json">{"@context":"http://schema.org","@type":"Article ","headline":"정부, 감염병 대응 방안 논의 회의 열어","datePublished":"2020-04-21T17:00:46+0900"}</script></head><body><h1>정부, 감염병 대응 방안 논의 회의 열어</h1>
<p>2020년4월21일</p>` + koStory,
			time.Date(2020, 4, 21, 17, 0, 46, 0, kst)},
		{"JSON-LD with editors' // comments and an offset after a space", "https://www.example.com/news/202004211109397917",
			`<html lang="ko"><head><script type="application/ld+json">{
	"@type": "NewsArticle",
	"headline": "정부, 감염병 대응 방안 논의 회의 열어",
	"datePublished": "2020-04-21T11:13:29 +0900",
	"image": {"url": "https://www.example.com/a.jpg", "width":300,	// 최소 696px 권장
		"height":200}
}</script></head><body><h1>정부, 감염병 대응 방안 논의 회의 열어</h1>
<div class="byline">입력 2020.04.21 11:13</div>` + koStory,
			time.Date(2020, 4, 21, 11, 13, 29, 0, kst)},
		{"a date above the headline in the story's <article><header> beats a later sidebar's", "https://sp.m.example.jp/article/show/2352673",
			`<html lang="ja"><body><article><div class="newsArticle"><header><div class="newsArticle__head"><div class="newsArticle__date">2020-03-06 08:25<span class="newsArticle__category">World eye</span></div>
<h1>政府が関係閣僚会議を開催</h1></div></header>` + jaStory + `</div></article><ul class="videoList"><li><a href="/movie/1"><p><span class="videoList__date">2020.07.13 20:06<span>芸能</span></span></p></a></li>
<li><a href="/movie/2"><p><span class="videoList__date">2020.07.13 16:43<span>話題</span></span></p></a></li></ul></body></html>`,
			time.Date(2020, 3, 6, 8, 25, 0, 0, kst)},
	}
	checkPublished(t, tests)
}
