package extract

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"paperboy/core/pubdate"
)

// TestLiteralOffsetAfterHourOffset31: date31 taught pubdate to read an offset with a one-digit
// hour ("+3:30") and new31 reads such a literal as the region's wall clock (summer time in
// force in July in Tehran); merged, the stated offset won before new31's rule was asked and the
// value kept +03:30 (issue 20, fuzz31 over date31 and new31). The value is the region's wall
// clock, under JSON-LD and a meta alike; a two-digit offset and a page placed nowhere keep what
// they state.
func TestLiteralOffsetAfterHourOffset31(t *testing.T) {
	story := `<p>` + strings.Repeat("شورای شهر روز دوشنبه بودجه سال آینده را پس از بحثی طولانی تصویب کرد. ", 8) + `</p>`
	for _, c := range []struct{ name, head, want string }{
		{"JSON-LD, summer", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2014-07-09T01:14:00+3:30"}</script>`, "2014-07-09T01:14:00+04:30"},
		{"meta, summer", `<meta property="article:published_time" content="2014-07-09T01:14:00.00+3:30">`, "2014-07-09T01:14:00+04:30"},
		{"meta, winter", `<meta property="article:published_time" content="2014-01-09T01:14:00.00+3:30">`, "2014-01-09T01:14:00+03:30"},
		{"two-digit offset, summer", `<meta property="article:published_time" content="2014-07-09T01:14:00+03:30">`, "2014-07-09T01:14:00+03:30"},
	} {
		page := `<html lang="fa"><head><title>شورای شهر بودجه را تصویب کرد</title>` + c.head + `</head><body><h1>شورای شهر بودجه را تصویب کرد</h1>` + story + `</body></html>`
		r, err := Extract("https://www.example.ir/news/13930418000036", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.Format(time.RFC3339); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
	tehran, err := time.LoadLocation("Asia/Tehran")
	if err != nil {
		t.Skip(err)
	}
	// literalWallClock (date32) reads the stamp pubdate marks as a literal offset in loc.
	for _, c := range []struct {
		v    string
		loc  *time.Location
		want string
	}{
		{"2014-07-09T01:14:00.00+3:30", tehran, "2014-07-09T01:14:00+04:30 false"},
		{" 2014-07-09T01:14:00.25+3:30 ", tehran, "2014-07-09T01:14:00+04:30 false"},
		{"2014-01-09T01:14:00+3:30", tehran, "2014-01-09T01:14:00+03:30 false"},
		{"2014-07-09T01:14:00+5:30", tehran, "2014-07-09T01:14:00+05:30 true"},
		{"2014-07-09T01:14:00+3:30", time.FixedZone("", 12600), "2014-07-09T01:14:00+03:30 true"},
		{"2014-07-09T01:14:00+3:30", nil, "2014-07-09T01:14:00+03:30 true"},
		{"2014-07-09T01:14:00+03:30", tehran, "2014-07-09T01:14:00+03:30 true"},
	} {
		st, ok := pubdate.Parse(c.v, pubdate.Context{})
		if !ok {
			t.Fatalf("%q not read", c.v)
		}
		st = literalWallClock(st, c.loc)
		if got := st.Time.Format(time.RFC3339Nano) + " " + strconv.FormatBool(st.Zoned); got != c.want {
			t.Errorf("literalWallClock(%q, %v) = %q, want %q", c.v, c.loc, got, c.want)
		}
	}
}
