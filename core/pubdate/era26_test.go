package pubdate

import (
	"testing"
	"time"
)

// TestEraDates reads dates whose year is counted in an era: the Japanese imperial eras (令和,
// 平成, 昭和, 元年 for the first year, 時/分 and 午後 times, full-width digits) and the Republic
// of China calendar (民國 N = 1911+N, with 中華民國 and spaced figures, and in numbers only
// after its label). A day before an era began or after it ended is none; a bare three-digit
// year is none. Made-up lines.
func TestEraDates(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	for _, tt := range []struct {
		in   string
		want string // RFC 3339 in JST, or "" for no date
		prec Precision
	}{
		{"公開日：令和6年3月5日", "2024-03-05T00:00:00+09:00", Day},
		{"令和6年3月5日 14時22分", "2024-03-05T14:22:00+09:00", Minute},
		{"令和6年3月5日（火） 午後2時22分", "2024-03-05T14:22:00+09:00", Minute},
		{"令和元年5月1日", "2019-05-01T00:00:00+09:00", Day},
		{"平成31年4月30日", "2019-04-30T00:00:00+09:00", Day},
		{"平成2年1月8日", "1990-01-08T00:00:00+09:00", Day},
		{"更新：令和６年１２月２４日 ９時５分", "2024-12-24T09:05:00+09:00", Minute},
		{"發布日期：民國112年4月3日", "2023-04-03T00:00:00+09:00", Day},
		{"中華民國 112 年 4 月 3 日 下午 2:05", "2023-04-03T14:05:00+09:00", Minute},
		{"民国99年10月10日", "2010-10-10T00:00:00+09:00", Day},
		{"日期：民國112/04/03", "2023-04-03T00:00:00+09:00", Day},
		// The era had not begun, or had ended; no 2 月 30 日; a bare ROC-looking number.
		{"令和元年4月30日", "", None},
		{"平成31年5月1日", "", None},
		{"昭和64年1月8日", "", None},
		{"昭和64年1月7日", "", None}, // before 1990, as every form: no news page's date
		{"令和6年2月30日", "", None},
		{"文號 112/04/03", "", None},
		{"112年4月3日", "", None},
	} {
		st, _, _, ok := Find(tt.in, Context{Loc: tokyo})
		if tt.want == "" {
			if ok {
				t.Errorf("Find(%q) = %v, want none", tt.in, st.Time)
			}
			continue
		}
		if !ok || st.Time.Format(time.RFC3339) != tt.want || st.Precision != tt.prec {
			t.Errorf("Find(%q) = %v %v (%v), want %s %v", tt.in, st.Time.Format(time.RFC3339), st.Precision, ok, tt.want, tt.prec)
		}
	}
}

// TestEraSpan checks Find's span covers the era's name, so a caller cutting the date from
// its line cuts "令和" with it.
func TestEraSpan(t *testing.T) {
	in := "投稿 中華民國112年4月3日 記者"
	_, s, e, ok := Find(in, Context{})
	if !ok {
		t.Fatalf("Find(%q) found no date", in)
	}
	if in[s:e] != "中華民國112年4月3日" {
		t.Errorf("Find(%q) span = %q", in, in[s:e])
	}
}
