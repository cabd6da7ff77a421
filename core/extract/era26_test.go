package extract_test

import (
	"strings"
	"testing"
)

// TestEraDates26: a page whose only date is a stamp printed with an era year under its
// headline — a Japanese imperial era (令和) with full-width digits and a 午後 clock, and the
// Republic of China calendar (中華民國) on a Taiwanese page — is dated from the stamp, in the
// page's zone. Made-up pages without metadata.
func TestEraDates26(t *testing.T) {
	page := func(lang, title, stamp, para string) string {
		return `<html lang="` + lang + `"><head><title>` + title + `</title></head><body><article><h1>` + title +
			`</h1><div class="article-date">` + stamp + `</div><p>` + strings.Repeat(para, 8) + `</p></article></body></html>`
	}
	ja := "市議会は三日、道路と水道の整備に多くの予算を充てる来年度の予算案を賛成多数で可決した。"
	tw := "市議會週三通過新年度預算，為道路與供水安排了更多經費，議員們也討論了交通問題。"
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"Japanese era stamp", "https://www.example.jp/news/article-201",
			page("ja", "市議会が予算案を可決", "公開日：令和６年３月５日 午後２時２２分", ja), "2024-03-05T14:22:00+09:00"},
		{"Japanese era's first year", "https://www.example.jp/news/article-202",
			page("ja", "市議会が予算案を可決", "令和元年5月7日", ja), "2019-05-07T00:00:00+09:00"},
		{"ROC calendar stamp", "https://www.example.com.tw/news/article-203",
			page("zh-TW", "市議會通過預算", "發布日期：中華民國 112 年 4 月 3 日 14:05", tw), "2023-04-03T14:05:00+08:00"},
	})
}
