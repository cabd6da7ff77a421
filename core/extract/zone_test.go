package extract_test

import (
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
	"paperboy/core/extract/evaluate"
)

func TestZonelessDates(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	page := func(lang, head, byline string) []byte {
		return []byte(`<html lang="` + lang + `"><head><title>Budget passes</title>` + head + `</head><body><article>` +
			`<p class="byline">By Jane Roe on ` + byline + `</p><p>` + strings.Repeat("The council approved the budget. ", 12) +
			`</p></article></body></html>`)
	}
	const visible = "Monday, November 18th, 2019 at 11:08 a.m."
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name string
		url  string
		html []byte
		opts extract.Options
		want time.Time
	}{
		{"no hint is UTC", "https://example.com/a", page("en", "", "Monday, November 18th, 2019 at 11:08"), extract.Options{}, utc("2019-11-18T11:08:00Z")},
		{"AP-style a.m. without region is US Eastern", "https://example.com/a", page("en", "", visible), extract.Options{}, utc("2019-11-18T16:08:00Z")},
		{"12-hour clock after a month-first date without region is US Eastern", "https://example.com/a", page("en", "", "Dec 1st 2016 1:01PM"), extract.Options{}, utc("2016-12-01T18:01:00Z")},
		{"12-hour clock after a day-first date is not American", "https://example.com/a", page("en", "", "1 December 2016 1:01pm"), extract.Options{}, utc("2016-12-01T13:01:00Z")},
		{"configured zone", "https://example.com/a", page("en", "", visible), extract.Options{Zone: ny}, utc("2019-11-18T16:08:00Z")},
		{"region of the language tag", "https://example.com/a", page("en-US", "", visible), extract.Options{}, utc("2019-11-18T16:08:00Z")},
		{"region of og:locale", "https://example.com/a", page("en", `<meta property="og:locale" content="en_GB">`, "July 1, 2019 at 9:00 a.m."),
			extract.Options{}, utc("2019-07-01T08:00:00Z")}, // BST
		{"country-code domain", "https://www.example.de/a", page("", "", "November 18, 2019 at 11:08 a.m."), extract.Options{}, utc("2019-11-18T10:08:00Z")},
		{"offset stated on another timestamp", "https://example.com/a",
			page("en", `<meta property="article:modified_time" content="2019-11-19T10:00:00-06:00">`, visible), extract.Options{Zone: ny},
			utc("2019-11-18T17:08:00Z")},
		{"stated offset picks the named zone that agrees (DST)", "https://example.com/a",
			page("en-US", `<meta property="article:modified_time" content="2019-07-01T10:00:00-04:00">`, visible), extract.Options{},
			utc("2019-11-18T16:08:00Z")},
		{"UTC stated elsewhere is no evidence", "https://example.com/a",
			page("en-US", `<meta property="article:modified_time" content="2019-11-19T10:00:00Z">`, visible), extract.Options{},
			utc("2019-11-18T16:08:00Z")},
		{"machine value without offset ignores the region guess", "https://example.com/a",
			page("en-US", `<meta property="article:published_time" content="2019-11-18T11:08:00">`, visible), extract.Options{},
			utc("2019-11-18T11:08:00Z")},
		{"machine value without offset takes the configured zone", "https://example.com/a",
			page("en", `<meta property="article:published_time" content="2019-11-18T11:08:00">`, visible), extract.Options{Zone: ny},
			utc("2019-11-18T16:08:00Z")},
		{"Chinese text without a language tag is UTC+8", "https://example.com/a",
			[]byte(`<html><body><h1>这个约会软件想用你和对方的相似好恶来帮你找对象</h1><p>谢若含 2017-03-01 14:27:02</p><p>` +
				strings.Repeat("这个约会软件想用你和对方的相似好恶来帮你找对象。", 6) + `</p></body></html>`),
			extract.Options{}, utc("2017-03-01T06:27:02Z")},
		{"a template's lang=\"en\" on Chinese text: the script wins, UTC+8", "https://example.com/a",
			[]byte(`<html lang="en"><body><h1>坚定实施扩大内需战略</h1><p>2020-07-04 12:10:24 来源：求是网</p><p>` +
				strings.Repeat("中国正处于近代以来最好的发展时期，世界正面临着百年未有之大变局。", 6) + `</p></body></html>`),
			extract.Options{}, utc("2020-07-04T04:10:24Z")},
		{"a charset declared as the language is no language: Chinese text is UTC+8", "https://example.com/a",
			[]byte(`<html><head><meta http-equiv="Content-Language" content="utf-8"></head><body><h1>女儿出嫁，画了几笔兰花当嫁妆</h1>` +
				`<div class="box01"><div class="fl">2019年06月15日08:18 来源：文化频道</div></div><p>` +
				strings.Repeat("父亲的教诲像一盏灯，为我们照亮前行的路。", 8) + `</p></body></html>`),
			extract.Options{}, utc("2019-06-15T00:18:00Z")},
		{"Japanese text without a language tag is JST, not Chinese", "https://example.com/a",
			[]byte(`<html><body><h1>ファインの新聞ストッカーは引越しにも使える</h1><p>2019-03-26 10:00</p><p>` +
				strings.Repeat("ついつい溜めてしまい、気がつくとかさばって捨てるのにも苦労する新聞紙。", 6) + `</p></body></html>`),
			extract.Options{}, utc("2019-03-26T01:00:00Z")},
		{"Korean stays KST", "https://example.co.kr/a",
			[]byte(`<html lang="ko"><body><p>기사입력 : 2022-10-15 23:03</p><p>카카오톡이 멈췄다.</p></body></html>`),
			extract.Options{Zone: ny}, utc("2022-10-15T14:03:00Z")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.ExtractWith(tt.url, tt.html, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if !r.Published.Equal(tt.want) {
				t.Errorf("Published = %v, want %v", r.Published, tt.want.UTC())
			}
		})
	}
}

// TestPolitifactWithSourceZone: the page states no zone anywhere, so only the source's
// configured zone can date it exactly; the evaluation runs without one and counts it a miss.
func TestPolitifactWithSourceZone(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	for _, fx := range loadFixtures(t) {
		if !strings.Contains(fx.name, "politifact") {
			continue
		}
		r, err := extract.ExtractWith(fx.want.URL, fx.html, extract.Options{Zone: ny})
		if err != nil {
			t.Fatal(err)
		}
		if ok, _ := evaluate.PublishedOK(r.Published, fx.want.Published); !ok {
			t.Errorf("Published = %v, want %v", r.Published, *fx.want.Published)
		}
		return
	}
	t.Skip("politifact fixture not in this corpus")
}
