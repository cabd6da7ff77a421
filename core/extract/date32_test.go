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
