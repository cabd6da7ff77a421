package extract

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// Synthetic pages for the sixteenth-pkg2 classes (issue 20, sixteenth round).

var storyTextP2 = "<p>" + strings.Repeat("The county board met on Monday to weigh the new budget and passed it after a long debate over road repairs. ", 6) + "</p>"

// A US newsroom whose own name places it outside the East prints its clocks in that place's
// zone; a page that states its zone keeps it, and a dateline names no newsroom.
func TestUSNewsroomZone(t *testing.T) {
	pacific, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	mountain, _ := time.LoadLocation("America/Denver")
	eastern, _ := time.LoadLocation("America/New_York")
	tests := []struct {
		name, html string
		want       time.Time
	}{
		{"site name with a Mountain city",
			`<html lang="en"><head><meta property="og:site_name" content="The Salt Lake Gazette"></head><body><h1>A headline long enough to count here</h1>
<p class="byline">By Jane Roe</p><p class="date">Published June 5, 2013 7:05 p.m.</p>` + storyTextP2 + `</body></html>`,
			time.Date(2013, 6, 5, 19, 5, 0, 0, mountain)},
		{"publisher meta with a Pacific city",
			`<html lang="en-US"><head><meta name="publisher" content="San Francisco Ledger"></head><body><h1>A headline long enough to count here</h1>
<p class="byline">By Jane Roe</p><p class="date">Published June 5, 2013 7:05 p.m.</p>` + storyTextP2 + `</body></html>`,
			time.Date(2013, 6, 5, 19, 5, 0, 0, pacific)},
		{"copyright meta with a Pacific city",
			`<html lang="en"><head><meta name="copyright" content="Copyright (c) 2013 Los Angeles Ledger"></head><body><h1>A headline long enough to count here</h1>
<p class="byline">By Jane Roe</p><p class="date">Published June 5, 2013 7:05 p.m.</p>` + storyTextP2 + `</body></html>`,
			time.Date(2013, 6, 5, 19, 5, 0, 0, pacific)},
		{"a stated zone stands",
			`<html lang="en"><head><meta property="og:site_name" content="The Salt Lake Gazette"></head><body><h1>A headline long enough to count here</h1>
<p class="byline">By Jane Roe</p><p class="date">Published June 5, 2013 7:05 p.m. EDT</p>` + storyTextP2 + `</body></html>`,
			time.Date(2013, 6, 5, 19, 5, 0, 0, eastern)},
		{"a dateline is no newsroom",
			`<html lang="en"><head><meta property="og:site_name" content="The Daily Ledger"></head><body><h1>A headline long enough to count here</h1>
<p class="byline">By Jane Roe</p><p class="date">Published June 5, 2013 7:05 p.m.</p><p>LOS ANGELES — The county board met on Monday.</p>` + storyTextP2 + `</body></html>`,
			time.Date(2013, 6, 5, 19, 5, 0, 0, eastern)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := extract15(t, "https://www.example.com/news/story", tt.html); !r.Published.Equal(tt.want) {
				t.Errorf("Published = %v, want %v", r.Published, tt.want)
			}
		})
	}
}

// Bylines: an author meta that repeats the English copyright meta's holder is the publisher,
// and the printed person stands; a Twitter handle after the name, "Article by:", "BY" and a
// post or agency after capitals are read; a menu's "For Authors" link is no byline.
func TestBylinesP2(t *testing.T) {
	const head = `<h1>A headline long enough to count here</h1>`
	tests := []struct {
		name, head, body string
		want             []string
	}{
		{"author meta is the copyright holder",
			`<meta name="author" content="Fresno Daily Times"><meta name="copyright" content="Copyright (c) 2013 Fresno Daily Times">`,
			head + `<span class="byline">By Jane Roe, Fresno Daily Times</span>` + storyTextP2, []string{"Jane Roe"}},
		{"handle after the name in an item author",
			``, head + `<div itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Roe @janeroe , DAILY LEDGER</span></div>` + storyTextP2, []string{"Jane Roe"}},
		{"Article by: capitals and agency",
			``, head + `<ul class="details"><li class="first">Article by: JOHN DOE ASSOCIATED PRESS</li><li>Updated: June 7, 2013</li></ul>` + storyTextP2, []string{"John Doe"}},
		{"BY capitals and post in brackets",
			``, head + `<div class="byline">BY JOHN DOE (STAFF WRITER)</div>` + storyTextP2, []string{"John Doe"}},
		{"menu link for authors",
			``, `<ul class="nav"><li class="nav-authors"><a href="/authors/"><span>For Authors</span></a></li></ul>` + head +
				`<ul class="authors"><li><span class="vcard"><a href="#auth-1" class="fn">Jane Roe</a></span></li></ul>` + storyTextP2, []string{"Jane Roe"}},
	}
	for _, tt := range tests {
		got := pageAuthorsOf(t, "https://www.example.com/news/story", tt.head, tt.body)
		checkAuthors(t, tt.name, got, tt.want)
	}
}

// A zone-less JSON-LD time whose clock the page prints with a zone is read in that zone.
func TestPrintedZoneForZonelessMetadata(t *testing.T) {
	page := `<html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A headline long enough to count here","datePublished":"2013-07-17T13:03:46","dateModified":"2013-07-17T19:41:54"}</script></head><body>
<h1>A headline long enough to count here</h1><p class="byline">By Jane Roe</p><span class="story-time">7:41 p.m. EDT July 17, 2013</span>` + storyTextP2 + `</body></html>`
	r := extract15(t, "https://www.example.com/news/story", page)
	if want := time.Date(2013, 7, 17, 17, 3, 46, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", r.Published, want)
	}
}

// A reader comment's time on the story's day gives a date-only story no time; a date and time
// set apart by "--" are read together.
func TestCommentTimeAndDoubleHyphen(t *testing.T) {
	comment := `<ul class="commentsList"><li id="comment-1" class="comment"><div class="commentBody">Looks like the other players are catching up a bit. Is that not what a free market is for?</div><div class="commentMeta"><div class="author">reader1</div><time> 7 June, 2013 10:07</time></div></li></ul>`
	page := `<html lang="en"><head></head><body><article><h1>A headline long enough to count here</h1>
<p class="meta">By <a href="/a/jane" rel="author">Jane Roe</a> | <time datetime="2013-06-07">June 7, 2013</time></p>` + storyTextP2 + comment + `</article></body></html>`
	r := extract15(t, "https://www.example.com/news/story", page)
	if want := time.Date(2013, 6, 7, 0, 0, 0, 0, time.UTC); !r.Published.Equal(want) || !r.PublishedDateOnly {
		t.Errorf("comment: Published = %v (date only %v), want the day %v", r.Published, r.PublishedDateOnly, want)
	}
	page = strings.Replace(page, "June 7, 2013</time>", "June 7, 2013 -- 08:45 GMT (01:45 PDT)</time>", 1)
	r = extract15(t, "https://www.example.com/news/story", page)
	if want := time.Date(2013, 6, 7, 8, 45, 0, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("double hyphen: Published = %v, want %v", r.Published, want)
	}
}

// A transparent placeholder in og:image is no lead image.
func TestPlaceholderMetaImage(t *testing.T) {
	page := `<html lang="en"><head><meta property="og:image" content="http://blog.example.com/wp-includes/js/tinymce/plugins/wordpress/img/trans.gif?m=1"></head><body><article><h1>A headline long enough to count here</h1>
<img src="http://blog.example.com/files/2013/05/team-photo.jpg" width="600" height="400" alt="The team">` + storyTextP2 + `</article></body></html>`
	r := extract15(t, "https://blog.example.com/news/story", page)
	if strings.Contains(r.ImageURL, "trans.gif") {
		t.Errorf("ImageURL = %q, want no placeholder", r.ImageURL)
	}
	// A spacer first and the story's photo in a second og:image: the photo.
	page = `<html lang="en"><head><meta property="og:image" content="http://blog.example.com/img/spacer.gif"><meta property="og:image" content="http://blog.example.com/files/2013/05/team-photo.jpg"></head><body><article><h1>A headline long enough to count here</h1>` + storyTextP2 + `</article></body></html>`
	if r = extract15(t, "https://blog.example.com/news/story", page); r.ImageURL != "https://blog.example.com/files/2013/05/team-photo.jpg" {
		t.Errorf("spacer then photo: ImageURL = %q, want the photo", r.ImageURL)
	}
	if got := metaImage(nil, "http://example.com/img/spacer.gif"); got != "" {
		t.Errorf("spacer.gif kept: %q", got)
	}
	if got := metaImage(nil, "http://example.com/img/transit.gif"); got == "" {
		t.Errorf("transit.gif dropped")
	}
}

// A stamp a script prints from a labelled Unix time in milliseconds beats a date-only
// DC.date.issued of the next day.
func TestEpochPublishedStamp(t *testing.T) {
	page := `<html lang="en"><head><meta name="DC.date.issued" content="2013-07-19"></head><body><article><h1>A headline long enough to count here</h1>
<p class="byline">By Jane Roe <span class="timestamp updated pre" epochTime="1374135240000" dateTitle="published"></span></p>` + storyTextP2 + `</article></body></html>`
	r := extract15(t, "https://www.example.com/news/story", page)
	if want := time.Date(2013, 7, 18, 8, 14, 0, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", r.Published, want)
	}
}

// A dateline element that opens the first paragraph stays in the story's opening.
func TestDatelineSpanKept(t *testing.T) {
	page := `<html lang="en"><head></head><body><div class="story"><h1>A headline long enough to count here</h1>
<p class="Text_Body"><span class="dateline">FRESNO </span>– The county board met on Monday to weigh the new budget and passed it after a long debate.</p>` + storyTextP2 + `</div></body></html>`
	r := extract15(t, "https://www.example.com/news/story", page)
	if !strings.HasPrefix(r.Body, "FRESNO") {
		t.Errorf("Body opens %.60q, want the dateline", r.Body)
	}
}

// A long caption element right after the lead photo, above the story, is the photo's caption:
// junk to the body, however long; the same words with no picture before them are not.
func TestLongCaptionAfterPhoto(t *testing.T) {
	caption := "Courtesy County Archive In this 1998 photograph the old bridge over the river can be seen from the north bank, shortly before the flood that closed it for two years and led the board to plan the new crossing that opens this week to traffic. The county kept the picture in its archive until last spring, when a volunteer found it in a box of survey papers and scanned it for the exhibition."
	for _, tt := range []struct {
		name, html string
		want       bool
	}{
		{"after the photo", `<div id="mainContent"><a href="/gallery/1"><img id="mainPhoto" src="/img/bridge.jpg"></a>
<div id="lgPhotoCaption">` + caption + `</div><div id="headline">A headline</div></div>`, true},
		{"no photo before it", `<div id="mainContent"><div id="headline">A headline</div><div id="lgPhotoCaption">` + caption + `</div></div>`, false},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tt.html + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		n := findElement(doc, func(n *html.Node) bool { return attr(n, "id") == "lgPhotoCaption" })
		if got := isJunk(n, nil); got != tt.want {
			t.Errorf("%s: isJunk = %v, want %v", tt.name, got, tt.want)
		}
	}
}
