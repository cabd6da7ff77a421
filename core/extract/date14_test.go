package extract_test

import (
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestDates14 covers the date classes of the fourteenth round: the order of a numeric date
// settled by the page's address, and a media object's date in the story's microdata.
func TestDates14(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	tests := []publishedCase{
		{"a slash date under lang=en follows the month-first order the canonical address shows",
			"",
			`<html lang="en"><head><link rel="canonical" href="https://tv.example.com/2012/12/07/people-and-the-cliff/"></head>
<body><h1>A headline long enough to count</h1><div class="post-info"><span class="author">Jane Doe</span>
<div class="date published">4:42 PM on 12/07/2012</div></div>` + undated,
			// The clock before a month-first numeric date marks a US page (inst18c): Eastern.
			time.Date(2012, 12, 7, 16, 42, 0, 0, ny)},
		{"a slash date under en-US follows the day-first order the address shows",
			"https://www.example.com/2019/04/11/story-of-the-day/",
			`<html lang="en-US"><head></head>
<body><h1>A headline long enough to count</h1><div class="date">11/04/2019</div>` + undated,
			time.Date(2019, 4, 11, 0, 0, 0, 0, ny)},
		{"a slash date follows the order the metadata's day shows, and gives that day its time",
			"https://www.example.com/news/people-and-the-cliff",
			`<html lang="en"><head><meta property="article:published_time" content="2012-12-07"></head>
<body><h1>A headline long enough to count</h1><div class="post-info"><span class="author">Jane Doe</span>
<div class="date published">4:42 PM on 12/07/2012</div></div>` + undated,
			// The clock before a month-first numeric date marks a US page (inst18c): Eastern.
			time.Date(2012, 12, 7, 16, 42, 0, 0, ny)},
		{"a slash date without address evidence keeps the language's order",
			"https://www.example.com/news/story-of-the-day",
			`<html lang="en"><head></head>
<body><h1>A headline long enough to count</h1><div class="date">11/04/2019</div>` + undated,
			time.Date(2019, 4, 11, 0, 0, 0, 0, time.UTC)},
		{"an embedded video's microdata date is not the story's",
			"https://www.example.co.uk/sport/boxing/fight-news-13248847",
			`<html lang="en-GB"><head></head>
<body itemscope itemtype="http://schema.org/NewsArticle"><h1>A headline long enough to count</h1>
<div class="article-information" itemprop="datePublished" content="2018-09-15T15:22:00Z"><ul class="time-info">
<li><time class="date-published" datetime="2018-09-15T15:22:00Z"></time>16:22, 15 SEP 2018</li>
<li><span>Updated</span><time class="date-updated" itemprop="dateModified" datetime="2018-09-15T15:23:00Z"></time>16:23, 15 SEP 2018</li></ul></div>
<div itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="name" content="Another fight">
<meta itemprop="datePublished" content="2018-10-18T10:17:00Z"><meta itemprop="uploadDate" content="2018-10-18T10:17:00Z"></div>` + undated,
			time.Date(2018, 9, 15, 15, 22, 0, 0, time.UTC)},
	}
	checkPublished(t, tests)
}

// TestUTCValuesDoNotVote: a story published in the evening on the US west coast carries its
// machine times in UTC, already on the next day; the page's offset (a sailthru.date with
// -0700) shows it on the newsroom's day. The metadata's other UTC values (the modification
// time under a publication key) are no evidence of the page's day and must not outvote it.
func TestUTCValuesDoNotVote(t *testing.T) {
	page := `<html lang="en"><head>
<meta name="article:published_time" content="2018-09-25T01:18:57Z">
<meta name="article:modified_time" content="2018-09-25T01:26:55Z">
<meta name="sailthru.date" content="2018-09-24 18:18:00 -0700">
</head><body><h1>A headline long enough to count</h1>
<time itemprop="datePublished" datetime="2018-09-25T01:26:55Z"></time>` + undated
	r, err := extract.Extract("https://www.example.com/crime/article/amber-alert-13255022.php", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2018, 9, 25, 1, 18, 57, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", r.Published, want)
	}
	if day := r.Published.Format("2006-01-02"); day != "2018-09-24" {
		t.Errorf("Published shown on %s (%v), want the newsroom's 2018-09-24", day, r.Published)
	}
}
