package extract_test

import (
	"slices"
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestReadersClockInPageZone: a zone-less value written for readers, with a 12-hour clock, in a
// meta or an hAtom title is the newsroom's printed clock, read in the page's zone, not as UTC.
func TestReadersClockInPageZone(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a meta value with a 12-hour clock on a US page is Eastern",
			"https://www.example.com/news/2010/08/store_robbed.html",
			`<html lang="en"><head><title>Police investigate robbery at store</title>
<meta name="article_date_original" content="Thursday, August 19, 2010, 11:16 PM"></head><body>
<h1>Police investigate robbery at store</h1>
<h5>Published: Thursday, August 19, 2010, 11:16 PM</h5>` + undated + `</body></html>`,
			time.Date(2010, 8, 20, 3, 16, 0, 0, time.UTC)},
		{"an hAtom title with a 12-hour clock on a Canadian page is Toronto's",
			"https://news.example.ca/2010/07/23/cleanup-on-hold/",
			`<html lang="en"><head><title>Cleanup on hold as storm nears</title></head><body>
<h1 class="entry-title">Cleanup on hold as storm nears</h1>
<div class="postTime"><abbr class="published updated" title="Jul 23rd 2010 &ndash; 8:07AM">Jul 23rd 2010 &ndash; 8:07AM</abbr></div>` + undated + `</body></html>`,
			time.Date(2010, 7, 23, 12, 7, 0, 0, time.UTC)},
	})
}

// TestAPClockWithoutLastDot: "7:00 p.m" with its last dot left off is AP style, so the page is
// read as a US page.
func TestAPClockWithoutLastDot(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a p.m without its last dot marks a US page",
			"https://www.example.com/node/50192",
			`<html lang="en"><head><title>City waits for funds</title></head><body>
<h1>City waits for funds</h1>
<div id="byline">By Jane Example</div>
<div id="date">December 12, 2004 | 7:00 p.m</div>` + undated + `</body></html>`,
			time.Date(2004, 12, 13, 0, 0, 0, 0, time.UTC)},
	})
}

// TestHAtomTitleStatesOffset: an hAtom title with an offset states the page's zone, which its
// zone-less printed clock is then read in.
func TestHAtomTitleStatesOffset(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"the offset of an hAtom updated title dates the printed clock",
			"https://www.example.com/news/2010/jan/15/crews-ready-for-storms/",
			`<html lang="en"><head><title>Crews ready for storms</title></head><body>
<h1>Crews ready for storms</h1>
<p class="date">Posted January 15, 2010 at 3:36 p.m.</p>
<abbr class="updated" title="2010-01-15T15:36:00-08:00"></abbr>` + undated + `</body></html>`,
			time.Date(2010, 1, 15, 23, 36, 0, 0, time.UTC)},
	})
}

// TestClockBeforeNumericDate: a 12-hour clock with AM/PM before an ambiguous numeric date is
// the American byline: month first, and a US page.
func TestClockBeforeNumericDate(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"1:04 PM on 05/07/2010 is May 7 in New York",
			"https://www.example.com/money/authorities-investigating-market-swing.php",
			`<html><head><title>Authorities will investigate market swing</title></head><body>
<h1>Authorities will investigate market swing</h1>
<p class="article_author">By Example Staff</p>
<p class="article_date"> 1:04 PM on 05/07/2010</p>` + undated + `</body></html>`,
			time.Date(2010, 5, 7, 17, 4, 0, 0, time.UTC)},
	})
}

// TestOutletAfterPlace: the site's name after its city ("Pittsburgh Post-Gazette" on
// post-gazette.com, an author meta "Honolulu Star-Advertiser") is the outlet, and a post after
// the paper's word ("Globe Columnist") is no name.
func TestOutletAfterPlace(t *testing.T) {
	cases := []struct{ name, url, html string }{
		{"a byline's outlet after the writer", "https://www.post-gazette.com/business/2009/03/10/franchising/",
			`<html lang="en"><head><title>Franchising opens opportunities</title></head><body>
<h1>Franchising opens opportunities</h1>
<div class="byline">By Jane Q. Example, Pittsburgh Post-Gazette</div>` + undated + `</body></html>`},
		{"an author meta naming the outlet under a printed byline", "https://www.staradvertiser.com/news/20110311_visitors_praise.html",
			`<html lang="en"><head><title>Visitors praise evacuation</title>
<meta name="author" content="Honolulu Star-Advertiser"></head><body>
<h1>Visitors praise evacuation</h1>
<p>By Jane Q. Example</p>` + undated + `</body></html>`},
		{"a post after the paper's word", "https://www.example.com/sports/2010/11/19/still_gets_a_kick/",
			`<html lang="en"><head><title>He still gets a kick out of it</title></head><body>
<h1>He still gets a kick out of it</h1>
<div class="byline">Jane Q. Example, Globe Columnist / Nov 19, 2010</div>` + undated + `</body></html>`},
		{"the outlet in brackets after the name", "https://www.example.com.au/article/12345/failed_alliances/",
			`<html lang="en"><head><title>Failed alliances create opportunities</title>
<meta property="og:site_name" content="Exampleworld"></head><body>
<h1>Failed alliances create opportunities</h1>
<ul><li id="article_author"><a href="/author/2104547616/jane-q-example/articles">Jane Q. Example</a> (Exampleworld)</li></ul>` + undated + `</body></html>`},
		{"a bold By line in a table cell under the headline", "https://www.example.com/golf/story/13981234",
			`<html lang="en"><head><title>Two players in odd position</title></head><body>
<h1 class="storyhdl">Two players in odd position</h1>
<table><tr><td><div class="spacer10">&nbsp;</div>
<strong>By <a href="/columns/writers/example">Jane Q. Example</a></strong><br/>
<strong>Example.com Senior Writer</strong><br><span class="storydate">Sep. 29, 2010</span></td></tr></table>` + undated + `</body></html>`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := extract.Extract(c.url, []byte(c.html))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(r.Authors, []string{"Jane Q. Example"}) {
				t.Errorf("Authors = %q, want [Jane Q. Example]", r.Authors)
			}
		})
	}
}

// TestMetaNamesRunTogether: an author meta that ran the byline's two names together ("Alyson
// BrodsyTom Coyne") yields to the printed byline that spells them apart.
func TestMetaNamesRunTogether(t *testing.T) {
	page := `<html lang="en"><head><title>Talks continue as strike nears</title>
<meta name="author" content="Jane ExampleTom Sample"></head><body>
<h1>Talks continue as strike nears</h1>
<div class="byline">By Jane Example and Tom Sample | The Associated Press</div>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/index.php/2005/01/12/talks-continue", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Jane Example", "Tom Sample"}; !slices.Equal(r.Authors, want) {
		t.Errorf("Authors = %q, want %q", r.Authors, want)
	}
}

// TestScriptWrittenDate: a date element whose inline script writes the date from a quoted
// literal ("Posted: <script>renderDate('Thursday, November 25, 2010 1:15 AM EST')</script>")
// dates the page with that literal.
func TestScriptWrittenDate(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"the script's date literal completes the labelled date element",
			"https://www.example.com/story/13567890/battle-over-pm-must-form-government",
			`<html lang="en-us"><head><title>Battle over, PM must form government</title></head><body>
<h1>Battle over, PM must form government</h1>
<em class="wnDate">Posted: <script type="text/javascript">renderDate('Thursday, November 25, 2010 1:15 AM EST', '', true);</script></em>
<em class="wnDate">Updated: <script type="text/javascript">renderDate('Sunday, November 28, 2010 10:09 AM EST', '', true);</script></em>` + undated + `</body></html>`,
			time.Date(2010, 11, 25, 6, 15, 0, 0, time.UTC)},
	})
}

// TestWriterBeforePaperName: a writer's two names run onto the paper's full name stay a writer.
func TestWriterBeforePaperName(t *testing.T) {
	page := `<html lang="en"><head><title>Suspect arrested</title>
<meta property="og:site_name" content="Las Vegas Review-Journal"></head><body>
<h1>Suspect arrested</h1>
<div class="byline">Jane Example Las Vegas Review-Journal</div>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.reviewjournal.com/crime/suspect-arrested-1234567/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Authors) != 1 || r.Authors[0] == "" {
		t.Errorf("Authors = %q, want the writer", r.Authors)
	}
}
