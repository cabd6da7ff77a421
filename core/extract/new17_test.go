package extract_test

import (
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestZonelessMetaClockTwin17: a metadata clock without a zone, to the minute ("Monday,
// December 22, 2014, 3:54 PM"), beside a metadata instant in UTC ("20:54:35Z") a whole number
// of hours away is the newsroom's wall clock of that instant, not a UTC time: the instant is
// the publication, shown in the page's zone.
func TestZonelessMetaClockTwin17(t *testing.T) {
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	html := `<html lang="en-US"><head><title>Carolers bring gifts to a family</title>
<meta name="article_date_original" content="Monday, December 22, 2014,  3:54 PM">
<meta name='parsely-page' content='{"title": "Carolers bring gifts to a family", "pub_date": "2014-12-22T20:54:35Z"}'>
</head><body><h1>Carolers bring gifts to a family</h1>
<div class="byline">By Jane Roe<br/>on December 22, 2014 at  3:54 PM, updated <span class="updated" title="2014-12-22T22:54:35Z">December 22, 2014 at  5:54 PM</span></div>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/news/2014/12/carolers_bring_gifts.html", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2014, 12, 22, 15, 54, 35, 0, newYork)
	if _, off := r.Published.Zone(); !r.Published.Equal(want) || off != -5*3600 {
		t.Errorf("Published = %v, want %v", r.Published, want)
	}
}

// TestImplausiblePrintedOffset17: a US page whose zone-less metadata clock (read as UTC) a
// printed update repeats two hours later is not dated "+02:00": an offset no US zone keeps is
// no zone the page prints in, so the printed update is not this instant shown locally.
func TestImplausiblePrintedOffset17(t *testing.T) {
	html := `<html lang="en-US"><head><title>Carolers bring gifts to a family</title>
<meta name="article_date_original" content="Monday, December 22, 2014,  3:54 PM">
</head><body><h1>Carolers bring gifts to a family</h1>
<div class="byline">By Jane Roe<br/>on December 22, 2014 at  3:54 PM, updated <span class="updated">December 22, 2014 at  5:54 PM</span></div>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/news/2014/12/carolers_bring_gifts.html", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if _, off := r.Published.Zone(); off > -4*3600 && off != 0 || off < -10*3600 {
		t.Errorf("Published = %v: an offset no US zone keeps", r.Published)
	}
	if w := r.Published; w.Day() != 22 || w.Hour() != 15 || w.Minute() != 54 {
		t.Errorf("Published = %v, want the printed 3:54 PM of December 22", r.Published)
	}
}

// TestDatetimeOnPlainElement17: a template that puts the machine value on a plain element
// (<div class="posted" datetime="…-0500">) dates the story as a <time> would: its offset is the
// newsroom's (Central daylight time), not the Eastern clock a US page's printed time is
// otherwise read in.
func TestDatetimeOnPlainElement17(t *testing.T) {
	html := `<html lang="en-US"><head><title>Team collects donations for a coach</title></head><body>
<h1>Team collects donations for a coach</h1><div class="byline">By Jane Roe</div>
<div class="posted" datetime="2014-10-21T07:54:43-0500">7:54 AM, Oct 21, 2014</div>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/news/local-news/team-collects-donations", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2014, 10, 21, 7, 54, 43, 0, time.FixedZone("", -5*3600))
	if _, off := r.Published.Zone(); !r.Published.Equal(want) || off != -5*3600 {
		t.Errorf("Published = %v, want %v", r.Published, want)
	}
}

// TestByNoBreakSpace17: a byline whose "By" is joined to the name by a no-break space
// ("By&nbsp;Jane Roe, Example News") in an element without a byline class is still a byline.
func TestByNoBreakSpace17(t *testing.T) {
	html := `<html lang="en"><head><title>Music festival opens this week</title></head><body>
<h1 class="story-title">Music festival opens this week</h1>
<h3 class="story-deck">More than 200 bands are playing at venues across the city</h3>
<p class="small"><span class="spaced">By&nbsp;Jane Roe, <a href="/news/staff-list">Example News</a></span>
<span class="delimited">Posted: Jun 19, 2017 1:05 PM</span></p>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/news/music-festival-opens-1.4167800", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Authors) != 1 || r.Authors[0] != "Jane Roe" {
		t.Errorf("Authors = %q, want [Jane Roe]", r.Authors)
	}
}

// TestWithSidebarWrapper17: a block whose modifier says it has a sidebar ("content
// content--with-sidebar") and that holds the headline wraps the story and its sidebar: the
// byline in it is the story's, not another story's.
func TestWithSidebarWrapper17(t *testing.T) {
	html := `<html lang="en"><head><title>City marks a year since the attack</title></head><body>
<div class="content content--with-sidebar"><article class="update"><header class="update__header update__header--with-author">
<h1 class="update__title">City marks a year since the attack</h1>
<div class="update__author"><img alt="Thumb_roe" class="update__author-image" src="/roe.png"><div class="update__author-content">
<a href="/news/meet-the-team/jane-roe/"><div class="author-block"><div class="author-block__author">
<span class="author-block__author-link"><cite class="author-block__author-name">Jane Roe</cite></span>
<span class="author-block__author-title">Staff Writer</span></div></div></a></div></div>
</header>` + undated + `</article><aside class="sidebar"><p>Most read</p></aside></div></body></html>`
	r, err := extract.Extract("https://www.example.com/news/update/2014-04-14/city-marks-a-year/", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Authors) != 1 || r.Authors[0] != "Jane Roe" {
		t.Errorf("Authors = %q, want [Jane Roe]", r.Authors)
	}
}

// TestPlacePost17: a correspondent's post named for a bureau's place after the name ("Jane Roe
// Washington Correspondent", "John Doe Middle East Correspondent") goes with the post; the
// qualifiers a newsroom names its posts after still go as before.
func TestPlacePost17(t *testing.T) {
	for _, c := range []struct{ byline, want string }{
		{"Jane Roe Washington Correspondent", "Jane Roe"},
		{"John Doe Middle East Correspondent", "John Doe"},
		{"Jane Roe Senior Political Foreign Correspondent", "Jane Roe"},
	} {
		html := `<html lang="en"><head><title>City marks a year since the attack</title></head><body>
<h1>City marks a year since the attack</h1><div class="byline">` + c.byline + `</div>` + undated + `</body></html>`
		r, err := extract.Extract("https://www.example.com/news/city-marks-a-year", []byte(html))
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Authors) != 1 || r.Authors[0] != c.want {
			t.Errorf("%q: Authors = %q, want [%s]", c.byline, r.Authors, c.want)
		}
	}
}

// TestGluedParticleSurname17: a surname that opens with a lower-case particle run into its
// capitalised part ("deAgonia", "delToro") is a name; a lower-case first word still is not.
func TestGluedParticleSurname17(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Jane deAgonia", "Jane deAgonia"},
		{"John delToro", "John delToro"},
	} {
		html := `<html lang="en"><head><title>Why phones are the future</title></head><body>
<h1>Why phones are the future</h1><div id="byline">By <a rel="author" href="/s/author/1058/x">` + c.name + `</a></div>` + undated + `</body></html>`
		r, err := extract.Extract("https://www.example.com/s/article/9239873/why-phones-are-the-future", []byte(html))
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Authors) != 1 || r.Authors[0] != c.want {
			t.Errorf("%q: Authors = %q, want [%s]", c.name, r.Authors, c.want)
		}
	}
}

// TestWrittenBySignOff17: a site that prints no byline signs the story on a line of its own
// after its last paragraph ("Written by Jane Roe"), before its notices and references.
func TestWrittenBySignOff17(t *testing.T) {
	html := `<html lang="en"><head><title>Antibiotic found in ocean sediment</title></head><body>
<h1>Antibiotic found in ocean sediment</h1><div class="article">` + undated + `
<p>Researchers said the compound would now be tested against other drug-resistant bacteria, a process that is expected to take several years.</p>
<p>Written by Jane Roe</p>
<p>Copyright: Example Health News. Not to be reproduced without permission.</p>
<p>Visit our infectious diseases section for the latest news on this subject.</p>
<p>Please use one of the following formats to cite this article in your essay, paper or report.</p>
<p>Please note: If no author information is provided, the source is cited instead.</p>
<p>Contact our news editors for any corrections of factual information.</p>
<p>Note: Any medical information published on this website is not intended as a substitute for advice.</p>
</div></body></html>`
	r, err := extract.Extract("https://www.example.com/articles/263621.php", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Authors) != 1 || r.Authors[0] != "Jane Roe" {
		t.Errorf("Authors = %q, want [Jane Roe]", r.Authors)
	}
}

// TestReviewerNotAuthor17: a byline that goes on to credit a medical reviewer ("Reviewed by
// John Doe, MD; Associate Clinical Professor of Medicine, University of California, San
// Francisco and Mary Major, RN, Nurse Planner") names only its writer: the reviewer, the
// reviewer's university town and post are not authors.
func TestReviewerNotAuthor17(t *testing.T) {
	html := `<html lang="en"><head><title>Smoke-free hotel rooms are not, study finds</title></head><body>
<header><h1>Smoke-free hotel rooms are not, study finds</h1><div class="byline"><span>Story by Jane Roe, Contributing Writer, Example Today<div><span>Published: May 15, 2013</span></div><div><span>Reviewed by <a href="/reviewer.cfm?reviewerid=55">John Doe, MD</a>; Associate Clinical Professor of Medicine, University of California, San Francisco and Mary Major, MA, BSN, RN, Nurse Planner</span></div></span></div></header>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/PrimaryCare/Smoking/39154", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Authors) != 1 || r.Authors[0] != "Jane Roe" {
		t.Errorf("Authors = %q, want [Jane Roe]", r.Authors)
	}
}

// TestRootedMetaImage17: an image meta written path-relative ("upload/2013/5/15/39154.jpg")
// whose file the page loads root-relative in an <img> ("/upload/2013/5/15/39154.jpg") is that
// file at the site's root, not under the article's folder.
func TestRootedMetaImage17(t *testing.T) {
	html := `<html lang="en"><head><title>Smoke-free hotel rooms are not, study finds</title>
<meta name="twitter:image" content="upload/2013/5/15/39154.jpg"></head><body>
<h1>Smoke-free hotel rooms are not, study finds</h1><aside><img src="/upload/2013/5/15/39154.jpg"></aside>` + undated + `</body></html>`
	r, err := extract.Extract("http://www.example.com/PrimaryCare/Smoking/39154", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if want := "http://www.example.com/upload/2013/5/15/39154.jpg"; r.ImageURL != want {
		t.Errorf("ImageURL = %q, want %q", r.ImageURL, want)
	}
}

// TestUnrealPrintedOffset17: a printed clock that would show a UTC instant in an offset no zone
// keeps ("+03:45") is another moment, not that instant shown locally.
func TestUnrealPrintedOffset17(t *testing.T) {
	html := `<html><head><title>Storm closes the coast road</title>
<meta property="article:published_time" content="2012-10-29T14:59:00Z"></head><body>
<h1>Storm closes the coast road</h1><div class="date">29.10.2012 18:44</div>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/news/storm-closes-the-coast-road", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if _, off := r.Published.Zone(); off == 3*3600+45*60 {
		t.Errorf("Published = %v: an offset no zone keeps", r.Published)
	}
	if want := time.Date(2012, 10, 29, 14, 59, 0, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", r.Published, want)
	}
}

// TestCountryDomainOverTemplateLocale17: a page on a country domain the region table does not
// know (".co.za") whose template says og:locale "en_US" shows its UTC instant in the offset
// its printed clock gives (+02:00): the US region came from a tag the address belies.
func TestCountryDomainOverTemplateLocale17(t *testing.T) {
	html := `<html lang="en"><head><title>Severe storms expected over the province</title>
<meta property="og:locale" content="en_US">
<meta property="article:published_time" content="2025-11-28T13:26:06Z"></head><body>
<h1>Severe storms expected over the province</h1><div class="date">28 November 2025 15:26</div>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.co.za/news/severe-storms-expected/", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2025, 11, 28, 13, 26, 6, 0, time.UTC)
	if _, off := r.Published.Zone(); !r.Published.Equal(want) || off != 2*3600 {
		t.Errorf("Published = %v, want %v shown at +02:00", r.Published, want)
	}
}

// TestUnclassedDatetimeSpan17: a datetime on a plain element that no class names a date (a
// recipe card's hidden <span itemprop="published" datetime=…> inside a post) is no stamp of
// the story: the day the page prints stands.
func TestUnclassedDatetimeSpan17(t *testing.T) {
	html := `<html lang="en"><head><title>Tomorrow's recipes</title></head><body>
<h1>Tomorrow's recipes</h1><div class="post-date">Nov 02, 2012</div>` + undated + `
<div class="recipe"><p style="display:none;">Posted by <span itemprop="author">Ree</span> on <span itemprop="published" datetime="2012-02-16">February 16 2012</span></p></div>
</body></html>`
	r, err := extract.Extract("https://www.example.com/cooking/tomorrows-recipes/", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.Format("2006-01-02"); got != "2012-11-02" {
		t.Errorf("Published = %v, want the printed day 2012-11-02", r.Published)
	}
}
