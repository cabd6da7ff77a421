// Package demo holds the built-in sample articles and the in-process news site that
// `paperboy demo` runs the real pipeline against: no tokens, no Redis, no network.
package demo

// Page is one sample article page.
type Page struct {
	Path      string // URL path on the demo site
	EUCKR     bool   // served as EUC-KR bytes with the charset only in <meta>
	HTML      string // the page (UTF-8 here; encoded when served)
	FeedTitle string // the title as the feed lists it
	FeedDesc  string // the feed's short description
	PubDate   string // RFC 1123Z as in the feed
}

// Pages are the sample articles; the text is written for paperboy's demo.
var Pages = []Page{
	{
		Path:      "/news/20261126-messenger-outage.html",
		FeedTitle: "메신저 '톡톡' 8시간 먹통…경쟁사들 사용자 유치 경쟁",
		FeedDesc:  "국내 1위 메신저 톡톡이 데이터센터 화재로 8시간 동안 먹통이 됐다.",
		PubDate:   "Thu, 26 Nov 2026 21:05:00 +0900",
		HTML: `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>메신저 '톡톡' 8시간 먹통…경쟁사들 사용자 유치 경쟁 | 파란일보</title>
<meta property="og:site_name" content="파란일보">
<meta property="og:title" content="메신저 '톡톡' 8시간 먹통…경쟁사들 사용자 유치 경쟁">
<meta property="og:image" content="/img/outage.jpg">
</head><body>
<header><div class="logo">since 1992 파란일보</div><nav>경제 | 산업 | IT</nav></header>
<article>
<h1 class="headline">메신저 '톡톡' 8시간 먹통…경쟁사들 사용자 유치 경쟁</h1>
<div class="info">기사입력 : 2026-11-26 21:05</div>
<ul class="share"><li>kakao share</li><li>facebook share</li><li>telegram share</li><li>twitter share</li><li>clipboard copy</li></ul>
<figure><img src="/img/outage.jpg" width="640" height="400"><figcaption>톡톡 서비스 장애 안내 화면. 사진=파란일보</figcaption></figure>
<div id="article-body">
<p>[파란일보=김하늘 기자] 26일 오후 국내 1위 메신저 '톡톡'과 지도, 결제 서비스가 데이터센터 화재로 8시간 넘게 먹통이 됐다. 장애는 오후 1시께 시작돼 밤 9시가 넘어서야 대부분 복구됐다.</p>
<p>서비스가 멈추자 경쟁사들은 발 빠르게 움직였다. 한 포털은 앱 첫 화면에 자사 메신저를 내려받으라는 광고를 띄웠고, 택시 호출 업체들은 기사들에게 추가 보상을 내걸었다.</p>
<p>전문가들은 한 회사의 데이터센터 한 곳에 서비스가 몰려 있는 구조가 문제라고 지적했다. 이중화가 제대로 됐다면 사용자들은 장애를 거의 느끼지 못했을 것이라는 설명이다.</p>
<p>김하늘 기자 sky@paran.example</p>
</div>
<div class="related"><h3>관련기사</h3><ul><li><a href="/news/1">데이터센터 화재, 어떻게 막나</a></li></ul></div>
<p class="copyright">Copyright ⓒ 파란일보 무단전재 및 재배포 금지</p>
</article></body></html>`,
	},
	{
		Path:      "/news/20261126-subway-fare.html",
		EUCKR:     true,
		FeedTitle: "서울 지하철 기본요금 150원 인상…내달부터 적용",
		FeedDesc:  "서울 지하철 기본요금이 다음 달부터 1550원으로 오른다.",
		PubDate:   "Thu, 26 Nov 2026 18:30:00 +0900",
		HTML: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>서울 지하철 기본요금 150원 인상…내달부터 적용 - 파란일보</title>
<meta property="og:site_name" content="파란일보">
<meta property="og:image" content="/img/subway.jpg">
<meta name="author" content="이바다">
</head><body><div id="news">
<h1>서울 지하철 기본요금 150원 인상…내달부터 적용</h1>
<p class="date">입력 2026.11.26. 오후 6:30</p>
<div class="body">
<p>서울 지하철 기본요금이 다음 달 1일부터 1400원에서 1550원으로 150원 오른다. 서울시는 적자가 쌓여 더는 요금을 묶어 둘 수 없다고 밝혔다.</p>
<p>청소년과 어린이 요금은 동결된다. 시는 인상분을 노후 전동차 교체와 역사 승강기 설치에 쓸 계획이라고 설명했다.</p>
<p>시민단체는 물가 부담이 큰 상황에서 인상 폭이 지나치다며 반발했다. 똠양꿍 가게를 운영하는 한 상인은 "손님들 교통비 부담이 또 늘겠네요"라고 말했다.</p>
</div></div></body></html>`,
	},
	{
		Path:      "/news/20261126-chip-exports.html",
		FeedTitle: "반도체 수출 석 달 연속 증가…AI 서버용 메모리 견인",
		FeedDesc:  "반도체 수출이 석 달 연속 늘었다.",
		PubDate:   "Thu, 26 Nov 2026 09:00:00 +0900",
		HTML: `<!doctype html><html lang="ko"><head><meta charset="utf-8">
<title>반도체 수출 석 달 연속 증가…AI 서버용 메모리 견인 : 파란일보</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"반도체 수출 석 달 연속 증가…AI 서버용 메모리 견인","datePublished":"2026-11-26T09:00:00+09:00",
"author":{"@type":"Person","name":"박소라"},"image":["/img/chips.jpg"],"publisher":{"@type":"Organization","name":"파란일보"}}</script>
</head><body><main><article>
<h1>반도체 수출 석 달 연속 증가…AI 서버용 메모리 견인</h1>
<p>반도체 수출이 석 달 연속 늘었다. 산업통상자원부는 이달 1일부터 25일까지 반도체 수출액이 지난해 같은 기간보다 18% 늘었다고 26일 밝혔다.</p>
<p>인공지능 서버에 들어가는 고대역폭 메모리가 증가세를 이끌었다. 업계는 연말까지 이 흐름이 이어질 것으로 본다.</p>
<p>다만 중국의 추격과 환율 변동은 부담 요인으로 꼽힌다. 정부는 수출 기업 지원을 늘리겠다고 했다.</p>
</article></main></body></html>`,
	},
	{
		Path:      "/news/2026/11/26/bike-lanes.html",
		FeedTitle: "City council approves 40 km of protected bike lanes",
		FeedDesc:  "The council voted 9-2 to build a protected network by 2028.",
		PubDate:   "Thu, 26 Nov 2026 10:15:00 -0500",
		HTML: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>City council approves 40 km of protected bike lanes - The Daily Ledger</title>
<meta property="og:title" content="City council approves 40 km of protected bike lanes">
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:image" content="/img/bikes.jpg">
<meta property="article:published_time" content="2026-11-26T10:15:00-05:00">
<meta name="author" content="Maria Lopez">
</head><body><article>
<h1>City council approves 40 km of protected bike lanes</h1>
<p class="byline">By Maria Lopez</p>
<p>The city council voted 9-2 on Wednesday to build 40 kilometres of protected bike lanes by 2028. Mr. Chen, who chairs the transport committee, called it "the biggest change to our streets in a generation."</p>
<p>The plan costs $38 million, most of it from a U.S. federal grant. Construction on the first corridor starts in the spring.</p>
<p>Business owners on Main Street asked for loading zones to be kept, and the council agreed to review each block with them.</p>
</article></body></html>`,
	},
	{
		Path:      "/news/2026/11/25/bakery-award.html",
		FeedTitle: "Family bakery's rye loaf wins national bread award",
		FeedDesc:  "A third-generation bakery took the top prize.",
		PubDate:   "Wed, 25 Nov 2026 16:40:00 -0500",
		HTML: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Family bakery's rye loaf wins national bread award | The Daily Ledger</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Daily Ledger"},
{"@type":"NewsArticle","headline":"Family bakery's rye loaf wins national bread award","datePublished":"2026-11-25T16:40:00-05:00",
"author":[{"@type":"Person","name":"Sam O'Neill"}],"image":{"@type":"ImageObject","url":"/img/rye.jpg"}}]}</script>
</head><body><article>
<h1>Family bakery's rye loaf wins national bread award</h1>
<p>A third-generation family bakery on Elm Street has won the national bread award for its sourdough rye. The judges praised its "deep, tangy crumb and a crust that sings."</p>
<p>The bakery still uses the starter the founder brought from Poland in 1961. Queues formed before dawn on Thursday.</p>
</article></body></html>`,
	},
	{
		Path:      "/news/2026/11/24/open-source-seoul.html",
		FeedTitle: "Open-source maintainers gather in Seoul <& talk about burnout>",
		FeedDesc:  "Hundreds of maintainers met to share ways to keep projects healthy.",
		PubDate:   "Tue, 24 Nov 2026 14:00:00 +0900",
		HTML: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Open-source maintainers gather in Seoul &lt;&amp; talk about burnout&gt;</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta name="twitter:image" content="/img/seoul.jpg">
</head><body><article>
<h1>Open-source maintainers gather in Seoul &lt;&amp; talk about burnout&gt;</h1>
<p>Hundreds of open-source maintainers met in Seoul this week to compare notes on funding, security reports and burnout. Many said the work has grown faster than the number of people doing it!</p>
<p>Organisers announced a fund that pays maintainers for security fixes. Applications open in January.</p>
</article></body></html>`,
	},
}

// Duplicate is listed in the feed a second time under a utm-tagged URL: the demo skips it.
const Duplicate = "/news/2026/11/26/bike-lanes.html?utm_source=newsletter&utm_medium=email"
