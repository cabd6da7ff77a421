package extract_test

import (
	"testing"
	"time"
)

// undated is story prose that names no date, as the page that dates itself only in script
// state has none.
const undated = `<p>The committee met again on Tuesday to discuss the findings of the report, which has been
delayed several times since the new rules changed the agenda of every agency involved.</p>
<p>Members said they expected a vote before the end of the year, and that the budget would follow soon after
the hearings conclude in the spring, when the new chair takes office.</p>`

// TestDates13 covers the date classes of the thirteenth round: publication metadata under a
// name no list holds, a script state's deployment time, and a printed date that an update
// label follows.
func TestDates13(t *testing.T) {
	hkt := time.FixedZone("HKT", 8*3600)
	cst := time.FixedZone("CST", 8*3600)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	kst := time.FixedZone("KST", 9*3600)
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	tests := []publishedCase{
		{"a meta named for the article's date is read when no known key is there",
			"https://news.example.hk/content/odn-20230329-0329_00174_002/story",
			`<html lang="zh-HK"><head><meta name="articleId" content="odn-20230329-0329_00174_002"><meta name="articleDate" content="20230329"></head>
<body><h1>A headline long enough to count</h1>` + story + `<ul class="hot"><li><a href="/b">Another story</a> 2023年03月30日</li></ul>`,
			time.Date(2023, 3, 29, 0, 0, 0, 0, hkt)},
		{"a meta publication key with its own prefix (og:pubdate) is read",
			"https://www.example.com/news/story-1234",
			`<html lang="en-US"><head><meta property="og:pubdate" content="2019-04-02T10:15:00-04:00"></head>
<body><h1>A headline long enough to count</h1>` + story,
			time.Date(2019, 4, 2, 14, 15, 0, 0, time.UTC)},
		{"a guessed publication key yields to the time the page prints",
			"https://new.example.com/omn/20190907/20190907A0JQ4V00.html",
			`<html lang="zh-CN"><head><meta name="apub:time" content="2019-9-7 21:30:50"></head>
<body><h1>儿歌一分钱被改成一元钱 原作者女儿：改成这样不觉得拗口吗？</h1><div class="date">2019-09-07 19:02</div>` + undated,
			time.Date(2019, 9, 7, 19, 2, 0, 0, cst)},
		{"a guessed publication key holding the last save yields to the date by the headline",
			"https://www.example.de/sport/us-sport-corona-100.html",
			`<html lang="de"><head><meta name="zdf:publicationDate" content="2020-09-08T17:33:18.096+02:00"><meta name="zdf:modificationDate" content="2020-09-08T17:33:18.096+02:00"></head>
<body><h1>Eine lange deutsche Überschrift</h1><p>Wie es sportlich weitergeht, ist unklar. 2 min 04.04.2020</p>` + undated,
			time.Date(2020, 4, 4, 0, 0, 0, 0, berlin)},
		{"a known publication key still wins over the fallback names",
			"https://www.example.com/news/story-1235",
			`<html lang="en-US"><head><meta property="article:published_time" content="2019-04-02T10:15:00-04:00"><meta name="item-publish-date" content="2019-03-01"></head>
<body><h1>A headline long enough to count</h1>` + story,
			time.Date(2019, 4, 2, 14, 15, 0, 0, time.UTC)},
		{"a script state's deployment time dates a page that prints none",
			"https://www.example.co.kr/news/article/A2026012914320005196",
			`<html lang="ko"><head><title>정치 기사 제목입니다 | 신문</title></head><body><h1>정치 기사 제목입니다</h1>` + undated +
				`<script>self.__next_f.push([1,"{\"articleId\":\"A2026012914320005196\",\"deployDt\":\"2026.01.29 18:40\",\"reDeployDt\":\"2026.01.29 18:49\"}"])</script>`,
			time.Date(2026, 1, 29, 18, 40, 0, 0, kst)},
		{"a printed date an update label follows is the publication, the later metadata the update",
			"https://www.example.com/article/us-awards-sag/parasite-scores",
			`<html lang="en-US"><head><meta property="og:article:published_time" content="2020-01-20T09:49:32Z"></head><body>
<div class="date">January 19, 2020 / 12:25 PM / Updated 8 hours ago</div>
<h1>A headline long enough to count</h1>` + story,
			time.Date(2020, 1, 19, 12, 25, 0, 0, ny)},
	}
	checkPublished(t, tests)
}
