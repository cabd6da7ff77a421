package extract

import (
	"strings"
	"testing"
	"time"
)

// storyText32 is a plain story for date32's pages.
var storyText32 = "<p>" + strings.Repeat("The harbour board met on Tuesday and agreed to rebuild the old pier before the winter storms. ", 6) + "</p>"

// TestRelativeTimeElement32: GitHub's time elements (<relative-time>, <time-ago>, <local-time>)
// print an age ("4 years ago") or a clock a script formats in the reader's zone, and state the
// instant in their datetime as a <time> does (issue 20, date32). On main the element was no
// date at all: its text is no date, and its name is no date class. An element of another
// name with a datetime and no date class still dates nothing.
func TestRelativeTimeElement32(t *testing.T) {
	for _, c := range []struct{ name, stamp, want string }{
		{"relative-time", `<relative-time datetime="2020-07-07T12:10:51Z" class="no-wrap">4 years ago</relative-time>`, "2020-07-07T12:10:51Z"},
		{"time-ago", `<time-ago datetime="2019-03-04T08:15:00Z">5 years ago</time-ago>`, "2019-03-04T08:15:00Z"},
		{"local-time", `<local-time datetime="2021-11-02T16:40:00Z" month="short" day="numeric"></local-time>`, "2021-11-02T16:40:00Z"},
		{"other element", `<span-x datetime="2021-11-02T16:40:00Z">a while ago</span-x>`, "0001-01-01T00:00:00Z"},
	} {
		page := `<html lang="en"><head><title>Pier rebuild agreed</title></head><body><h1>Pier rebuild agreed</h1>
<div class="meta">Opened by harbourmaster ` + c.stamp + `</div>` + storyText32 + `</body></html>`
		r, err := Extract("https://www.example.org/harbour/pier-rebuild", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.UTC().Format(time.RFC3339); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
}

// TestImageHostPlace32: a page on a generic domain that names no region, prints its clocks
// without a zone and draws its pictures from a country domain (a .com whose photos
// cdn.….co.za serves) is dated in that country's zone (issue 20, date32; on main the clock
// was UTC). Two pictures, a country of several zones, or a page whose pictures mostly come
// from elsewhere place nothing.
func TestImageHostPlace32(t *testing.T) {
	pics := func(host string, n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(`<img src="https://` + host + `/files/pier-` + string(rune('a'+i)) + `.jpg" alt="The pier">`)
		}
		return b.String()
	}
	for _, c := range []struct{ name, pics, want string }{
		{"three on .co.za", pics("cdn.harbour.co.za", 3), "2014-04-02T07:11:00+02:00"},
		{"protocol-relative .ke", strings.ReplaceAll(pics("img.harbour.co.ke", 4), "https:", ""), "2014-04-02T07:11:00+03:00"},
		{"two on .co.za", pics("cdn.harbour.co.za", 2), "2014-04-02T07:11:00Z"},
		{"several zones (.com.au)", pics("cdn.harbour.com.au", 3), "2014-04-02T07:11:00Z"},
		{"mostly elsewhere", pics("cdn.harbour.co.za", 3) + pics("images.example.net", 4), "2014-04-02T07:11:00Z"},
	} {
		page := `<html lang="en"><head><title>Pier rebuild agreed</title></head><body><h1>Pier rebuild agreed</h1>
<p class="date">2014-04-02 07:11</p>` + c.pics + storyText32 + `</body></html>`
		r, err := Extract("https://www.harbournews.com/news/pier-rebuild-20140401", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.Format(time.RFC3339); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
}

// absoluteHost reads the host of an absolute or protocol-relative address and nothing of a
// relative one or a bare scheme.
func TestAbsoluteHost32(t *testing.T) {
	for in, want := range map[string]string{
		"https://CDN.24.co.za/files/a.jpg": "cdn.24.co.za", "HTTP://img.example.co.ke:8080/a.jpg": "img.example.co.ke",
		"//cdn.example.co.za?x=1": "cdn.example.co.za", " http://a.example.org#f ": "a.example.org",
		"/files/a.jpg": "", "": "", "http://": "", "https://": "", "//": "", "data:image/png;base64,xx": "",
	} {
		if got := absoluteHost(in); got != want {
			t.Errorf("absoluteHost(%q) = %q, want %q", in, got, want)
		}
	}
}
