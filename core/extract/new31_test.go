package extract

import (
	"strings"
	"testing"
	"time"
)

// Synthetic pages for the forms the thirty-first round's new sets missed (issue 20, branch new31).

// storyText31 is a story's text long enough to be read as one.
var storyText31 = "<p>" + strings.Repeat("The district council met on Monday to discuss the new budget and approved it after a long debate. ", 6) + "</p>"

// A table layout prints the story's photo in a column beside the text, linked to the story's own
// enlargement page ("story12_image1.htm" beside "story12.htm"); with no image metadata that photo
// leads. A teaser's photo linking to another story, and a front-page logo, do not.
func TestOwnPageImage(t *testing.T) {
	page := func(link, src string) string {
		return `<html><body><table><tr><td><div class="left_col"><a href="` + link + `"><img src="` + src + `" width="180" class="photo"></a></div></td>
<td><div class="content_col"><h1>Council approves the budget</h1>` + storyText31 + `</div></td></tr></table></body></html>`
	}
	for _, c := range []struct{ name, link, src, want string }{
		{"own enlargement page", "story12_image1.htm?Mode=1", "pic_12a.jpg", "http://news.example.com/20120517/pic_12a.jpg"},
		{"own gallery, hyphenated", "/20120517/story12-gallery_pos-1.html", "/img/pic.jpg", "http://news.example.com/img/pic.jpg"},
		{"another story", "story13.htm", "pic_13a.jpg", ""},
		{"front page", "/index.htm", "pic_12a.jpg", ""},
		{"another directory", "/20120518/story12_image1.htm", "pic_12a.jpg", ""},
	} {
		r, err := Extract("http://news.example.com/20120517/story12.htm", []byte(page(c.link, c.src)))
		if err != nil {
			t.Fatal(err)
		}
		if r.ImageURL != c.want {
			t.Errorf("%s: image %q, want %q", c.name, r.ImageURL, c.want)
		}
	}
}

// A metadata time whose offset is a fixed string with a one-digit hour ("+3:30", Iran's
// standard offset) is the newsroom's wall clock: in July Tehran kept +04:30, and the clock is
// read so, not as UTC. In January the string and the zone agree.
func TestLiteralOffsetClock(t *testing.T) {
	page := func(stamp string) string {
		return `<html lang="fa"><head><title>شورای شهر بودجه را تصویب کرد</title><meta name="dc.Date" content="` + stamp + `"></head><body>
<h1>شورای شهر بودجه را تصویب کرد</h1><p>` + strings.Repeat("شورای شهر روز دوشنبه بودجه سال آینده را پس از بحثی طولانی تصویب کرد. ", 8) + `</p></body></html>`
	}
	for _, c := range []struct{ name, stamp, want string }{
		{"summer", "2014-07-09T01:14:00.00+3:30", "2014-07-09T01:14:00+04:30"},
		{"winter", "2014-01-09T01:14:00.00+3:30", "2014-01-09T01:14:00+03:30"},
	} {
		r, err := Extract("https://www.example.com/newstext.php?nn=13930418000036", []byte(page(c.stamp)))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.Format(time.RFC3339); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
}

// A metadata time an hour after the clock the page prints with its zone's summer name, in
// that same offset, is the wall clock taken for UTC and given the summer hour again: the
// printed clock is the publication. In winter the hour is no summer hour, and the metadata stands.
func TestSummerHourTwice(t *testing.T) {
	page := func(meta, printed string) string {
		return `<html lang="en-GB"><head><title>Investment column: a group</title><meta property="article:published_time" content="` + meta + `"></head><body>
<h1>Investment column: a group</h1><ul class="meta"><li><time>` + printed + `</time></li></ul>` + storyText31 + `</body></html>`
	}
	for _, c := range []struct{ name, meta, printed, want string }{
		{"summer", "2005-07-12T00:15:00+01:00", "Monday 11 July 2005 23:15 BST", "2005-07-11T23:15:00+01:00"},
		{"summer, the print agrees", "2005-07-11T23:15:00+01:00", "Monday 11 July 2005 23:15 BST", "2005-07-11T23:15:00+01:00"},
		{"winter", "2005-01-12T00:15:00+00:00", "Tuesday 11 January 2005 23:15 GMT", "2005-01-12T00:15:00Z"},
	} {
		r, err := Extract("https://www.example.co.uk/news/business/investment-column-a-group-1103208.html", []byte(page(c.meta, c.printed)))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.Format(time.RFC3339); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
}

// A byline whose labelled credit is a desk's ("By: Express News Service") names no writer, and
// the dateline printed on its next line ("New Delhi | March 22, 2023 10:50 IST") is the place,
// not a second try at one. A label alone on its line still leads to the name under it.
func TestDeskCreditThenDateline(t *testing.T) {
	page := func(byline string) string {
		return `<html lang="en"><head><title>Court releases a lawyer</title></head><body><h1>Court releases a lawyer</h1>
<div class="editor" id="storycenterbyline"><div>` + byline + `</div></div>` + storyText31 + `</body></html>`
	}
	for _, c := range []struct {
		name, byline string
		want         []string
	}{
		{"a desk, then the dateline", `By: <a href="/agency/express-news-service/">Express News Service</a> </br>New Delhi | <span>March 22, 2023 10:50 IST</span>`, nil},
		{"a writer, then the dateline", `By: <a href="/profile/author/jane-roe/">Jane Roe</a> </br>New Delhi | <span>March 22, 2023 10:50 IST</span>`, []string{"Jane Roe"}},
		{"the label alone over the name", `By<br>Jane Roe | <span>March 22, 2023 10:50 IST</span>`, []string{"Jane Roe"}},
	} {
		r, err := Extract("https://www.example.com/article/cities/delhi/court-releases-a-lawyer-8511700/", []byte(page(c.byline)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(r.Authors, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: authors %q, want %q", c.name, r.Authors, c.want)
		}
	}
}

// An author-classed line closing a guest column prints the writer's firm and post run
// together, a space, the name and a bracketed disclaimer: the name is the writer.
func TestZhPostedSignature(t *testing.T) {
	story := `<div class="content">` + strings.Repeat("隨着銀行業波動加劇，市場銀根收緊，投機者共計賣出大量原油期貨合約。", 8) + `</div>`
	page := func(sig string) string {
		return `<html lang="zh-HK"><head><title>商品分析：金屬反彈</title></head><body><h1>商品分析：金屬反彈</h1>` + story +
			`<div class="paragraph author">` + sig + `</div></body></html>`
	}
	for _, c := range []struct {
		name, sig string
		want      []string
	}{
		{"firm and post, the name, a disclaimer", "某某金融大中華區市場策略師 陳大文（上述僅為市場資訊提供，並不構成投資建議）", []string{"陳大文"}},
	} {
		r, err := Extract("https://news.example.com/content/odn-20230329-0329_00210_051", []byte(page(c.sig)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(r.Authors, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: authors %q, want %q", c.name, r.Authors, c.want)
		}
	}
}

// An agency's labelled credit over its writer's name on a line of its own ("By Associated
// Press", the date, then the name) still credits the writer: only a dated next line is a
// dateline, whose place is no writer.
func TestAgencyCreditOverWriter(t *testing.T) {
	for _, c := range []struct{ block, want string }{
		{"By Associated Press Jun 24, 2020, 3:53pm CDT\n\nJane Roe", "Jane Roe"},
		{"By: Express News Service\n\nNew Delhi | March 22, 2023 10:50 IST", ""},
	} {
		if got := strings.Join(bylineNames(c.block), "; "); got != c.want {
			t.Errorf("%q: names %q, want %q", c.block, got, c.want)
		}
	}
}
