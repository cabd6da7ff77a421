package extract_test

import (
	"testing"
	"time"
)

// TestDates17 covers the publication-instant classes of the seventeenth round: a machine value
// in lower-case RFC 3339 whose printed twin stands at an offset the page's region cannot keep;
// a UTC instant in the title of the printed date element.
func TestDates17(t *testing.T) {
	tests := []publishedCase{
		{"an hAtom title whose printed twin would put a US page at +14:00 yields to the printed clock",
			"https://www.example-tv.com/news/local/community-pays-tribute-137341323.html",
			`<html lang="en"><head><title>Community pays tribute</title></head><body>
<h1>Community pays tribute</h1><div class="byline">By Jane Example</div>
<p class="published dtstamp" title='2012-01-15T03:58:02Z'>Posted on January 15, 2012 at 5:58 PM</p>` + undated + `</body></html>`,
			time.Date(2012, 1, 15, 22, 58, 0, 0, time.UTC)},
		{"a lower-case RFC 3339 value in an hAtom title is read",
			"https://www.example.com/news/local/story-137341323.html",
			`<html><head><title>Community pays tribute</title></head><body>
<h1>Community pays tribute</h1>
<abbr class="published" title="2012-01-15t22:58:02z">Jan 15</abbr>` + undated + `</body></html>`,
			time.Date(2012, 1, 15, 22, 58, 2, 0, time.UTC)},
		{"a UTC instant in the title of the printed date element gives the printed clock's offset",
			"https://www.example.com/news/local/story-137341323.html",
			`<html lang="en"><head><title>Storm closes roads</title></head><body>
<h1>Storm closes roads</h1><div class="byline">By Jane Example</div>
<span class="date" title="2014-04-13T20:08:00Z">April 13, 2014 at 3:08 PM</span>` + undated + `</body></html>`,
			time.Date(2014, 4, 13, 20, 8, 0, 0, time.UTC)},
	}
	checkPublished(t, tests)
}

// TestDateTooltip: the tooltip of a date element that prints only the day states the instant
// with its zone.
func TestDateTooltip(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a date element's tooltip states the instant the printed day leaves out",
			"https://www.example.com/Af0yDAW4",
			`<html lang="en"><head><title>Untitled paste</title></head><body>
<h1>Untitled paste</h1><div class="username"><a href="/u/someone">someone</a></div>
<div class="date"><span title="Monday 27th of April 2020 02:37:18 AM CDT">Apr 27th, 2020</span></div>` + undated + `</body></html>`,
			time.Date(2020, 4, 27, 7, 37, 18, 0, time.UTC)},
	})
}

// TestGMTClockTwins: of two metadata values in the same offset, as far apart as that offset,
// the one whose wall clock is the other's UTC time is the template's mistake.
func TestGMTClockTwins(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a value whose wall clock is another's UTC time in the same offset yields to it",
			"https://www.example.com/news/markets/outlook-dims-for-2023/",
			`<html lang="en-US"><head><title>Outlook dims for 2023</title>
<meta property="article:published_time" content="2022-10-11T19:11:05-04:00">
<meta itemprop="datePublished" content="2022-10-11T15:11:05-04:00">
<meta itemprop="dateModified" content="2022-10-11T15:11:05-04:00"></head><body>
<h1>Outlook dims for 2023</h1><span class="published">October 11, 2022</span>` + undated + `</body></html>`,
			time.Date(2022, 10, 11, 19, 11, 5, 0, time.UTC)},
	})
}

// TestDateTooltipLocalClock: a "Z" tooltip whose wall clock the element prints is the local
// clock labelled UTC, and the printed clock in the page's zone stands.
func TestDateTooltipLocalClock(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a UTC tooltip repeating the printed clock is no instant",
			"https://www.example.com/news/world/article/Storm-closes-roads-4674178.php",
			`<html lang="en"><head><title>Storm closes roads</title></head><body>
<h1>Storm closes roads</h1>
<h5 class="timestamp" title="2017-03-21T19:50:48Z">Published 7:50 pm, Tuesday, March 21, 2017</h5>` + undated + `</body></html>`,
			time.Date(2017, 3, 21, 23, 50, 0, 0, time.UTC)},
	})
}

// TestMagazineIssueDate: a magazine's issue label is no publication date, even where the
// address repeats the issue's day.
func TestMagazineIssueDate(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"the issue's day over the headline and in the address yields to the metadata",
			"https://www.example.com/magazine/2016/12/05/lessons-from-my-mother",
			`<html lang="en"><head><title>Lessons from My Mother</title>
<meta property="article:published_time" content="2016-11-28T00:00:00.000Z"></head><body>
<div class="rubric"><a href="/magazine/personal-history">Personal History</a></div>
<div class="rubric issue-date"><a href="/magazine/2016/12/05"><span>December 5, 2016 Issue</span></a></div>
<h1>Lessons from My Mother</h1><div class="byline">By Jane Example<time>November 27, 2016</time></div>` + undated + `</body></html>`,
			time.Date(2016, 11, 28, 0, 0, 0, 0, time.UTC)},
	})
}
