package extract

import (
	"strings"
	"testing"
	"time"

	"paperboy/core/pubdate"
)

// storyText34 is a plain story for date34's pages.
var storyText34 = "<p>" + strings.Repeat("The ferry company said on Monday that the night crossing would run again from the spring. ", 6) + "</p>"

// TestEnglishWeekdayBeforeClock34: an English weekday between a numeric date and its clock, as
// Japanese and Korean sites print in English letters ("2016.08.07 Sun 11:30", "2016/08/07 (Sun)
// 11:30", "2016.08.07 Sun posted at 11:30 JST"), no longer cuts the clock off the date (issue 20,
// date34; on main each read as the bare date). An update's clock ("Sun updated at") and a
// weekday not after a date stay unread.
func TestEnglishWeekdayBeforeClock34(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2016.08.07 Sun posted at 11:30 JST", "2016-08-07T11:30:00+09:00"},
		{"2016.08.07 Sun 11:30 JST", "2016-08-07T11:30:00+09:00"},
		{"2016/08/07 (Sun) 11:30 JST", "2016-08-07T11:30:00+09:00"},
		{"2016-08-07 Sunday, 11:30 JST", "2016-08-07T11:30:00+09:00"},
		{"2019.3.4 Mon. 8:15 JST", "2019-03-04T08:15:00+09:00"},
		{"2016.08.07 Sun updated at 11:30 JST", "2016-08-07T00:00:00Z"},
		{"2016.08.07 Sunk 11:30 JST", "2016-08-07T00:00:00Z"},
	} {
		st, _, _, ok := pubdate.Find(c.in, pubdate.Context{})
		if got := st.Time.Format(time.RFC3339); !ok || got != c.want {
			t.Errorf("Find(%q) = %s, %v; want %s", c.in, got, ok, c.want)
		}
	}
	page := `<html lang="ja"><head><title>Night ferry returns</title></head><body><h1>Night ferry returns</h1>
<div id="pubdate" style="display:none">2016年08月07日</div>
<p class="datetime">2016.08.07 Sun posted at 11:30 JST</p>` + storyText34 + `</body></html>`
	r, err := Extract("https://www.example.co.jp/travel/night-ferry.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Published.Format(time.RFC3339), "2016-08-07T11:30:00+09:00"; got != want {
		t.Errorf("page: published %s, want %s", got, want)
	}
}
