package extract

import (
	"strings"
	"testing"
	"time"
)

// new22cStory is a story's text long enough for the body rules to take it.
var new22cStory = strings.Repeat("The council met on Monday to debate the new budget and passed it after a long session. ", 6)

// new22cPage wraps a headline block and the story in a page at addr.
func new22cPage(t *testing.T, addr, head, top string) *Result {
	t.Helper()
	page := "<html><head><title>Council passes the budget after a long night</title>" + head + "</head><body><div id=story>" +
		"<h1>Council passes the budget after a long night</h1>" + top + "<p>" + new22cStory + "</p><p>" + new22cStory + "</p></div></body></html>"
	r, err := Extract(addr, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A wire-era stamp prints its update on a four-digit 24-hour clock in GMT, with the same moment
// on another desk's clock in parentheses: "May 21, 2010 -- Updated 0453 GMT (1253 HKT)",
// "Updated 0548 GMT (1348 HKT) March 28, 2017". Where the page states no other time, that update
// is the best bound on when the story appeared.
func TestWireClockStamp(t *testing.T) {
	for _, c := range []struct {
		name, top, want string
	}{
		{"the day before the label", `<div class="timestamp">May 21, 2010 -- Updated 0453 GMT (1253 HKT)</div>`, "2010-05-21T04:53:00Z"},
		{"the clock before the day", `<p class="update-time">Updated 0548 GMT (1348 HKT) March 28, 2017</p>`, "2017-03-28T05:48:00Z"},
		{"the edition's form written by a script",
			`<div class="cnn_strytmstmp"><script type="text/javascript">if(location.hostname.indexOf( 'edition.' ) > -1) {document.write('May 21, 2010 -- Updated 0453 GMT (1253 HKT)');} else {document.write('May 21, 2010 12:53 a.m. EDT');}</script></div>`,
			"2010-05-21T04:53:00Z"},
	} {
		r := new22cPage(t, "https://www.example.com/news/council-passes-the-budget/index.html", "", c.top)
		if got := r.Published.UTC().Format(time.RFC3339); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
}

// wireStamp rewrites only a labelled four-digit clock in GMT or UTC: a year, a count or a clock
// in another zone stays as printed.
func TestWireStampLeavesOtherText(t *testing.T) {
	for in, want := range map[string]string{
		"May 21, 2010 -- Updated 0453 GMT (1253 HKT)": "Updated May 21, 2010 04:53 GMT",
		"Updated 0548 GMT (1348 HKT) March 28, 2017":  "Updated 05:48 GMT March 28, 2017",
		"Posted: 2315 UTC, April 8, 2017":             "Posted: 23:15 UTC, April 8, 2017",
		"Updated 2010 GMT (0410 HKT) March 14, 2021":  "Updated 20:10 GMT March 14, 2021",
		"May 21, 2010 -- Updated 0453 EDT":            "May 21, 2010 -- Updated 0453 EDT",
		"Updated 2460 GMT, May 21, 2010":              "Updated 2460 GMT, May 21, 2010",
		"In 2010 GMT was the reference":               "In 2010 GMT was the reference",
	} {
		if got := wireStamp(in); got != want {
			t.Errorf("wireStamp(%q) = %q, want %q", in, got, want)
		}
	}
}

// A script that writes one of its forms of the stamp is read; one that writes what a function
// builds (a list's renderer of other stories' stamps) is not.
func TestPrintedWrites(t *testing.T) {
	for in, want := range map[string]string{
		`if(location.hostname.indexOf( 'edition.' ) > -1) {document.write('May 21, 2010 -- Updated 0453 GMT (1253 HKT)');} else {document.write('May 21, 2010 12:53 a.m. EDT');}`: "Updated May 21, 2010 04:53 GMT",
		`if (edition) { document.write("Posted June 3, 2010"); } else { document.write("June 3, 2010 12:57 p.m. EDT"); }`:                                                         "June 3, 2010 12:57 p.m. EDT",
		`document.write(cnnRenderTimeStamp(1275584243457,['June 3, 2010 -- Updated 1657 GMT (0057 HKT)','updated 12:57 p.m. EDT, Thu June 3, 2010']));`:                           "",
		`if (x) {document.write('<a href="/">Home</a>');} else {document.write('Welcome back, reader');}`:                                                                         "",
	} {
		if got := printedDate(in); got != want {
			t.Errorf("printedDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// A byline names the writer's bureau or desk after a comma ("By David Savage, Washington
// Bureau", "By Jane Roe, Tribune Washington Bureau"): a place of the newsroom, no co-author.
func TestBylineBureauCredit(t *testing.T) {
	for _, c := range []struct {
		byline string
		want   []string
	}{
		{"By David Savage, Washington Bureau", []string{"David Savage"}},
		{"By Jane Roe and John Doe, Tribune Washington Bureau", []string{"Jane Roe", "John Doe"}},
		{"By Jane Roe, Moscow bureau", []string{"Jane Roe"}},
		{"By Jane Roe, Middle East Bureau Chief", []string{"Jane Roe"}},
		{"By Jane Roe and Jérôme Bureau", []string{"Jane Roe", "Jérôme Bureau"}},
	} {
		r := new22cPage(t, "https://www.example.com/news/council-passes-the-budget/index.html", "",
			`<span class="byline">`+c.byline+`</span><div class="date">September 15, 2011, 9:29 p.m.</div>`)
		checkAuthors(t, c.byline, r.Authors, c.want)
	}
}

// A column's page may print its writer only as the head shot opening the column, captioned
// with the name its image's alt text repeats, under a kicker naming the column ("Op-Ed
// Columnist"). A news picture captioned with a bare name, under no such kicker, credits no writer.
func TestColumnHeadShotByline(t *testing.T) {
	shot := `<figure class="related-asset article-asset-inline"><div class="image-container"><img src="/images/roeburn-circular-thumbLarge.png" alt="Jane Roeburn"/></div><figcaption class="text-container"><div class="heading">Jane Roeburn</div></figcaption></figure>`
	for _, c := range []struct {
		name, kicker, figure string
		want                 []string
	}{
		{"a column's head shot", `<div class="kicker">Op-Ed Columnist</div>`, shot, []string{"Jane Roeburn"}},
		{"a news picture of a person", `<div class="kicker">Politics</div>`, shot, nil},
		{"a column's picture with a longer caption", `<div class="kicker">Opinion</div>`,
			`<figure><img src="/images/roeburn.jpg" alt="Jane Roeburn"><figcaption>Jane Roeburn speaks to the council</figcaption></figure>`, nil},
	} {
		page := "<html><head><title>Council passes the budget after a long night</title></head><body><article><header>" + c.kicker +
			"<h1>Council passes the budget after a long night</h1><h6 class=dateline>February 26, 2016</h6></header><div class=article-body>" +
			c.figure + "<p>" + new22cStory + "</p><p>" + new22cStory + "</p></div></article></body></html>"
		r, err := Extract("https://www.example.com/2016/02/26/opinion/council-passes-the-budget.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.name, r.Authors, c.want)
	}
}
