package extract

import (
	"strings"
	"testing"
)

// A Taiwanese page's machine stamp without an offset ("pubdate 2018-02-21T18:03:00") is the
// newsroom's clock, UTC+8, as a mainland page's is: read as UTC it would fall on the next day
// in Taipei.
func TestZoneChineseMachineStampIsLocal(t *testing.T) {
	prose := strings.Repeat("<p>台北市今天下午舉行春季植樹活動，來自各區的三千多名志工參加，共種下各類樹苗兩萬餘株。</p>", 4)
	for _, lang := range []string{"zh-TW", "zh-Hant", "zh-CN"} {
		page := `<html lang="` + lang + `"><head><title>春季植樹活動</title><meta name="pubdate" content="2018-02-21T18:03:00">` +
			`</head><body><h1>春季植樹活動</h1><div class="content">` + prose + `</div></body></html>`
		r, err := Extract("https://news.example.com/a/1", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.Format("2006-01-02T15:04:05-07:00"); got != "2018-02-21T18:03:00+08:00" {
			t.Errorf("%s: published = %s, want 2018-02-21T18:03:00+08:00", lang, got)
		}
	}
}
