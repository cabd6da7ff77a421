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
<p class="published dtstamp" title='2012-01-15t03:58:02z'>Posted on January 15, 2012 at 5:58 PM</p>` + undated + `</body></html>`,
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
