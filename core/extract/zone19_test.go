package extract_test

import (
	"testing"
	"time"

	"paperboy/core/extract"
)

// checkPublishedClock checks the publication's instant and the offset it is given in.
func checkPublishedClock(t *testing.T, tests []struct{ name, url, html, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.Extract(tt.url, []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Published.Format(time.RFC3339); got != tt.want {
				t.Errorf("Published = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestTwinOffsetClockOtherStory: a UTC value whose wall clock the page prints as it stands is
// no evidence of an offset, and another story's clock in a headline list, hours away, is no
// twin of it: a US page's printed clock keeps its region's offset, not Hawaii's.
func TestTwinOffsetClockOtherStory(t *testing.T) {
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a headline list's clock is no twin of a UTC value the page prints as it stands",
			"https://www.example.com/news/x1876430913/Town-fair-opens",
			`<html lang="en-US"><head><title>Town fair opens</title></head><body>
<h1>Town fair opens</h1>
<div class="date">Posted April 29, 2008 3:00 a.m.</div>
<abbr class="updated" style="display:none" title="2008-04-29T03:00:00Z"></abbr>` + undated + `
<ul class="headlines"><li><a href="/a">Council meets</a> <span class="date">Posted April 28, 2008 5:00 p.m.</span></li>
<li><a href="/b">Road closed</a> <span class="date">Posted April 28, 2008 2:10 a.m.</span></li></ul>
</body></html>`,
			"2008-04-29T03:00:00-04:00"},
	})
}

// TestInPageZoneOtherStory: a UTC value whose wall clock the date line prints as it stands is
// not moved into the offset of another story's clock in a list beside it.
func TestInPageZoneOtherStory(t *testing.T) {
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a sidebar's clock is no twin of a UTC value the date line prints as it stands",
			"https://www.example.com/news/2015/06/10/council-votes",
			`<html lang="en-US"><head><title>Council votes on budget</title>
<meta property="article:published_time" content="2015-06-10T15:00:00Z"></head><body>
<h1>Council votes on budget</h1>
<div class="byline">By Jane Example</div>` + undated + `
<ul class="more"><li><a href="/a">Road closed</a> <span class="date">June 10, 2015 7:00 a.m.</span></li>
<li><a href="/b">Fair opens</a> <span class="date">June 10, 2015 3:00 p.m.</span></li></ul>
</body></html>`,
			"2015-06-10T15:00:00Z"},
	})
}

// TestLocalClockOtherStory: a zone-less metadata clock that the date line prints as it stands is
// the newsroom's local time even when another story's clock in a list stands an hour from it;
// that clock is no twin that would make the value a UTC instant.
func TestLocalClockOtherStory(t *testing.T) {
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a list's clock an hour away does not keep a local clock in UTC",
			"https://www.example.de/polizei/pm/43526/4791887",
			`<html lang="de"><head><title>Unfall auf der Landstraße</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Unfall auf der Landstraße","datePublished":"2020-12-15T14:49:06"}</script></head><body>
<h1>Unfall auf der Landstraße</h1>
<p class="date">15.12.2020 – 14:49</p>` + undated + `
<ul class="more"><li><h5 class="date">15.12.2020 – 13:49</h5><h3><a href="/a">Brand in Scheune</a></h3></li></ul>
</body></html>`,
			"2020-12-15T14:49:06+01:00"},
	})
}

// TestNewsroomStateWords: an outlet named for its state by a demonym ("Californian") or a
// copyright line naming Texas places its newsroom in that state's zone, so its clocks printed
// without a zone are read there rather than in New York.
func TestNewsroomStateWords(t *testing.T) {
	story := `<p>` + "The council met on Tuesday evening to weigh the plan, and residents spoke for hours about the road, the school and the cost of both. " + `</p>`
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a Californian outlet's printed clock is Pacific",
			"https://www.example.com/news/local/article_b1a0b546.html",
			`<html lang="en"><head><title>Teen to face trial</title><meta property="og:site_name" content="North County Times - Californian"></head><body>
<h1>Teen to face trial</h1><p class="date">Posted: Wednesday, September 8, 2010 6:09 pm</p>` + story + story + story + `</body></html>`,
			"2010-09-08T18:09:00-07:00"},
		{"a Texas station's printed clock is Central",
			"https://www.example.com/News/ID/6575/Friend-speaks",
			`<html lang="en"><head><title>Friend speaks</title><meta name="COPYRIGHT" content="Copyright 2015 by KAGS TV - College Station, Texas"></head><body>
<h1>Friend speaks</h1><p class="date">Posted: Dec 10, 2014 12:53 PM</p>` + story + story + story + `</body></html>`,
			"2014-12-10T12:53:00-06:00"},
	})
}
