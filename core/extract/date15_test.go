package extract_test

import (
	"testing"
	"time"
)

// TestDates15 covers the date classes of the fifteenth round: the day a masthead prints
// beside the site's logo is the day the page was served, not the story's.
func TestDates15(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	tests := []publishedCase{
		{"the masthead's day beside the logo loses to the story's line under an <h2> headline",
			"https://www.example.com/news/123456/rivers-rise-again",
			`<html lang="en"><head><title>Rivers rise again in the north</title></head><body>
<div class="top"><div class="brand"><a href="/"><img src="/logo.png" alt="Example Star"></a></div>
<div class="today"><span class="date">Wed, 15 Jan 2020</span></div></div>
<ul class="nav"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>
<div class="story"><h2>Rivers rise again in the north</h2><p>Wire desk<br>13 Jan 2020, 22:11 GMT+10</p>` + undated + `</div>`,
			time.Date(2020, 1, 13, 12, 11, 0, 0, time.UTC)},
		{"the masthead's day beside a logo link to the site's address",
			"https://www.example.com/news/rivers-rise-again",
			`<html lang="en"><head><title>Rivers rise again in the north</title></head><body>
<header><div class="masthead"><a class="logo" href="https://www.example.com/">Example Star</a><p class="date">Wednesday, January 15, 2020</p></div></header>
<div class="story"><h2>Rivers rise again in the north</h2><p>January 13, 2020 10:30 AM</p>` + undated + `</div>`,
			time.Date(2020, 1, 13, 10, 30, 0, 0, ny)},
		{"a breadcrumb's Home link beside the story's date above the headline is no masthead",
			"https://www.example.com/news/rivers-rise-again",
			`<html lang="en"><head><title>Rivers rise again in the north</title></head><body>
<div class="crumbs"><a href="/">Home</a> › <a href="/news">News</a> <span class="date">January 13, 2020</span></div>
<h1>Rivers rise again in the north</h1>` + undated,
			time.Date(2020, 1, 13, 0, 0, 0, 0, time.UTC)},
		{"a wrapper classed sidebar that holds the story and its sidebar is no sidebar; recent-post lists date other stories",
			"https://www.example.de/blog/schwarz-ist-zurueck/",
			`<html lang="de"><head><title>Schwarz ist zurück | Example Blog</title></head><body>
<div class="mainwrap single sidebar"><div class="main">
<div class="content"><div class="postcontent"><div class="topBlog"><h2>Schwarz ist zurück</h2>
<div class="post-meta"><a class="post-meta-time" href="/blog/2017/08/09/">09/08/2017</a> <a href="/autor/">durch Anna Beispiel</a></div></div>` + undated + `</div></div>
<div class="sidebar"><div class="widget recent_posts"><div class="widgett"><h4><a href="/blog/sommer/">Sommer</a></h4><div class="widget-date">14/06/2019</div></div></div></div>
</div></div>
<div id="footer"><div class="widget recent_posts"><div class="widgett"><h4><a href="/blog/sommer/">Sommer</a></h4><div class="widget-date">14/06/2019</div></div>
<div class="widgett"><h4><a href="/blog/herbst/">Herbst</a></h4><div class="widget-date">26/03/2019</div></div></div></div>`,
			time.Date(2017, 8, 9, 0, 0, 0, 0, berlin)},
	}
	checkPublished(t, tests)
}
